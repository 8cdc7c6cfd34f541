/**
 * What the verdict needs of every figure (verdict.ts Judged): its outlet (copies and one
 * publisher's pages share one), credited speaker, time, interval, and whether it only converts
 * the figure before it ("850 m (2,789 ft)").
 * @module
 */
import type { Mention, Report } from "../types.js";
import type { Item } from "./similarity.js";
import { conversionGap } from "./cluster.js";
import { speakerKey } from "./origins.js";
import { AMOUNT_KINDS, PAST_YEARS, type AmountKind, type Judged, type Role } from "./verdict.js";
import { dayOf, spanOf } from "./interval.js";
import { reportTime, saysReplaced, statedEarlier } from "./time.js";
import { localeFor } from "./locale.js";
import { countedClass } from "./counted.js";
import { anchorOf, comparisonBase, SAID_EVENT } from "./own-clause.js";
import { memoized } from "./memo.js";
import { atRate, isRate, ratesOf } from "./rates.js";
import { MEASURE_CLASSES, measureHas } from "./measures.js";
import { deadlineOf } from "./roles.js";

/** Whether `cue` matches in the figure's sentence within `back` characters before it. */
function cueBefore(text: string, m: Item["m"], cue: RegExp | null | undefined, back: number): boolean {
  if (!cue) return false;
  const s0 = m.sentence?.[0] ?? Math.max(0, m.start - back);
  return cue.test(text.slice(Math.max(s0, m.start - back), m.start));
}

/** Whether `cue` matches in the figure's sentence within `reach` characters on either side of it. */
function cueAround(text: string, m: Item["m"], cue: RegExp | null | undefined, reach: number): boolean {
  if (!cue) return false;
  const [s0, s1] = m.sentence ?? [Math.max(0, m.start - reach), Math.min(text.length, m.end + reach)];
  return cue.test(text.slice(Math.max(s0, m.start - reach), Math.min(s1, m.end + reach)));
}

/** The clause before a count stamps it with an hour of its own ("as of 6 a.m.", "30일 오전 10시 기준"). */
function stampedOf(text: string, m: Item["m"], language: string | null | undefined): boolean {
  return m.kind === "count" && cueBefore(text, m, localeFor(language).asOf, 80);
}

/**
 * The words right after the figure make it an amount for each one of something ("250,000 lira per
 * household", "$1.10 per euro": rates.ts isRate), or those right before it in its sentence ("each
 * resident is allowed 50 litres", "a daily ration of 25 litres": the locale's `perUnitBefore`).
 */
function perUnit(text: string, m: Item["m"], language: string | null | undefined): boolean {
  const { perUnit: cue, perUnitBefore: before } = localeFor(language);
  return (!!cue && cue.test(text.slice(m.end, m.end + 40))) || cueBefore(text, m, before, PER_UNIT_BACK) || isRate(text, m, language);
}

/** How far before a figure the words that make it an amount for each one are read. */
const PER_UNIT_BACK = 60;

/**
 * The figure's role other than an amount reached, read by the locale's `role` words: a goal set for
 * it ("aims to reach about 380,000 people", "Target: 350 million litres"), or what a thing can hold
 * or handle ("with a capacity of", "which can process", "a 400-bed hospital"), or how many live in
 * a place ("a city of about 240,000 people"). Null for dates (a
 * planned date against a date reached is a plan moved) and for a figure of neither role.
 */
function roleOf(text: string, it: Item, language: string | null | undefined): Role | null {
  const m = it.m;
  if (m.kind === "date") return null;
  // "a city of about 240,000 people": a place's size, its own clause says (the locale's `population`)
  if (it.f.measure === POPULATION) return "population";
  const role = localeFor(language).role;
  if (!role) return null;
  const [s0, s1] = m.sentence ?? [0, text.length];
  const before = text.slice(Math.max(s0, m.start - ROLE_REACH), m.start);
  // from the last digit on: "a [400-bed] hospital", "[210,000 barrel]-a-day", "[180.000 Barrel] … verarbeiten kann"
  let d = m.end - 1;
  while (d >= m.start && !/\d/.test(text[d])) d--;
  if (d < m.start) d = m.end - 1;
  const after = text.slice(d + 1, Math.min(Math.max(s1, m.end), m.end + ROLE_REACH));
  for (const k of ROLES) {
    // a capacity is of things or of a volume, never a share ("storage: 22.9%" is a level)
    if (k === "capacity" && m.kind !== "count" && m.kind !== "quantity") continue;
    const cue = role[k];
    if (cue && (cue.before?.test(before) || cue.after?.test(after))) return k;
  }
  return null;
}

