/**
 * The explorer's pages: pure functions from the dossier to an HTML string. Self-contained
 * (inline CSS, no scripts, no remote anything); every piece of source text goes through the
 * publish module's `esc`, every value through its `formatValue`.
 * @module
 */
import type { Fact, FactMember, Mention, Report, TimelineEntry } from "../types.js";
import { mentionKey, type Dossier } from "../app/explore.js";
import { siteLinks } from "./imagery.js";
import { parseOrigin } from "../origin.js";
import {
  escapeHtml as esc,
  valueCell,
  FIGURE_CSS,
  explainVerdict,
  factFigure,
  timelineFigure,
  excerptAround,
  splitAt,
  cmp,
  flat,
  formatInterval,
  formatPublished,
  formatValue,
  VERDICT_LABEL,
  copiedFrom,
  plural,
  publisherOf,
  sections,
  timelineCitations,
  valuesOf,
  type Source,
  type ValueView,
} from "../publish/index.js";

/** Links inside the explorer. Ids are percent-encoded, then HTML-escaped. */
export const href = {
  fact: (id: string) => `/facts/${encodeURIComponent(id)}`,
  report: (id: string) => `/reports/${encodeURIComponent(id)}`,
};
const link = (url: string, text: string, cls = "") => `<a href="${esc(url)}"${cls ? ` class="${cls}"` : ""}>${text}</a>`;
const reportLink = (id: string, text = esc(id)) => link(href.report(id), text);

