/**
 * Test helper for the non-English locales: `expectFigure(lang, text, e)` extracts with the given
 * language and a fixed report date, and checks that one mention covers `e.text` with the value.
 * Sentences are written for these tests (never copied from the corpus).
 */
import assert from "node:assert/strict";
import { extract } from "../../../src/extract/index.js";
import type { Mention } from "../../../src/types.js";

export const REF = "2024-03-15"; // a Friday

export interface Expect {
  text: string;
  kind: Mention["kind"];
  low?: number;
  high?: number;
  unit?: string | null;
  date?: [string, string];
  qualifier?: Mention["qualifier"];
}

const close = (a: number | null, b: number) => a !== null && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

export function expectFigure(language: string | null, text: string, e: Expect, published: string | null = REF): Mention {
  const ms = extract(text, { language, published, source: "t" });
  const m = ms.find((x) => x.text === e.text);
  const all = ms.map((x) => `${JSON.stringify(x.text)} ${x.kind} ${x.date ? `${x.date.start}..${x.date.end}` : `${x.low}-${x.high} ${x.unit}`} q=${x.qualifier}`).join("; ");
  assert.ok(m, `no mention ${JSON.stringify(e.text)} in ${JSON.stringify(text)}; got: ${all}`);
  assert.equal(m.kind, e.kind, `kind of ${e.text}: ${all}`);
  if (e.low !== undefined) assert.ok(close(m.low, e.low), `low of ${e.text}: ${m.low} ≠ ${e.low}`);
  if (e.high !== undefined) assert.ok(close(m.high, e.high), `high of ${e.text}: ${m.high} ≠ ${e.high}`);
  if (e.unit !== undefined) assert.equal(m.unit, e.unit, `unit of ${e.text}`);
  if (e.date) assert.deepEqual(m.date, { start: e.date[0], end: e.date[1] }, `date of ${e.text}`);
  if (e.qualifier !== undefined) assert.equal(m.qualifier, e.qualifier, `qualifier of ${e.text}`);
  if (language) assert.equal(m.language, language.split("-")[0]);
  return m;
}

/** No mention at all overlaps `part` of `text`. */
export function expectNone(language: string | null, text: string, part: string, published: string | null = REF) {
  const ms = extract(text, { language, published, source: "t" });
  const s = text.indexOf(part);
  const hit = ms.filter((m) => m.start < s + part.length && s < m.end);
  assert.equal(hit.length, 0, `unexpected ${hit.map((m) => JSON.stringify(m.text) + " " + m.kind).join(", ")} in ${JSON.stringify(text)}`);
}
