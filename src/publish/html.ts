/**
 * Briefing → one self-contained HTML page: inline CSS, no scripts, no requests (a CSP forbids
 * them too), figures as data: URLs. Every piece of source text goes through `esc`.
 * @module
 */
import type { Briefing, ClaimCheck, Fact, Observation, TimelineEntry } from "../types.js";
import { formatInterval, formatMoment, formatPublished } from "./format.js";
import { MAX_CARDS, MAX_KEY_FACTS, MAX_SINGLES, MAX_TIMELINE_ROWS, MAX_TIMELINE_SOURCES, capped, citedText, claimRow, copiedFrom, imageryCitation, listedSources, quoteLanguage, scopeNote, sides, VERDICT_LABEL, plural, publisherOf, sections, timelineCitations, valuesOf, type Quote, type Source, type ValueView } from "./view.js";

import { esc } from "./escape.js";
import { FIGURE_CSS, factFigure, timelineFigure } from "./figures.js";
import { requireCharts } from "./vega.js";
import { explainVerdict } from "./prose.js";

export { esc };

const SAFE_IMAGE = /^image\/(png|jpeg|gif|webp|svg\+xml)$/;

/** A figure as a data: URL, or null when it is not an image we can embed safely (never a remote URL). */
export function figureSrc(f: { mime: string; data: string }): string | null {
  const mime = f.mime.toLowerCase().trim();
  if (!SAFE_IMAGE.test(mime)) return null;
  if (f.data.startsWith("data:")) return /^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i.test(f.data) ? f.data : null;
  // raw SVG markup goes in an <img> (scripts in it never run there), never inline
  if (mime === "image/svg+xml" && /^\s*</.test(f.data)) return `data:image/svg+xml;base64,${Buffer.from(f.data, "utf8").toString("base64")}`;
  return /^[A-Za-z0-9+/=\s]+$/.test(f.data) ? `data:${mime};base64,${f.data.replace(/\s+/g, "")}` : null;
}

