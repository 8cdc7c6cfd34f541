/**
 * Test helpers in the manner of chrono's test_util: every case passes a fixed reference date and
 * checks the span (start, text) as well as the value.
 */
import assert from "node:assert/strict";
import { extract } from "../../../src/extract/index.js";
import type { Mention } from "../../../src/types.js";

export const REF = "2024-03-15"; // a Friday

export interface Expected {
  text: string;
  kind: Mention["kind"];
  start?: number;
  low?: number;
  high?: number;
  unit?: string | null;
  date?: [string, string] | null;
  qualifier?: Mention["qualifier"];
  per?: string | null;
  statement?: boolean;
}

const close = (a: number | null, b: number) => a !== null && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

function describeAll(ms: Mention[]) {
  return ms.map((m) => `${m.start}:${JSON.stringify(m.text)} ${m.kind} ${m.date ? `${m.date.start}..${m.date.end}` : `${m.low}-${m.high} ${m.unit}`} q=${m.qualifier} per=${m.per}`).join("\n  ");
}

/** Asserts that `text` yields a mention exactly covering `e.text` with the expected value. */
export function testSingleCase(text: string, e: Expected, published: string | null = REF): Mention {
  // the engine's trace is buffered and shown only when the case fails
  const trace: string[] = [];
  const ms = extract(text, { published, source: "t", debug: (m) => trace.push(m) });
  try {
    return checkCase(text, e, ms);
  } catch (err) {
    (err as Error).message += `\n  trace:\n    ${trace.join("\n    ")}`;
    throw err;
  }
}

function checkCase(text: string, e: Expected, ms: Mention[]): Mention {
  const start = e.start ?? text.indexOf(e.text);
  assert.ok(start >= 0, `fixture error: ${JSON.stringify(e.text)} not in text`);
  const m = ms.find((x) => x.start === start && x.text === e.text);
  assert.ok(m, `no mention ${JSON.stringify(e.text)} at ${start} in ${JSON.stringify(text)}; got:\n  ${describeAll(ms)}`);
  for (const x of ms) assert.equal(text.slice(x.start, x.end), x.text);
  assert.equal(m.kind, e.kind, `kind of ${e.text}`);
  if (e.low !== undefined) assert.ok(close(m.low, e.low), `low of ${e.text}: ${m.low} != ${e.low}`);
  const high = e.high ?? e.low;
  if (high !== undefined) assert.ok(close(m.high, high), `high of ${e.text}: ${m.high} != ${high}`);
  if (e.unit !== undefined) assert.equal(m.unit, e.unit, `unit of ${e.text}`);
  if (e.date !== undefined) assert.deepEqual(m.date ? [m.date.start, m.date.end] : null, e.date, `date of ${e.text}`);
  if (e.qualifier !== undefined) assert.equal(m.qualifier, e.qualifier, `qualifier of ${e.text}`);
  if (e.per !== undefined) assert.equal(m.per ?? null, e.per, `per of ${e.text}`);
  if (e.statement !== undefined) assert.equal(Boolean(m.statement), e.statement, `statement of ${e.text}`);
  return m;
}

/** Asserts that no mention overlaps `part` of `text` (or the whole text when part is omitted). */
export function testUnexpectedResult(text: string, part?: string, published: string | null = REF): void {
  const ms = extract(text, { published, source: "t" });
  const s = part ? text.indexOf(part) : 0;
  const e = part ? s + part.length : text.length;
  assert.ok(s >= 0, `fixture error: ${JSON.stringify(part)} not in text`);
  const hit = ms.filter((m) => m.start < e && s < m.end);
  assert.equal(hit.length, 0, `unexpected figure(s) in ${JSON.stringify(part ?? text)}:\n  ${describeAll(hit)}`);
}

export const mentions = (text: string, published: string | null = REF) => extract(text, { published, source: "t" });
