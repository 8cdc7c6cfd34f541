/**
 * Briefing → Markdown (CommonMark + GFM tables). Every piece of source text is escaped so a
 * report cannot inject links, HTML or table cells.
 * @module
 */
import type { Briefing, Fact, TimelineEntry } from "../types.js";
import { factChart, roughDay, timelineChart } from "./charts.js";
import { explainVerdict } from "./prose.js";
import { flat, formatInterval, formatPublished } from "./format.js";
import { MAX_CARDS, MAX_SINGLES, MAX_TIMELINE_ROWS, MAX_TIMELINE_SOURCES, RANK, byOrder, capped, citedText, claimRow, copiedFrom, imageryCitation, listedFrom, quoteLanguage, readableLabel, scopeNote, sides, plural, publisherOf, timelineCitations, valueSummary, valuesOf, type Quote, type Source } from "./view.js";

/** Escapes text so Markdown shows it literally (inline context; newlines folded). */
export function escapeMarkdown(s: string | null | undefined): string {
  return flat(s ?? "").replace(/[\\`*_[\]<>|~&]/g, "\\$&");
}

const BADGE: Record<string, string> = { conflict: "⚠ conflict", revised: "↻ revised", agree: "✓ agree", single: "single source" };

/** What the Markdown briefing shows of one fact: made from the fact, or kept beside it (src/app/reconciled.ts). */
export interface FactMarkdown {
  id: string;
  verdict: Fact["verdict"];
  origins: number;
  /** its number of members (the briefing's order reads it) */
  n: number;
  hidden: boolean;
  /** whether its label reads as English (`readableLabel`) */
  readable: boolean;
  /** its row of the key facts table */
  row: string;
  /** why an "agree" whose values are not all one holds (values apart, two currencies), said under the table */
  note?: string;
  /**
   * A conflict's or revision's card, or a single-source figure's row (null: no quote), with the
   * reports it quotes; absent when not made yet (only the first cards of a section are shown)
   */
  shown?: { lines: string[] | null; cites: string[] };
}

/** What the Markdown briefing shows of a timeline entry. */
export interface EntryMarkdown {
  event: string;
  date: TimelineEntry["date"];
  conflicting: boolean;
  observation?: string | null;
  row: string;
  /** the reports its row cites */
  cites: string[];
}

/** A briefing as the Markdown renderer reads it: facts and timeline entries as their pieces, in the briefing's order. */
export interface MarkdownBriefing extends Omit<Briefing, "facts" | "timeline"> {
  facts: FactMarkdown[];
  timeline: EntryMarkdown[];
}

/** A fact's pieces; `shown` made when `full` (else left for `withShown`). */
export function factMarkdown(f: Fact, sources: Map<string, Source>, full = true): FactMarkdown {
  const out: FactMarkdown = {
    id: f.id,
    verdict: f.verdict,
    origins: f.origins,
    n: f.members.length,
    hidden: f.hidden ?? false,
    readable: readableLabel(f),
    row: `| ${escapeMarkdown(f.about)} | ${escapeMarkdown(valueSummary(f, valuesOf(f, sources)))} | ${f.origins} | ${[BADGE[f.verdict], scopeNote(f)].filter(Boolean).join(" · ")}${f.decidedVerdict ? " (analyst)" : ""} |`,
  };
  if (scopeNote(f)) out.note = `**${escapeMarkdown(f.about)}** (${escapeMarkdown(scopeNote(f))}): ${escapeMarkdown(explainVerdict(f, sources))}`;
  return full ? withShown(out, f, sources) : out;
}

/** The pieces of a fact with its card (or single-source row) made. */
export function withShown(p: FactMarkdown, f: Fact, sources: Map<string, Source>): FactMarkdown {
  if (p.shown) return p;
  const values = valuesOf(f, sources);
  if (f.verdict === "single") {
    const v = values[0];
    const q = v?.quotes[0];
    return { ...p, shown: q ? { lines: [`| ${escapeMarkdown(v.words)} | ${quote(q)} | ${citation(q)} |`], cites: [q.member.source] } : { lines: null, cites: [] } };
  }
  if (f.verdict === "conflict" || f.verdict === "revised") return { ...p, shown: { lines: factBlock(f, sources), cites: sides(f, values).shown.flatMap((v) => v.quotes.map((q) => q.member.source)) } };
  return { ...p, shown: { lines: null, cites: [] } };
}

/** A timeline entry's pieces. */
export function entryMarkdown(t: TimelineEntry, sources: Map<string, Source>): EntryMarkdown {
  const citations = timelineCitations(t);
  return {
    event: t.event,
    date: t.date,
    conflicting: t.conflicting,
    ...(t.observation ? { observation: t.observation } : {}),
    row: timelineRow(t, sources, citations),
    cites: citations.slice(0, MAX_TIMELINE_SOURCES).map((x) => x.source),
  };
}

export function renderMarkdown(b: Briefing): string {
  const sourcesById = new Map(b.sources.map((s) => [s.id, s]));
  const byId = new Map(b.facts.map((f) => [f.id, f]));
  const facts = withShownCards(b.facts.map((f) => factMarkdown(f, sourcesById, false)), (id) => byId.get(id)!, sourcesById);
  return renderMarkdownOf({ ...b, facts, timeline: b.timeline.map((t) => entryMarkdown(t, sourcesById)) });
}

/** Sections of a Markdown briefing, as `sections` splits a Briefing. */
function mdSections(b: MarkdownBriefing) {
  const facts = b.facts.filter((f) => !f.hidden);
  const multi = facts.filter((f) => f.verdict !== "single").sort(RANK);
  const count = (v: string) => facts.filter((f) => f.verdict === v).length;
  return {
    key: multi.filter((f) => f.readable),
    unlabelled: multi.filter((f) => !f.readable),
    singles: facts.filter((f) => f.verdict === "single"),
    conflicts: facts.filter((f) => f.verdict === "conflict"),
    revised: facts.filter((f) => f.verdict === "revised"),
    sourcesById: new Map(b.sources.map((s) => [s.id, s])),
    summary: { reports: b.sources.length, independent: b.sources.filter((s) => !s.copyOf).length, conflict: count("conflict"), revised: count("revised"), agree: count("agree"), single: count("single") },
  };
}

/** The facts whose card or single-source row a Markdown briefing shows (their `shown` must be made), of facts in any order. */
export function shownIds(facts: FactMarkdown[]): string[] {
  const ordered = [...facts].sort((a, b) => byOrder(a, b, a.n, b.n));
  const s = mdSections({ facts: ordered, timeline: [], sources: [] } as unknown as MarkdownBriefing);
  return [...s.conflicts.slice(0, MAX_CARDS), ...s.revised.slice(0, MAX_CARDS), ...s.singles.slice(0, MAX_SINGLES)].map((f) => f.id);
}

/** The ids of the facts whose cards a briefing shows and are not made yet. */
export function cardsToMake(facts: FactMarkdown[]): string[] {
  const unmade = new Set(facts.filter((p) => !p.shown).map((p) => p.id));
  return shownIds(facts).filter((id) => unmade.has(id));
}

/** The pieces, with the cards a briefing shows made where they are not (`factOf` gives each such fact whole). */
export function withShownCards(facts: FactMarkdown[], factOf: (id: string) => Fact, sources: Map<string, Source>): FactMarkdown[] {
  const need = new Set(cardsToMake(facts));
  return need.size ? facts.map((p) => (need.has(p.id) ? withShown(p, factOf(p.id), sources) : p)) : facts;
}

const lines = (f: FactMarkdown) => {
  if (!f.shown) throw new Error(`the card of fact ${f.id} was not made`);
  return f.shown.lines ?? [];
};

/** A Markdown briefing from its pieces (`renderMarkdown` makes them from a Briefing). */
export function renderMarkdownOf(b: MarkdownBriefing): string {
  const s = mdSections(b);
  const out: string[] = [];
  const sum = s.summary;
  out.push(`# ${escapeMarkdown(b.title)}`, "");
  out.push(
    `_Generated ${escapeMarkdown(formatPublished(b.generated.slice(0, 10)))} from ${plural(sum.reports, "report")} (${plural(sum.independent, "independent origin")}): ` +
      `${plural(sum.conflict, "conflict")}, ${plural(sum.revised, "revised figure")}, ${plural(sum.agree, "agreed fact")}, ${plural(sum.single, "single-source figure")}._`,
    "",
  );

  out.push("## Key facts", "");
  if (!s.key.length && !s.unlabelled.length) out.push(b.facts.length ? "No figure is stated by more than one independent source." : "No figures were found in these reports.", "");
  // under a table, its "values differ in scope" and "currencies not compared" said in full, for a reader without the explorer
  const notes = (facts: FactMarkdown[]) => {
    const noted = facts.filter((f) => f.note).map((f) => `- ${f.note}`);
    return noted.length ? [...noted, ""] : [];
  };
  const factRows = (facts: FactMarkdown[]) => ["| Fact | Value | Independent sources | Verdict |", "| --- | --- | ---: | --- |", ...facts.map((f) => f.row), "", ...notes(facts)];
  if (s.key.length) for (const line of factRows(s.key)) out.push(line);
  if (s.unlabelled.length) {
    out.push(`Further facts whose subject could not be named:`, "");
    for (const line of factRows(s.unlabelled)) out.push(line);
  }

  if (b.observations?.length || b.figures?.length) {
    out.push("## From orbit", "");
    if (b.observations?.length) {
      out.push("| Date | Crossing built (share) | Clear sky | Notes |", "| --- | ---: | ---: | --- |");
      for (const o of b.observations)
        out.push(`| ${escapeMarkdown(formatPublished(o.date))} | ${o.progress == null ? "n/a" : `${Math.round(o.progress * 100)}%`} | ${o.clearAoi == null ? "n/a" : `${Math.round(o.clearAoi * 100)}%`} | ${escapeMarkdown(o.flags.join(", "))} |`);
      out.push("");
    }
    if (b.figures?.length) out.push(`Figures (in the HTML briefing): ${b.figures.map((f) => escapeMarkdown(f.caption.replace(/[\s.]+$/, ""))).join("; ")}.`, "");
    if (b.claims?.length) {
      out.push("### Reports against the imagery", "", "What the reports claim about the works, set against the measured Sentinel-2 series of the site.", "", "| Claim | Reported by | Imagery | Why | Nearest clear date |", "| --- | --- | --- | --- | --- |");
      for (const c of b.claims) {
        const v = claimRow(c, s.sourcesById);
        out.push(`| ${escapeMarkdown(v.claim)} | ${escapeMarkdown(v.by)} | **${v.verdict}** | ${escapeMarkdown(v.why)} (${escapeMarkdown(v.site)}) | ${escapeMarkdown(v.nearest)} |`);
      }
      out.push("");
    }
  }

  if (s.conflicts.length) {
    out.push("## Conflicts", "", "Sources that cannot all be right. Each side is quoted from its report.", "");
    for (const f of s.conflicts.slice(0, MAX_CARDS)) for (const line of lines(f)) out.push(line);
    if (s.conflicts.length > MAX_CARDS) out.push(`…and ${plural(s.conflicts.length - MAX_CARDS, "more conflict")}, backed by fewer sources (all are in \`--format json\`).`, "");
  }
  if (s.revised.length) {
    out.push("## Revised", "", "Figures that changed over time, oldest first.", "");
    for (const f of s.revised.slice(0, MAX_CARDS)) for (const line of lines(f)) out.push(line);
    if (s.revised.length > MAX_CARDS) out.push(`…and ${plural(s.revised.length - MAX_CARDS, "more revised figure")}, backed by fewer sources (all are in \`--format json\`).`, "");
  }

  if (b.timeline.length) {
    // the chart reads the entries' dates, names and status only
    const chart = timelineChart(b.timeline as unknown as TimelineEntry[]);
    out.push("## Timeline", "", ...(chart ? [`_Chart: ${escapeMarkdown(chart.alt)}_`, ""] : []), "| Date | Event | Sources |", "| --- | --- | --- |");
    for (const t of b.timeline.slice(0, MAX_TIMELINE_ROWS)) out.push(t.row);
    if (b.timeline.length > MAX_TIMELINE_ROWS) out.push("", `…and ${plural(b.timeline.length - MAX_TIMELINE_ROWS, "later event")} (all are in \`--format json\`).`);
    out.push("");
  }

  if (s.singles.length) {
    out.push("## Single-source figures", "", "Stated by one report only (and its copies); not corroborated. Each is shown in its sentence.", "");
    out.push("| Value | In context | Source |", "| --- | --- | --- |");
    for (const f of s.singles.slice(0, MAX_SINGLES)) for (const line of lines(f)) out.push(line);
    if (s.singles.length > MAX_SINGLES) out.push("", `…and ${s.singles.length - MAX_SINGLES} more (all are in \`--format json\`).`);
    out.push("");
  }

  out.push("## Sources", "");
  const cites = function* () {
    for (const f of [...s.conflicts.slice(0, MAX_CARDS), ...s.revised.slice(0, MAX_CARDS)]) yield* f.shown?.cites ?? [];
    for (const t of b.timeline.slice(0, MAX_TIMELINE_ROWS)) yield* t.cites;
    for (const f of s.singles.slice(0, MAX_SINGLES)) yield* f.shown?.cites ?? [];
  };
  const { groups, unlisted } = listedFrom(b.sources, s.sourcesById, cites());
  if (unlisted) out.push(`The ${plural(b.sources.length - unlisted, "report")} cited above; ${plural(unlisted, "more report")} in the dossier ${unlisted === 1 ? "is" : "are"} in \`--format json\`.`, "");
  for (const g of groups) out.push(`- ${sourceLine(g.source)}`, ...g.copies.map((c) => `  - ${sourceLine(c)}`));
  if (!b.sources.length) out.push("No reports.");
  out.push("", "## Method", "", ...b.method.split(/\n\s*\n/).flatMap((para) => [escapeMarkdown(para), ""]));
  return out.join("\n");
}

const HOW: Record<string, string> = { exact: "as stated", approx: "approximate", upper: "upper bound", lower: "lower bound" };

/** The HTML briefing's chart of a fact, for readers of Markdown: its words, then its data. */
function chartBlock(f: Fact, sources: Map<string, Source>): string[] {
  const chart = factChart(f, sources);
  if (!chart) return [];
  const out = [`_Chart: ${escapeMarkdown(chart.alt)}_`, "", "| Report date | Value | Stated | Reports |", "| --- | --- | --- | --- |"];
  for (const r of chart.rows) out.push(`| ${r.rough ? `${roughDay(r)} (date unknown)` : formatPublished(r.date)} | ${escapeMarkdown(r.value)} | ${r.low !== r.high && !chart.dates ? "range" : HOW[r.how]} | ${escapeMarkdown(r.sources)}${r.reports > 3 ? ` and ${r.reports - 3} more` : ""} |`);
  return [...out, ""];
}

function factBlock(f: Fact, sources: Map<string, Source>): string[] {
  const why = explainVerdict(f, sources);
  const out = [`### ${escapeMarkdown(f.about)}`, "", ...(why ? [escapeMarkdown(why), ""] : []), ...chartBlock(f, sources)];
  const { shown, more } = sides(f, valuesOf(f, sources));
  if (more) out.push(`${plural(more, "other value")}, each backed by fewer sources, ${more === 1 ? "is" : "are"} in the table above.`, "");
  for (const v of shown) {
    out.push(`**${escapeMarkdown(v.words)}**: ${plural(v.origins, "independent source")}`, "");
    for (const q of v.quotes) out.push(`> ${quote(q)}\\`, `> — ${citation(q)}`, "");
    if (v.also.length) out.push(`Also: ${v.also.map(citation).join("; ")}${v.alsoMore ? `; and ${plural(v.alsoMore, "more report")}` : ""}.`, "");
  }
  return out;
}

const quote = (q: Quote) => `${escapeMarkdown(q.before)}${/\s$/.test(q.before) ? " " : ""}**${escapeMarkdown(q.figure)}**${/^\s/.test(q.after) ? " " : ""}${escapeMarkdown(q.after)}`;

function citation(q: Quote): string {
  const m = q.member;
  const from = copiedFrom(m);
  const copy = from ? ` (copy of \\[${escapeMarkdown(from)}\\])` : "";
  const lang = quoteLanguage(q);
  return `${escapeMarkdown(publisherOf(q.source, m.source))}, ${formatPublished(m.published ?? q.source?.published)} \\[${escapeMarkdown(m.source)}\\]${copy}${lang ? `, in ${escapeMarkdown(lang)}` : ""}`;
}

function timelineRow(t: TimelineEntry, sources: Map<string, Source>, citations: ReturnType<typeof timelineCitations>): string {
  const { shown, more } = capped(citations, MAX_TIMELINE_SOURCES);
  const cites = [...(imageryCitation(t) ? [escapeMarkdown(imageryCitation(t)!)] : []), ...shown.map((x) => `${escapeMarkdown(publisherOf(sources.get(x.source), x.source))} \\[${escapeMarkdown(x.source)}\\]: ${x.texts.map((tx) => citedText(tx, escapeMarkdown)).join(", ")}`)].join("; ") + (more ? `; and ${plural(more, "more report")}` : "");
  const warn = t.conflicting ? " ⚠ sources disagree on the date" : "";
  return `| ${escapeMarkdown(formatInterval(t.date))}${warn} | ${escapeMarkdown(t.event)} | ${cites} |`;
}

function sourceLine(src: Source): string {
  const parts = [`\\[${escapeMarkdown(src.id)}\\]`, `**${escapeMarkdown(src.publisher ?? "unknown publisher")}**`, formatPublished(src.published)];
  if (src.title) parts.push(`_${escapeMarkdown(src.title)}_`);
  if (src.url) parts.push(/^https?:\/\/[^\s<>]+$/i.test(src.url) ? `<${src.url}>` : escapeMarkdown(src.url));
  if (src.copyOf) parts.push(`copy of \\[${escapeMarkdown(src.copyOf)}\\], counted once`);
  return parts.join(" · ");
}

