/**
 * Pairwise comparison of two figures of one dimension, field by field (as in Fellegi-Sunter /
 * Splink): words, thing, attribute, event, scope, rate, counted noun, place in the text. The
 * learned model (model.ts) weighs these; nothing here names a story's words. Values are one
 * field with a learned weight, never a rule: disagreeing values are what a conflict is.
 * @module
 */
import { countedClass } from "./features.js";
import type { Prop } from "./property.js";
import { cosine, type Item } from "./similarity.js";
import { valueGap } from "./values.js";

export const FEATURES = [
  "words", "words2", "thingSame", "thingOverlap", "thingBothMissing", "attrSame", "attrDiff", "attrOne", "cueOverlap",
  "eventSame", "eventDiff", "scopeSame", "scopeDiff", "perSame", "perDiff", "perOne", "countedSame", "countedDiff",
  "sameReport", "sameSentence", "dateDay", "kindCount", "kindDate", "kindMoney",
  "valueMeet", "valueSame", "valueGap", "valueFar", "otherScale", "nameSame", "nameDiff", "label", "label2", "langDiff", "sameDayValue", "sameValueAcross",
] as const;

/** The value comparisons: left out of the model that attaches a figure to a fact (values never decide by themselves). */
export const VALUE_FEATURES = new Set<string>(["valueMeet", "valueSame", "valueGap", "valueFar", "otherScale"]);

/** Weighted overlap of two small maps: sum of min weights over sum of max weights. */
function overlap(a: Map<string, number>, b: Map<string, number>): number {
  if (!a.size || !b.size) return 0;
  let lo = 0, hi = 0;
  for (const [k, w] of a) {
    const v = b.get(k) ?? 0;
    lo += Math.min(w, v);
    hi += Math.max(w, v);
  }
  for (const [k, v] of b) if (!a.has(k)) hi += v;
  return hi ? lo / hi : 0;
}

const VALUE_SAME = FEATURES.indexOf("valueSame");

const isDay = (it: Item) => !!it.m.date && it.m.date.start === it.m.date.end;

/** The comparison vector of two items (same block), in FEATURES order. */
export function pairFeatures(a: Item, b: Item, pa: Prop, pb: Prop, out = new Float64Array(FEATURES.length)): Float64Array {
  const c = cosine(a.vec, b.vec);
  let k = 0;
  out[k++] = c;
  out[k++] = c * c;
  out[k++] = pa.thing && pa.thing === pb.thing ? 1 : 0;
  out[k++] = overlap(pa.heads, pb.heads);
  out[k++] = !pa.thing && !pb.thing ? 1 : 0;
  out[k++] = pa.attribute && pa.attribute === pb.attribute ? 1 : 0;
  out[k++] = pa.attribute && pb.attribute && pa.attribute !== pb.attribute ? 1 : 0;
  out[k++] = !!pa.attribute !== !!pb.attribute ? 1 : 0;
  out[k++] = overlap(pa.cues, pb.cues);
  out[k++] = pa.event && pa.event === pb.event ? 1 : 0;
  out[k++] = pa.event && pb.event && pa.event !== pb.event ? 1 : 0;
  out[k++] = pa.scope && pa.scope === pb.scope ? 1 : 0;
  out[k++] = pa.scope && pb.scope && pa.scope !== pb.scope ? 1 : 0;
  out[k++] = pa.per && pa.per === pb.per ? 1 : 0;
  out[k++] = pa.per && pb.per && pa.per !== pb.per ? 1 : 0;
  out[k++] = !!pa.per !== !!pb.per ? 1 : 0;
  const ca = a.m.kind === "count" && a.m.unit ? countedClass(a.m.unit) : null, cb = b.m.kind === "count" && b.m.unit ? countedClass(b.m.unit) : null;
  out[k++] = ca && ca === cb ? 1 : 0;
  out[k++] = ca && cb && ca !== cb ? 1 : 0;
  out[k++] = a.report === b.report ? 1 : 0;
  out[k++] = a.report === b.report && !!a.m.sentence && !!b.m.sentence && a.m.sentence[0] === b.m.sentence[0] ? 1 : 0;
  out[k++] = isDay(a) && isDay(b) ? 1 : 0;
  out[k++] = a.m.kind === "count" ? 1 : 0;
  out[k++] = a.m.kind === "date" ? 1 : 0;
  out[k++] = a.m.kind === "money" ? 1 : 0;
  // values are one field among others, weighed by the data: most figures of one fact agree, and a
  // conflict's figures still link on their words (the verdict, not the grouping, judges values)
  const g = valueGap(a.m.kind, a.reading, b.reading);
  out[k++] = g === 0 ? 1 : 0;
  out[k++] = a.m.low === b.m.low && a.m.high === b.m.high && a.m.date?.start === b.m.date?.start && a.m.date?.end === b.m.date?.end ? 1 : 0;
  out[k++] = g === null ? 0 : Math.min(3, g);
  out[k++] = g !== null && g > (a.m.kind === "date" ? 1 : Math.log(2)) ? 1 : 0;
  out[k++] = g === null ? 1 : 0;
  out[k++] = pa.name && pa.name === pb.name ? 1 : 0;
  out[k++] = pa.name && pb.name && pa.name !== pb.name ? 1 : 0;
  const l = a.lab && b.lab ? cosine(a.lab, b.lab) : 0;
  out[k++] = l;
  out[k++] = l * l;
  // words and labels of two languages never match: the model learns what that costs
  const across = a.lang && b.lang && a.lang !== b.lang ? 1 : 0;
  out[k++] = across;
  // one day named by two reports is most often one event; across languages an equal value is the
  // only comparison left (words and labels cannot match)
  const same = out[VALUE_SAME];
  out[k++] = same && isDay(a) && isDay(b) ? 1 : 0;
  out[k++] = same && across ? 1 : 0;
  return out;
}