const ROLES = ["aim", "capacity"] as const;
const POPULATION = "#population";
/** How far before and after a figure its role's words are read. */
const ROLE_REACH = 80;

/** The figure's sentence calls it a revision of an earlier one ("revised up to", "according to final figures"). */
function revises(text: string, m: Item["m"], language: string | null | undefined): boolean {
  const cue = localeFor(language).revision;
  if (!cue) return false;
  const [s0, s1] = m.sentence ?? [Math.max(0, m.start - 120), Math.min(text.length, m.end + 120)];
  return cue.test(text.slice(s0, s1));
}

/**
 * The date's clause declares a state so, the state between the verb and the date ("declared the
 * fire contained on Tuesday"): its day is that state's, a past event, not a statement's (the
 * locale's `declared`), though the verb is one of saying.
 */
function declaredState(text: string, m: Item["m"], language: string | null | undefined): boolean {
  return cueBefore(text, m, localeFor(language).declared, 120);
}

/** The words around a percentage make it a share of a thing done so far ("5% contained", "Containment: 22%"). */
function progressOf(text: string, m: Item["m"], language: string | null | undefined): boolean {
  return cueAround(text, m, localeFor(language).progress, 40);
}

/** The measure class of people counted in a state that moves both ways (verdict.ts Judged.status). */
const STATUS = "#injured";

const MISSING = "#missing", DEAD = "#casualty";

/**
 * The missing count `i` and the one dead count of its sentence (`idx`: its report's items), added
 * up, when both are exact; undefined when its sentence gives no dead count, or more than one.
 */
function accountedOf(items: Item[], idx: readonly number[], i: number): number | undefined {
  const own = items[i].m, s = own.sentence;
  if (!s || own.low == null || own.low !== own.high) return undefined;
  let dead: Mention | undefined;
  for (const j of idx) {
    const m = items[j].m;
    if (m.kind !== "count" || items[j].f.measure !== DEAD || m.sentence?.[0] !== s[0]) continue;
    if (dead) return undefined;
    dead = m;
  }
  return dead && dead.low != null && dead.low === dead.high ? own.low + dead.low : undefined;
}

/** The words around a count put the people counted in a state they leave ("10 are still in hospital", "입원 중"). */
function inState(text: string, m: Item["m"], language: string | null | undefined): boolean {
  return cueAround(text, m, localeFor(language).status, 40);
}

/**
 * A count or quantity's words make it a total to date ("so far", "insgesamt", "au total": a running
 * total, verdict.ts Judged.toDate) or put what it counts in a state ("still waiting", "derzeit noch",
 * "sans électricité": a level, Judged.level); a total to date is no level. The verdict reads
 * neither of another kind of figure, so no other kind's words are searched.
 */
function levelOrTotal(text: string, m: Item["m"], language: string | null | undefined): { toDate?: true; level?: true } {
  if (m.kind !== "count" && m.kind !== "quantity") return {};
  const locale = localeFor(language);
  if (cueAround(text, m, locale.running, 40)) return { toDate: true };
  return cueAround(text, m, locale.level, 40) ? { level: true } : {};
}

/** The heaviest cue class near the figure that `keep` takes, ties to the first in code order, or null. */
function heaviestCue(it: Item, keep: (k: string) => boolean): string | null {
  let best: string | null = null, bw = 0;
  // forEach, not for…of: no entry array per cue
  it.f.cues.forEach((w, k) => {
    if (keep(k) && (w > bw || (w === bw && best !== null && k < best))) (best = k), (bw = w);
  });
  return best;
}

/** A measure's class, not a rate's ("#per-day"). */
const notRate = (k: string) => !k.startsWith("#per-");
/** A class that measures lengths (measures.ts `units`). */
const ofLength = (k: string) => !!MEASURE_CLASSES[k]?.units?.includes("m");

/** The heaviest measure cue class near the figure ("#injured", "#casualty"), or null. */
const measureOf = (it: Item): string | null => heaviestCue(it, notRate);

/**
 * The quantity measures a state that rises and falls, not a size of a thing (verdict.ts Judged.moves):
 * a speed, or a length whose measure (its own clause's, else its heaviest cue of a length's
 * classes) is a level or a depth of water. A length with no such word stays a size.
 */
