/**
 * The explorer's pages: pure functions from the dossier to an HTML string. Self-contained
 * (inline CSS, no scripts, no remote anything); every piece of source text goes through the
 * publish module's `esc`, every value through its `formatValue`. Every page is bounded: long
 * lists link to their own paged pages (lists.ts).
 * @module
 */
import type { Fact, FactMember } from "../types.js";
import { cmp, copiedFrom, excerptAround, explainVerdict, factFigure, flat, formatPublished, formatValue, plural, sections, sourceGroups, splitAt, timelineFigure, valuesOf } from "../publish/index.js";
import type { Dossier } from "../app/explore.js";
import { esc, factBadge, href, layout, link, reportLink } from "./layout.js";
import { factsTable, sourceGroupItem, timelineTable } from "./lists.js";
import { pager, paginate } from "./paging.js";
import { siteLinks } from "./imagery.js";
import { parseOrigin } from "../origin.js";

export { layout, href } from "./layout.js";

/** Rows of each list the overview shows; the rest is a link away. */
const HOME_FACTS = 25;
const HOME_TIMELINE = 12;
const HOME_ORIGINS = 10;
const HOME_OBSERVATIONS = 20;
/** Quotes per page of a fact. */
export const MEMBERS_PER_PAGE = 40;

/** Where a member's claim comes from, in words: its own report, a report it copies, a credited speaker. */
function originWords(m: FactMember): string {
  const from = copiedFrom(m);
  if (from) return `copy of ${reportLink(from)}, counted once`;
  const o = parseOrigin(m.origin);
  // the speaker as the report names it ("Russian officials"), not the key that groups them ("russian")
  if (o.kind === "speaker") return `credited to ${esc(m.speaker?.trim() || o.speaker)}`;
  return "its own reporting";
}

