/**
 * Which story each report tells, when a store holds more than one (two unrelated clusters added
 * into one data dir): a fact joins figures of reports of one story only. Two reports tell one
 * story when they name one day that is not their own day of publication (the day of the event:
 * "29일", "on September 10"), or share two proper names (a capitalised word of four letters or more
 * that the text never writes in lower case, outside any date: "Derna", "Kerch"). Stories are the
 * connected groups of that relation; a report that meets no other joins the story it shares most
 * with, else the largest. Groups with no language in common are one story when they state one
 * figure: names cannot meet across languages, numbers do. One story, the usual store, sets nothing:
 * grouping is as before.
 * @module
 */
import type { Report } from "../types.js";
import type { Item } from "./similarity.js";
import { blockOf } from "./values.js";
import { Roots } from "./roots.js";

/** The block a figure is grouped in (values.ts blockOf), apart for each story when its reports tell more than one. */
export const storyBlockOf = (it: Item): string => (it.story ? `${blockOf(it.m)}|${it.story}` : blockOf(it.m));

const NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}]{3,}(?![\p{L}\p{N}])/gu;

/**
 * Sets `story` (1, 2, …) on each item when its reports tell two stories or more; else leaves every
 * item as it is. Returns the number of stories (1 when nothing is set).
 */
export function markStories(items: Item[], reports: readonly Report[], texts: readonly string[]): number {
  const n = reports.length;
  if (n < 2) return 1;
  const days: Array<Set<string>> = reports.map(() => new Set());
  const dated: Array<Array<[number, number]>> = reports.map(() => []);
  for (const it of items) {
    const m = it.m;
    if (m.kind !== "date") continue;
    dated[it.report].push([m.start, m.end]);
    const d = m.date;
    if (d && d.start === d.end && /^\d{4}-\d\d-\d\d$/.test(d.start) && d.start !== (reports[it.report].published ?? "").slice(0, 10)) days[it.report].add(d.start);
  }
  const names = texts.map((t, r) => namesOf(t, dated[r]));
  const roots = new Roots(n);
  const find = (i: number): number => roots.find(i);
  const met = new Uint8Array(n);
  const shared = (a: number, b: number) => {
    let k = 0;
    for (const d of days[a]) if (days[b].has(d)) return 2;
    for (const w of names[a]) if (names[b].has(w) && ++k >= 2) return 2;
    return k;
  };
  // Linear in what the reports name, not in pairs of reports (a pair loop was quadratic in a name
  // every report states: 0.6 s of 1,000 reports' reconcile in bench/brief.ts). A report is linked to
  // the first report that named one of its days, and to any report that was the first or the latest
  // to name two of its names. Every link is a pair the pairwise test above accepts; a report of one
  // story shares its names with the story's earlier reports, so it meets the latest of them.
  const link = (a: number, b: number) => {
    met[a] = met[b] = 1;
    roots.union(a, b);
  };
  const firstOfDay = new Map<string, number>();
  const firstOf = new Map<string, number>();
  const lastOf = new Map<string, number>();
  const tally = new Map<number, number>();
  for (let r = 0; r < n; r++) {
    for (const d of days[r]) {
      const f = firstOfDay.get(d);
      if (f === undefined) firstOfDay.set(d, r);
      else link(r, f);
    }
    tally.clear();
    for (const w of names[r]) {
      const f = firstOf.get(w);
      if (f === undefined) {
        firstOf.set(w, r);
        lastOf.set(w, r);
        continue;
      }
      const l = lastOf.get(w)!;
      for (const o of f === l ? [f] : [f, l]) {
        const k = (tally.get(o) ?? 0) + 1;
        tally.set(o, k);
        if (k === 2) link(r, o);
      }
      lastOf.set(w, r);
    }
  }
  // Names are compared as written, so reports in two languages share none even when they tell one
  // story: without a day in common, a bridge's ru, uk and de reports fall in three groups (measured on
  // the dev clusters with their dates taken out). Groups are told apart only when a language is in
  // both, where shared names would have shown; groups with no language in common are one story when
  // they state one figure (a length, a cost: numbers read alike in every language). Two unrelated
  // clusters in one store (an English one, one with no English) share no language, and were one story.
  const langs = new Map<number, Set<string>>();
  const figures = new Map<number, Set<string>>();
  for (let r = 0; r < n; r++) if (met[r]) (langs.get(find(r)) ?? langs.set(find(r), new Set()).get(find(r))!).add(reports[r].language ?? "");
  for (const it of items) {
    const key = figureKey(it.m);
    const root = find(it.report);
    if (key && met[it.report]) (figures.get(root) ?? figures.set(root, new Set()).get(root)!).add(key);
  }
  for (let joined = true; joined; ) {
    joined = false;
    const at = [...langs.keys()];
    for (let a = 0; a < at.length && !joined; a++)
      for (let b = a + 1; b < at.length && !joined; b++) {
        const la = langs.get(at[a])!, lb = langs.get(at[b])!;
        if ([...la].some((l) => lb.has(l))) continue;
        const fa = figures.get(at[a]) ?? new Set<string>(), fb = figures.get(at[b]) ?? new Set<string>();
        if (![...fb].some((k) => fa.has(k))) continue;
        roots.under(at[b], at[a]);
        for (const l of lb) la.add(l);
        for (const k of fb) fa.add(k);
        figures.set(at[a], fa);
        langs.delete(at[b]);
        joined = true;
      }
  }
  const size = new Map<number, number>();
  for (let r = 0; r < n; r++) if (met[r]) size.set(find(r), (size.get(find(r)) ?? 0) + 1);
  if (size.size < 2) return 1;
  const largest = [...size].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  const story = new Int32Array(n);
  const ids = new Map<number, number>();
  const idOf = (root: number) => ids.get(root) ?? ids.set(root, ids.size + 1).get(root)!;
  for (let r = 0; r < n; r++) {
    if (met[r]) {
      story[r] = idOf(find(r));
      continue;
    }
    // a report that meets no other: the story it shares most with (one name, one day), else the largest
    let best = largest, most = 0;
    for (let o = 0; o < n; o++)
      if (met[o]) {
        const s = shared(r, o);
        if (s > most) (most = s), (best = find(o));
      }
    story[r] = idOf(best);
  }
  for (const it of items) it.story = story[it.report];
  return ids.size;
}