const CSS = `
:root{--ink:#1b1f24;--muted:#5b6470;--line:#dde1e6;--bg:#fff;--soft:#f5f6f8;--link:#0b5cad;--conflict:#b42318;--conflict-bg:#fdecea;--revised:#1d4ed8;--revised-bg:#e8efff;--agree:#15803d;--agree-bg:#e7f6ec;--single:#4b5563;--single-bg:#eef0f2;--mark:#fff1a8;--mark-free:#eef0f2}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--ink)}
body{margin:0 auto;max-width:62rem;padding:0 1.5rem 4rem;font:16px/1.55 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
nav.top{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1.1rem;padding:.9rem 0;margin-bottom:1.8rem;border-bottom:1px solid var(--line);font-size:.92rem}
nav.top .home{font-weight:700;color:var(--ink);text-decoration:none;margin-right:.4rem}
nav.top a{color:var(--link)}
nav.top a[aria-current]{color:var(--ink);font-weight:600;text-decoration:none}
nav.top form{margin-left:auto;display:flex;gap:.3rem}
nav.top .files{color:var(--muted)}
input[type=search]{font:inherit;font-size:.9rem;padding:.25rem .5rem;border:1px solid var(--line);border-radius:4px;width:13rem}
button{font:inherit;font-size:.9rem;padding:.25rem .7rem;border:1px solid var(--line);border-radius:4px;background:var(--soft);cursor:pointer}
h1{font-size:1.8rem;line-height:1.2;margin:0 0 .4rem;overflow-wrap:anywhere}
h2{font-size:1.3rem;margin:2.4rem 0 .8rem;padding-bottom:.3rem;border-bottom:2px solid var(--ink)}
h3{font-size:1.05rem;margin:1.4rem 0 .5rem}
p{margin:.5rem 0}
a{color:var(--link);text-decoration:underline;text-underline-offset:2px;overflow-wrap:anywhere}
.lede{color:var(--muted);margin:0 0 1rem}
.stats{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0 0;padding:0;list-style:none}
.stats li{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:.35rem .7rem;font-size:.9rem}
.stats li.zero{opacity:.55}
.stats b{font-size:1.1rem;margin-right:.25rem}
table{border-collapse:collapse;width:100%;font-size:.94rem}
th,td{text-align:left;vertical-align:top;padding:.5rem .6rem;border-bottom:1px solid var(--line)}
th{font-size:.78rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);border-bottom:2px solid var(--line)}
td.num,th.num{text-align:right}
td.num{white-space:nowrap}
td.nowrap{white-space:nowrap}
tbody tr:nth-child(even){background:#fafbfc}
tr.conflict td:first-child{box-shadow:inset 3px 0 0 var(--conflict)}
tr.revised td:first-child{box-shadow:inset 3px 0 0 var(--revised)}
table.facts td:first-child{width:36%}
.badge{display:inline-block;white-space:nowrap;font-size:.75rem;font-weight:700;letter-spacing:.02em;text-transform:uppercase;border-radius:999px;padding:.12rem .6rem;vertical-align:middle}
.badge.conflict{color:var(--conflict);background:var(--conflict-bg)}
.badge.revised{color:var(--revised);background:var(--revised-bg)}
.badge.agree{color:var(--agree);background:var(--agree-bg)}
.badge.single{color:var(--single);background:var(--single-bg)}
.val+.val{margin-top:.2rem}
.val .sep{color:var(--muted);font-size:.85rem}
.cnt,.cite,.more{color:var(--muted);font-size:.85rem}
.cnt{white-space:nowrap}
.warn{color:var(--conflict);font-weight:600;font-size:.85rem;display:block}
.copy{font-size:.78rem;color:var(--revised);background:var(--revised-bg);border-radius:3px;padding:.05rem .35rem;white-space:nowrap}
.id{font-family:"DejaVu Sans Mono",ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;background:var(--soft);padding:.05rem .35rem;border-radius:3px;overflow-wrap:anywhere}
.sources{list-style:none;padding:0}
.sources li{margin:0 0 .8rem}
.values{list-style:none;padding:0;margin:.6rem 0 0;display:flex;flex-wrap:wrap;gap:.5rem}
.values li{border:1px solid var(--line);border-radius:6px;padding:.4rem .8rem;background:var(--soft)}
.values b{font-size:1.1rem}
.note{color:var(--muted);font-size:.9rem}
blockquote{margin:0 0 1rem;padding:.6rem .9rem;background:var(--soft);border-radius:4px;border-left:3px solid var(--line)}
blockquote p{margin:0 0 .35rem}
blockquote footer{font-size:.84rem;color:var(--muted)}
mark{background:var(--mark);color:inherit;font-weight:700;padding:0 .15em;border-radius:2px}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1.2rem;margin:1rem 0;font-size:.94rem}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0;overflow-wrap:anywhere}
.text{white-space:pre-wrap;overflow-wrap:break-word;font-size:1rem;line-height:1.7;max-width:44rem;margin:1rem 0}
.text mark{font-weight:600}
mark.free{background:var(--mark-free)}
.text a.fig{text-decoration:none;color:inherit}
.text a.fig mark{border-bottom:2px solid #c9a800}
.text a.fig:hover mark,.text a.fig:focus mark{background:#ffe35c}
.legend{font-size:.85rem;color:var(--muted)}
.legend mark{font-weight:400}
.hits{list-style:none;padding:0}
.hits li{margin:0 0 1rem}
.hits .snip{font-size:.9rem;margin:.2rem 0 0;color:var(--ink)}
footer.page{margin-top:3rem;font-size:.8rem;color:var(--muted);border-top:1px solid var(--line);padding-top:.8rem}
@media (max-width:40rem){
body{padding:0 .9rem 3rem}
h1{font-size:1.45rem}
nav.top form{margin-left:0;width:100%}
input[type=search]{flex:1}
table thead{display:none}
table tr{display:block;padding:.5rem 0;border-bottom:1px solid var(--line)}
table td{display:block;border:0;padding:.15rem .2rem;width:auto!important}
td.num{text-align:left}
table.facts td.num::before{content:"Independent sources: ";color:var(--muted)}
dl.meta{grid-template-columns:1fr}
}
${FIGURE_CSS}`;

export type Section = "dossier" | "reports" | "search" | "";