function movesOf(it: Item): boolean {
  if (it.m.kind !== "quantity") return false;
  if (it.m.unit === "m/s") return true;
  if (it.m.unit !== "m") return false;
  return measureHas(it.f.measure || heaviestCue(it, ofLength), "moves");
}

/** A stable key for an outlet: its publisher's name without an edition note, else the canonical report. */
export function outletOf(r: Report | undefined, canonical: string): string {
  // asked once per figure, of a few hundred publishers: each is read once
  const p = r?.publisher ? outletName(r.publisher) : undefined;
  return p ? `outlet:${p}` : `report:${canonical}`;
}

const outletName = memoized((publisher) => publisher.replace(/\s*\([^)]*\)\s*/g, " ").trim().toLowerCase());

/** What the verdict needs of every mention: outlet, speaker, time, interval, and whether it only converts a neighbour. */
export function judgedOf(items: Item[], all: Report[], copies: Map<string, string>, times: Array<string | null>, byReport: Map<number, number[]>): Judged[] {
  const byId = new Map<string, Report>();
  for (const r of all) if (!byId.has(r.id)) byId.set(r.id, r);
  const out: Judged[] = items.map((it) => {
    const r = all[it.report];
    const measure = it.m.kind === "count" ? measureOf(it) : null;
    const canonical = copies.get(it.m.source) ?? it.m.source;
    const canon = byId.get(canonical) ?? r;
    // an undated copy states its original's figures at its original's time
    const time = times[it.report] ?? (canon !== r ? reportTime(canon) : null);
    const earlier = it.earlier ?? statedEarlier(r.text ?? "", it.m, r.language);
    const lt = levelOrTotal(r.text ?? "", it.m, r.language);
    // every field named here, those set below for some figures too (undefined until then): one
    // shape for every member, so the verdict's loops read them as one kind of object (a shape per
    // mix of optional fields made its reads polymorphic and threw its optimized code away)
    return {
      m: it.m,
      outlet: outletOf(canon, canonical),
      report: canonical,
      speaker: speakerKey(it.m.speaker),
      time,
      earlier,
      // (its words say its report's own figure replaced it: "up from", "initially", not "than")
      replaced: earlier && saysReplaced(r.text ?? "", it.m, r.language),
      span: it.span !== undefined ? it.span : spanOf(it.m),
      conversion: false,
      stamped: stampedOf(r.text ?? "", it.m, r.language),
      // hospital words near a count that measures something else ("killed 45, and 30 are in
      // hospital") leave it what it is: a toll beside them may still conflict
      // a count of places that hold people in a state ("the dead lie in 46 hospitals") moves with
      // them, whatever the people's own measure
      accounted: undefined,
      status: it.m.kind === "count" && (measure === STATUS || ((measure === null || countedClass(it.m.unit ?? "") !== "person") && inState(r.text ?? "", it.m, r.language))),
      said: it.m.kind === "date" && it.f.event === SAID_EVENT && !declaredState(r.text ?? "", it.m, r.language),
      maybe: !!it.f.maybe,
      change: it.f.change ?? null,
      anchor: it.f.change === "offset" ? anchorOf(r.text ?? "", it.m, localeFor(r.language)) : null,
      perUnit: perUnit(r.text ?? "", it.m, r.language),
      role: roleOf(r.text ?? "", it, r.language),
      moves: movesOf(it),
      pastPeriod: !!it.period && !!time && it.period[1] < dayOf(time),
      period: it.period ? it.period : undefined,
      revises: revises(r.text ?? "", it.m, r.language),
      progress: it.m.kind === "percent" && progressOf(r.text ?? "", it.m, r.language),
      toDate: lt.toDate,
      level: lt.level,
      timeOf: undefined,
      timeOfEarlier: undefined,
      provisional: undefined,
      alt: undefined,
    };
  });
  // a report that stamps a count with its hour ("as of 11 p.m.", "午前11時の時点で") gives its
  // other counts of the same things as of that hour too, though they sit in later sentences
  for (const idx of byReport.values()) {
    const counted = new Set(idx.filter((i) => out[i].stamped).map((i) => countedClass(items[i].m.unit ?? "")));
    if (counted.size) for (const i of idx) if (items[i].m.kind === "count" && counted.has(countedClass(items[i].m.unit ?? ""))) out[i].stamped = true;
  }
  // a count of the missing beside its sentence's count of the dead: their sum (Judged.accounted)
  for (const idx of byReport.values()) for (const i of idx) if (items[i].f.measure === MISSING && items[i].m.kind === "count") out[i].accounted = accountedOf(items, idx, i);
  // each report's figures by start, read by the three passes below
  const inOrder = [...byReport.values()].map((idx) => idx.slice().sort((a, b) => items[a].m.start - items[b].m.start));
  // a figure the text dates earlier takes the past date its own clause gives it ("an initial
  // estimate of $1.1 billion when construction began in 2019"): that is its time. A count its
  // own clause dates a year or more before its report ("killed more than 600 people there in
  // 2019") is a count of that past time too, though no word calls it earlier, and so is a count of
  // the happening a comparison's base date names ("the deadliest since a 1993 fire that killed 112")
  // A count or a sum of no period its own clause dates so by a year right before it ("in 2019, 600
  // people died", "der 2009 rund 8,5 Millionen Euro gekostet hatte") is of that year as well
  for (const sorted of inOrder) {
    sorted.forEach((i, k) => {
      const j = out[i];
      if (!j.time || j.m.kind === "date") return;
      const sum = !j.earlier && j.m.kind === "money" && !items[i].period;
      if (!j.earlier && j.m.kind !== "count" && !sum) return;
      const language = all[items[i].report].language;
      const d = sum ? dateBefore(items, sorted, k, language) : clauseDate(items, sorted, k) ?? (j.earlier ? yearBefore(items[i], j.time, language) : baseBefore(items, sorted, k, language) ?? dateBefore(items, sorted, k, language));
      if (!d || d >= j.time) return;
      if (!j.earlier && dayOf(j.time) - dayOf(d) < PAST_YEARS) return;
      j.earlier = true;
      j.time = d;
    });
  }
  // "in January the ministry said 3,000": a figure its sentence credits to a statement the text
  // dates before its report is of that statement's day (README: a figure's time is its report's
  // date "unless the text dates the figure earlier"). The day is said outright, so the figure
  // keeps its own `earlier` (a time known, not only bounded)
  for (const sorted of inOrder) {
    sorted.forEach((i, k) => {
      const j = out[i];
      if (!j.time || j.earlier || items[i].f.event === SAID_EVENT) return;
      const d = statementDay(items, sorted, k);
      if (d && d < j.time) j.time = d;
    });
  }
  // a date with no event of its own right after an amount is the time of that amount (and of
  // an amount the text dates earlier, "up from 1,500 in mid-October", the time of a past value)
  for (const sorted of inOrder) {
    sorted.forEach((i, k) => {
      const of = timeOfAmount(items, sorted, k, all[items[i].report].language);
      if (!of) return;
      out[i].timeOf = of;
      if (out[sorted[k - 1]].earlier) out[i].timeOfEarlier = true;
    });
  }
  // a figure its sentence calls provisional ("preliminary results show 61.2%", "au moins 11 morts
  // …, selon un bilan provisoire"), unless the words are an old value's beside it ("up from the
  // preliminary $38 billion": the words before and after a figure dated earlier are its own)
  for (const sorted of inOrder) {
    if (!sorted.length) continue;
    const r = all[items[sorted[0]].report];
    const cue = localeFor(r.language).provisional;
    const text = r.text ?? "";
    if (!cue) continue;
    // a report whose lead calls what it gives provisional before any amount ("…, preliminary
    // results from the commission showed." then the figures) says so of the amounts that follow
    const first = sorted.find((i) => isAmount(items[i].m.kind));
    const lead = first !== undefined && cue.test(text.slice(0, items[first].m.sentence?.[0] ?? items[first].m.start));
    // what a sentence says is read once for all its figures (a sentence read again per figure was
    // quadratic in one long sentence of many figures)
    const said = new Map<string, boolean | null>();
    for (const i of sorted) {
      const m = items[i].m;
      // (a date has its own words of a plan: verdict.ts noPlan, `past`)
      if (out[i].earlier || m.kind === "date" || !m.sentence) continue;
      if (lead && isAmount(m.kind)) {
        out[i].provisional = true;
        continue;
      }
      const [s0, s1] = m.sentence;
      const key = `${s0}:${s1}`;
      let p = said.get(key);
      if (p === undefined) said.set(key, (p = provisionalSentence(text, s0, s1, sorted, items, out, cue)));
      if (p !== null) out[i].provisional = p;
    }
  }
  // figures restating the one before them in its own kind (the rates below read those only)
  const converted = new Set<number>();
  // "850 metres (2,789 ft)", "£73m (~$100m)", "seven meters (two lanes)": the bracketed figure
  // restates its neighbour (cluster.ts glosses keeps one of another kind out of every fact too)
  for (const sorted of inOrder) {
    for (let k = 1; k < sorted.length; k++) {
      const a = items[sorted[k - 1]], b = items[sorted[k]];
      if (b.m.start < a.m.end) continue;
      const same = a.m.kind === b.m.kind && !!a.m.statement && a.m.statement === b.m.statement;
      if (!same && !conversionGap(a.text ?? "", a.m.end, b.m.start)) continue;
      out[sorted[k]].conversion = true;
      if (a.m.kind === b.m.kind) converted.add(sorted[k]);
    }
  }
  // "€72.1 billion ($79.3 billion)", "at $1.10 per euro": the report's own rate reads its amounts in the other currency
  for (const sorted of inOrder) {
    const money = sorted.filter((i) => items[i].m.kind === "money");
    if (!money.length) continue;
    const r = all[items[money[0]].report];
    const rates = ratesOf(r.text ?? "", money.map((i) => items[i].m), (k) => converted.has(money[k]), r.language);
    if (rates.size) for (const i of money) out[i].alt = atRate(items[i].m, out[i].span, rates);
  }
  return out;
}

