/**
 * `/reports/<id>`: a report's metadata and its text with every figure marked and linked to its
 * fact. A book-sized report is shown in parts (`?part=N`), so its page weighs what a short one does.
 * @module
 */
import type { Fact, Mention, Report } from "../types.js";
import { flat, formatMoment, formatPublished, formatValue, languageName, plural, VERDICT_LABEL } from "../publish/index.js";
import { mentionKey, type Dossier } from "../app/explore.js";
import { shownPath } from "../app/text.js";
import { esc, href, layout, reportLink } from "./layout.js";
import { pager, paginate } from "./paging.js";

/** Characters of text per part: about 60 KB of page, however long the report. */
export const PART_CHARS = 60_000;
/** Reports listed under "Copied by" before a count of the rest. */
const MAX_COPIES = 20;

/** The tooltip of a figure in the report text: what it is, its value, said by whom, its fact (or the words near it). */
export function mentionTitle(m: Mention, fact?: Fact): string {
  const parts = [`${m.kind}: ${formatValue(m)}`];
  // the subject English's extractor reads is the figure's measure and the words nearest it
  // ("capacity vehicle planned handle people"), not a name: a figure in a fact is named by its
  // fact; a lone one shows those words as what they are
  if (m.subject && !fact) parts.push(`words near it: ${flat(m.subject).split(" ").join(", ")}`);
  if (m.speaker) parts.push(`said by: ${flat(m.speaker)}`);
  if (fact) parts.push(`fact: ${flat(fact.about)} (${VERDICT_LABEL[fact.verdict] ?? fact.verdict})`);
  return parts.join(" · ");
}

/** Where a part ends: at a paragraph (or line, or space) break near `PART_CHARS`, never inside a figure. */
export function partBounds(text: string, size = PART_CHARS): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + size);
    if (end < text.length) {
      const window = text.slice(at + Math.floor(size * 0.7), end);
      const para = window.lastIndexOf("\n\n");
      const line = window.lastIndexOf("\n");
      const space = window.lastIndexOf(" ");
      const cut = para >= 0 ? para + 2 : line >= 0 ? line + 1 : space >= 0 ? space + 1 : -1;
      if (cut >= 0) end = at + Math.floor(size * 0.7) + cut;
    }
    out.push([at, end]);
    at = end;
  }
  return out.length ? out : [[0, 0]];
}

/**
 * The text between `from` and `to` with every figure in it marked. Mentions overlapping one
 * already marked (a figure inside a wider one) add their description to its tooltip instead of
 * breaking the markup; a figure across the part's edge is shown unmarked.
 */
export function markedText(d: Dossier, r: Report, from = 0, to = r.text.length): string {
  const ms = (d.mentionsOf.get(r.id) ?? []).filter((m) => m.start >= from && m.end > m.start && m.end <= to && m.end <= r.text.length);
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
  let at = from;
  for (const s of spans) {
    out.push(esc(r.text.slice(at, s.start)));
    const mark = `<mark${s.fact ? "" : ' class="free"'} title="${esc(s.titles.join("\n"))}">${esc(r.text.slice(s.start, s.end))}</mark>`;
    // a tap focuses the figure, which shows its reading (the title, drawn by CSS: no script runs
    // here) and, for a figure in a fact, a link to it: a touch screen shows no title on hover
    const fact = s.fact ? esc(href.fact(s.fact)) : "";
    out.push(`<span class="tap" tabindex="-1">${s.fact ? `<a class="fig" href="${fact}">${mark}</a><a class="open" href="${fact}">Open its fact</a>` : mark}</span>`);
    at = s.end;
  }
  out.push(esc(r.text.slice(at, to)));
  return out.join("");
}

/** Where a report came from, as a page shows it: relative to `cwd` inside it, else its file name. */
const displayOrigin = (origin: string, cwd: string) => shownPath(origin, { cwd, outside: "name" });

export interface ReportPageOptions {
  /** 1-based part of a long text */
  part?: number;
  /** the folder paths are shown relative to (default: where the explorer runs) */
  cwd?: string;
}

export function reportPage(d: Dossier, r: Report, opts: ReportPageOptions = {}): string {
  const ms = d.mentionsOf.get(r.id) ?? [];
  const inFacts = new Set(ms.map((m) => d.factOf.get(mentionKey(m))).filter(Boolean));
  const url = r.url ? (/^https?:\/\//i.test(r.url) ? `<a href="${esc(r.url)}" rel="noopener noreferrer">${esc(r.url)}</a>` : esc(r.url)) : "";
  const copies = d.reports.filter((x) => x.copyOf === r.id);
  const origin = r.origin && r.origin !== r.url ? displayOrigin(r.origin, opts.cwd ?? process.cwd()) : null;
  const meta: Array<[string, string]> = [
    ["Id", `<span class="id">${esc(r.id)}</span>`],
    ["Publisher", esc(r.publisher ?? "unknown")],
    ["Published", esc(formatPublished(r.published))],
    ...(url ? [["URL", url] as [string, string]] : []),
    ...(origin ? [["File", esc(origin)] as [string, string]] : []),
    // named as a quote in it is named ("in Ukrainian"), its tag after
    ...(r.language ? [["Language", esc(languageName(r.language) === r.language ? r.language : `${languageName(r.language)} (${r.language})`)] as [string, string]] : []),
    ...(r.addedAt ? [["Added", esc(formatMoment(r.addedAt))] as [string, string]] : []),
    ...(r.copyOf ? [["Copy of", `${reportLink(r.copyOf)} (counted once)`] as [string, string]] : []),
    ...(copies.length ? [["Copied by", copies.slice(0, MAX_COPIES).map((c) => reportLink(c.id)).join(", ") + (copies.length > MAX_COPIES ? ` and ${plural(copies.length - MAX_COPIES, "more report")}` : "")] as [string, string]] : []),
    ["Figures", `${plural(ms.length, "figure")}, in ${plural(inFacts.size, "fact")}`],
    ["SHA-256", `<span class="id">${esc(r.hash)}</span>`],
  ];
  const parts = paginate(partBounds(r.text), opts.part ?? 1, 1);
  const [from, to] = parts.items[0];
  const nav = pager(parts, (p) => `${href.report(r.id)}${p > 1 ? `?part=${p}` : ""}`, "parts");
  const out: string[] = [];
  out.push(`<h1>${esc(r.title || r.id)}</h1>`);
  out.push(`<dl class="meta">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`);
  out.push(`<h2>Text</h2>`);
  if (parts.pages > 1) out.push(`<p class="lede">A long report (${r.text.length.toLocaleString("en-US")} characters), shown in ${parts.pages} parts.</p>`, nav);
  out.push(`<p class="legend"><mark>figure in a fact</mark> links to the fact; <mark class="free">figure</mark> stands alone. Tap a figure, or hover over it, for its reading.</p>`);
  let text: string;
  try {
    text = markedText(d, r, from, to);
  } catch {
    // the text matters more than its marks: one odd mention must not lose the page
    text = esc(r.text.slice(from, to));
  }
  out.push(`<div class="text">${text}</div>`);
  if (nav) out.push(nav);
  return layout(`${r.title || r.id} — dossier`, out.join("\n"), { section: "reports" });
}
