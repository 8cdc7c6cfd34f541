/**
 * Briefing → Markdown (CommonMark + GFM tables). Every piece of source text is escaped so a
 * report cannot inject links, HTML or table cells.
 * @module
 */
import type { Briefing, Fact, TimelineEntry } from "../types.js";
import { factChart, timelineChart } from "./charts.js";
import { explainVerdict } from "./prose.js";
import { flat, formatInterval, formatPublished } from "./format.js";
import { MAX_CARDS, MAX_SINGLES, MAX_TIMELINE_ROWS, MAX_TIMELINE_SOURCES, capped, claimRow, copiedFrom, imageryCitation, listedSources, quoteLanguage, sides, plural, publisherOf, sections, timelineCitations, valueSummary, valuesOf, type Quote, type Source } from "./view.js";

/** Escapes text so Markdown shows it literally (inline context; newlines folded). */
export function escapeMarkdown(s: string | null | undefined): string {
  return flat(s ?? "").replace(/[\\`*_\[\]<>|~&]/g, "\\$&");
}

const BADGE: Record<string, string> = { conflict: "⚠ conflict", revised: "↻ revised", agree: "✓ agree", single: "single source" };

export function renderMarkdown(b: Briefing): string {
  const s = sections(b);
  const out: string[] = [];
  const sum = s.summary;
  out.push(`# ${escapeMarkdown(b.title)}`, "");
  out.push(
    `_Generated ${escapeMarkdown(b.generated.slice(0, 10))} from ${plural(sum.reports, "report")} (${plural(sum.independent, "independent origin")}): ` +
      `${plural(sum.conflict, "conflict")}, ${plural(sum.revised, "revised figure")}, ${plural(sum.agree, "agreed fact")}, ${plural(sum.single, "single-source figure")}._`,
    "",
  );

  out.push("## Key facts", "");
  if (!s.key.length && !s.unlabelled.length) out.push(b.facts.length ? "No figure is stated by more than one independent source." : "No figures were found in these reports.", "");
  const factRows = (facts: Fact[]) => [
    "| Fact | Value | Independent sources | Verdict |",
    "| --- | --- | ---: | --- |",
    ...facts.map((f) => `| ${escapeMarkdown(f.about)} | ${escapeMarkdown(valueSummary(f, valuesOf(f, s.sourcesById)))} | ${f.origins} | ${BADGE[f.verdict]}${f.decidedVerdict ? " (analyst)" : ""} |`),
    "",
  ];
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
    if (b.figures?.length) out.push(`Figures (in the HTML briefing): ${b.figures.map((f) => escapeMarkdown(f.caption)).join("; ")}.`, "");
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
    for (const f of s.conflicts.slice(0, MAX_CARDS)) for (const line of factBlock(f, s.sourcesById)) out.push(line);
    if (s.conflicts.length > MAX_CARDS) out.push(`…and ${plural(s.conflicts.length - MAX_CARDS, "more conflict")}, backed by fewer sources (all are in \`--format json\`).`, "");
  }
  if (s.revised.length) {
    out.push("## Revised", "", "Figures that changed over time, oldest first.", "");
    for (const f of s.revised.slice(0, MAX_CARDS)) for (const line of factBlock(f, s.sourcesById)) out.push(line);
    if (s.revised.length > MAX_CARDS) out.push(`…and ${plural(s.revised.length - MAX_CARDS, "more revised figure")}, backed by fewer sources (all are in \`--format json\`).`, "");
  }

  if (b.timeline.length) {
    const chart = timelineChart(b.timeline);
    out.push("## Timeline", "", ...(chart ? [`_Chart: ${escapeMarkdown(chart.alt)}_`, ""] : []), "| Date | Event | Sources |", "| --- | --- | --- |");
    for (const t of b.timeline.slice(0, MAX_TIMELINE_ROWS)) out.push(timelineRow(t, s.sourcesById));
    if (b.timeline.length > MAX_TIMELINE_ROWS) out.push("", `…and ${plural(b.timeline.length - MAX_TIMELINE_ROWS, "later event")} (all are in \`--format json\`).`);
    out.push("");
  }

  if (s.singles.length) {
    out.push("## Single-source figures", "", "Stated by one report only (and its copies); not corroborated. Each is shown in its sentence.", "");
    out.push("| Value | In context | Source |", "| --- | --- | --- |");
    for (const f of s.singles.slice(0, MAX_SINGLES)) {
      const v = valuesOf(f, s.sourcesById)[0];
      const q = v?.quotes[0];
      if (q) out.push(`| ${escapeMarkdown(v.words)} | ${quote(q)} | ${citation(q)} |`);
    }
    if (s.singles.length > MAX_SINGLES) out.push("", `…and ${s.singles.length - MAX_SINGLES} more (all are in \`--format json\`).`);
    out.push("");
  }

  out.push("## Sources", "");
  const { groups, unlisted } = listedSources(b);
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
  for (const r of chart.rows) out.push(`| ${formatPublished(r.date)} | ${escapeMarkdown(r.value)} | ${r.low !== r.high && !chart.dates ? "range" : HOW[r.how]} | ${escapeMarkdown(r.sources)}${r.reports > 3 ? ` and ${r.reports - 3} more` : ""} |`);
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

function timelineRow(t: TimelineEntry, sources: Map<string, Source>): string {
  const { shown, more } = capped(timelineCitations(t), MAX_TIMELINE_SOURCES);
  const cites = [...(imageryCitation(t) ? [escapeMarkdown(imageryCitation(t)!)] : []), ...shown.map((x) => `${escapeMarkdown(publisherOf(sources.get(x.source), x.source))} \\[${escapeMarkdown(x.source)}\\]: ${x.texts.map((tx) => `“${escapeMarkdown(tx)}”`).join(", ")}`)].join("; ") + (more ? `; and ${plural(more, "more report")}` : "");
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