/** `/`: what an analyst asks first: the key facts, the timeline, who copies whom; each list a link from complete. */
export function homePage(d: Dossier): string {
  const b = d.briefing;
  const s = sections(b);
  const sum = s.summary;
  const out: string[] = [];
  out.push(`<h1>${esc(b.title)}</h1>`);
  out.push(`<p class="lede">${plural(sum.reports, "report")}, ${plural(sum.independent, "independent origin")}, ${plural(b.facts.length, "fact")}. Open a fact for every quote behind it, a report for its full text.</p>`);
  const stat = (n: number, one: string, many: string, verdict: string) => `<li${n ? "" : ' class="zero"'}>${link(`/facts?verdict=${verdict}`, `<b>${n}</b>${n === 1 ? one : many}`)}</li>`;
  out.push(`<ul class="stats">${stat(sum.conflict, "conflict", "conflicts", "conflict")}${stat(sum.revised, "revised", "revised", "revised")}${stat(sum.agree, "agreed", "agreed", "agree")}${stat(sum.single, "single-source", "single-source", "single")}</ul>`);
  out.push(`<section id="facts"><h2>Key facts</h2>`);
  if (!b.sources.length) out.push(`<p>The store has no reports yet. Add some with <code>dossier add</code>; this page updates on the next reload.</p>`);
  else if (!s.key.length && !s.unlabelled.length) out.push(`<p>${b.facts.length ? "No figure is stated by more than one independent source." : "No figures were found in these reports."}</p>`);
  else {
    if (s.key.length) out.push(factsTable(s.key.slice(0, HOME_FACTS), s.sourcesById));
    const more = Math.max(0, s.key.length - HOME_FACTS) + s.unlabelled.length;
    if (s.unlabelled.length && s.key.length < HOME_FACTS)
      out.push(`<details class="fold"><summary>${plural(s.unlabelled.length, "more fact")} whose subject could not be named</summary>${factsTable(s.unlabelled.slice(0, HOME_FACTS - s.key.length), s.sourcesById)}</details>`);
    if (more) out.push(`<p class="more">${link("/facts", `All ${plural(b.facts.length, "fact")}`)}, a page at a time.</p>`);
  }
  if (s.singles.length) out.push(`<p class="more">${link("/facts?verdict=single", `${plural(s.singles.length, "single-source figure")}`)}: stated by one report only (and its copies), not corroborated.</p>`);
  out.push(`</section>`);
  if (b.timeline.length) {
    out.push(`<section id="timeline"><h2>Timeline</h2>${timelineFigure(b.timeline)}`);
    out.push(timelineTable(b.timeline.slice(0, HOME_TIMELINE), s.sourcesById));
    if (b.timeline.length > HOME_TIMELINE) out.push(`<p class="more">${link("/timeline", `The whole timeline: ${plural(b.timeline.length, "dated event")}`)}.</p>`);
    out.push(`</section>`);
  }
  if (b.observations?.length) {
    // what `dossier watch --db` stored: the latest readings
    const pct = (x: number | null) => (x == null ? "n/a" : `${Math.round(x * 100)}%`);
    const obs = b.observations.slice(-HOME_OBSERVATIONS);
    out.push(`<section id="orbit"><h2>From orbit</h2>${siteLinks(d)}${b.observations.length > obs.length ? `<p class="lede">The latest ${obs.length} of ${b.observations.length} readings.</p>` : ""}<table><thead><tr><th>Site</th><th>Date</th><th class="num">Crossing built</th><th class="num">Clear sky</th><th>Notes</th></tr></thead><tbody>`);
    for (const o of obs)
      out.push(`<tr><td>${esc(o.site)}</td><td class="nowrap">${esc(formatPublished(o.date))}</td><td class="num" data-label="Crossing built">${pct(o.progress)}</td><td class="num" data-label="Clear sky">${pct(o.clearAoi)}</td><td class="cite">${esc(o.flags.join(", "))}</td></tr>`);
    out.push(`</tbody></table></section>`);
  }
  if (b.sources.length) {
    const groups = sourceGroups(b.sources).sort((x, y) => y.copies.length - x.copies.length);
    const copied = groups.filter((g) => g.copies.length);
    out.push(`<section id="sources"><h2>Sources</h2><p class="lede">${plural(b.sources.length, "report")} from ${plural(groups.length, "independent origin")}${copied.length ? `; the most copied, with the reports that copy them (counted once):` : "; none copies another."}</p>`);
    const shown = (copied.length ? copied : groups).slice(0, HOME_ORIGINS);
    out.push(`<ul class="sources">${shown.map((g) => sourceGroupItem(d, g.source, g.copies, 5)).join("")}</ul>`);
    out.push(`<p class="more">${link("/reports", `All ${plural(b.sources.length, "report")}`)}, newest first · ${link("/sources", "every origin and its copies")}.</p></section>`);
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

/** `/facts/<id>?page=`: the fact's values, why its verdict, its chart, then every member quoted, grouped by value, a page at a time. */
export function factPage(d: Dossier, f: Fact, opts: { page?: number; after?: string | ((shown: FactMember[]) => string) } = {}): string {
  const sources = sections(d.briefing).sourcesById;
  const views = valuesOf(f, sources);
  const out: string[] = [];
  out.push(`<h1>${esc(f.about)} ${factBadge(f)}</h1>`);
  out.push(`<p class="lede">${plural(f.members.length, "mention")} in ${plural(new Set(f.members.map((m) => m.source)).size, "report")} · ${plural(f.origins, "independent source")}</p>`);
  out.push(`<ul class="values">${views.map((v) => `<li><b>${esc(v.words)}</b> <span class="cnt">${plural(v.origins, "independent source")}</span></li>`).join("")}</ul>`);
  const why = explainVerdict(f, sources);
  if (why) out.push(`<p class="why">${esc(why)}</p>`);
  out.push(factFigure(f, sources));
  out.push(`<h2>Every mention</h2>`);
  // members grouped by the value they claim, each group in publication order; then paged
  const groups = f.values.length ? f.values.map((v) => v.members) : [f.members.map((_, i) => i)];
  const shown = new Set<number>();
  const ordered: Array<{ m: FactMember; heading: string | null }> = [];
  for (const g of groups) {
    const ms = g.filter((i) => f.members[i] && !shown.has(i));
    if (!ms.length) continue;
    ms.forEach((i) => shown.add(i));
    const members = ms.map((i) => f.members[i]).sort((a, b) => cmp(a.published ?? "9999", b.published ?? "9999"));
    const heading = groups.length > 1 ? formatValue({ ...members[0], qualifier: null }) : null;
    for (const m of members) ordered.push({ m, heading });
  }
  f.members.forEach((m, i) => shown.has(i) || ordered.push({ m, heading: null }));
  const p = paginate(ordered, opts.page ?? 1, MEMBERS_PER_PAGE);
  const nav = pager(p, (page) => `${href.fact(f.id)}${page > 1 ? `?page=${page}` : ""}`, "mentions");
  out.push(nav);
  let last: string | null | undefined;
  for (const { m, heading } of p.items) {
    if (heading && heading !== last) out.push(`<h3>${esc(heading)}</h3>`);
    last = heading;
    out.push(memberQuote(d, m, heading));
  }
  out.push(nav);
  // what follows the quotes (the decision forms) may be about the figures this page shows
  const after = typeof opts.after === "function" ? opts.after(p.items.map((x) => x.m)) : opts.after;
  if (after) out.push(after);
  return layout(`${f.about} — dossier`, out.join("\n"), { section: "facts" });
}

/** Plain words as HTML, a command in backticks ("`dossier watch`") set as code; other backticks stay. */
const withCode = (s: string) => esc(s).replace(/`(dossier [^`]+)`/g, "<code>$1</code>");

/** A page for an unknown address or id, with a way back to the list it may be looked up in (the reports by default). */
export function notFoundPage(what: string, list: { href: string; label: string } = { href: "/reports", label: "All reports" }): string {
  return layout("Not found — dossier", `<h1>Not found</h1><p>${withCode(what)}</p><p><a href="/">Back to the dossier</a> · <a href="${esc(list.href)}">${esc(list.label)}</a></p>`);
}

/** A page for an error while reading the store. */
export function errorPage(status: number, message: string): string {
  return layout(`Error ${status} — dossier`, `<h1>${status === 405 ? "Method not allowed" : "Something went wrong"}</h1><p>${esc(message)}</p><p><a href="/">Back to the dossier</a></p>`);
}
