/**
 * The reading of a Briefing that every renderer shares: which facts go in which section,
 * each value's words and citations, quotes split around the figure. Pure, format-free.
 * @module
 */
import type { Briefing, ClaimCheck, DateInterval, Fact, FactMember, Revision } from "../types.js";
import { parseOrigin } from "../origin.js";
import { RECONCILE_CUES } from "../extract/vocabulary.js";
import { splitAt } from "./excerpt.js";
import { cmp, flat, formatInterval, formatPublished, formatValue, num, type ValueLike } from "./format.js";

export type Source = Briefing["sources"][number];

export interface Quote {
  member: FactMember;
  source: Source | undefined;
  before: string;
  figure: string;
  after: string;
}

export interface ValueView {
  words: string;
  origins: number;
  /** one quote per independent origin, earliest first (at most QUOTES_PER_VALUE) */
  quotes: Quote[];
  /** further reports with this value, cited without a quote (at most MAX_ALSO) */
  also: Quote[];
  /** reports with this value not cited at all */
  alsoMore: number;
  /** earliest publication date among its members */
  first: string | null;
  /** the latest time a member states it as current (not a figure its text dates earlier), or null */
  last: string | null;
  /** every member stating it (charts draw them all; quotes pick a few) */
  members: FactMember[];
}

/** Quotes shown per value; the rest are counted. */
export const QUOTES_PER_VALUE = 3;
/** Further citations listed after the quotes ("Also: …"); the rest are counted. */
export const MAX_ALSO = 8;
/** Sources cited per timeline entry. */
export const MAX_TIMELINE_SOURCES = 5;

/** The first `max` items and a count of the rest: long lists stay readable in large dossiers. */
export const capped = <T>(xs: T[], max: number): { shown: T[]; more: number } => ({ shown: xs.slice(0, max), more: Math.max(0, xs.length - max) });

/** Single-source figures listed in Markdown/HTML; JSON has them all. */
export const MAX_SINGLES = 40;

export function quoteOf(m: FactMember, source: Source | undefined): Quote {
  const ex = m.excerpt ?? { start: m.start, text: m.text };
  const { before, figure, after } = splitAt(ex, m.start, m.end);
  return { member: m, source, before: flat(before) + (/\s$/.test(before) ? " " : ""), figure: flat(figure), after: (/^\s/.test(after) ? " " : "") + flat(after) };
}

const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language" });

/** The language a quote is in, when it is not English: "Korean" (the briefing quotes each side in its own words). */
export function quoteLanguage(q: Quote): string | null {
  const tag = q.member.language ?? null;
  return !tag || tag === "en" ? null : languageName(tag);
}

