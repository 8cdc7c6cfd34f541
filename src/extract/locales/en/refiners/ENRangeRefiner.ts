/**
 * Ranges: "25,000 to 30,000", "between 35 and 40 days", "11,000-12,000", "$1.3-1.5 billion" become one
 * figure (low..high). "from 35 to 25 days" stays two figures, but the bare first number takes the unit
 * of the second. A bare end takes the kind, unit and scale of the other end.
 * @module
 */
import type { Candidate, ParsingContext, Refiner } from "../../../common/engine.js";

const CHANGE_BEFORE = /\b(?:rose|rises|rising|risen|fell|falls|falling|fallen|lost|loses|gained|gains|added|adds|jumped|jumps|climbed|climbs|dropped|drops|slipped|slips|declined|declines|increased|increases|decreased|decreases|expanded|expands|narrowed|narrows|widened|widens|grew|grows|shrank|shrinks|slid|slides|surged|surges|plunged|plunges|eased|eases|edged\s+(?:up|down)|up|down|higher|lower)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+)?$/i;
const JOIN = /^\s*(?:-|–|—|−|to|and|or)\s*$/i;
const mergeable = (a: Candidate, b: Candidate) =>
  a.kind !== "date" && b.kind !== "date" && a.raw !== undefined && b.raw !== undefined && (a.bare || b.bare || (a.kind === b.kind && a.unit === b.unit));

/** The value of `bare` read in the units of `full` ("35" before "40 days" is 35 days). */
function adopt(bare: Candidate, full: Candidate): number | null {
  if (!bare.raw || !full.raw) return bare.low;
  const scale = bare.raw.scale === 1 && full.raw.scale > 1 && bare.raw.value <= full.raw.value * 10 ? full.raw.scale : bare.raw.scale;
  return bare.raw.value * scale * full.raw.factor;
}

function retype(bare: Candidate, full: Candidate): Candidate {
  const v = adopt(bare, full);
  return { ...bare, kind: full.kind, unit: full.unit, low: v, high: v, bare: false, raw: bare.raw && full.raw ? { ...bare.raw, factor: full.raw.factor } : bare.raw };
}

export const ENRangeRefiner: Refiner = {
  name: "en-range",
  refine(ctx: ParsingContext, cands: Candidate[]) {
    const out: Candidate[] = [];
    for (let i = 0; i < cands.length; i++) {
      let a = cands[i];
      const b = cands[i + 1];
      if (!b || !mergeable(a, b)) {
        out.push(a);
        continue;
      }
      const gap = ctx.between(a, b);
      // dimensions "60 by 40 meters", "60 x 40 m": two figures, the first in the unit of the second
      if (/^\s*(?:by|x|×)\s*$/i.test(gap) && a.bare && !b.bare && b.kind === "quantity") {
        out.push({ ...retype(a, b), tags: [...a.tags, "refiner/en-dimensions"] });
        continue;
      }
      if (!JOIN.test(gap) || gap.length > 8) {
        out.push(a);
        continue;
      }
      const word = gap.trim().toLowerCase();
      const before = ctx.before(a.start, 12);
      const between = /between\s+$/i.test(before);
      // "anywhere from $200 to $500", "ranging from 12 to 15 days": a span, not a change
      const from = /(?:from|by)\s+$/i.test(before) && !/\b(?:anywhere|rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$/i.test(ctx.before(a.start, 24));
      // "787-9": a hyphen between a big and a small number is a code, not a range
      if (/^[-−]$/.test(gap) && a.raw && b.raw && !a.raw.words && b.raw.value < a.raw.value && (a.bare || b.bare)) {
        i++;
        continue;
      }
      // "a 50-50 split", "a 1-1 draw": an even split or score, no range
      if (/^[-−–]$/.test(gap) && a.bare && b.bare && a.raw && b.raw && a.raw.value === b.raw.value) {
        i++;
        continue;
      }
      if (word === "and" && !between) {
        out.push(a);
        continue;
      }
      if (word === "or" && !a.bare) {
        out.push(a);
        continue;
      }
      // "rose 0.2% to 3.1%", "expanded 120 basis points to 18.3%", "lost 43 cents to $78.90": a change, then
      // the level it reached; so is any pair written in different units (basis points and percent, cents and
      // dollars), but for a time ("a week to 10 days", "two weeks to a month", a span the text hedges)
      if (word === "to" && !a.bare && !b.bare && !between && (CHANGE_BEFORE.test(ctx.before(a.start, 24)) || (a.raw && b.raw && a.raw.factor !== b.raw.factor && a.kind !== "duration"))) {
        out.push(a);
        continue;
      }
      // from X to Y is a change: two figures, the first in the units of the second
      if (from && word === "to") {
        if (a.bare && !b.bare) a = { ...retype(a, b), tags: [...a.tags, "refiner/en-range-from"] };
        out.push(a);
        continue;
      }
      if (a.bare && b.bare && !(a.raw && b.raw)) {
        out.push(a);
        continue;
      }
      const full = a.bare ? b : a;
      let lo = a.bare ? retype(a, b) : a;
      let hi = b.bare ? retype(b, a) : b;
      // "$1.3-1.5 billion": the scale written once applies to both ends
      if (a.raw && b.raw && a.raw.scale === 1 && b.raw.scale > 1 && a.raw.value <= b.raw.value * 10 && !a.bare) {
        const v = a.raw.value * b.raw.scale * a.raw.factor;
        lo = { ...lo, low: v, high: v };
      }
      if (a.raw && b.raw && b.raw.scale === 1 && a.raw.scale > 1 && !b.bare && b.raw.value <= a.raw.value * 10 && b.raw.value >= a.raw.value) {
        const v = b.raw.value * a.raw.scale * b.raw.factor;
        hi = { ...hi, low: v, high: v };
      }
      if (lo.low === null || hi.high === null || lo.low > hi.high) {
        out.push(a);
        continue;
      }
      out.push({
        ...full,
        start: a.start,
        end: b.end,
        text: ctx.text.slice(a.start, b.end),
        low: lo.low,
        high: hi.high,
        bare: a.bare && b.bare,
        qualifier: a.qualifier ?? b.qualifier,
        per: a.per ?? b.per,
        flags: [...new Set([...a.flags, ...b.flags])],
        tags: [...full.tags, "refiner/en-range"],
        raw: b.raw,
      });
      i++;
    }
    return out;
  },
};