/**
 * Whether the sentence [s0, s1) of `text` calls its figures provisional (the locale's `cue`), its
 * words of a figure dated earlier (of `sorted`, a report's figures by start) left out: up to 45 characters
 * before such a figure and 40 after it are its own (time.ts statedEarlier's reach). Null when the
 * sentence has no such words at all.
 */
function provisionalSentence(text: string, s0: number, s1: number, sorted: readonly number[], items: Item[], out: readonly Judged[], cue: RegExp): boolean | null {
  const sentence = text.slice(s0, s1);
  if (!cue.test(sentence)) return null;
  const own: Array<[number, number]> = [];
  // (`sorted` by start: the sentence's figures from the first that starts in it)
  let lo = 0;
  for (let hi = sorted.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (items[sorted[mid]].m.start < s0) lo = mid + 1;
    else hi = mid;
  }
  for (let q = lo; q < sorted.length && items[sorted[q]].m.start < s1; q++) {
    const k = sorted[q], o = items[k].m;
    if (out[k].earlier && o.end <= s1) own.push([Math.max(s0, o.start - 45) - s0, Math.min(s1, o.end + 40) - s0]);
  }
  if (!own.length) return true;
  // each such stretch blanked, the sentence built once
  own.sort((a, b) => a[0] - b[0]);
  let said = "", at = 0;
  for (const [from, to] of own) {
    if (to <= at) continue;
    const f = Math.max(from, at);
    said += sentence.slice(at, f) + " ".repeat(to - f);
    at = to;
  }
  return cue.test(said + sentence.slice(at));
}

