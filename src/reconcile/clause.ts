/**
 * A figure's own clause, as a fact's label reads it (about.ts): the words near a figure reach
 * across clause marks ("…expanding for 50 years, improving the competitiveness of…"), and the
 * thing of another clause is not the figure's thing.
 * @module
 */
import type { Item } from "./similarity.js";
import { wordIn } from "../extract/vocabulary.js";

/**
 * Marks that close a clause, by character code below 128: 1 for a bracket or a line, 2 for a
 * sentence's end, a semicolon, colon or comma (a mark only before a blank), 3 for a hyphen (a mark
 * only as " - "); dashes are marks too. A table read backwards: a figure's clause is found per
 * member of every fact, and a pattern run over the text before it cost more than the label's rest.
 */
const MARK = new Uint8Array(128);
for (const c of "()[]\n") MARK[c.charCodeAt(0)] = 1;
for (const c of ".!?;:,") MARK[c.charCodeAt(0)] = 2;
MARK[45] = 3;

/** Whether the character at `i` closes a clause. */
function breakAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 128) return c === 0x2014 || c === 0x2013;
  const k = MARK[c];
  if (k === 0) return false;
  if (k === 1) return true;
  const next = text.charCodeAt(i + 1);
  if (k === 2) return !(next > 32) || next === 160;
  return next === 32 && text.charCodeAt(i - 1) === 32;
}
/**
 * A clause that describes the noun right before its comma ("the dam, which cost…", "a new bridge,
 * costing…"): that noun is its thing.
 */
const RELATIVE = /\s*(?:which|who|whose|where|that|\p{L}+ing|\p{L}+ed)\b/iuy;
/** A clause that opens on its verb: its subject stands before the inserted phrase ("the bridge, which…, will be 850 metres"). */
const PREDICATE = /\s*(?:will|would|is|was|are|were|has|have|had|can|could|may|might|should|must|now|still|also)\b/iy;
/** A word that joins the next clause or an adjunct after a figure ("will be 850 metres and link up with…", "in force on 4 December after months of delay"). */
const JOINED = /\s(?:and|but|or|while|whereas|after|before|because|since|until|when|following|despite)\s/;
/** Brackets right after a figure that restate it in another unit ("2,700 km (1,678 miles) long"). */
const RESTATED = /\s*\([^()]{0,40}\)/y;
/** How far either side of a figure its clause is looked for. */
const CLAUSE_REACH = 200;

/** Whether a sticky pattern matches `text` at `at`. */
function matchesAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex - at : -1;
}

/**
 * A figure's own clause, lower-cased, or null without its text. A figure in brackets ("€72.1
 * billion ($79.3 billion)") is read in the clause the brackets stand in.
 */
export function clauseOf(it: Item): string | null {
  const text = it.text;
  if (!text) return null;
  let start = it.m.start, end = it.m.end;
  if (/\(\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^\s*\)/.test(text.slice(end, end + 3))) {
    start = text.lastIndexOf("(", start);
    end = text.indexOf(")", end) + 1;
  }
  // the ends of the last three breaks before the figure, read backwards (within its sentence)
  const sentence = it.m.sentence;
  const from = Math.max(sentence && sentence[0] <= start ? sentence[0] : 0, start - CLAUSE_REACH);
  const cuts: number[] = [];
  for (let i = start - 1; i >= from && cuts.length < 3; i--) if (breakAt(text, i)) cuts.push(i + 1);
  let cut = cuts[0] ?? from;
  if (text[cut - 1] === ",") {
    const rel = matchesAt(RELATIVE, text, cut), pred = rel < 0 ? matchesAt(PREDICATE, text, cut) : -1;
    if (rel >= 0 && cut + rel <= start) cut = cuts[1] ?? from;
    else if (pred >= 0 && cut + pred <= start && text[(cuts[1] ?? 0) - 1] === ",") cut = cuts[2] ?? from;
  }
  const to = Math.min(sentence && sentence[1] >= end ? sentence[1] : text.length, end + CLAUSE_REACH);
  let i = end + Math.max(0, matchesAt(RESTATED, text, end));
  while (i < to && !breakAt(text, i)) i++;
  const join = JOINED.exec(text.slice(end, i));
  return text.slice(cut, join ? end + join.index : i).toLowerCase();
}

/** Whether each word of a phrase (lower-cased) stands whole in the lower-cased clause (no clause known: any phrase does). */
export function inClause(k: string, clause: string | null): boolean {
  if (clause === null) return true;
  const sp = k.indexOf(" ");
  return sp < 0 ? wordIn(k, clause) : wordIn(k.slice(0, sp), clause) && wordIn(k.slice(sp + 1), clause);
}
