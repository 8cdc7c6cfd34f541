/**
 * The verdict of a fact. Members are compared pairwise within one scale (a currency, a unit):
 * incompatible values from reports of about the same time are a conflict; values that changed
 * between reports published far apart, for a property that can change (a running figure, a
 * cost, a planned date, or wording such as "revised" or "now"), are a revision.
 * @module
 */
import type { Verdict } from "../types.js";
import { valueGap } from "./values.js";
import type { Item } from "./similarity.js";

/** Reports published closer than this many days speak of about the same time. */
export const SAME_TIME_DAYS = 60;

const REVISION_WORDS = /\b(revised|revise|revision|now|raised|lowered|increased|decreased|updated|update|latest|new estimate|so far|to date|risen|rises|rose|climbed|climbs|soared|soars|jumped|jumps|fell|falls|delayed|postponed|pushed back|brought forward|rescheduled|toll|running total|has grown|has reached|reached|reaches|up from|down from)\b/;
/** Words that tie two figures of one report as an update of one value ("87, up from 53"). */
const UPDATE_WORDS = /\b(up from|down from|revised from|raised from|lowered from|increased from|rising from|from an earlier|from a previous)\b/;
/** Reports a day or more apart that say the figure moved ("rises to", "now") revise it; otherwise this far apart. */

const day = (s: string | null) => (s ? Date.parse(`${s}T00:00:00Z`) / 86400000 : NaN);

/** Kinds whose values commonly change over time (running counts, costs, planned dates). */
const CHANGING = new Set(["count", "money", "date"]);

export interface VerdictResult {
  verdict: Verdict;
  note: string;
}

/**
 * @param published per item: the report's date, or an estimate for undated reports (null if none)
 */
export function verdictOf(items: Item[], published: Array<string | null>, distinctReports: number): VerdictResult {
  if (distinctReports <= 1) return { verdict: "single", note: "one report" };
  let conflicts = 0, revisions = 0;
  const days = published.map(day);
  const pairs: string[] = [];
  // one representative per distinct (value, date): a fact repeated by many reports stays cheap
  const reps: number[] = [];
  const seen = new Set<string>();
  items.forEach((it, i) => {
    const r = it.reading;
    const key = `${r?.scale}|${r?.lo}|${r?.hi}|${published[i]}`;
    if (!seen.has(key)) (seen.add(key), reps.push(i));
  });
  // the window's words are read once per representative, not once per pair
  const moved = new Map<number, boolean>(), updates = new Map<number, boolean>();
  const movedOf = (i: number) => moved.get(i) ?? (moved.set(i, REVISION_WORDS.test(items[i].f.window)), moved.get(i)!);
  const updateOf = (i: number) => updates.get(i) ?? (updates.set(i, UPDATE_WORDS.test(items[i].f.window)), updates.get(i)!);
  // representatives with the same reading never disagree: compare across distinct readings only
  const byValue = new Map<string, number[]>();
  for (const i of reps) {
    const r = items[i].reading;
    const key = `${r?.scale}|${r?.lo}|${r?.hi}`;
    (byValue.get(key) ?? byValue.set(key, []).get(key)!).push(i);
  }
  const groups = [...byValue.values()];
  outer: for (let gx = 0; gx < groups.length; gx++)
    for (let gy = gx + 1; gy < groups.length; gy++) {
      const g0 = valueGap(items[groups[gx][0]].m.kind, items[groups[gx][0]].reading, items[groups[gy][0]].reading);
      if (g0 === null || g0 === 0) continue;
      for (const i of groups[gx])
        for (const j of groups[gy]) {
          // enough to decide the verdict and write its note: the rest cannot change it
          if (conflicts && pairs.length >= 3) break outer;
          const a = items[i], b = items[j];
          if (a.report === b.report) {
            // a report holding two values of one fact either updates it ("up from") or sets sources against each other
            if (updateOf(i) || updateOf(j)) revisions++;
            else {
              conflicts++;
              if (pairs.length < 3) pairs.push(`${a.m.source}: ${JSON.stringify(a.m.text)} vs ${JSON.stringify(b.m.text)}`);
            }
            continue;
          }
          const da = days[i], db = days[j];
          const dated = !Number.isNaN(da) && !Number.isNaN(db);
          const apart = dated && Math.abs(da - db) > SAME_TIME_DAYS;
          const movedLater = movedOf(da > db ? i : j);
          const changeable =
            movedLater || (CHANGING.has(a.m.kind) && (a.m.kind !== "date" || isForecast(a, published[i]) || isForecast(b, published[j])));
          // a running figure updated from one day to the next ("the toll rises to 53")
          const update = dated && da !== db && movedLater && CHANGING.has(a.m.kind);
          // a toll (deaths, injuries, the displaced) grows as counting goes on: a higher figure reported on a later day updates it
          const [early, late] = da > db ? [b, a] : [a, b];
          const rising = dated && da !== db && (isToll(a) || isToll(b)) && !!early.reading && !!late.reading && late.reading.mid > early.reading.mid;
          if ((apart && changeable) || update || rising) revisions++;
          else {
            conflicts++;
            if (pairs.length < 3) pairs.push(`${a.m.source}:${JSON.stringify(a.m.text)} vs ${b.m.source}:${JSON.stringify(b.m.text)}`);
          }
        }
    }
  if (conflicts) return { verdict: "conflict", note: `incompatible values at about the same time: ${pairs.join("; ")}` };
  if (revisions) return { verdict: "revised", note: "values changed between reports published far apart" };
  return { verdict: "agree", note: "all values compatible within rounding and stated bounds" };
}

const TOLLS = ["#casualty", "#injured", "#missing", "#displaced"];

/** A count of a running toll: its words speak of deaths, injuries, the missing or the displaced, or of a figure that moves. */
function isToll(it: Item): boolean {
  return it.m.kind === "count" && (it.f.moving || TOLLS.some((c) => (it.f.bag.get(c) ?? 0) >= 0.5));
}

/** A date stated as still ahead of its report: a plan or forecast, which may move. */
function isForecast(it: Item, published: string | null): boolean {
  const end = it.m.date?.end;
  return !!end && !!published && end >= published;
}
