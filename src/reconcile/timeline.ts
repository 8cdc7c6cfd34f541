/**
 * Timeline: one entry per date fact, dated by what its members agree on (the narrowest stated
 * interval compatible with the others; for a revised date, the latest report's value), ordered
 * by date. A date fact in conflict stays one entry, marked `conflicting`, spanning its claims.
 * @module
 */
import type { DateInterval, Fact, TimelineEntry } from "../types.js";

const len = (d: DateInterval) => Date.parse(d.end) - Date.parse(d.start);

/** Event classes worth a timeline entry even when one report states them (see about.ts). */
const EVENTS = /^(start|completion|opening|signing|impact|casualties|deployment|when|entry into force|date of the (?:deaths|impact))\b/;

export function buildTimeline(facts: Fact[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const f of facts) {
    if (f.kind !== "date") continue;
    // a lone background year ("exports fell in 2016") is not an event of the story
    if (!EVENTS.test(f.about) && new Set(f.members.map((m) => m.source)).size < 2) continue;
    const ms = f.members.filter((m) => m.date?.start && m.date?.end);
    if (!ms.length) continue;
    let date: DateInterval;
    if (f.verdict === "conflict") {
      const starts = ms.map((m) => m.date!.start).sort(), ends = ms.map((m) => m.date!.end).sort();
      date = { start: starts[0], end: ends[ends.length - 1] };
    } else {
      let pool = ms;
      if (f.verdict === "revised") {
        // the latest report's value supersedes; an undated report counts as recent
        const when = (p: string | null) => p ?? "9999";
        const latest = ms.map((m) => when(m.published)).sort().pop();
        pool = ms.filter((m) => when(m.published) === latest);
      }
      // each member's length read once, not twice per comparison (a date of a large dossier has thousands of members)
      const lens = new Map(pool.map((m) => [m, len(m.date!)]));
      const best = pool.slice().sort((a, b) => lens.get(a)! - lens.get(b)! || (a.date!.start < b.date!.start ? -1 : 1))[0];
      date = { start: best.date!.start, end: best.date!.end };
    }
    out.push({
      event: f.about,
      date,
      conflicting: f.verdict === "conflict",
      sources: ms.map((m) => ({ source: m.source, start: m.start, end: m.end, text: m.text, date: { start: m.date!.start, end: m.date!.end } })),
    });
  }
  return out.sort(byTimeline);
}

/** The timeline's order: by date, then event. */
export const byTimeline = (a: Pick<TimelineEntry, "date" | "event">, b: Pick<TimelineEntry, "date" | "event">) =>
  a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.date.end < b.date.end ? -1 : a.date.end > b.date.end ? 1 : a.event < b.event ? -1 : a.event > b.event ? 1 : 0;