/** A language tag in English words, as quotes name it: "uk" → "Ukrainian"; a tag with no name as it is. */
export function languageName(tag: string): string {
  try {
    return LANGUAGE_NAMES.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The report a member copies, when its origin is another report ("report:<id>", or a bare id). */
export function copiedFrom(m: FactMember): string | null {
  const o = parseOrigin(m.origin);
  return o.kind === "report" && o.report !== m.source ? o.report : null;
}

type Group = Fact["values"][number];

function mostCommon(xs: string[]): string | null {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** A text a timeline entry cites, with the date it says when that lies outside the entry's ("May–Aug 2026"), else null. */
export interface CitedText {
  text: string;
  other: string | null;
}

/**
 * Timeline citations grouped by report, in order: one report citing "April 30" and "Wednesday" is
 * listed once. A text whose own date lies outside the entry's (an earlier estimate of a revised
 * date, a stray of its fact) carries that date, so "mid-2026" cited on a row of "end of 2026" does
 * not read as saying it.
 */
export function timelineCitations(t: { date?: DateInterval; sources: Array<{ source: string; text: string; date?: DateInterval }> }): Array<{ source: string; texts: CitedText[] }> {
  // a map per source: an entry dated by thousands of figures of one report costs their number, not its square
  const by = new Map<string, Map<string, string | null>>();
  for (const x of t.sources) {
    const texts = by.get(x.source) ?? by.set(x.source, new Map()).get(x.source)!;
    const apart = !!t.date && !!x.date && (x.date.end < t.date.start || x.date.start > t.date.end);
    // "mid-2026 (May–Aug 2026)": the span alone, the text already says the rest
    const other = apart ? formatInterval(x.date!).replace(/^.* \(([^()]+)\)$/, "$1") : null;
    // a text cited twice keeps the reading that agrees with the entry
    if (!texts.has(x.text) || other === null) texts.set(x.text, other);
  }
  return [...by].map(([source, texts]) => ({ source, texts: [...texts].map(([text, other]) => ({ text, other })) }));
}

/** A cited text in words: quoted, with the other date it says ("“mid-2026” (another date: May–Aug 2026)"); `esc` escapes for the format. */
export const citedText = (x: CitedText, esc: (s: string) => string): string =>
  `“${esc(x.text)}”${!x.other ? "" : x.other === x.text.trim() ? " (another date)" : ` (another date: ${esc(x.other)})`}`;

/**
 * The citation of an imagery entry on the timeline (it quotes no report; the imagery is a source of its
 * own): "Sentinel-2, measured (site, 5 August 2025)", from its observation id (site@date). Null for
 * entries from reports.
 */
export function imageryCitation(t: { observation?: string | null; date: { start: string } }): string | null {
  if (!t.observation) return null;
  const at = t.observation.lastIndexOf("@");
  const site = at > 0 ? t.observation.slice(0, at) : t.observation;
  const date = at > 0 ? t.observation.slice(at + 1) : t.date.start;
  return `Sentinel-2, measured (${site}, ${formatPublished(date)})`;
}

/**
 * The fact's values in words, each with its quotes (one per origin, earliest first), in the
 * order a reader follows. Values that read the same once rounded for display ("850 m" stated in
 * metres and as "2,789 ft") are shown as one, unless that would hide the disagreement.
 */
export function valuesOf(f: Fact, sources: Map<string, Source>): ValueView[] {
  // renderers ask several times per fact (table, card); facts are not mutated once built
  const cached = memo.get(f);
  if (cached?.sources === sources) return cached.views;
  const views = computeValues(f, sources);
  memo.set(f, { sources, views });
  return views;
}

const memo = new WeakMap<Fact, { sources: Map<string, Source>; views: ValueView[] }>();

function computeValues(f: Fact, sources: Map<string, Source>): ValueView[] {
  const groups: Group[] = f.values.length
    ? f.values
    : [{ low: f.members[0]?.low ?? null, high: f.members[0]?.high ?? null, date: f.members[0]?.date ?? null, origins: [...new Set(f.members.map((m) => m.origin))], members: f.members.map((_, i) => i) }];
  const merged = viewsOf(f, groups, sources, true);
  const views = merged.length > 1 || groups.length === 1 || f.verdict === "agree" || f.verdict === "single" ? merged : viewsOf(f, groups, sources, false);
  // a revised fact reads as a history ending at the value that stands: the one stated latest, or
  // the one its latest revision gives (an undated report's later target, "2023 → end of 2024",
  // stands though no date orders it), as its prose says
  if (f.verdict === "revised") {
    views.sort((a, b) => cmp(a.last ?? "", b.last ?? "") || cmp(a.first ?? "9999", b.first ?? "9999"));
    const rs = f.reason?.verdict === "revised" ? f.reason.revisions : [];
    const to = rs.length ? f.members[latestRevision(f, rs).to] : undefined;
    const at = to ? views.findIndex((v) => v.members.includes(to)) : -1;
    // (moved to the end by hand: the project spreads no array into push, test/scale/stack.test.ts)
    if (at >= 0) {
      const [standing] = views.splice(at, 1);
      views.push(standing);
    }
  } else views.sort((a, b) => b.origins - a.origins);
  return views;
}

/**
 * The revision a revised fact ends with: the figure it replaced and the one that stands now,
 * latest by the time the standing figure was stated. Of the latest, a report's own "up from" pair
 * goes first, whether the text dates the old figure or only names it ("more than the 12,000 cited
 * before"): "X gave 12,000; X gives 15,000" tells the reader nothing of who said what when; and a
 * figure replaced in an original report before one in a copy of it.
 */
export function latestRevision(f: Fact, rs: readonly Revision[]): Revision {
  const own = (r: Revision) => (r.why === "dated-earlier" || f.members[r.from]?.source === f.members[r.to]?.source ? 0 : 1);
  const original = (r: Revision) => (f.members[r.from] && copiedFrom(f.members[r.from]) ? 0 : 1);
  const sorted = [...rs].sort((x, y) => (x.toTime ?? "").localeCompare(y.toTime ?? "") || own(x) - own(y) || original(x) - original(y) || (x.fromTime ?? "").localeCompare(y.fromTime ?? ""));
  return sorted[sorted.length - 1];
}

/** Values that agree to this many significant digits read as one ("850 m" and 2,789 ft = 850.1 m). */
const MERGE_DIGITS = 3;
/** Digits shown: enough for "$1.315 billion". */
const SHOW_DIGITS = 4;

function viewsOf(f: Fact, groups: Group[], sources: Map<string, Source>, merge: boolean): ValueView[] {
  const out = new Map<string, { base: Omit<ValueLike, "qualifier">; shown: number; origins: Set<string>; members: FactMember[] }>();
  groups.forEach((v, gi) => {
    const members = v.members.map((i) => f.members[i]).filter((m): m is FactMember => Boolean(m));
    const rep = members[0];
    // a value keeps the unit it was stated in when it is the member's own (£ stays £ next to $)
    const own = rep && rep.low === v.low && rep.high === v.high;
    const base = { kind: f.kind, unit: (own ? rep.unit : f.unit) ?? rep?.unit ?? null, low: v.low, high: v.high, date: v.date ?? rep?.date ?? null, per: rep?.per ?? null };
    // counts of one fact count the same thing, whatever noun each report uses ("troops", "soldiers")
    const key = merge ? formatValue({ ...base, qualifier: null, unit: f.kind === "count" ? null : base.unit }, MERGE_DIGITS) : String(gi);
    // the roundest stated value speaks for the group (850 m, not its conversion 850.1 m)
    const shown = merge ? formatValue({ ...base, qualifier: null }, SHOW_DIGITS).length : 0;
    const g = out.get(key) ?? out.set(key, { base, shown, origins: new Set(), members: [] }).get(key)!;
    if (shown < g.shown) (g.base = base), (g.shown = shown);
    for (const o of v.origins) g.origins.add(o);
    for (const m of members) g.members.push(m), g.origins.add(m.origin);
  });
  return [...out.values()].map(({ base, origins, members }) => {
    // the qualifier every member shares ("about"), else none; for counts, the noun most reports use
    const quals = new Set(members.map((m) => m.qualifier ?? null));
    const unit = f.kind === "count" ? mostCommon(members.map((m) => m.unit).filter((u): u is string => Boolean(u))) ?? base.unit : base.unit;
    const qualifier = quals.size === 1 ? [...quals][0] : null;
    // an approximate figure is not shown more precisely than it was meant ("about 50 miles" → "about 80.5 km")
    // the member whose noun is shown says in which language and words it was stated
    const said = members.find((m) => m.unit === unit) ?? members[0];
    const words = formatValue({ ...base, unit, qualifier, language: said?.language ?? null, text: said?.text }, !merge ? 6 : qualifier === "approx" ? MERGE_DIGITS : SHOW_DIGITS);
    let first: string | null = null;
    for (const m of members) if (m.published && (first === null || m.published < first)) first = m.published;
    let last: string | null = null;
    for (const m of members) {
      const t = m.time ? (m.time.earlier ? null : m.time.date) : m.published;
      if (t && (!last || t > last)) last = t;
    }
    return new View(words, origins.size, first, last, members, sources);
  });
}

/**
 * A value as shown, its quotes picked when first read: a key facts table reads only the words,
 * and a value of a large dossier has hundreds of members to order and quote.
 */
class View implements ValueView {
  private picked: Pick<ValueView, "quotes" | "also" | "alsoMore"> | null = null;
  constructor(
    readonly words: string,
    readonly origins: number,
    readonly first: string | null,
    readonly last: string | null,
    readonly members: FactMember[],
    private readonly sources: Map<string, Source>,
  ) {}
  get quotes(): Quote[] {
    return (this.picked ??= quotesOf(this.members, this.sources)).quotes;
  }
  get also(): Quote[] {
    return (this.picked ??= quotesOf(this.members, this.sources)).also;
  }
  get alsoMore(): number {
    return (this.picked ??= quotesOf(this.members, this.sources)).alsoMore;
  }
}

/** A value's quotes (one per origin, earliest first) and its further citations, from its members. */
function quotesOf(members: FactMember[], sources: Map<string, Source>): Pick<ValueView, "quotes" | "also" | "alsoMore"> {
  const seen = new Set<string>();
  // earliest first, a copy after the report it copies: each member's keys read once, not per
  // comparison (a value of a large dossier has thousands of members)
  const when = members.map((m) => m.published ?? "9999"), copy = members.map((m) => (copiedFrom(m) ? 1 : 0));
  const ordered = members.map((_, k) => k).sort((a, b) => cmp(when[a], when[b]) || copy[a] - copy[b]).map((k) => members[k]);
  // one quote per origin, and one per report: a figure stated twice in a sentence is quoted once
  const quotedReports = new Set<string>();
  const firsts = new Set(ordered.filter((m) => !seen.has(m.origin) && !quotedReports.has(m.source) && (seen.add(m.origin), quotedReports.add(m.source))));
  const rest = ordered.filter((m) => !firsts.has(m) && !quotedReports.has(m.source) && quotedReports.add(m.source));
  const q = (m: FactMember) => quoteOf(m, sources.get(m.source));
  // only what is shown becomes a quote: a fact of a large dossier can have hundreds of members
  const quoted = [...firsts];
  const others = [...quoted.slice(QUOTES_PER_VALUE), ...rest];
  return { quotes: quoted.slice(0, QUOTES_PER_VALUE).map(q), also: others.slice(0, MAX_ALSO).map(q), alsoMore: Math.max(0, others.length - MAX_ALSO) };
}

/** Values shown side by side (a table cell, a card); the rest are counted. */
export const MAX_SIDES = 4;

/** The values a reader is shown: the best-backed ones, or for a revision the latest; the rest counted. */
export function sides(f: Fact, values: ValueView[]): { shown: ValueView[]; more: number } {
  if (values.length <= MAX_SIDES) return { shown: values, more: 0 };
  return { shown: f.verdict === "revised" ? values.slice(-MAX_SIDES) : values.slice(0, MAX_SIDES), more: values.length - MAX_SIDES };
}

/** The value column of the key facts table: "850 m (3 sources) vs 1 km (2 sources)". */
export function valueSummary(f: Fact, values: ValueView[]): string {
  if (values.length === 1) return values[0].words;
  const { shown, more } = sides(f, values);
  return shown.map((v) => valueWithCount(f, v)).join(separator(f)) + (more ? ` (and ${plural(more, "more value")})` : "");
}

export const separator = (f: Fact) => (f.verdict === "conflict" ? " vs " : f.verdict === "revised" ? " → " : " / ");

/** "850 m (3 sources)"; "mid-2026, May–Aug 2026 (1 source)" so parentheses do not stack. */
export const valueWithCount = (f: Fact, v: ValueView) =>
  f.verdict === "revised" ? v.words : `${v.words.replace(/ \((.+)\)$/, ", $1")} (${plural(v.origins, "source")})`;

// the en locale's words that never name the thing measured ("number of another", "completion of the
// won't") and its irregular past forms ("date of the heard"): the ones labels are made with (reconcile/about.ts)
const EN_LABEL = RECONCILE_CUES.en?.label;
const CLOSED = EN_LABEL?.closed ?? /^$/;
const PAST = RECONCILE_CUES.en?.pastVerb ?? /^$/;

/**
 * Whether a fact's label reads as English and names what is measured: more than a bare measure
 * ("date", "cost"), its last word a thing, not a function word or a verb form ("number of
 * despite", "date of the heard"). When reconcile named the property, its
 * thing or attribute decides. Unreadable labels go below the fold of the key facts.
 */
export function readableLabel(f: Fact): boolean {
  if (f.property && !f.property.thing && !f.property.attribute) return false;
  const words = f.about.toLowerCase().split(/\s+/).filter(Boolean);
  // a measure alone ("date", "cost", "length"): reconcile found nothing it is of, and ten rows
  // of "date" in the key facts tell a reader nothing
  if (words.length < 2) return false;
  const last = words[words.length - 1];
  if (CLOSED.test(last)) return false;
  const afterThe = words.length >= 2 && words[words.length - 2] === "the";
  // "of the stuck", "of the collapsed": a verb form where the thing should be
  if (afterThe && (PAST.test(last) || (/[^e]ed$/.test(last) && last.length > 4))) return false;
  return true;
}

/** What a reader needs first: disagreements, then changes, then agreement, then lone figures. */
const ORDER: Record<Fact["verdict"], number> = { conflict: 0, revised: 1, agree: 2, single: 3 };

/** The briefing's order of facts (`na`, `nb`: their numbers of members). */
export const byOrder = (a: Pick<Fact, "verdict" | "origins" | "id">, b: Pick<Fact, "verdict" | "origins" | "id">, na: number, nb: number) =>
  ORDER[a.verdict] - ORDER[b.verdict] || b.origins - a.origins || nb - na || cmp(a.id, b.id);

/**
 * Said beside an "agree" whose values do not all meet: the pairs apart were judged to measure
 * different things (two places, a part and its whole), so "agree" must not read as "the same".
 */
export const scopeNote = (f: Pick<Fact, "reason"> & { members?: Fact["members"] }): string =>
  f.reason?.verdict !== "agree" ? "" : f.reason.apart?.length ? "values differ in scope" : f.members && unitsApart(f as Pick<Fact, "members">) ? "currencies not compared" : "";

/**
 * The currencies of an "agree" whose amounts are in two or more of them ("£45 million" beside
 * "$2.1 billion"), or null: amounts in two currencies are set against each other only at a rate
 * their report gives, so the agreement holds within each currency.
 */
export function unitsApart(f: Pick<Fact, "members">): string[] | null {
  const units = [...new Set(f.members.filter((m) => m.kind === "money").map((m) => m.unit).filter((u): u is string => !!u))].sort();
  return units.length > 1 ? units : null;
}

/** Key facts as an analyst asks for them: conflicts first, then the most independent sources. */
export const RANK = (a: Pick<Fact, "verdict" | "origins">, b: Pick<Fact, "verdict" | "origins">) => Number(b.verdict === "conflict") - Number(a.verdict === "conflict") || b.origins - a.origins;

/** Conflict and revision cards per section; the rest are counted (all are in the JSON and the explorer). */
export const MAX_CARDS = 20;
/** Timeline rows in a briefing. */
export const MAX_TIMELINE_ROWS = 60;
/** Up to this many reports, Sources lists them all; past it, only the ones the briefing cites. */
export const MAX_SOURCES_LISTED = 150;
/** Rows of the key facts table; the rest are in the JSON and the explorer. */
export const MAX_KEY_FACTS = 60;

type Sections = ReturnType<typeof computeSections>;
const sectionsMemo = new WeakMap<Fact[], { sources: Briefing["sources"]; value: Sections }>();

/** The briefing split for reading (memoized: pages of the explorer ask for it on every request). */
export function sections(b: Briefing): Sections {
  const hit = sectionsMemo.get(b.facts);
  if (hit?.sources === b.sources) return hit.value;
  const value = computeSections(b);
  sectionsMemo.set(b.facts, { sources: b.sources, value });
  return value;
}

function computeSections(b: Briefing) {
  // facts the analyst hid stay in the JSON, not in what a reader is shown
  const facts = b.facts.filter((f) => !f.hidden);
  const multi = facts.filter((f) => f.verdict !== "single").sort(RANK);
  const key = multi.filter(readableLabel);
  const unlabelled = multi.filter((f) => !readableLabel(f));
  const singles = facts.filter((f) => f.verdict === "single");
  const count = (v: string) => facts.filter((f) => f.verdict === v).length;
  const independent = b.sources.filter((s) => !s.copyOf).length;
  return {
    key,
    /** facts with several sources whose label does not read (shown below a fold) */
    unlabelled,
    singles,
    conflicts: facts.filter((f) => f.verdict === "conflict"),
    revised: facts.filter((f) => f.verdict === "revised"),
    sourcesById: new Map(b.sources.map((s) => [s.id, s])),
    summary: { reports: b.sources.length, independent, conflict: count("conflict"), revised: count("revised"), agree: count("agree"), single: count("single") },
  };
}

/** How a reported claim stands against the measured imagery, in the reader's words. */
export const CLAIM_LABEL: Record<ClaimCheck["verdict"], string> = { supports: "imagery supports", contradicts: "imagery contradicts", "not-yet-visible": "not yet visible" };

/** One claim checked against the imagery, as the cells a table shows. */
export function claimRow(c: ClaimCheck, sources: Map<string, Source>) {
  const when = c.claim.kind === "progress" ? `${Math.round((c.claim.share ?? 0) * 100)} % built by ${formatInterval(c.claim.date)}` : `${c.claim.kind === "start" ? "works began" : "completed"} ${formatInterval(c.claim.date)}`;
  const by = [...new Set((c.claim.sources ?? []).map((s) => publisherOf(sources.get(s), s)))].join(", ");
  const nearest = c.nearest ? `${formatPublished(c.nearest.date)}${c.nearest.progress == null ? "" : ` (crossing ${Math.round(c.nearest.progress * 100)} % built)`}` : "none";
  // the check's days in words, as the claim and the nearest date beside it are (the JSON keeps them ISO)
  const why = c.reason.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => formatPublished(d));
  return { claim: `${c.claim.text}: ${when}`, by, verdict: CLAIM_LABEL[c.verdict], why, site: c.site, nearest };
}

export const VERDICT_LABEL: Record<string, string> = { conflict: "conflict", revised: "revised", agree: "agree", single: "single source" };

export const plural = (n: number, one: string, many = one + "s") => `${num(n, 21)} ${n === 1 ? one : many}`;

/** "Wire Service A, 30 April 2025" style citation parts. */
export const publisherOf = (s: Source | undefined, id: string) => s?.publisher || s?.title || id;

/**
 * The sources as an analyst reads them: each independent report with the reports that copy it
 * nested under it (a copy of a copy under the first one), in the briefing's order.
 */
export function sourceGroups(sources: Source[]): Array<{ source: Source; copies: Source[] }> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const rootOf = (s: Source): Source => {
    let at = s;
    // a chain (or a loop) of copies ends at the first report that copies nothing we hold
    for (const seen = new Set<string>(); at.copyOf && byId.has(at.copyOf) && !seen.has(at.id); at = byId.get(at.copyOf)!) seen.add(at.id);
    return at;
  };
  const groups = new Map<string, { source: Source; copies: Source[] }>();
  for (const s of sources) {
    const root = rootOf(s);
    const g = groups.get(root.id) ?? groups.set(root.id, { source: root, copies: [] }).get(root.id)!;
    if (root.id !== s.id) g.copies.push(s);
  }
  return [...groups.values()];
}

/** Past this many reports (a large dossier), Sources lists at most this many of the reports cited. */
export const MAX_SOURCES_CITED = 80;

/**
 * The sources a briefing lists: all of them in a dossier of ordinary size; in a large one, the
 * first MAX_SOURCES_CITED that the briefing cites, in the order a reader meets them (the quotes of
 * its cards, the timeline, the single-source figures), with the reports they copy; the rest counted.
 * `listed` is what a citation may link to.
 */
export function listedSources(b: Briefing): { groups: Array<{ source: Source; copies: Source[] }>; unlisted: number; listed: Set<string> } {
  if (b.sources.length <= MAX_SOURCES_LISTED) return listedFrom(b.sources, new Map(), []);
  const s = sections(b);
  const cites = function* () {
    for (const f of [...s.conflicts.slice(0, MAX_CARDS), ...s.revised.slice(0, MAX_CARDS)])
      for (const v of sides(f, valuesOf(f, s.sourcesById)).shown) for (const q of v.quotes) yield q.member.source;
    for (const t of b.timeline.slice(0, MAX_TIMELINE_ROWS)) for (const x of timelineCitations(t).slice(0, MAX_TIMELINE_SOURCES)) yield x.source;
    for (const f of s.singles.slice(0, MAX_SINGLES)) {
      const q = valuesOf(f, s.sourcesById)[0]?.quotes[0];
      if (q) yield q.member.source;
    }
  };
  return listedFrom(b.sources, s.sourcesById, cites());
}

/** `listedSources` of sources and the reports a briefing cites, in the order a reader meets them. */
export function listedFrom(sources: Source[], byId: Map<string, Source>, cites: Iterable<string>): { groups: Array<{ source: Source; copies: Source[] }>; unlisted: number; listed: Set<string> } {
  if (sources.length <= MAX_SOURCES_LISTED) return { groups: sourceGroups(sources), unlisted: 0, listed: new Set(sources.map((x) => x.id)) };
  const cited = new Set<string>();
  for (const id of cites) {
    if (cited.size >= MAX_SOURCES_CITED) break;
    if (cited.has(id)) continue;
    cited.add(id);
    // a copy is listed under its origin: the origin comes along
    const copyOf = byId.get(id)?.copyOf;
    if (copyOf) cited.add(copyOf);
  }
  const listed = sources.filter((x) => cited.has(x.id));
  return { groups: sourceGroups(listed), unlisted: sources.length - listed.length, listed: cited };
}
