/**
 * The report text to quote around a figure: its sentence when extraction gave one,
 * else a window around the figure cut at word boundaries. Pure.
 * @module
 */

/** Longest quote we print; a longer sentence is trimmed around the figure. */
export const MAX_QUOTE = 320;
const WINDOW = 140;

export interface Excerpt {
  /** report offset where `text` starts */
  start: number;
  text: string;
}

/**
 * The excerpt for the figure at [start, end) of `text`. `sentence` is the figure's sentence
 * ([start, end) offsets) when known. Offsets out of range are clamped, never thrown on.
 */
export function excerptAround(text: string, start: number, end: number, sentence?: [number, number] | null): Excerpt {
  const n = text.length;
  start = clamp(start, 0, n);
  end = clamp(end, start, n);
  let a: number;
  let b: number;
  if (sentence && sentence[0] <= start && sentence[1] >= end && sentence[1] <= n && sentence[0] >= 0) {
    [a, b] = sentence;
  } else {
    [a, b] = sentenceBounds(text, start, end);
  }
  if (b - a > MAX_QUOTE) {
    // keep the figure, with as much context on each side as fits
    const room = Math.max(0, MAX_QUOTE - (end - start));
    a = Math.max(a, start - Math.ceil(room / 2));
    b = Math.min(b, end + Math.floor(room / 2));
    a = wordStart(text, a, start);
    b = wordEnd(text, b, end);
  }
  const raw = text.slice(a, b);
  // trim whitespace at both ends without losing track of the offset
  const lead = raw.length - raw.trimStart().length;
  return { start: a + lead, text: raw.trim() };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(Number.isFinite(x) ? x : lo, lo), hi);

/** A guess at the sentence around [start, end): back to the last ". " or blank line, on to the next. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  const lo = Math.max(0, start - WINDOW * 2);
  let a = lo;
  const before = text.slice(lo, start);
  // sentence ends, paragraph breaks, list items, and a short unpunctuated line before (a heading)
  const re = /(?:[.!?]["'”’)]?\s+(?=["'“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[-*#])|(?<=^|\n)[^\n.,;:!?]{1,60}\n(?=[A-Z]))/g;
  for (let m; (m = re.exec(before)); ) a = lo + m.index + m[0].length;
  const hi = Math.min(text.length, end + WINDOW * 2);
  const after = text.slice(end, hi);
  const m = /[.!?](?=["'”’)]?(?:\s|$))["'”’)]?|\n\s*\n/.exec(after);
  const b = m ? end + m.index + (m[0].startsWith("\n") ? 0 : m[0].length) : hi;
  return [a, b];
}

function wordStart(text: string, a: number, limit: number) {
  if (a <= 0 || /\s/.test(text[a - 1])) return a;
  const sp = text.slice(a, limit).search(/\s/);
  return sp < 0 ? a : a + sp + 1;
}

function wordEnd(text: string, b: number, limit: number) {
  if (b >= text.length || /\s/.test(text[b])) return b;
  const back = text.slice(limit, b).search(/\s\S*$/);
  return back < 0 ? b : limit + back;
}

/** Splits an excerpt into the text before the figure, the figure, and after (for highlighting). */
export function splitAt(ex: Excerpt, start: number, end: number): { before: string; figure: string; after: string } {
  const s = clamp(start - ex.start, 0, ex.text.length);
  const e = clamp(end - ex.start, s, ex.text.length);
  const lead = /^[a-z,;:)]/.test(ex.text) ? "…" : "";
  const tail = /[.!?"'”’)\]]$/.test(ex.text) ? "" : "…";
  return { before: lead + ex.text.slice(0, s), figure: ex.text.slice(s, e), after: ex.text.slice(e) + tail };
}
