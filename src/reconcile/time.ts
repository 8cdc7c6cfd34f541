/**
 * Each figure's time (../shared/corpus/README.md "When figures agree"): its report's published
 * date; for an undated report, the rough date its manifest note gives (never a stand-in such as
 * the median of the others); earlier than its report when the text says so ("initially", "the
 * previous estimate").
 * @module
 */
import type { Mention, Report } from "../types.js";
import { localeFor } from "./locale.js";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = `(${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const pad = (n: number) => String(n).padStart(2, "0");
const monthOf = (w: string) => MONTHS.findIndex((m) => m.startsWith(w.toLowerCase().slice(0, 3))) + 1;

/** Words in a manifest note that introduce its guess of the date ("places it around", "probably in", "suggests"). */
const GUESS = /\b(?:places? it|probably|suggests?|written|inferred as|dated|after|around|about|before|from)\b/gi;

/**
 * The rough date an undated report's note gives, or null. Manifest notes are written in English
 * by whoever built the corpus ("places it around the turn of 2017/2018", "probably in the second
 * half of September 2023", "suggests the August 2025 issue", "after 14 February 2026").
 */
export function noteDate(note: string | null | undefined): string | null {
  if (!note) return null;
  const turn = /\bturn of (?:the year )?(\d{4})\s*[/–-]\s*(\d{4})/i.exec(note);
  if (turn) return `${turn[2]}-01-01`;
  GUESS.lastIndex = 0;
  for (let g = GUESS.exec(note); g; g = GUESS.exec(note)) {
    const rest = note.slice(g.index + g[0].length, g.index + g[0].length + 90).split(/[;.]\s/)[0];
    const d = firstDate(rest);
    if (d) return d;
  }
  return null;
}

/** The first full date, month with year, or year in a piece of English text, as a day (mid-month, mid-year). */
function firstDate(s: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  const dmy = new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, "i").exec(s);
  const mdy = new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`, "i").exec(s);
  const my = new RegExp(`\\b(?:(early|mid|late|first half of|second half of|the end of|end of) )?${MONTH},? (\\d{4})\\b`, "i").exec(s);
  const y = /\b(?:(early|mid|late|the end of|end of) )?((?:19|20)\d{2})\b/i.exec(s);
  const cands: Array<[number, string]> = [];
  if (iso) cands.push([iso.index, `${iso[1]}-${iso[2]}-${iso[3]}`]);
  if (dmy) cands.push([dmy.index, `${dmy[3]}-${pad(monthOf(dmy[2]))}-${pad(+dmy[1])}`]);
  if (mdy) cands.push([mdy.index, `${mdy[3]}-${pad(monthOf(mdy[1]))}-${pad(+mdy[2])}`]);
  if (my) {
    const part = (my[1] ?? "").toLowerCase();
    const dd = /early|first/.test(part) ? 8 : /late|second|end/.test(part) ? 23 : 15;
    cands.push([my.index, `${my[3]}-${pad(monthOf(my[2]))}-${pad(dd)}`]);
  }
  if (y) {
    const part = (y[1] ?? "").toLowerCase();
    cands.push([y.index + 1e-3, `${y[2]}-${/early/.test(part) ? "03" : /late|end/.test(part) ? "11" : "07"}-01`]);
  }
  if (!cands.length) return null;
  cands.sort((a, b) => a[0] - b[0]);
  // the most precise reading among those starting at the first place a date is given
  return cands[0][1];
}

/** The time of a report's figures: its date, else its note's rough date, else null. */
export function reportTime(r: Pick<Report, "published" | "note"> | undefined): string | null {
  if (!r) return null;
  return r.published ?? noteDate(r.note);
}

/** A clause break in any language: a semicolon or a colon; the language's words after a comma add theirs. */
const MARKS = /[;:]/g;
const breaks = new WeakMap<RegExp, RegExp>();

/** The clause breaks of a language: the marks, or a comma and one of its `afterComma` words ("…, but"). */
function breaksOf(afterComma: RegExp | undefined): RegExp {
  if (!afterComma) return MARKS;
  let b = breaks.get(afterComma);
  if (!b) breaks.set(afterComma, (b = new RegExp(`[;:]|,\\s(?:${afterComma.source})\\s`, "g")));
  return b;
}

/** The text after the last clause break (as `split(breaks).pop()`, without the pieces: once per figure). */
function lastClause(s: string, afterComma: RegExp | undefined): string {
  const brk = breaksOf(afterComma);
  let from = 0;
  brk.lastIndex = 0;
  for (let r = brk.exec(s); r; r = brk.exec(s)) from = r.index + r[0].length;
  return from ? s.slice(from) : s;
}

/** The text dates this figure before its report ("initially $1.7bn", "up from 53", "the previous estimate of 3,000"). */
export function statedEarlier(text: string, m: Mention, language: string | null | undefined): boolean {
  return earlierCue(text, m, language) !== NOT_EARLIER;
}

/**
 * The text says this figure is a value its report's own figure replaced ("up from 6.2 billion",
 * "initially 14 million", "154명에서 … 늘어"): an update, not another source's value set beside
 * the report's ("418명보다", "compared with"). Such a figure is dated earlier too.
 */
export function saysReplaced(text: string, m: Mention, language: string | null | undefined): boolean {
  return earlierCue(text, m, language) === REPLACED;
}

const NOT_EARLIER = 0, EARLIER = 1, REPLACED = 2;

/** Whether the words by a figure date it earlier (`EARLIER`), as a value since replaced (`REPLACED`), or not at all. */
function earlierCue(text: string, m: Mention, language: string | null | undefined): number {
  const locale = localeFor(language);
  const s0 = m.sentence?.[0] ?? Math.max(0, m.start - 200);
  const before = text.slice(Math.max(s0, m.start - 45), m.start);
  // a cue right before the figure, in its own clause ("…, up from 53"; "initially put at 3,000")
  const clause = lastClause(before, locale.join?.afterComma);
  if (locale.replaced.before.test(clause)) return REPLACED;
  // "$1.7bn initially", "the 12,000 cited in earlier reports": words right after it, before any other figure
  // (not past a clause break: "$1.6bn, up from an initial $1.1bn" dates the second figure, not the first)
  // an aside in brackets right after the figure is passed over: "80명(중상 9명)에서 85명으로" (from 80, 9 of
  // them badly hurt, to 85), "$1.7bn (£1.3bn) initially"
  const aside = /^\s*[(（][^()（）]{0,30}[)）]/.exec(text.slice(m.end, m.end + 34));
  const from = m.end + (aside ? aside[0].length : 0);
  const next = text.slice(from, Math.min(from + 40, m.sentence?.[1] ?? from + 40));
  const stop = next.search(/[\d;:,(]/);
  const after = stop < 0 ? next : next.slice(0, stop);
  if (locale.replaced.after.test(after)) return REPLACED;
  return locale.earlier.test(clause) || locale.earlierAfter.test(after) ? EARLIER : NOT_EARLIER;
}
