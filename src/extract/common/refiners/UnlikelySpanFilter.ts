/**
 * Drops figures that stand inside URLs, e-mail addresses or phone numbers. These spans are found
 * once per text, with short bounded patterns.
 * @module
 */
import type { Candidate, ParsingContext, Refiner } from "../engine.js";

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]{1,2000}/gi;
/** Bare domains with a path ("tass.com/economy/1804561") and e-mail addresses: found by their dot or @, then widened to whitespace. */
const DOMAIN_RE = /\.(?:com|org|net|gov|edu|io|co|uk|ru|kr|cn|tv|news)\/|@[\w-]{1,100}\./gi;
const PHONE_RE = /(?:\+\d{1,3}[\s.-]?)(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}[\s.-]\d{2,4}(?:[\s.-]\d{2,4}){0,2}|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\b\d{3}[.-]\d{3}[.-]\d{4}\b/g;

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
    while (s > 0 && d.index - s < 200 && !/[\s<>"'(\[]/.test(text[s - 1])) s--;
    let e = d.index + d[0].length;
    while (e < text.length && e - d.index < 2000 && !/[\s<>"')\]]/.test(text[e])) e++;
    spans.push([s, e]);
    DOMAIN_RE.lastIndex = Math.max(DOMAIN_RE.lastIndex, e);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

export const UnlikelySpanFilter: Refiner = {
  name: "unlikely-span-filter",
  refine(ctx: ParsingContext, cands: Candidate[]) {
    const spans = unlikelySpans(ctx.text);
    if (!spans.length) return cands;
    return cands.filter((c) => !spans.some(([s, e]) => c.start < e && s < c.end));
  },
};