/** The frame every page shares: top navigation with search, the page, a footer. */
export function layout(title: string, body: string, opts: { section?: Section; q?: string; docTitle?: string } = {}): string {
  const cur = (s: Section) => (opts.section === s ? ` aria-current="page"` : "");
  return [
    `<!doctype html>`,
    `<html lang="en">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    `</head>`,
    `<body>`,
    `<nav class="top"><a class="home" href="/">${esc(opts.docTitle ?? "dossier")}</a>` +
      `<a href="/"${cur("dossier")}>Facts</a><a href="/reports"${cur("reports")}>Reports</a>` +
      `<span class="files">Briefing: <a href="/briefing.html">HTML</a> · <a href="/briefing.md">Markdown</a> · <a href="/briefing.json">JSON</a> · <a href="/feed.atom">Atom feed</a></span>` +
      `<form method="get" action="/search" role="search"><input type="search" name="q" value="${esc(opts.q ?? "")}" placeholder="Search reports and facts" aria-label="Search"><button>Search</button></form></nav>`,
    `<main>`,
    body,
    `</main>`,
    `<footer class="page">dossier explorer: every figure links to the report it comes from.</footer>`,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}

const badge = (v: string) => `<span class="badge ${esc(v)}">${esc(VERDICT_LABEL[v] ?? v)}</span>`;

/** Where a member's claim comes from, in words: its own report, a report it copies, a credited speaker. */
function originWords(m: FactMember): string {
  const from = copiedFrom(m);
  if (from) return `copy of ${reportLink(from)}, counted once`;
  const o = parseOrigin(m.origin);
  if (o.kind === "speaker") return `credited to ${esc(o.speaker)}`;
  return "its own reporting";
}

function factsTable(d: Dossier, facts: Fact[], sources: Map<string, Source>): string {
  const rows = facts.map(
    (f) =>
      `<tr class="${esc(f.verdict)}"><td>${link(href.fact(f.id), esc(f.about))}</td><td>${valueCell(f, valuesOf(f, sources))}</td><td class="num">${f.origins}</td><td>${badge(f.verdict)}</td></tr>`,
  );
  return `<table class="facts"><thead><tr><th>Fact</th><th>Value</th><th class="num">Independent sources</th><th>Verdict</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

/** Single-source figures: the report that states each matters more than a count of one. */
function singlesTable(facts: Fact[], sources: Map<string, Source>): string {
  const rows = facts.map((f) => {
    const m = f.members[0];
    const cite = m ? `${reportLink(m.source, esc(publisherOf(sources.get(m.source), m.source)))}, ${esc(formatPublished(m.published))}` : "";
    return `<tr><td>${link(href.fact(f.id), esc(f.about))}</td><td>${valueCell(f, valuesOf(f, sources))}</td><td class="cite">${cite}</td></tr>`;
  });
  return `<table class="facts singles"><thead><tr><th>Fact</th><th>Value</th><th>Source</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function timelineRow(t: TimelineEntry, sources: Map<string, Source>): string {
  const cites = timelineCitations(t)
    .map((x) => `${reportLink(x.source, esc(publisherOf(sources.get(x.source), x.source)))}: ${x.texts.map((tx) => `“${esc(flat(tx))}”`).join(", ")}`)
    .join("<br>");
  const warn = t.conflicting ? `<span class="warn">sources disagree on the date</span>` : "";
  return `<tr><td class="nowrap">${esc(formatInterval(t.date))}${warn}</td><td>${esc(t.event)}${t.observation ? ` <span class="cite">(imagery)</span>` : ""}</td><td class="cite">${cites}</td></tr>`;
}

function sourceItem(src: Source, figures: number): string {
  const who = esc(src.publisher ?? "unknown publisher");
  const title = src.title ? ` — <i>${esc(src.title)}</i>` : "";
  const copy = src.copyOf ? ` <span class="copy">copy of ${esc(src.copyOf)}, counted once</span>` : "";
  return `<li>${reportLink(src.id, `<span class="id">${esc(src.id)}</span>`)} <b>${who}</b>, ${esc(formatPublished(src.published))}${title}${copy} <span class="cnt">${plural(figures, "figure")}</span></li>`;
}

/** `/`: the key facts (conflicts first), single-source figures, timeline, sources. */
export function homePage(d: Dossier): string {
  const b = d.briefing;
  const s = sections(b);
  const sum = s.summary;
  const out: string[] = [];
  out.push(`<h1>${esc(b.title)}</h1>`);
  out.push(`<p class="lede">${plural(sum.reports, "report")}, ${plural(sum.independent, "independent origin")}, ${plural(b.facts.length, "fact")}. Click a fact for every quote behind it, a report for its full text.</p>`);
  out.push(
    `<ul class="stats">` +
      ([[sum.conflict, "conflict", "conflicts"], [sum.revised, "revised", "revised"], [sum.agree, "agreed", "agreed"], [sum.single, "single-source", "single-source"]] as const)
        .map(([n, one, many]) => `<li${n ? "" : ' class="zero"'}><b>${n}</b>${n === 1 ? one : many}</li>`)
        .join("") +
      `</ul>`,
  );
  out.push(`<section id="facts"><h2>Key facts</h2>`);
  if (!b.sources.length) out.push(`<p>The store has no reports yet. Add some with <code>dossier add</code>; this page updates on the next reload.</p>`);
  else if (!s.key.length) out.push(`<p>${b.facts.length ? "No figure is stated by more than one independent source." : "No figures were found in these reports."}</p>`);
  else out.push(factsTable(d, s.key, s.sourcesById));
  out.push(`</section>`);
  if (s.singles.length) {
    out.push(`<section id="singles"><h2>Single-source figures</h2><p class="lede">Stated by one report only (and its copies); not corroborated.</p>`);
    out.push(singlesTable(s.singles, s.sourcesById));
    out.push(`</section>`);
  }
  if (b.timeline.length) {
    out.push(`<section id="timeline"><h2>Timeline</h2>${timelineFigure(b.timeline)}<table><thead><tr><th>Date</th><th>Event</th><th>Sources</th></tr></thead><tbody>`);
    for (const t of b.timeline) out.push(timelineRow(t, s.sourcesById));
    out.push(`</tbody></table></section>`);
  }
  if (b.observations?.length) {
    // what `dossier watch --db` stored
    const pct = (x: number | null) => (x == null ? "n/a" : `${Math.round(x * 100)}%`);
    out.push(`<section id="orbit"><h2>From orbit</h2>${siteLinks(d)}<table><thead><tr><th>Site</th><th>Date</th><th class="num">Crossing built</th><th class="num">Clear sky</th><th>Notes</th></tr></thead><tbody>`);
    for (const o of b.observations)
      out.push(`<tr><td>${esc(o.site)}</td><td class="nowrap">${esc(formatPublished(o.date))}</td><td class="num">${pct(o.progress)}</td><td class="num">${pct(o.clearAoi)}</td><td class="cite">${esc(o.flags.join(", "))}</td></tr>`);
    out.push(`</tbody></table></section>`);
  }
  if (b.sources.length) {
    out.push(`<section id="sources"><h2>Sources</h2><ul class="sources">`);
    for (const src of b.sources) out.push(sourceItem(src, d.mentionsOf.get(src.id)?.length ?? 0));
    out.push(`</ul></section>`);
  }
  return layout(b.title, out.join("\n"), { section: "dossier" });
}

/** A member quoted in its sentence, the figure marked, cited under the quote. */
function memberQuote(d: Dossier, m: FactMember, heading: string | null): string {
  const r = d.reportById.get(m.source);
  const ex = m.excerpt ?? (r ? excerptAround(r.text, m.start, m.end, m.sentence) : { start: m.start, text: m.text });
  const p = splitAt(ex, m.start, m.end);
  const who = esc(r?.publisher || r?.title || m.publisher || m.source);
  const title = r?.title ? ` — <i>${esc(r.title)}</i>` : "";
  // the member's own reading, when it says more than the heading it is listed under ("2,789 ft" under "850 m")
  const own = formatValue(m);
  return (
    `<blockquote><p>${esc(flat(p.before))}${/\s$/.test(p.before) ? " " : ""}<mark>${esc(p.figure)}</mark>${/^\s/.test(p.after) ? " " : ""}${esc(flat(p.after))}</p>` +
    `<footer>${own === heading ? "" : `<b>${esc(own)}</b> · `}${reportLink(m.source, who)}${title}, ${esc(formatPublished(m.published ?? r?.published))} · ${reportLink(m.source, `<span class="id">${esc(m.source)}</span>`)} · origin: ${originWords(m)}</footer></blockquote>`
  );
}

/** `/facts/<id>`: the fact's values, then every member quoted, grouped by value. */
export function factPage(d: Dossier, f: Fact, opts: { after?: string } = {}): string {
  const sources = new Map(d.briefing.sources.map((s) => [s.id, s]));
  const views = valuesOf(f, sources);
  const out: string[] = [];
  out.push(`<h1>${esc(f.about)} ${badge(f.verdict)}</h1>`);
  out.push(`<p class="lede">${esc(f.kind)}${f.unit ? ` in ${esc(f.unit)}` : ""} · ${plural(f.members.length, "mention")} in ${plural(new Set(f.members.map((m) => m.source)).size, "report")} · ${plural(f.origins, "independent origin")}</p>`);
  out.push(`<ul class="values">${views.map((v) => `<li><b>${esc(v.words)}</b> <span class="cnt">${plural(v.origins, "independent source")}</span></li>`).join("")}</ul>`);
  const why = explainVerdict(f, sources);
  if (why) out.push(`<p class="note">${esc(why)}</p>`);
  out.push(factFigure(f, sources));
  out.push(`<h2>Every mention</h2>`);
  // members grouped by the value they claim, each group in publication order
  const groups = f.values.length ? f.values.map((v) => v.members) : [f.members.map((_, i) => i)];
  const shown = new Set<number>();
  for (const g of groups) {
    const ms = g.filter((i) => f.members[i] && !shown.has(i));
    if (!ms.length) continue;
    ms.forEach((i) => shown.add(i));
    const members = ms.map((i) => f.members[i]).sort((a, b) => cmp(a.published ?? "9999", b.published ?? "9999"));
    const heading = groups.length > 1 ? formatValue({ ...members[0], qualifier: null }) : null;
    if (heading) out.push(`<h3>${esc(heading)}</h3>`);
    for (const m of members) out.push(memberQuote(d, m, heading));
  }
  const rest = f.members.filter((_, i) => !shown.has(i));
  for (const m of rest) out.push(memberQuote(d, m, null));
  if (opts.after) out.push(opts.after);
  return layout(`${f.about} — dossier`, out.join("\n"), { section: "dossier" });
}

/** `/reports`: every report, newest first. */
export function reportsPage(d: Dossier): string {
  const out: string[] = [`<h1>Reports</h1>`, `<p class="lede">${plural(d.reports.length, "report")} in the store, newest first.</p>`];
  if (d.reports.length) {
    out.push(`<table><thead><tr><th>Published</th><th>Report</th><th>Publisher</th><th class="num">Figures</th></tr></thead><tbody>`);
    for (const r of d.reports) {
      const copy = r.copyOf ? ` <span class="copy">copy of ${esc(r.copyOf)}</span>` : "";
      out.push(
        `<tr><td class="nowrap">${esc(formatPublished(r.published))}</td><td>${reportLink(r.id, esc(r.title || r.id))}${copy}<br><span class="id">${esc(r.id)}</span></td><td>${esc(r.publisher ?? "")}</td><td class="num">${d.mentionsOf.get(r.id)?.length ?? 0}</td></tr>`,
      );
    }
    out.push(`</tbody></table>`);
  }
  return layout("Reports — dossier", out.join("\n"), { section: "reports" });
}

/** The tooltip of a figure in the report text: what it is, its value, about what, said by whom. */
export function mentionTitle(m: Mention, fact?: Fact): string {
  const parts = [`${m.kind}: ${formatValue(m)}`];
  if (m.subject) parts.push(`about: ${flat(m.subject)}`);
  if (m.speaker) parts.push(`said by: ${flat(m.speaker)}`);
  if (fact) parts.push(`fact: ${flat(fact.about)} (${VERDICT_LABEL[fact.verdict] ?? fact.verdict})`);
  return parts.join(" · ");
}

/**
 * The report text with every figure marked. Mentions overlapping one already marked (a figure
 * inside a wider one) add their description to its tooltip instead of breaking the markup.
 */
export function markedText(d: Dossier, r: Report): string {
  const ms = [...(d.mentionsOf.get(r.id) ?? [])].filter((m) => m.start >= 0 && m.end > m.start && m.end <= r.text.length);
  ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: Array<{ start: number; end: number; titles: string[]; fact: string | null }> = [];
  for (const m of ms) {
    const factId = d.factOf.get(mentionKey(m)) ?? null;
    const fact = factId ? d.factById.get(factId) : undefined;
    const last = spans[spans.length - 1];
    if (last && m.start < last.end) {
      last.titles.push(mentionTitle(m, fact));
      last.fact ??= factId;
      continue;
    }
    spans.push({ start: m.start, end: m.end, titles: [mentionTitle(m, fact)], fact: factId });
  }
  const out: string[] = [];
  let at = 0;
  for (const s of spans) {
    out.push(esc(r.text.slice(at, s.start)));
    const mark = `<mark${s.fact ? "" : ' class="free"'} title="${esc(s.titles.join("\n"))}">${esc(r.text.slice(s.start, s.end))}</mark>`;
    out.push(s.fact ? `<a class="fig" href="${esc(href.fact(s.fact))}">${mark}</a>` : mark);
    at = s.end;
  }
  out.push(esc(r.text.slice(at)));
  return out.join("");
}

/** `/reports/<id>`: metadata, then the full text with every figure marked and linked to its fact. */
export function reportPage(d: Dossier, r: Report): string {
  const ms = d.mentionsOf.get(r.id) ?? [];
  const inFacts = new Set(ms.map((m) => d.factOf.get(mentionKey(m))).filter(Boolean));
  const url = r.url ? (/^https?:\/\//i.test(r.url) ? `<a href="${esc(r.url)}" rel="noopener noreferrer">${esc(r.url)}</a>` : esc(r.url)) : "";
  const copies = d.reports.filter((x) => x.copyOf === r.id);
  const meta: Array<[string, string]> = [
    ["Id", `<span class="id">${esc(r.id)}</span>`],
    ["Publisher", esc(r.publisher ?? "unknown")],
    ["Published", esc(formatPublished(r.published))],
    ...(url ? [["URL", url] as [string, string]] : []),
    ...(r.origin && r.origin !== r.url ? [["Origin", esc(r.origin)] as [string, string]] : []),
    ...(r.language ? [["Language", esc(r.language)] as [string, string]] : []),
    ...(r.addedAt ? [["Added", esc(r.addedAt.replace("T", " ").replace(/\.\d+Z$/, " UTC"))] as [string, string]] : []),
    ...(r.copyOf ? [["Copy of", `${reportLink(r.copyOf)} (counted once)`] as [string, string]] : []),
    ...(copies.length ? [["Copied by", copies.map((c) => reportLink(c.id)).join(", ")] as [string, string]] : []),
    ["Figures", `${plural(ms.length, "figure")}, in ${plural(inFacts.size, "fact")}`],
    ["SHA-256", `<span class="id">${esc(r.hash)}</span>`],
  ];
  const out: string[] = [];
  out.push(`<h1>${esc(r.title || r.id)}</h1>`);
  out.push(`<dl class="meta">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`);
  out.push(`<h2>Text</h2>`);
  out.push(`<p class="legend"><mark>figure in a fact</mark> links to the fact; <mark class="free">figure</mark> stands alone. Hover a figure for its reading.</p>`);
  out.push(`<div class="text">${markedText(d, r)}</div>`);
  return layout(`${r.title || r.id} — dossier`, out.join("\n"), { section: "reports" });
}

const MAX_HITS = 100;

/** Up to `max` snippets of `text` around case-insensitive matches of `q`, the match marked. */
export function snippets(text: string, q: string, max = 3, width = 90): string[] {
  const lower = text.toLowerCase();
  const needle = q.toLowerCase();
  const out: string[] = [];
  for (let i = lower.indexOf(needle), last = -1; i >= 0 && out.length < max; i = lower.indexOf(needle, i + needle.length)) {
    if (i < last) continue;
    const a = Math.max(0, text.lastIndexOf(" ", Math.max(0, i - width)) + 1);
    const bSpace = text.indexOf(" ", Math.min(text.length, i + needle.length + width));
    const b = bSpace < 0 ? text.length : bSpace;
    const before = text.slice(a, i);
    const after = text.slice(i + needle.length, b);
    // folded whitespace keeps a space only where the text had one (a match inside a word stays inside it)
    const sp = (x: string, re: RegExp) => (re.test(x) ? " " : "");
    out.push(`${a > 0 ? "…" : ""}${esc(flat(before))}${sp(before, /\s$/)}<mark>${esc(flat(text.slice(i, i + needle.length)))}</mark>${sp(after, /^\s/)}${esc(flat(after))}${b < text.length ? "…" : ""}`);
    last = b;
  }
  return out;
}

/** `/search?q=`: facts whose about (or quoted figure) matches, reports whose text or metadata matches. */
export function searchPage(d: Dossier, query: string): string {
  const q = query.trim().slice(0, 200);
  const out: string[] = [`<h1>Search</h1>`];
  if (!q) {
    out.push(`<p class="lede">Type words or a figure in the box above: facts and reports that contain them are listed here.</p>`);
    return layout("Search — dossier", out.join("\n"), { section: "search" });
  }
  const needle = q.toLowerCase();
  const has = (s: string | null | undefined) => Boolean(s && s.toLowerCase().includes(needle));
  const facts = d.briefing.facts.filter((f) => has(f.about) || f.members.some((m) => has(m.text) || has(m.subject)));
  const reports = d.reports.filter((r) => has(r.title) || has(r.publisher) || has(r.text) || has(r.id));
  out.push(`<p class="lede">${plural(facts.length, "fact")} and ${plural(reports.length, "report")} match “${esc(q)}”.</p>`);
  if (facts.length) {
    const sources = new Map(d.briefing.sources.map((s) => [s.id, s]));
    out.push(`<h2>Facts</h2><ul class="hits">`);
    for (const f of facts.slice(0, MAX_HITS))
      out.push(`<li>${link(href.fact(f.id), esc(f.about))} ${badge(f.verdict)}<p class="snip">${esc(valuesOf(f, sources).map((v) => v.words).join(f.verdict === "conflict" ? " vs " : f.verdict === "revised" ? " → " : " / "))} <span class="cnt">${plural(f.origins, "independent source")}</span></p></li>`);
    out.push(`</ul>`);
    if (facts.length > MAX_HITS) out.push(`<p class="more">…and ${facts.length - MAX_HITS} more facts.</p>`);
  }
  if (reports.length) {
    out.push(`<h2>Reports</h2><ul class="hits">`);
    for (const r of reports.slice(0, MAX_HITS)) {
      const snips = snippets(r.text, q);
      out.push(
        `<li>${reportLink(r.id, esc(r.title || r.id))} <span class="cite">${esc(r.publisher ?? "")}, ${esc(formatPublished(r.published))}</span>${snips.map((s) => `<p class="snip">${s}</p>`).join("")}</li>`,
      );
    }
    out.push(`</ul>`);
    if (reports.length > MAX_HITS) out.push(`<p class="more">…and ${reports.length - MAX_HITS} more reports.</p>`);
  }
  return layout(`${q} — search — dossier`, out.join("\n"), { section: "search", q });
}

/** A page for an unknown address or id. */
export function notFoundPage(what: string): string {
  return layout("Not found — dossier", `<h1>Not found</h1><p>${esc(what)}</p><p><a href="/">Back to the dossier</a> · <a href="/reports">All reports</a></p>`);
}

/** A page for an error while reading the store. */
export function errorPage(status: number, message: string): string {
  return layout(`Error ${status} — dossier`, `<h1>${status === 405 ? "Method not allowed" : "Something went wrong"}</h1><p>${esc(message)}</p><p><a href="/">Back to the dossier</a></p>`);
}
