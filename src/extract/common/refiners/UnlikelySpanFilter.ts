/**
 * Drops figures that stand inside URLs, e-mail addresses or phone numbers, in the teasers of
 * other stories at a page's foot, in a scraper's "date 2022-10-08" header line, or cut off by the
 * text's end. These spans are found once per text, with short bounded patterns.
 * @module
 */
import type { Candidate, ParsingContext, Refiner } from "../engine.js";

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]{1,2000}/gi;
/** Bare domains with a path ("tass.com/economy/1804561") and e-mail addresses: found by their dot or @, then widened to whitespace. */
const DOMAIN_RE = /\.(?:com|org|net|gov|edu|io|co|uk|ru|kr|cn|tv|news)\/|@[\w-]{1,100}\./gi;
const PHONE_RE = /(?:\+\d{1,3}[\s.-]?)(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}[\s.-]\d{2,4}(?:[\s.-]\d{2,4}){0,2}|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\b\d{3}[.-]\d{3}[.-]\d{4}\b/g;

/**
 * A scraper's header line, "date 2022-10-08" or "date 2023-07" at a line's start: the page's
 * date, written the same whatever the report's language, never a figure of the story.
 */
const HEADER_RE = /(?<=^|\n)[ \t]*date[ \t]+\d{4}(?:-\d{1,2}){0,2}(?![\d-])/gi;
/** The longest header line read as page furniture to its end (no sentence of the story). */
const BYLINE = 60;
/** The shortest line read as running prose: a fact box's row or a headline is shorter. */
const PROSE_LINE = 100;

/**
 * The figure the text's end cuts off: a text that stops mid-sentence right after a number
 * ("…later reduced its demand first to $550 million and then to $5", a scraped page cut short)
 * leaves it without the rest of its words ("$5" of "$500 million"). Its last line must be
 * running prose (longer than PROSE_LINE) ending in a digit with no sentence mark; the span is
 * the last word. Null for none.
 */
export function cutSpan(text: string): [number, number] | null {
  const end = text.trimEnd().length;
  if (!end || !/\d/.test(text[end - 1])) return null;
  const lineStart = text.lastIndexOf("\n", end - 1) + 1;
  if (end - lineStart <= PROSE_LINE) return null;
  let s = end;
  while (s > lineStart && !/\s/.test(text[s - 1])) s--;
  return [s, end];
}