const CSS = `
:root{--ink:#1b1f24;--muted:#5b6470;--line:#dde1e6;--bg:#fff;--soft:#f5f6f8;--conflict:#b42318;--conflict-bg:#fdecea;--revised:#1d4ed8;--revised-bg:#e8efff;--agree:#15803d;--agree-bg:#e7f6ec;--single:#4b5563;--single-bg:#eef0f2;--mark:#fff1a8}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--ink)}
body{margin:0 auto;max-width:60rem;padding:2.5rem 1.5rem 4rem;font:16px/1.55 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
h1{font-size:1.9rem;line-height:1.2;margin:0 0 .4rem}
h2{font-size:1.3rem;margin:2.6rem 0 .8rem;padding-bottom:.3rem;border-bottom:2px solid var(--ink)}
h3{font-size:1.05rem;margin:0 0 .6rem}
p{margin:.5rem 0}
a{color:#0b5cad;text-decoration:underline;text-underline-offset:2px;overflow-wrap:anywhere}
.lede{color:var(--muted);margin:0 0 1rem}
.stats{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0 0;padding:0;list-style:none}
.stats li{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:.35rem .7rem;font-size:.9rem}
.stats li.zero{opacity:.55}
.stats b{font-size:1.1rem;margin-right:.25rem}
nav.toc{font-size:.9rem;margin:1.2rem 0 0;color:var(--muted)}
nav.toc a{margin-right:.9rem}
table{border-collapse:collapse;width:100%;font-size:.94rem}
th,td{text-align:left;vertical-align:top;padding:.5rem .6rem;border-bottom:1px solid var(--line)}
th{font-size:.78rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);border-bottom:2px solid var(--line)}
td.num,th.num{text-align:right}
td.num{white-space:nowrap}
table.facts td:first-child{width:34%}
table.facts td:nth-child(2){width:40%}
tbody tr:nth-child(even){background:#fafbfc}
.badge{display:inline-block;white-space:nowrap;font-size:.78rem;font-weight:700;letter-spacing:.02em;text-transform:uppercase;border-radius:999px;padding:.12rem .6rem}
.badge.conflict{color:var(--conflict);background:var(--conflict-bg)}
.badge.revised{color:var(--revised);background:var(--revised-bg)}
.badge.agree{color:var(--agree);background:var(--agree-bg)}
.badge.single{color:var(--single);background:var(--single-bg)}
.badge.claim-supports{color:var(--agree);background:var(--agree-bg)}
.badge.claim-contradicts{color:var(--conflict);background:var(--conflict-bg)}
.badge.claim-not-yet-visible{color:var(--single);background:var(--single-bg)}
.fact{border:1px solid var(--line);border-left:4px solid var(--conflict);border-radius:6px;padding:1rem 1.1rem;margin:0 0 1.2rem}
.fact.revised{border-left-color:var(--revised)}
details.fold{margin:.8rem 0 0}
details.fold summary{cursor:pointer;color:var(--muted);font-size:.92rem}
.fact .why{margin:-.2rem 0 .6rem;font-size:.95rem}
table.singles td:first-child{width:22%}
table.singles td:last-child{width:24%;font-size:.85rem}
td.ctx{font-size:.9rem}
td.ctx mark{font-weight:600}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}
.side h4{margin:0 0 .4rem;font-size:1.12rem}
.side h4 small{display:block;font-size:.82rem;font-weight:400;color:var(--muted)}
blockquote{margin:0 0 .7rem;padding:.5rem .8rem;background:var(--soft);border-radius:4px;font-size:.93rem;overflow-wrap:anywhere}
blockquote p{margin:0 0 .3rem}
blockquote footer{font-size:.82rem;color:var(--muted)}
mark{background:var(--mark);color:inherit;font-weight:700;padding:0 .15em;border-radius:2px}
.val+.val{margin-top:.2rem}
.val .sep{color:var(--muted);font-size:.85rem}
.val .cnt{color:var(--muted);font-size:.82rem;white-space:nowrap}
.more{font-size:.85rem;color:var(--muted)}
ul.notes{font-size:.88rem;color:var(--muted);margin:.6rem 0 0;padding-left:1.2rem}
ul.notes li{margin:0 0 .3rem}
.warn{color:var(--conflict);font-weight:600;font-size:.85rem;display:block}
.cite{font-size:.85rem;color:var(--muted)}
.sources{list-style:none;padding:0}
.sources li{margin:0 0 .8rem;padding-left:.1rem;overflow-wrap:anywhere}
.sources ul.copies{list-style:none;margin:.5rem 0 0 .4rem;padding-left:1rem;border-left:2px solid var(--revised-bg)}
.sources ul.copies li{margin:0 0 .4rem;font-size:.92rem}
.sources .id{font-family:"DejaVu Sans Mono",ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;background:var(--soft);padding:.05rem .35rem;border-radius:3px}
.copy{font-size:.78rem;color:var(--revised);background:var(--revised-bg);border-radius:3px;padding:.05rem .35rem;white-space:nowrap}
a.ref{color:inherit}
figure{margin:0 0 1.4rem}
figure img{max-width:100%;height:auto;border:1px solid var(--line);border-radius:4px;display:block}
figcaption{font-size:.85rem;color:var(--muted);margin-top:.35rem}
.method p{color:var(--muted);font-size:.92rem;margin:0 0 .7rem}
footer.page{margin-top:3rem;font-size:.8rem;color:var(--muted);border-top:1px solid var(--line);padding-top:.8rem}
@media (max-width:40rem){
body{padding:1.2rem .9rem 3rem}
h1{font-size:1.5rem}
table thead{display:none}
table tr{display:block;padding:.5rem 0;border-bottom:1px solid var(--line)}
table td{display:block;border:0;padding:.15rem .2rem;width:auto!important;overflow-wrap:anywhere}
td.num{text-align:left}
table.facts td:first-child{font-weight:600}
table.facts td.num::before{content:"Independent sources: ";color:var(--muted)}
td[data-label]::before{content:attr(data-label) ": ";color:var(--muted)}
}
@media print{body{max-width:none;padding:0}.fact{break-inside:avoid}}
${FIGURE_CSS}`;

/** Characters of conflict and revision cards in one briefing (conflicts first): a fact of thousands of reports weighs tens of KB. */
const CARD_BUDGET = 120_000;

