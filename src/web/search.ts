/**
 * `/search?q=`: facts and reports that contain every word of the query (or the exact phrase when
 * it is in quotes), case-insensitive, each list paged at a stable URL, matches marked in snippets.
 * @module
 */
import { flat, formatPublished, plural, sections, valuesOf } from "../publish/index.js";
import type { Dossier } from "../app/explore.js";
import { esc, factBadge, href, layout, link, reportLink } from "./layout.js";
import { RANK } from "./lists.js";
import { pageHref, pager, paginate } from "./paging.js";

export const HITS_PER_PAGE = 40;
/** Words of a query used at most: more narrow nothing further and cost a pass over every report each. */
const MAX_TERMS = 8;

/** The terms of a query: its words, or the phrase between double quotes as one term. */
export function terms(query: string): string[] {
  const q = query.trim().slice(0, 200).toLowerCase();
  const phrase = /^"(.+)"$/.exec(q);
  if (phrase) return [phrase[1].trim()].filter(Boolean);
  return [...new Set(q.split(/\s+/).filter(Boolean))].slice(0, MAX_TERMS);
}

// a report's text in lower case, once: every search reads every report
const lowered = new Map<string, string>();
const lowerOf = (text: string) => {
  if (text.length < 4096) return text.toLowerCase();
  let l = lowered.get(text);
  if (l === undefined) {
    if (lowered.size > 10_000) lowered.clear();
    lowered.set(text, (l = text.toLowerCase()));
  }
  return l;
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Matches of the terms, the words in the query's order first ("documents seen" marked whole, not word by word). */
const pattern = (ts: string[]) => new RegExp([...(ts.length > 1 ? [ts.map(escapeRe).join("\\s+")] : []), ...ts.map(escapeRe)].join("|"), "gi");

/** Up to `max` snippets of `text` around case-insensitive matches of the terms, in text order, every match marked. */
export function snippets(text: string, query: string | string[], max = 3, width = 90): string[] {
  const ts = (typeof query === "string" ? [query] : query).filter(Boolean);
  if (!ts.length) return [];
  const re = pattern(ts);
  const out: string[] = [];
  for (let m = re.exec(text); m && out.length < max; m = re.exec(text)) {
    const i = m.index;
    const a = Math.max(0, text.lastIndexOf(" ", Math.max(0, i - width)) + 1);
    const bSpace = text.indexOf(" ", Math.min(text.length, i + m[0].length + width));
    const b = bSpace < 0 ? text.length : bSpace;
    out.push(`${a > 0 ? "…" : ""}${marked(text.slice(a, b), ts)}${b < text.length ? "…" : ""}`);
    // the next snippet starts past this one
    re.lastIndex = Math.max(re.lastIndex, b);
  }
  return out;
}

/** Text folded to one line and escaped, a space kept at either end where the text had whitespace. */
const fold = (s: string) => {
  const f = esc(flat(s));
  if (!f) return /\s/.test(s) ? " " : "";
  return `${/^\s/.test(s) ? " " : ""}${f}${/\s$/.test(s) ? " " : ""}`;
};

/** A piece of text with every match of the terms marked. */
function marked(piece: string, ts: string[]): string {
  const re = pattern(ts);
  const out: string[] = [];
  let at = 0;
  for (let m = re.exec(piece); m; m = re.exec(piece)) {
    out.push(fold(piece.slice(at, m.index)), `<mark>${esc(flat(m[0]))}</mark>`);
    at = m.index + m[0].length;
  }
  out.push(fold(piece.slice(at)));
  return out.join("");
}

/** `/search?q=&facts=&reports=`: facts whose label or quoted figures hold every term, reports whose text or metadata does; each list paged. */
export function searchPage(d: Dossier, query: string, opts: { factsPage?: number; reportsPage?: number } = {}): string {
  const q = query.trim().slice(0, 200);
  const ts = terms(q);
  const out: string[] = [`<h1>Search</h1>`];
  if (!ts.length) {
    out.push(`<p class="lede">Type words or a figure in the box above: facts and reports that contain all of them are listed here ("in quotes" for an exact phrase).</p>`);
    return layout("Search — dossier", out.join("\n"), { section: "search" });
  }
  const has = (s: string | null | undefined, t: string) => Boolean(s && lowerOf(s).includes(t));
  // every term somewhere in the fact (its label or a quoted figure; a fact may quote 150,000 of them)
  const facts = d.briefing.facts.filter((f) => !f.hidden && ts.every((t) => has(f.about, t) || f.members.some((m) => has(m.text, t) || has(m.subject, t)))).sort(RANK);
  const reports = d.reports.filter((r) => ts.every((t) => has(r.title, t) || has(r.publisher, t) || has(r.id, t) || has(r.text, t)));
  out.push(`<p class="lede">${plural(facts.length, "fact")} and ${plural(reports.length, "report")} match “${esc(q)}”${ts.length > 1 ? ` (every word of it, anywhere)` : ""}.</p>`);
  const params = { q, facts: opts.factsPage && opts.factsPage > 1 ? String(opts.factsPage) : null, reports: opts.reportsPage && opts.reportsPage > 1 ? String(opts.reportsPage) : null };
  if (facts.length) {
    const sources = sections(d.briefing).sourcesById;
    const p = paginate(facts, opts.factsPage ?? 1, HITS_PER_PAGE);
    const nav = pager(p, (page) => pageHref("/search", { ...params, facts: null }, page, "facts"), "facts");
    out.push(`<h2 id="facts">Facts</h2>`, nav, `<ul class="hits">`);
    for (const f of p.items)
      out.push(`<li>${link(href.fact(f.id), esc(f.about))} ${factBadge(f)}<p class="snip">${esc(valuesOf(f, sources).map((v) => v.words).join(f.verdict === "conflict" ? " vs " : f.verdict === "revised" ? " → " : " / "))} <span class="cnt">${plural(f.origins, "independent source")}</span></p></li>`);
    out.push(`</ul>`, nav);
  }
  if (reports.length) {
    const p = paginate(reports, opts.reportsPage ?? 1, HITS_PER_PAGE);
    const nav = pager(p, (page) => pageHref("/search", { ...params, reports: null }, page, "reports"), "reports");
    out.push(`<h2 id="reports">Reports</h2>`, nav, `<ul class="hits">`);
    for (const r of p.items) {
      const snips = snippets(r.text, ts);
      out.push(`<li>${reportLink(r.id, esc(r.title || r.id))} <span class="cite">${esc(r.publisher ?? "")}, ${esc(formatPublished(r.published))}</span>${snips.map((s) => `<p class="snip">${s}</p>`).join("")}</li>`);
    }
    out.push(`</ul>`, nav);
  }
  return layout(`${q} — search — dossier`, out.join("\n"), { section: "search", q });
}