export function unlikelySpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of [URL_RE, PHONE_RE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) spans.push([m.index, m.index + m[0].length]);
  }
  DOMAIN_RE.lastIndex = 0;
  let d: RegExpExecArray | null;
  while ((d = DOMAIN_RE.exec(text)) !== null) {
    let s = d.index;
    while (s > 0 && d.index - s < 200 && !/[\s<>"'([]/.test(text[s - 1])) s--;
    let e = d.index + d[0].length;
    while (e < text.length && e - d.index < 2000 && !/[\s<>"')\]]/.test(text[e])) e++;
    spans.push([s, e]);
    DOMAIN_RE.lastIndex = Math.max(DOMAIN_RE.lastIndex, e);
  }
  const teasers = teaserSpan(text) ?? headedSpan(text);
  if (teasers) spans.push(teasers);
  HEADER_RE.lastIndex = 0;
  let h: RegExpExecArray | null;
  while ((h = HEADER_RE.exec(text)) !== null) {
    // a short header line that is no sentence is the page's furniture to its end (" date
    // 2021-03-25 March 25, 2021 2 min read"); a long one runs on into the story's first sentence
    const lineEnd = text.indexOf("\n", h.index) < 0 ? text.length : text.indexOf("\n", h.index);
    const rest = text.slice(h.index, lineEnd).trim();
    spans.push([h.index, rest.length <= BYLINE && !SENTENCE_END.test(rest) ? lineEnd : h.index + h[0].length]);
  }
  const cut = cutSpan(text);
  if (cut) spans.push(cut);
  return spans.sort((a, b) => a[0] - b[0]);
}

/** The list mark that opens a list line (a dash, a bullet, an arrow or a quote mark), with its spaces. */
const LIST_MARK = /^[ \t]*(?:[-–—•·▪▶►»]|>{1,2})[ \t]+/;
/** A line that opens with a list mark, then a word. */
const LIST_LINE = new RegExp(`${LIST_MARK.source}\\S`);
/** A line that ends a sentence: an article's list items are sentences, a headline is not. */
const SENTENCE_END = /[.!?。！？]\s*$/;
/** The longest line read as a teaser's headline, and as a line of the foot below the teasers (an outlet's name, its copyright). */
const HEADLINE = 100, FOOT_LINE = 60;
/** How many foot lines may follow the teasers. */
const FOOT_LINES = 3;
/**
 * Page furniture that marks the article's end: a copyright line, or a line of marks alone ("–",
 * "* * *"). Teasers stand next to it; an article's own closing list ("- Length: 850 m") need not.
 */
const FURNITURE = /^[ \t]*(?:[-–—_*·•=~|#]+[ \t]*)+$|©|\(c\)[ \t]*\d{4}|\bcopyright\b/i;
/** A list line that is a fact box's row, a label then its figure ("- Length: 850 m"), not a headline. */
const FACT_ROW = /^[^:：\n]{1,40}[:：][ \t]*[~≈±$€£¥₩₽]?[ \t]*\d/;

/**
 * The teasers of other stories at the end of a page's text, as a scraper keeps its related links:
 * two or more list lines, each short and none a sentence and no fact box's row, with nothing after
 * them but a few short lines that are no sentences either (the outlet's name, a copyright), and
 * page furniture (FURNITURE) right above them or among those lines. Their figures are other
 * stories' (a toll of the year before the page), never this report's. Web pages lose such blocks
 * when read (ingest/web prune.ts); a text given as it was scraped keeps them, and its offsets must
 * stay, so their figures are left out here. In every language: it reads the layout (and "©" or
 * "copyright"), never a language's words. Null for none.
 */
export function teaserSpan(text: string): [number, number] | null {
  // from the last line up: the foot's short lines, then the run of teasers, then the line above them
  let lineEnd = text.length, end = lineEnd, first = -1, count = 0, foot = 0, marked = false;
  while (lineEnd > 0) {
    const lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    const blank = !line.trim();
    const listed = !blank && LIST_LINE.test(line) && line.trim().length <= HEADLINE && !SENTENCE_END.test(line);
    if (listed) {
      if (FACT_ROW.test(line.replace(LIST_MARK, ""))) return null;
      if (!count) end = lineEnd;
      (first = lineStart), count++;
    } else if (!blank) {
      // the line above the teasers, or a foot line below them (a line that ends the search before
      // any teaser leaves none, so marking it there changes nothing)
      marked ||= FURNITURE.test(line);
      if (count || ++foot > FOOT_LINES || line.trim().length > FOOT_LINE || SENTENCE_END.test(line)) break;
    }
    lineEnd = lineStart ? lineStart - 1 : 0;
  }
  return count >= 2 && marked ? [first, end] : null;
}

/** A heading in capitals alone on its line, two words or more, no digit and no colon: "MORE FROM THIS SECTION", not a fact box's "THE NUMBERS:". */
const CAPS_HEADING = /^[ \t]*\p{Lu}[\p{Lu}'’&-]*(?:[ \t]+[\p{Lu}'’&-]+){1,6}[ \t]*$/u;

/**
 * The teasers of other stories under a heading in capitals at a page's foot ("MORE FROM THE
 * REGION", then one headline a line, with or without list marks): the heading, then nothing to
 * the text's end but two or more short lines that are no sentences (headlines) and, below them,
 * page furniture (FURNITURE: a copyright). Lines all of which are a fact box's rows ("- Length:
 * 850 m") are no headlines. In every language: it reads the layout, never a language's words.
 * Null for none.
 */
export function headedSpan(text: string): [number, number] | null {
  let lineEnd = text.length, end = -1, count = 0, rows = 0;
  while (lineEnd > 0) {
    const lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      if (CAPS_HEADING.test(line)) return count >= 2 && rows < count ? [lineStart, end] : null;
      const furniture = FURNITURE.test(line) && line.trim().length <= PROSE_LINE;
      if (!furniture) {
        if (line.trim().length > HEADLINE || SENTENCE_END.test(line)) return null;
        if (FACT_ROW.test(line.replace(LIST_MARK, ""))) rows++;
        if (end < 0) end = lineEnd;
        count++;
      } else if (count) return null;
    }
    lineEnd = lineStart ? lineStart - 1 : 0;
  }
  return null;
}

export const UnlikelySpanFilter: Refiner = {
  name: "unlikely-span-filter",
  refine(ctx: ParsingContext, cands: Candidate[]) {
    const spans = unlikelySpans(ctx.text);
    if (!spans.length) return cands;
    return cands.filter((c) => !spans.some(([s, e]) => c.start < e && s < c.end));
  },
};