/** Ids a citation may link to under Sources (all of them but in a large dossier); set while a briefing renders. */
let linkable: Set<string> | null = null;

export function renderHtml(b: Briefing): string {
  // always, not only when a chart is drawn: a caller that forgot must learn it on the first call
  requireCharts();
  const { groups, unlisted, listed } = listedSources(b);
  linkable = listed;
  try {
    return render(b, groups, unlisted);
  } finally {
    linkable = null;
  }
}

function render(b: Briefing, groups: ReturnType<typeof listedSources>["groups"], unlisted: number): string {
  const s = sections(b);
  const sum = s.summary;
  const parts: string[] = [];
  const toc: Array<[string, string]> = [["facts", "Key facts"]];
  parts.push(`<header><h1>${esc(b.title)}</h1>`);
  parts.push(`<p class="lede">Generated ${esc(formatPublished(b.generated.slice(0, 10)))} from ${plural(sum.reports, "report")}, ${plural(sum.independent, "independent origin")}.</p>`);
  parts.push(
    `<ul class="stats">` +
      [
        [sum.conflict, "conflict", "conflicts"],
        [sum.revised, "revised", "revised"],
        [sum.agree, "agreed", "agreed"],
        [sum.single, "single-source", "single-source"],
      ]
        .map(([n, one, many]) => `<li${n ? "" : ' class="zero"'}><b>${n}</b>${n === 1 ? one : many}</li>`)
        .join("") +
      `</ul>`,
  );

  const body: string[] = [];
  let spent = 0;
  // each section shows its first card whatever the budget; the rest while the budget lasts
  const cards = (facts: Fact[]) => {
    let n = 0;
    for (const f of facts.slice(0, MAX_CARDS)) {
      if (n && spent >= CARD_BUDGET) break;
      const card = factCard(f, s.sourcesById);
      spent += card.length;
      body.push(card);
      n++;
    }
    return n;
  };
  body.push(`<section id="facts"><h2>Key facts</h2>`);
  if (!s.key.length && !s.unlabelled.length) body.push(`<p>${b.facts.length ? "No figure is stated by more than one independent source." : "No figures were found in these reports."}</p>`);
  // under a table, its "values differ in scope" and "currencies not compared" said in full (a title is no help on a phone or on paper)
  const notesOf = (facts: Fact[]) => {
    const noted = facts.filter((f) => scopeNote(f));
    return noted.length ? `<ul class="notes">${noted.map((f) => `<li><b>${esc(f.about)}</b> (${esc(scopeNote(f))}): ${esc(explainVerdict(f, s.sourcesById))}</li>`).join("")}</ul>` : "";
  };
  const factRows = (facts: Fact[]) =>
    `<table class="facts"><thead><tr><th>Fact</th><th>Value</th><th class="num">Independent sources</th><th>Verdict</th></tr></thead><tbody>` +
    facts.map((f) => `<tr><td>${esc(f.about)}</td><td>${valueCell(f, valuesOf(f, s.sourcesById))}</td><td class="num">${f.origins}</td><td>${badge(f.verdict)}${scopeNote(f) ? ` <small title="${esc(explainVerdict(f, s.sourcesById))}">${esc(scopeNote(f))}</small>` : ""}${f.decidedVerdict ? ` <small title="${esc(explainVerdict(f, s.sourcesById))}">analyst</small>` : ""}</td></tr>`).join("") +
    `</tbody></table>` +
    notesOf(facts);
  if (s.key.length) body.push(factRows(s.key.slice(0, MAX_KEY_FACTS)));
  if (s.key.length > MAX_KEY_FACTS) body.push(`<p class="more">…and ${plural(s.key.length - MAX_KEY_FACTS, "more fact")} stated by fewer sources (all are in the JSON briefing).</p>`);
  // below the fold: several sources agree or differ, but on what the words around them do not say
  if (s.unlabelled.length) body.push(`<details class="fold"><summary>${plural(s.unlabelled.length, "more fact")} whose subject could not be named</summary>${factRows(s.unlabelled.slice(0, MAX_KEY_FACTS))}</details>`);
  body.push(`</section>`);

  if (b.observations?.length || b.figures?.length) {
    toc.push(["orbit", "From orbit"]);
    body.push(`<section id="orbit"><h2>From orbit</h2>`);
    for (const f of b.figures ?? []) {
      const src = figureSrc(f);
      if (src) body.push(`<figure><img src="${esc(src)}" alt="${esc(f.caption)}"><figcaption>${esc(f.caption)}</figcaption></figure>`);
    }
    if (b.observations?.length) body.push(observationTable(b.observations));
    if (b.claims?.length) body.push(claimTable(b.claims, s.sourcesById));
    body.push(`</section>`);
  }
  if (s.conflicts.length) {
    toc.push(["conflicts", "Conflicts"]);
    body.push(`<section id="conflicts"><h2>Conflicts</h2><p class="lede">Sources that cannot all be right. Each side is quoted from its report, the figure highlighted.</p>`);
    const shown = cards(s.conflicts);
    if (s.conflicts.length > shown) body.push(moreCards(s.conflicts.length - shown, "conflict"));
    body.push(`</section>`);
  }
  if (s.revised.length) {
    toc.push(["revised", "Revised"]);
    body.push(`<section id="revised"><h2>Revised</h2><p class="lede">Figures that changed over time, oldest first.</p>`);
    const shown = cards(s.revised);
    if (s.revised.length > shown) body.push(moreCards(s.revised.length - shown, "revised figure"));
    body.push(`</section>`);
  }
  if (b.timeline.length) {
    toc.push(["timeline", "Timeline"]);
    body.push(`<section id="timeline"><h2>Timeline</h2>${timelineFigure(b.timeline)}<table><thead><tr><th>Date</th><th>Event</th><th>Sources</th></tr></thead><tbody>`);
    for (const t of b.timeline.slice(0, MAX_TIMELINE_ROWS)) body.push(timelineRow(t, s.sourcesById));
    body.push(`</tbody></table>`);
    if (b.timeline.length > MAX_TIMELINE_ROWS) body.push(`<p class="more">…and ${plural(b.timeline.length - MAX_TIMELINE_ROWS, "later event")} (all are in the JSON briefing).</p>`);
    body.push(`</section>`);
  }
  if (s.singles.length) {
    toc.push(["singles", "Single-source figures"]);
    body.push(`<section id="singles"><h2>Single-source figures</h2><p class="lede">Stated by one report only (and its copies); not corroborated.</p>`);
    body.push(`<table class="singles"><thead><tr><th>Value</th><th>In context</th><th>Source</th></tr></thead><tbody>`);
    for (const f of s.singles.slice(0, MAX_SINGLES)) {
      const v = valuesOf(f, s.sourcesById)[0];
      const q = v?.quotes[0];
      if (!q) continue;
      // the quote says what the figure is about better than a label could
      body.push(`<tr><td>${esc(v.words)}</td><td class="ctx">${esc(q.before)}<mark>${esc(q.figure)}</mark>${esc(q.after)}</td><td>${citeHtml(q)}</td></tr>`);
    }
    body.push(`</tbody></table>`);
    if (s.singles.length > MAX_SINGLES) body.push(`<p class="more">…and ${s.singles.length - MAX_SINGLES} more (all are in the JSON briefing).</p>`);
    body.push(`</section>`);
  }
  toc.push(["sources", "Sources"], ["method", "Method"]);
  body.push(`<section id="sources"><h2>Sources</h2>`);
  const copied = groups.filter((g) => g.copies.length).length;
  if (unlisted) body.push(`<p class="lede">The ${plural(b.sources.length - unlisted, "report")} cited above, copies under the report they copy; ${plural(unlisted, "more report")} in the dossier ${unlisted === 1 ? "is" : "are"} in the JSON briefing.</p>`);
  else if (copied) body.push(`<p class="lede">${plural(sum.independent, "independent origin")} in ${plural(b.sources.length, "report")}; copies are listed under the report they copy and count once.</p>`);
  body.push(b.sources.length ? `<ul class="sources">${groups.map((g) => sourceItem(g.source, g.copies)).join("")}</ul>` : `<p>No reports.</p>`);
  body.push(`</section>`);
  body.push(`<section id="method" class="method"><h2>Method</h2>${b.method.split(/\n\s*\n/).map((para) => `<p>${esc(para)}</p>`).join("")}</section>`);

  parts.push(`<nav class="toc">${toc.map(([id, label]) => `<a href="#${id}">${label}</a>`).join("")}</nav></header>`);
  return [
    `<!doctype html>`,
    `<html lang="en">`,
    `<head>`,
    `<meta charset="utf-8">`,
    // no scripts, no remote anything: the page must be safe to open from an untrusted folder
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="referrer" content="no-referrer">`,
    `<meta name="generator" content="dossier">`,
    `<title>${esc(b.title)}</title>`,
    `<style>${CSS}</style>`,
    `</head>`,
    `<body>`,
    ...parts,
    `<main>`,
    ...body,
    `</main>`,
    `<footer class="page">Generated by dossier on ${esc(formatMoment(b.generated))}. Every figure above cites the report it comes from.</footer>`,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}

/** One value per line, each with its count of sources, so a conflict reads at a glance. */
export function valueCell(f: Fact, values: ValueView[]): string {
  if (values.length === 1) return esc(values[0].words);
  const sep = f.verdict === "revised" ? "→ " : f.verdict === "conflict" ? "vs " : "";
  const { shown, more } = sides(f, values);
  return shown
    .map((v, i) => `<div class="val">${i ? `<span class="sep">${sep}</span>` : ""}${esc(v.words)}${f.verdict === "revised" ? "" : ` <span class="cnt">${plural(v.origins, "source")}</span>`}</div>`)
    .join("") + (more ? `<div class="val cnt">and ${plural(more, "more value")}</div>` : "");
}

/** A report id linking to its entry under Sources. */
const ref = (id: string, brackets = true) => {
  const text = `${brackets ? "[" : ""}${esc(id)}${brackets ? "]" : ""}`;
  return !linkable || linkable.has(id) ? `<a class="ref" href="#src-${esc(encodeURIComponent(id))}">${text}</a>` : `<span class="ref">${text}</span>`;
};

/** A verdict as the pill the briefing and the explorer both show. */
export const badge = (v: string) => `<span class="badge ${esc(v)}">${esc(VERDICT_LABEL[v] ?? v)}</span>`;

function factCard(f: Fact, sources: Map<string, Source>): string {
  const out = [`<article class="fact ${esc(f.verdict)}"><h3>${esc(f.about)} ${badge(f.verdict)}</h3>`];
  const why = explainVerdict(f, sources);
  if (why) out.push(`<p class="why">${esc(why)}</p>`);
  out.push(factFigure(f, sources));
  out.push(`<div class="sides">`);
  const { shown, more } = sides(f, valuesOf(f, sources));
  for (const v of shown) {
    out.push(`<div class="side"><h4>${esc(v.words)}<small>${plural(v.origins, "independent source")}</small></h4>`);
    for (const q of v.quotes) out.push(quoteHtml(q));
    if (v.also.length) out.push(`<p class="more">Also: ${v.also.map(citeHtml).join("; ")}${v.alsoMore ? `; and ${plural(v.alsoMore, "more report")}` : ""}</p>`);
    out.push(`</div>`);
  }
  out.push(`</div>`);
  if (more) out.push(`<p class="more">${plural(more, "other value")}, each backed by fewer sources, ${more === 1 ? "is" : "are"} in the chart and the JSON briefing.</p>`);
  out.push(`</article>`);
  return out.join("");
}

const moreCards = (n: number, what: string) => `<p class="more">…and ${plural(n, `more ${what}`)}, backed by fewer sources (all are in the JSON briefing and the explorer).</p>`;

function citeHtml(q: Quote): string {
  const m = q.member;
  // a credited speaker ("via:…") is already in the quoted sentence; a copy is not visible there
  const from = copiedFrom(m);
  const copy = from ? ` <span class="copy">copy of ${ref(from, false)}</span>` : "";
  const who = esc(publisherOf(q.source, m.source));
  const linked = q.source?.url && /^https?:\/\//i.test(q.source.url) ? `<a href="${esc(q.source.url)}" rel="noopener noreferrer">${who}</a>` : who;
  const lang = quoteLanguage(q);
  return `${linked}, ${esc(formatPublished(m.published ?? q.source?.published))} ${ref(m.source)}${copy}${lang ? `, in ${esc(lang)}` : ""}`;
}

function quoteHtml(q: Quote): string {
  const lang = q.member.language && q.member.language !== "en" ? ` lang="${esc(q.member.language)}"` : "";
  return `<blockquote><p${lang}>${esc(q.before)}<mark>${esc(q.figure)}</mark>${esc(q.after)}</p><footer>${citeHtml(q)}</footer></blockquote>`;
}

function timelineRow(t: TimelineEntry, sources: Map<string, Source>): string {
  const { shown, more } = capped(timelineCitations(t), MAX_TIMELINE_SOURCES);
  const orbit = imageryCitation(t);
  const cites = [...(orbit ? [`<a href="#orbit">${esc(orbit)}</a>`] : []), ...shown.map((x) => `${esc(publisherOf(sources.get(x.source), x.source))} ${ref(x.source)}: ${x.texts.map((tx) => citedText(tx, esc)).join(", ")}`)].join("<br>") + (more ? `<br>and ${plural(more, "more report")}` : "");
  const warn = t.conflicting ? `<span class="warn">sources disagree on the date</span>` : "";
  return `<tr><td>${esc(formatInterval(t.date))}${warn}</td><td>${esc(t.event)}</td><td class="cite">${cites}</td></tr>`;
}

/** The reports' claims against the measured series, each with the snapshot of its nearest clear date when at hand. */
function claimTable(claims: ClaimCheck[], sources: Map<string, Source>): string {
  const rows = claims.map((c) => {
    const v = claimRow(c, sources);
    const snap = c.snapshot && /^data:image\/(png|jpeg|webp);base64,/.test(c.snapshot) ? `<br><img class="claim-snap" src="${esc(c.snapshot)}" alt="${esc(`${v.site} on ${v.nearest}`)}" width="160">` : "";
    return `<tr><td>${esc(v.claim)}</td><td data-label="Reported by">${esc(v.by)}</td><td><span class="badge claim-${c.verdict}">${esc(v.verdict)}</span><br>${esc(v.why)}</td><td data-label="Nearest clear date">${esc(v.nearest)}${snap}</td></tr>`;
  });
  return `<h3 id="claims">Reports against the imagery</h3><p class="lede">What the reports claim about the works, set against the measured Sentinel-2 series of the site.</p><table class="claims"><thead><tr><th>Claim</th><th>Reported by</th><th>Imagery</th><th>Nearest clear date</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function observationTable(obs: Observation[]): string {
  // "15 %", as the claims below and the explorer write a share; each cell labelled for a phone, which shows the rows without the table's head
  const pct = (x: number | null) => (x == null ? "n/a" : `${Math.round(x * 100)} %`);
  const rows = obs.map((o) => `<tr><td>${esc(formatPublished(o.date))}</td><td class="num" data-label="Crossing built">${pct(o.progress)}</td><td class="num" data-label="Clear sky">${pct(o.clearAoi)}</td><td${o.flags.length ? ` data-label="Notes"` : ""}>${esc(o.flags.join(", "))}</td></tr>`);
  return `<table><thead><tr><th>Date</th><th class="num">Crossing built</th><th class="num">Clear sky</th><th>Notes</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function sourceItem(src: Source, copies: Source[] = []): string {
  const who = esc(src.publisher ?? "unknown publisher");
  const title = src.title ? ` — <i>${esc(src.title)}</i>` : "";
  const url = src.url ? (/^https?:\/\//i.test(src.url) ? `<br><a href="${esc(src.url)}" rel="noopener noreferrer">${esc(src.url)}</a>` : `<br><span class="cite">${esc(src.url)}</span>`) : "";
  const copy = src.copyOf ? ` <span class="copy">copy of ${ref(src.copyOf, false)}, counted once</span>` : "";
  const nested = copies.length ? `<ul class="copies">${copies.map((c) => sourceItem(c)).join("")}</ul>` : "";
  return `<li id="src-${esc(encodeURIComponent(src.id))}"><span class="id">${esc(src.id)}</span> <b>${who}</b>, ${esc(formatPublished(src.published))}${title}${copy}${url}${nested}</li>`;
}

