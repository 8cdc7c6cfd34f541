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
  for (let x = 0; x < reps.length; x++)
    for (let y = x + 1; y < reps.length; y++) {
      const i = reps[x], j = reps[y];
      const a = items[i], b = items[j];
      const g = valueGap(a.m.kind, a.reading, b.reading);
      if (g === null || g === 0) continue;
      if (a.report === b.report) {
        // a report holding two values of one fact either updates it ("up from") or sets sources against each other
        if (UPDATE_WORDS.test(a.f.window) || UPDATE_WORDS.test(b.f.window)) revisions++;
        else {
          conflicts++;
          if (pairs.length < 3) pairs.push(`${a.m.source}: ${JSON.stringify(a.m.text)} vs ${JSON.stringify(b.m.text)}`);
        }
        continue;
      }
      const da = days[i], db = days[j];
      const dated = !Number.isNaN(da) && !Number.isNaN(db);
      const apart = dated && Math.abs(da - db) > SAME_TIME_DAYS;
      const later = da > db ? a : b;
      const moved = REVISION_WORDS.test(later.f.window);
      const changeable =
        moved || (CHANGING.has(a.m.kind) && (a.m.kind !== "date" || isForecast(a, published[i]) || isForecast(b, published[j])));
      // a running figure updated from one day to the next ("the toll rises to 53")
      const update = dated && da !== db && moved && CHANGING.has(a.m.kind);
      if ((apart && changeable) || update) revisions++;
      else {
        conflicts++;
        if (pairs.length < 3) pairs.push(`${a.m.source}:${JSON.stringify(a.m.text)} vs ${b.m.source}:${JSON.stringify(b.m.text)}`);
      }
    }
  if (conflicts) return { verdict: "conflict", note: `incompatible values at about the same time: ${pairs.join("; ")}` };
  if (revisions) return { verdict: "revised", note: "values changed between reports published far apart" };
  return { verdict: "agree", note: "all values compatible within rounding and stated bounds" };
}

/** A date stated as still ahead of its report: a plan or forecast, which may move. */
function isForecast(it: Item, published: string | null): boolean {
  const end = it.m.date?.end;
  return !!end && !!published && end >= published;
}