/**
 * The last day of the statement date (own-clause.ts clauseEvent "#say": "in January the ministry
 * said", "announced on 3 May that") nearest before the `k`th figure of a report (`sorted` by
 * start) in its sentence, or null. A statement date after the figure is left alone: "raised it to
 * 45,000, from the 20,000 announced in October" dates the figure before it, not this one.
 */
function statementDay(items: Item[], sorted: number[], k: number): string | null {
  const it = items[sorted[k]], s = it.m.sentence;
  if (!s) return null;
  for (let q = k - 1; q >= 0; q--) {
    const d = items[sorted[q]];
    if (d.m.start < s[0]) return null;
    if (d.m.kind === "date" && d.f.event === SAID_EVENT && d.m.date && d.m.end <= it.m.start) return d.m.date.end;
  }
  return null;
}

/**
 * A figure dated earlier by the words right after it, by a year ("from €15.0 billion a year
 * earlier"): a year before `time`; else null (how much earlier is not said).
 */
function yearBefore(it: Item, time: string, language: string | null | undefined): string | null {
  const cue = localeFor(language).yearEarlier;
  if (!cue?.test((it.text ?? "").slice(it.m.end, it.m.end + 40))) return null;
  const y = Number(time.slice(0, 4));
  // (a 29 February has no day a year before: the 28th stands for it)
  return Number.isFinite(y) ? `${y - 1}${time.slice(4, 10).replace("-02-29", "-02-28")}` : null;
}

