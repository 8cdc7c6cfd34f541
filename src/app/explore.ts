/**
 * What the web explorer shows, computed once per change of the store: reports and mentions
 * reconciled into facts, the briefing built from them (with the imagery milestones on its
 * timeline, as `dossier brief` has them), and the indexes the pages look things up in.
 * @module
 */
import type { Briefing, Fact, FigureKey, Mention, Report } from "../types.js";
import { claimCheckerOf, composeBriefing, milestonesOf, type ComposeInput } from "./brief.js";
import { storedMentions } from "./reports.js";
import type { Store } from "./store.js";
import { siteImagery, type SiteImagery } from "./imagery.js";

/** What the explorer's dossier is made of: a briefing's input (the store's reports, their copies marked), reconciled afresh. */
export type DossierInput = Omit<ComposeInput, "figures" | "reconciled">;

export interface Dossier {
  briefing: Briefing;
  /** newest first by publication date (undated last), then id */
  reports: Report[];
  reportById: Map<string, Report>;
  factById: Map<string, Fact>;
  /** each report's mentions, in text order */
  mentionsOf: Map<string, Mention[]>;
  /** the fact a mention belongs to, by `mentionKey` */
  factOf: Map<string, string>;
  /** each watched site's imagery page (read from the watch output folders by the store loader) */
  sites?: SiteImagery[];
}

/** A figure's key: its report and both offsets (two figures may start at one offset and end apart). */
export const mentionKey = (m: FigureKey) => `${m.source}\u0000${m.start}\u0000${m.end}`;

/** Each figure, by `mentionKey`, and the id of the fact that holds it (the first, should two facts claim it). */
export function factIndex(facts: readonly Fact[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of facts) for (const m of f.members) if (!out.has(mentionKey(m))) out.set(mentionKey(m), f.id);
  return out;
}

/** The id of the fact that holds the first of these figures still held (a decision's, say); undefined when none is. */
export const factHolding = (index: Map<string, string>, figures: readonly FigureKey[]): string | undefined =>
  figures.map((k) => index.get(mentionKey(k))).find((id) => id !== undefined);

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Pure: plain data in, plain data out. */
export function buildDossier(input: DossierInput): Dossier {
  const briefing = composeBriefing(input);
  const factOf = factIndex(briefing.facts);
  const mentionsOf = new Map<string, Mention[]>();
  for (const m of input.mentions) (mentionsOf.get(m.source) ?? mentionsOf.set(m.source, []).get(m.source)!).push(m);
  for (const ms of mentionsOf.values()) ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const reports = [...input.reports].sort((a, b) => cmp(b.published ?? "", a.published ?? "") || cmp(b.addedAt ?? "", a.addedAt ?? "") || cmp(a.id, b.id));
  return {
    briefing,
    reports,
    reportById: new Map(reports.map((r) => [r.id, r])),
    factById: new Map(briefing.facts.map((f) => [f.id, f])),
    mentionsOf,
    factOf,
  };
}

/**
 * A loader that rebuilds only when the store changed: `stamp()` is cheap (report count and latest
 * ingest time), `build()` is the expensive part. Requests arriving while a build runs share it.
 */
export function cachedLoader(stamp: () => Promise<string>, build: () => Promise<Dossier>): () => Promise<Dossier> {
  let current: { key: string; value: Promise<Dossier> } | null = null;
  let checking: Promise<Dossier> | null = null;
  const load = async (): Promise<Dossier> => {
    const key = await stamp();
    if (current?.key === key) return current.value;
    const value = build();
    current = { key, value };
    // a failed build is not cached: the next request tries again
    value.catch(() => {
      if (current?.value === value) current = null;
    });
    return value;
  };
  // one stamp query per burst of requests (a page and its siblings opened together)
  return () => {
    if (!checking) {
      checking = load();
      const done = () => void (checking = null);
      checking.then(done, done);
    }
    return checking;
  };
}

export interface StoreLoaderOptions {
  title?: string;
}

/**
 * The explorer's data from an open store: every report, its mentions (extracted and saved when the
 * stored ones are missing or from an older extractor), rebuilt when the report count, latest ingest
 * or observations change.
 */
export function storeLoader(store: Store, opts: StoreLoaderOptions = {}): () => Promise<Dossier> {
  const build = async () => {
    const reports = await store.listReports();
    const mentions = await storedMentions(reports, store);
    const decisions = await store.listDecisions();
    const observations = await store.listObservations();
    const milestones = await milestonesOf(observations);
    const d = buildDossier({ reports, mentions, decisions, observations, milestones, claimsOf: await claimCheckerOf(observations), title: opts.title });
    return { ...d, sites: siteImagery(observations, milestones, d.briefing.claims ?? []) };
  };
  return cachedLoader(() => store.stamp(), build);
}
