/**
 * What the web explorer shows, computed once per change of the store: reports and mentions
 * reconciled into facts, the briefing built from them, and the indexes the pages look things up in.
 * Pure: plain data in, plain data out.
 * @module
 */
import type { Briefing, Fact, Mention, Observation, Report } from "../types.js";
import { reconcile } from "../reconcile/index.js";
import { buildBriefing } from "../publish/briefing.js";
import { cmp } from "../publish/format.js";

export interface DossierInput {
  reports: Report[];
  mentions: Mention[];
  observations?: Observation[];
  title?: string;
  /** ISO timestamp (default now) */
  generated?: string;
}

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
}

export const mentionKey = (m: { source: string; start: number; end: number }) => `${m.source}\u0000${m.start}\u0000${m.end}`;

export function buildDossier(input: DossierInput): Dossier {
  const { facts, timeline } = reconcile({ reports: input.reports, mentions: input.mentions });
  const briefing = buildBriefing({ reports: input.reports, mentions: input.mentions, facts, timeline, observations: input.observations, title: input.title, generated: input.generated });
  const factOf = new Map<string, string>();
  for (const f of briefing.facts) for (const m of f.members) if (!factOf.has(mentionKey(m))) factOf.set(mentionKey(m), f.id);
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
