/**
 * The explorer's long lists, a page at a time with stable URLs: `/facts` (by verdict), `/reports`,
 * `/timeline`, `/sources` (search is in search.ts). Each page is bounded whatever the size of the dossier.
 * @module
 */
import type { Fact, TimelineEntry, Verdict } from "../types.js";
import { citedText, flat, formatInterval, formatPublished, plural, publisherOf, readableLabel, sections, sourceGroups, timelineCitations, timelineFigure, valueCell, valuesOf, type Source } from "../publish/index.js";
import type { Dossier } from "../app/explore.js";
import { esc, factBadge, href, layout, link, reportLink } from "./layout.js";
import { pageHref, pager, paginate } from "./paging.js";

export const FACTS_PER_PAGE = 50;
export const REPORTS_PER_PAGE = 100;
export const TIMELINE_PER_PAGE = 60;
export const SOURCES_PER_PAGE = 60;

export const RANK = (a: Fact, b: Fact) => Number(b.verdict === "conflict") - Number(a.verdict === "conflict") || b.origins - a.origins;

/** The facts table: each fact linked, its values, count of independent sources and verdict. */
export function factsTable(facts: Fact[], sources: Map<string, Source>): string {
  const rows = facts.map(
    (f) =>
      `<tr class="${esc(f.verdict)}"><td>${link(href.fact(f.id), esc(f.about))}</td><td>${valueCell(f, valuesOf(f, sources))}</td><td class="num">${f.origins}</td><td>${factBadge(f)}</td></tr>`,
  );
  return `<table class="facts"><thead><tr><th>Fact</th><th>Value</th><th class="num">Independent sources</th><th>Verdict</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

const VERDICTS: Verdict[] = ["conflict", "revised", "agree", "single"];
const VERDICT_TITLE: Record<string, string> = { conflict: "Conflicts", revised: "Revised figures", agree: "Agreed facts", single: "Single-source figures", "": "All facts" };

/** `/facts?verdict=&page=`: every fact, conflicts first then by independent sources; readable labels before the rest. */
export function factsPage(d: Dossier, opts: { verdict?: string | null; page?: number } = {}): string {
  const s = sections(d.briefing);
  const verdict = VERDICTS.includes(opts.verdict as Verdict) ? (opts.verdict as Verdict) : "";
  const all = d.briefing.facts.filter((f) => !verdict || f.verdict === verdict);
  const facts = [...all.filter(readableLabel).sort(RANK), ...all.filter((f) => !readableLabel(f)).sort(RANK)];
  const p = paginate(facts, opts.page ?? 1, FACTS_PER_PAGE);
  const at = (page: number) => pageHref("/facts", { verdict }, page);
  const filters = ["", ...VERDICTS].map((v) => (v === verdict ? `<b>${esc(VERDICT_TITLE[v])}</b>` : link(pageHref("/facts", { verdict: v }, 1), esc(VERDICT_TITLE[v]))));
  const out = [`<h1>${esc(VERDICT_TITLE[verdict])}</h1>`, `<p class="lede">${plural(all.length, "fact")}; conflicts first, then the facts most independent sources state. Facts whose subject could not be named come last.</p>`, `<p class="filters">${filters.join(" · ")}</p>`];
  const nav = pager(p, at, "facts");
  out.push(nav, p.items.length ? factsTable(p.items, s.sourcesById) : `<p>No facts here.</p>`, nav);
  return layout(`${VERDICT_TITLE[verdict]} — dossier`, out.join("\n"), { section: "facts" });
}

/** `/reports?page=`: every report, newest first. */
export function reportsPage(d: Dossier, opts: { page?: number } = {}): string {
  const p = paginate(d.reports, opts.page ?? 1, REPORTS_PER_PAGE);
  const nav = pager(p, (page) => pageHref("/reports", {}, page), "reports");
  const out: string[] = [`<h1>Reports</h1>`, `<p class="lede">${plural(d.reports.length, "report")} in the store, newest first. ${link("/sources", "Who copies whom")}.</p>`];
  if (p.items.length) {
    out.push(nav, `<table><thead><tr><th>Published</th><th>Report</th><th>Publisher</th><th class="num">Figures</th></tr></thead><tbody>`);
    for (const r of p.items) {
      const copy = r.copyOf ? ` <span class="copy">copy of ${esc(r.copyOf)}</span>` : "";
      out.push(
        `<tr><td class="nowrap">${esc(formatPublished(r.published))}</td><td>${reportLink(r.id, esc(r.title || r.id))}${copy}<br><span class="id">${esc(r.id)}</span></td><td>${esc(r.publisher ?? "")}</td><td class="num" data-label="Figures">${d.mentionsOf.get(r.id)?.length ?? 0}</td></tr>`,
      );
    }
    out.push(`</tbody></table>`, nav);
  }
  return layout("Reports — dossier", out.join("\n"), { section: "reports" });
}

export function timelineRow(t: TimelineEntry, sources: Map<string, Source>, max = 5): string {
  const all = timelineCitations(t);
  const cites = all
    .slice(0, max)
    .map((x) => `${reportLink(x.source, esc(publisherOf(sources.get(x.source), x.source)))}: ${x.texts.map((tx) => citedText(tx, (z) => esc(flat(z)))).join(", ")}`)
    .join("<br>");
  const more = all.length > max ? `<br>and ${plural(all.length - max, "more report")}` : "";
  const warn = t.conflicting ? `<span class="warn">sources disagree on the date</span>` : "";
  return `<tr><td class="nowrap">${esc(formatInterval(t.date))}${warn}</td><td>${esc(t.event)}${t.observation ? ` <span class="cite">(imagery)</span>` : ""}</td><td class="cite">${cites}${more}</td></tr>`;
}

export const timelineTable = (entries: TimelineEntry[], sources: Map<string, Source>) =>
  `<table><thead><tr><th>Date</th><th>Event</th><th>Sources</th></tr></thead><tbody>${entries.map((t) => timelineRow(t, sources)).join("")}</tbody></table>`;

/** `/timeline?page=`: the time axis, then every dated event in order. */
export function timelinePage(d: Dossier, opts: { page?: number } = {}): string {
  const b = d.briefing;
  const p = paginate(b.timeline, opts.page ?? 1, TIMELINE_PER_PAGE);
  const nav = pager(p, (page) => pageHref("/timeline", {}, page), "events");
  const out = [`<h1>Timeline</h1>`, `<p class="lede">${plural(b.timeline.length, "dated event")}, oldest first; a warning where sources give different dates.</p>`];
  if (p.page === 1) out.push(timelineFigure(b.timeline));
  if (p.items.length) out.push(nav, timelineTable(p.items, sections(b).sourcesById), nav);
  return layout("Timeline — dossier", out.join("\n"), { section: "timeline" });
}

/** `/sources?page=`: who copies whom: each independent report with the copies under it. */
export function sourcesPage(d: Dossier, opts: { page?: number } = {}): string {
  const groups = sourceGroups(d.briefing.sources).sort((a, b) => b.copies.length - a.copies.length);
  const copies = groups.reduce((n, g) => n + g.copies.length, 0);
  const p = paginate(groups, opts.page ?? 1, SOURCES_PER_PAGE);
  const nav = pager(p, (page) => pageHref("/sources", {}, page), "origins");
  const out = [`<h1>Sources and their copies</h1>`, `<p class="lede">${plural(groups.length, "independent origin")}; ${plural(copies, "report")} ${copies === 1 ? "copies another and counts" : "copy another and count"} once. Most copied first.</p>`];
  if (p.page === 1 && copies) out.push(outletCopies(groups));
  out.push(nav, `<ul class="sources">${p.items.map((g) => sourceGroupItem(d, g.source, g.copies)).join("")}</ul>`, nav);
  return layout("Sources — dossier", out.join("\n"), { section: "sources" });
}

/** Outlet pairs shown on /sources: the most frequent ones. */
const MAX_OUTLET_PAIRS = 15;

/** Which outlets copy which: one row per (copying outlet, outlet copied), most copies first. */
function outletCopies(groups: Array<{ source: Source; copies: Source[] }>): string {
  const pairs = new Map<string, { from: string; by: string; n: number }>();
  for (const g of groups)
    for (const c of g.copies) {
      const from = g.source.publisher || "unknown publisher";
      const by = c.publisher || "unknown publisher";
      const key = JSON.stringify([by, from]);
      const pair = pairs.get(key) ?? pairs.set(key, { from, by, n: 0 }).get(key)!;
      pair.n++;
    }
  const rows = [...pairs.values()].sort((a, b) => b.n - a.n || (a.by < b.by ? -1 : 1));
  const shown = rows.slice(0, MAX_OUTLET_PAIRS).map((x) => `<tr><td>${esc(x.by)}</td><td data-label="copies">${esc(x.by === x.from ? "its own earlier reports" : x.from)}</td><td class="num" data-label="Reports">${x.n}</td></tr>`);
  const more = rows.length > MAX_OUTLET_PAIRS ? `<p class="more">and ${plural(rows.length - MAX_OUTLET_PAIRS, "more pair")} of outlets.</p>` : "";
  return `<h2>Who copies whom</h2><table class="outlets"><thead><tr><th>Outlet</th><th>copies</th><th class="num">Reports</th></tr></thead><tbody>${shown.join("")}</tbody></table>${more}<h2>Each origin and its copies</h2>`;
}

/** One origin and (at most `max` of) the reports copying it. */
export function sourceGroupItem(d: Dossier, src: Source, copies: Source[], max = 12): string {
  const item = (x: Source) =>
    `${reportLink(x.id, `<span class="id">${esc(x.id)}</span>`)} <b>${esc(x.publisher ?? "unknown publisher")}</b>, ${esc(formatPublished(x.published))}${x.title ? ` — <i>${esc(x.title)}</i>` : ""} <span class="cnt">${plural(d.mentionsOf.get(x.id)?.length ?? 0, "figure")}</span>`;
  const nested = copies.length ? `<ul class="copies">${copies.slice(0, max).map((c) => `<li>${item(c)}</li>`).join("")}${copies.length > max ? `<li class="more">and ${plural(copies.length - max, "more copy", "more copies")}</li>` : ""}</ul>` : "";
  return `<li>${item(src)}${copies.length ? ` <span class="copy">${plural(copies.length, "copy", "copies")}</span>` : ""}${nested}</li>`;
}