/**
 * The kind of amount the `k`th figure of a report (`sorted` by start) is the time of, or null: a
 * date whose own clause names no event (own-clause.ts clauseEvent) right after an amount, with at
 * most one short word between ("455 billion cubic metres last year", "to 10% last month", "up
 * from 1,500 in mid-October"). It says when that amount held (verdict.ts Judged.timeOf). Not
 * a deadline ("$100 billion by 2030": a goal's date, which reports may give two ways), nor a date
 * after a duration ("blocked the canal for six days in March": when the blocking was), nor one a
 * few words on ("two dams burst on Sunday": the day of the clause's own event, which its verb
 * need not name in the words clauseEvent knows).
 */
function timeOfAmount(items: Item[], sorted: number[], k: number, language: string | null | undefined): AmountKind | null {
  const it = items[sorted[k]], prev = items[sorted[k - 1]];
  if (it.m.kind !== "date" || it.f.event || !prev || !isAmount(prev.m.kind) || prev.m.end > it.m.start) return null;
  const text = it.text ?? "";
  return FIGURE_THEN_DATE.test(text.slice(prev.m.end, it.m.start)) && !deadlineOf(text, it.m, language) ? prev.m.kind : null;
}

const isAmount = (kind: Mention["kind"]): kind is AmountKind => (AMOUNT_KINDS as readonly string[]).includes(kind);

/** Between an amount and the date it is the time of: a space, or one short word ("in", "on"). */
const FIGURE_THEN_DATE = /^\s*(?:\p{L}{1,5}\s+)?$/u;

/**
 * The last day of the date right before the `k`th figure of a report (`sorted` by start) in its
 * clause when that date is only a comparison's base (own-clause.ts comparisonBase: "since a 1993
 * ferry fire that killed 112 people"), with no other figure or clause break between; else null.
 */
function baseBefore(items: Item[], sorted: number[], k: number, language: string | null | undefined): string | null {
  const it = items[sorted[k]], prev = dateRightBefore(items, sorted, k);
  if (!prev?.m.date) return null;
  const text = it.text ?? "";
  if (!inClause(text.slice(prev.m.end, it.m.start))) return null;
  return comparisonBase(text, prev.m, localeFor(language)) ? prev.m.date.end : null;
}

/**
 * The last day of the date right before the `k`th figure of a report (`sorted` by start) in its
 * clause, at most two short words between ("in 2019, 600 died", "2009 rund 8,5 Millionen", "in 2009 cost about"), when
 * no word opens a stretch from it ("since 2023": a total to date) nor makes it a deadline ("by
 * 2030"); else null.
 */
function dateBefore(items: Item[], sorted: number[], k: number, language: string | null | undefined): string | null {
  const it = items[sorted[k]], prev = dateRightBefore(items, sorted, k);
  if (!prev?.m.date || prev.f.event) return null;
  const text = it.text ?? "";
  if (!DATE_THEN_FIGURE.test(text.slice(prev.m.end, it.m.start)) || deadlineOf(text, prev.m, language)) return null;
  const open = localeFor(language).period?.open;
  return open?.test(text.slice(Math.max(0, prev.m.start - 20), prev.m.start)) ? null : prev.m.date.end;
}

/** Between a date and the figure its clause dates: a comma or a space, and at most two short words ("rund", "cost about"). */
const DATE_THEN_FIGURE = /^,?\s+(?:\p{L}{1,6}\s+){0,2}$/u;

/**
 * The last day of the date right after the `k`th figure of a report (`sorted` by start) in its
 * clause, with no other figure or clause break between them; null when there is none.
 */
function clauseDate(items: Item[], sorted: number[], k: number): string | null {
  const it = items[sorted[k]], next = items[sorted[k + 1]];
  if (next?.m.kind !== "date" || !next.m.date) return null;
  return inClause((it.text ?? "").slice(it.m.end, next.m.start)) ? next.m.date.end : null;
}

/** The figure before the `k`th of a report (`sorted` by start) when it is a date that ends before the `k`th starts; else undefined. */
function dateRightBefore(items: Item[], sorted: number[], k: number): Item | undefined {
  const prev = k > 0 ? items[sorted[k - 1]] : undefined;
  return prev?.m.kind === "date" && prev.m.end <= items[sorted[k]].m.start ? prev : undefined;
}

/** Whether `gap`, the text between a figure and a date, keeps them in one clause: short, with no sentence or clause mark. */
const inClause = (gap: string): boolean => gap.length <= 50 && !/[.;:!?()]/.test(gap);

