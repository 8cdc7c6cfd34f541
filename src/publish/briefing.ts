/**
 * Reports + mentions + reconciled facts (+ imagery) → the Briefing we publish.
 * Pure: attaches the quoted text to every fact member (renderers never see report text),
 * orders facts by what a reader needs first, lists the sources with their copy-of links.
 * @module
 */
import type { Briefing, Fact, FactMember, Mention, Observation, Report, TimelineEntry } from "../types.js";
import { excerptAround } from "./excerpt.js";
import { cmp, formatDay } from "./format.js";
import { byOrder } from "./view.js";
import type { EntryMarkdown, FactMarkdown, MarkdownBriefing } from "./markdown.js";

export interface BriefingInput {
  reports: Report[];
  mentions: Mention[];
  facts: Fact[];
  timeline: TimelineEntry[];
  observations?: Observation[];
  /** the reports' claims checked against the imagery (src/app computes them: they need the imagery stage) */
  claims?: Briefing["claims"];
  figures?: Briefing["figures"];
  /** default: derived from the reports */
  title?: string;
  /** ISO timestamp; default now (pass one for reproducible output) */
  generated?: string;
}


export const METHOD = [
  "Figures are found by dossier's rule-based extractor, which reads each report's plain text and records every stated quantity, sum of money, percentage, count, date and duration with its exact character offsets, a normalized value (metres, ISO currency, days, calendar intervals), any qualifier such as \"about\" or \"up to\", and the words around it (what it is about, who is credited with it).",
  "Figures that appear to state the same property of the same thing (the same kind of value in a comparable unit, with similar words about what is measured and its scope) are grouped into one fact. Each figure stands for the values it allows: up to its last significant digit, 10% either side when it is approximate (\"about\"), open-ended for \"up to\" and \"more than\", whole numbers for counts, a day either side for a single date, and a converted figure in its own unit. Its time is its report's date, unless the text dates it earlier (\"initially\", \"the previous estimate\"). A fact is marked agree when its values are compatible; conflict when two reports of about the same time (within about ten days), or of any date for something that cannot change (a length, a design figure, the date of a past event), give values that cannot both be true; revised when a later figure replaces an earlier one (the same source updating it, an estimate or forecast revised, a running count growing) and no two figures of the same time conflict; single when only one report (with its copies) states it.",
  "Independent origins: a report that is a near-verbatim copy of another (a syndicated wire story, a repost) is traced back to the report it copies and counts once, so ten copies of one claim do not outweigh one other outlet; a figure a report credits to someone else (“according to TASS”) counts as that speaker's. Each quote below cites the report it comes from; the ids in brackets are listed under Sources.",
].join("\n\n");

/** The facts with each member's excerpt attached (members that carry one keep it): what a reader sees of the report text. */
export function withExcerpts(facts: Fact[], reports: Report[]): Fact[] {
  const excerptOf = excerpts(reports);
  // kept facts carry their excerpts: those (tens of thousands of members) are not copied again
  return facts.map((f) =>
    f.members.every((m) => m.excerpt != null) ? { ...f } : { ...f, members: f.members.map((m) => (m.excerpt != null ? m : { ...m, excerpt: excerptOf(m) })) },
  );
}

/** A member's excerpt from its report among `reports` (null when the report is not there). */
function excerpts(reports: Report[]): (m: FactMember) => FactMember["excerpt"] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  return (m) => {
    const r = byId.get(m.source);
    return r ? excerptAround(r.text, m.start, m.end, m.sentence) : null;
  };
}

/**
 * `withExcerpts` on facts the caller has just made and holds alone: each member without an
 * excerpt is given one in place, not copied (at 2,000 reports, 36,000 members of ~25 fields).
 * The facts read the same as `withExcerpts` makes them.
 */
export function addExcerpts(facts: Fact[], reports: Report[]): Fact[] {
  const excerptOf = excerpts(reports);
  for (const f of facts) for (const m of f.members) if (m.excerpt == null) m.excerpt = excerptOf(m);
  return facts;
}

export function buildBriefing(input: BriefingInput): Briefing {
  const facts = withExcerpts(input.facts, input.reports).sort((a, b) => byOrder(a, b, a.members.length, b.members.length));
  const sources = sourcesOf(input.reports);
  const timeline = [...input.timeline].sort(byDate);
  return {
    title: input.title ?? defaultTitle(input.reports),
    generated: input.generated ?? new Date().toISOString(),
    facts,
    timeline,
    sources,
    ...(input.observations?.length ? { observations: [...input.observations].sort((a, b) => cmp(a.date, b.date)) } : {}),
    ...(input.claims?.length ? { claims: input.claims } : {}),
    ...(input.figures?.length ? { figures: input.figures } : {}),
    method: METHOD,
  };
}

const byDate = (a: Pick<TimelineEntry, "date">, b: Pick<TimelineEntry, "date">) => cmp(a.date.start, b.date.start) || cmp(a.date.end, b.date.end);

/** The reports as a briefing lists them: by date, then id. */
export function sourcesOf(reports: Report[]): Briefing["sources"] {
  return [...reports]
    .sort((a, b) => cmp(a.published ?? "9999", b.published ?? "9999") || cmp(a.id, b.id))
    .map((r) => ({ id: r.id, url: r.url, publisher: r.publisher, published: r.published, title: r.title, copyOf: r.copyOf ?? null }));
}

export interface MarkdownBriefingInput extends Omit<BriefingInput, "mentions" | "facts" | "timeline" | "claims"> {
  facts: FactMarkdown[];
  timeline: EntryMarkdown[];
}

/** `buildBriefing` of facts and timeline entries kept as their Markdown pieces: the same briefing, ready for `renderMarkdownOf`. */
export function markdownBriefing(input: MarkdownBriefingInput): MarkdownBriefing {
  return {
    title: input.title ?? defaultTitle(input.reports),
    generated: input.generated ?? new Date().toISOString(),
    facts: [...input.facts].sort((a, b) => byOrder(a, b, a.n, b.n)),
    timeline: [...input.timeline].sort(byDate),
    sources: sourcesOf(input.reports),
    ...(input.observations?.length ? { observations: [...input.observations].sort((a, b) => cmp(a.date, b.date)) } : {}),
    ...(input.figures?.length ? { figures: input.figures } : {}),
    method: METHOD,
  };
}

/** "Briefing on 32 reports (15 May 2018 to 8 October 2025)": its dates in words, as every date of the briefing is (an ISO date broke at its hyphens on a phone). */
function defaultTitle(reports: Report[]): string {
  const dates = reports.map((r) => r.published).filter((d): d is string => Boolean(d)).sort();
  const first = dates[0], last = dates[dates.length - 1];
  const span = dates.length ? ` (${formatDay(first)}${last !== first ? ` to ${formatDay(last)}` : ""})` : "";
  return `Briefing on ${reports.length} ${reports.length === 1 ? "report" : "reports"}${span}`;
}
