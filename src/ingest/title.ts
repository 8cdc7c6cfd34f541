/**
 * A title for a report that declares none: what a reader would call it. Its first heading (an
 * HTML page's <h1>, read in html.ts) or else its first line, Markdown marks taken off; a line
 * that runs on is cut at a word. Never the file's path: `dossier reports`, the explorer and the
 * briefing show the title, and a path says nothing of the report (and may say much of a machine).
 * @module
 */
import { ellipsis, graphemes } from "../graphemes.js";

/** Longest title kept whole, in characters as a reader counts them; a longer first line is cut at a word before it. */
const MAX_TITLE = 100;

/** The report's first line that says something, as a title; null when no line does. */
export function titleFromText(text: string): string | null {
  // the first few lines are enough: a title is at the top, and a 20 MB file is not split whole
  for (const raw of text.slice(0, 4000).split(/\r?\n/, 40)) {
    const line = cleanTitle(raw);
    if (line) return line;
  }
  return null;
}

/** A heading or line as a title: Markdown heading, quote and emphasis marks off, spaces folded, cut at a word. */
export function cleanTitle(raw: string | null | undefined): string | null {
  let s = (raw ?? "")
    .replace(/\s+/g, " ")
    .trim()
    // a scraper's stamp before the headline (the shared corpus's " date 2022-10-08 "): the
    // report's date, which the explorer shows beside its title anyway
    .replace(/^date \d{4}(?:-\d{2}){0,2}(?: |$)/, "")
    // "## Title ##", "> Title", "**Title**", "_Title_"
    .replace(/^(?:#{1,6}|>)\s+/, "")
    .replace(/\s+#+$/, "")
    .replace(/^([*_]{1,3})(.+?)\1$/, "$2")
    // a headline has no full stop; a first line that is a sentence drops its own ("… on Monday.")
    .replace(/(?<!\.|\b[A-Z])\.$/, "")
    .trim();
  // a rule, a fence or a line of marks only ("---", "***", "```") names nothing
  if (!/[\p{L}\p{N}]/u.test(s)) return null;
  // (a string no longer than MAX_TITLE UTF-16 units has no more characters than that)
  const chars = s.length > MAX_TITLE ? graphemes(s) : [];
  if (chars.length > MAX_TITLE) {
    // (at a word past the middle; a title's closing full stop goes too)
    s = ellipsis(chars.slice(0, MAX_TITLE - 1), Math.floor(MAX_TITLE / 2) + 1, /[\s,;:.–—-]+$/);
  }
  return s;
}
