/**
 * Whole and part: a figure's scope cue ("in total" against "itself", "the first phase"), the
 * figures that are a share of a larger whole (a breakdown of the count before them, a part of a
 * longer stretch), and the whole a share is taken of ("30 percent of the city").
 * @module
 */
import type { Mention } from "../types.js";
import type { ReconcileLocale } from "./locale.js";
import type { Scope } from "./features.js";
import { isHead } from "./heads.js";
import type { Draft } from "./weighted.js";
import { STOP, stemCached, tooShort, type Toks } from "./words.js";

/**
 * The whole a share is taken of ("30 percent of the city", "a quarter of the city's buildings",
 * "el 30 % de la ciudad", "도시의 30%": the locale's `whole`) is what it measures: its first word
 * weighs as much as a noun can ("estimates suggest 30 percent of the city": not "suggest"), so it
 * is the share's thing. A name's possessive ("of Ostrovia's total trade") says whose, not what:
 * no whole is read then.
 */
export function wholeOf(text: string, toks: Toks, from: number, to: number, m: Mention, cue: ReconcileLocale["whole"], words: Draft): void {
  if (!cue) return;
  let j = -1;
  const after = cue.after?.exec(text.slice(m.end, m.end + WHOLE_REACH));
  if (after) {
    const at = m.end + after[0].length;
    for (let k = from; k < to && toks.s[k] <= at; k++) if (toks.s[k] === at) j = k;
  } else {
    const before = cue.before?.exec(text.slice(Math.max(0, m.start - WHOLE_REACH), m.start));
    if (!before) return;
    const at = m.start - before[0].length;
    // the word ends at the mark, or holds it (a particle written on its noun: "도시의")
    for (let k = from; k < to && toks.s[k] < at; k++) if (toks.e[k] >= at || /^\s*$/.test(text.slice(toks.e[k], at))) j = k;
  }
  if (j < 0) return;
  // past the words that modify the whole's noun ("the cultivated land", "Ostrovian shipments"):
  // one that cannot be a head, or a capitalized word before a lower-case one; not past a possessive
  for (let n = 1; after && n < WHOLE_WORDS && j + 1 < to && /^\s+$/.test(text.slice(toks.e[j], toks.s[j + 1])); n++) {
    const lw = toks.lw[j], next = toks.lw[j + 1];
    if (/['’]s$/.test(lw) || STOP.has(next) || (isHead(lw) && !(text[toks.s[j]] !== lw[0] && text[toks.s[j + 1]] === next[0]))) break;
    j++;
  }
  const raw = toks.lw[j];
  if (/['’]s$/.test(raw) && text[toks.s[j]] !== raw[0]) return;
  const w = raw.replace(/['’]s$/, "");
  if (!STOP.has(w) && !tooShort(w) && (words.get(w) ?? 0) < 1) words.set(w, 1);
}

/**
 * The words of the whole a percentage is taken of, by the locale's `whole.after` ("2.1% of gross
 * domestic product", "1.1 % du salaire de base"), as stems: at most WHOLE_WORDS words up to a
 * clause mark or a word the locale never counts in a thing (STOP); null when its words name none
 * (no whole, or a language that writes it before the share, without spaces between words).
 */
export function shareWhole(text: string, m: Mention, cue: ReconcileLocale["whole"]): string[] | null {
  if (m.kind !== "percent" || !cue?.after) return null;
  const after = cue.after.exec(text.slice(m.end, m.end + WHOLE_REACH));
  if (!after) return null;
  const rest = text.slice(m.end + after[0].length, m.end + after[0].length + WHOLE_REACH).split(/[,;:!?()]|\.(?!\d)/)[0];
  const out: string[] = [];
  for (const w of rest.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []) {
    if (STOP.has(w) || out.length >= WHOLE_WORDS) break;
    if (!tooShort(w)) out.push(stemCached(w));
  }
  return out.length ? out : null;
}

/** The words of a share's whole read at most: its noun and the words before it that modify it. */
const WHOLE_WORDS = 3;

/** How far past a share its whole's opening words may reach. */
const WHOLE_REACH = 40;

/** Text between a total and the first count of its breakdown: a dash or a colon alone ("four berths – two for …"). */
const BREAKDOWN_GAP = /^\s*[:–—]\s*$|^\s+-\s+$/;

/**
 * The `k`th figure (`sorted` by start) opens a breakdown of the count right before it ("a toll of
 * 4,540 – 3,964 nationals and 576 foreigners", "four berths: two for containers …"): a share of
 * that total, as "of which" makes one.
 */
export function breakdown(text: string, mentions: Mention[], sorted: number[], k: number): boolean {
  if (k === 0) return false;
  const m = mentions[sorted[k]], prev = mentions[sorted[k - 1]];
  return m.kind === "count" && prev.kind === "count" && prev.end <= m.start && BREAKDOWN_GAP.test(text.slice(prev.end, m.start));
}

/** How far (in characters) a date may lie from the figure whose stretch it limits. */
const SUB_PERIOD_NEAR = 60;

/**
 * The `k`th figure's own clause limits it to a part of a longer stretch: a date near it in its
 * sentence, with no clause mark between, followed by the locale's `alone` cue ("in December alone
 * it totaled $8.1 billion", "400 died in 2023 alone"). Its figure is then a share of the longer
 * stretch's, not a rival of it.
 */
export function subPeriod(text: string, mentions: Mention[], sorted: number[], k: number, period: ReconcileLocale["period"]): boolean {
  const m = mentions[sorted[k]];
  if (!period?.alone || m.kind === "date") return false;
  for (let j = k - 1; j >= 0 && mentions[sorted[j]].end >= m.start - SUB_PERIOD_NEAR; j--) if (limits(text, m, mentions[sorted[j]], period)) return true;
  for (let j = k + 1; j < sorted.length && mentions[sorted[j]].start <= m.end + SUB_PERIOD_NEAR; j++) if (limits(text, m, mentions[sorted[j]], period)) return true;
  return false;
}

/** A mark that ends a clause or a sentence between a date and the figure it would limit. */
const LIMIT_BREAK = /[.;:!?]/;

/** Date `d` limits figure `m` to a part of a stretch (subPeriod): no clause break between them (the language's `clause` words after a comma are one). */
function limits(text: string, m: Mention, d: Mention, period: NonNullable<ReconcileLocale["period"]>): boolean {
  if (d.kind !== "date" || !period.alone!.test(text.slice(d.end, d.end + 12))) return false;
  const between = d.end <= m.start ? text.slice(d.end, m.start) : text.slice(m.end, d.start);
  return !LIMIT_BREAK.test(between) && !(period.clause?.test(between) ?? false);
}

type ScopeCue = NonNullable<ReconcileLocale["scope"]>;

/** Each language's scope cues as global patterns, made once (each search resets lastIndex). */
const scopes = new WeakMap<ScopeCue, ReadonlyArray<readonly [RegExp, Scope]>>();
function scopesOf(cue: ScopeCue): ReadonlyArray<readonly [RegExp, Scope]> {
  let s = scopes.get(cue);
  // the language's own flags kept ("u" for its letter classes), global and case-blind added
  const g = (r: RegExp) => new RegExp(r.source, `${r.flags.replace(/[gi]/g, "")}gi`);
  if (!s) scopes.set(cue, (s = [[g(cue.whole), "whole"], [g(cue.part), "part"]]));
  return s;
}

/**
 * The nearest scope cue of the report's language (`cue`), when no other figure (the first `no`
 * start, end pairs of `others`) stands closer to it; `share` when it is a part cue naming a share
 * of a larger whole ("the first phase", "of which", "…, including 40 children"), not one leaving
 * extras out ("the bridge itself").
 */
export function scopeOf(text: string, m: Mention, w0: number, w1: number, others: number[], no: number, cue: ReconcileLocale["scope"]): { scope: Scope; share: boolean } {
  let best: Scope = null, share = false;
  if (!cue) return { scope: best, share };
  let bestD = Infinity;
  const s = text.slice(w0, w1);
  for (const [g, scope] of scopesOf(cue)) {
    g.lastIndex = 0;
    for (let r = g.exec(s); r; r = g.exec(s)) {
      const cs = w0 + r.index, ce = cs + r[0].length;
      const d = ce <= m.start ? m.start - ce : cs >= m.end ? cs - m.end : 0;
      // phase words govern a whole clause; the others sit right by their figure
      const reach = cue.phase.test(r[0]) ? 100 : 40;
      if (d >= bestD || d > reach) continue;
      let nearer = false;
      for (let q = 0; q < no && !nearer; q++) {
        const os = others[2 * q], oe = others[2 * q + 1];
        const od = ce <= os ? os - ce : cs >= oe ? cs - oe : 0;
        nearer = od < d;
      }
      if (nearer) continue;
      // "X, including approach roads" covers the whole; "…, including X" is a part of something larger
      best = scope === "whole" && cue.including.test(r[0]) && ce <= m.start ? "part" : scope;
      share = best === "part" && !cue.excluding.test(r[0]);
      bestD = d;
    }
  }
  return { scope: best, share };
}