/**
 * A figure as any language states it, when it tells one story from another: its kind, unit and
 * value; not a date (every story has a year), nor a count under ten ("two bridges", "3 people").
 */
function figureKey(m: Item["m"]): string | null {
  if (m.kind === "date" || m.low == null || !Number.isFinite(m.low)) return null;
  if (m.kind === "count" && Math.abs(m.low) < 10) return null;
  return `${m.kind}|${m.unit ?? ""}|${Number(m.low.toPrecision(4))}`;
}

/** The proper names of a text: capitalised words it never writes in lower case, outside its dates' spans. */
function namesOf(text: string, dates: ReadonlyArray<[number, number]>): Set<string> {
  const caps = new Set<string>();
  // the dates' spans merged, in text order: the words come in text order too, so one pointer walks
  // them (each word tried against every date was quadratic in a long report of many dates)
  const spans: Array<[number, number]> = [];
  for (const [s, e] of dates.slice().sort((a, b) => a[0] - b[0])) {
    const last = spans[spans.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else spans.push([s, e]);
  }
  let d = 0;
  for (const m of text.matchAll(NAME)) {
    const at = m.index!;
    while (d < spans.length && spans[d][1] <= at) d++;
    if (!(d < spans.length && spans[d][0] <= at)) caps.add(m[0]);
  }
  const out = new Set<string>();
  if (!caps.size) return out;
  const lower = new Set(text.toLowerCase() === text ? [] : (text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}\p{M}]{3,}(?![\p{L}\p{N}])/gu) ?? []));
  for (const w of caps) if (!lower.has(w.toLowerCase())) out.add(w);
  return out;
}
