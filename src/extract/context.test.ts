import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateContext, sentenceSpans } from "./context.js";
import type { Mention } from "../types.js";

const at = (text: string, s: string, extra: Partial<Mention> = {}): Mention => {
  const start = text.indexOf(s);
  return { source: "t", start, end: start + s.length, text: s, kind: "count", low: 1, high: 1, unit: null, qualifier: null, ...extra };
};

test("sentence spans: decimals, abbreviations and initials do not split; glued sentences and blank lines do", () => {
  const text = "Dr. Smith said the dam is 4.7 km long. It cost $3.2bn, per the U.S. agency.Work began in 2019.\n\nA new paragraph";
  const spans = sentenceSpans(text).map(([s, e]) => text.slice(s, e));
  assert.deepEqual(spans, ["Dr. Smith said the dam is 4.7 km long.", "It cost $3.2bn, per the U.S. agency.", "Work began in 2019.", "A new paragraph"]);
});

test("a wrapped line ending mid-phrase does not end the sentence", () => {
  const text = "The terminal has two berths with a\ntotal length of 800 metres.\nA second line starts here.";
  const spans = sentenceSpans(text).map(([s, e]) => text.slice(s, e));
  assert.equal(spans[0], "The terminal has two berths with a\ntotal length of 800 metres.");
});

test("sentence, subject and speaker of each figure", () => {
  const text =
    "The ring road will be 42 km long, according to the city transport office. " +
    "It will cost about $1.1 billion, officials said. Local engineers told the Daily Courier that 3,000 workers were hired.";
  const ms = annotateContext(text, [
    at(text, "42 km", { kind: "quantity", unit: "m" }),
    at(text, "$1.1 billion", { kind: "money", unit: "USD" }),
    at(text, "3,000 workers", { unit: "worker" }),
  ]);
  const [len, cost, workers] = ms;
  assert.equal(text.slice(...len.sentence!), "The ring road will be 42 km long, according to the city transport office.");
  assert.match(len.subject!, /length/);
  assert.match(len.speaker!, /city transport office/);
  assert.match(cost.subject!, /cost/);
  assert.equal(cost.speaker, "officials");
  assert.match(workers.subject!, /worker/);
  assert.match(workers.speaker!, /Daily Courier/);
});

test("a short credit names the speaker named in full before it", () => {
  const text =
    "At least 40 homes were damaged, according to the Regional Water Agency. " +
    "Of those, 12 were destroyed, the agency reported. Mayor Lena Ortis said 300 people had left; Ortis said 20 had returned.";
  const [homes, destroyed, left, back] = annotateContext(text, [at(text, "40 homes"), at(text, "12"), at(text, "300 people"), at(text, "20 had")]);
  assert.equal(homes.speaker, "the Regional Water Agency");
  assert.equal(destroyed.speaker, "the Regional Water Agency");
  assert.equal(left.speaker, "Mayor Lena Ortis");
  assert.equal(back.speaker, "Mayor Lena Ortis");
  // two earlier agencies: "the agency" could be either, and stays as written
  const two = "The Water Agency said 40 homes flooded. The Roads Agency said 9 bridges fell. The agency said 12 more were at risk.";
  assert.equal(annotateContext(two, [at(two, "40 homes"), at(two, "9 bridges"), at(two, "12 more")])[2].speaker, "the agency");
});

test("a passive's agent credits the figure right before its participle, not the figure's own words", () => {
  const text = "The council put the repair bill at 45 million, against 60 million estimated by the consultancy Harlow Partners. Builders were hired.";
  const [bill, est] = annotateContext(text, [at(text, "45 million", { kind: "money" }), at(text, "60 million", { kind: "money" })]);
  assert.equal(est.speaker, "the consultancy Harlow Partners");
  assert.notEqual(bill.speaker, "million");
  assert.notEqual(bill.speaker, "the consultancy Harlow Partners");
});

test("a credit read past an auxiliary, never a passive's subject, and an estimate's owner for its own figure", () => {
  const text =
    "The governor has said that 400 homes were lost. At least 12 people are reported missing. " +
    "The mayor said 3,000 people left, twice the agency's estimate of about 1,500.";
  const [homes, missing, left, est] = annotateContext(text, [at(text, "400 homes"), at(text, "12 people"), at(text, "3,000 people"), at(text, "1,500")]);
  assert.equal(homes.speaker, "the governor");
  // "people are reported missing": what is counted, not who counts
  assert.equal(missing.speaker, null);
  assert.equal(left.speaker, "the mayor");
  assert.equal(est.speaker, "the agency");
});

test("a credit after 'according to' or 'told' is the name, not the words after it", () => {
  const text =
    "A trader told Bloomberg that as much as 40,000 tonnes were stuck. " +
    "Exports reached $12 billion, according to figures released by the Customs Office on Friday. " +
    "He told him that 30 ships waited.";
  const [stuck, exports, ships] = annotateContext(text, [at(text, "40,000 tonnes"), at(text, "$12 billion"), at(text, "30 ships")]);
  assert.equal(stuck.speaker, "Bloomberg");
  assert.equal(exports.speaker, "the Customs Office");
  assert.notEqual(ships.speaker, "him");
});

test("a speaker who puts a figure at a value, or is named by an acronym in brackets, is credited", () => {
  const text =
    "Surveyors put the dam's height at 38 metres. " +
    "The harbour authority (HPA), says 61 ships wait; the pilots' guild (PGX) says 70. " +
    "Estimates published in March had put the total at 900 tonnes. " +
    "The crane put the beam at rest on 4 piers.";
  const [height, ships, more, total, piers] = annotateContext(text, [at(text, "38 metres"), at(text, "61 ships"), at(text, "70"), at(text, "900 tonnes"), at(text, "4 piers")]);
  assert.equal(height.speaker, "Surveyors");
  assert.equal(ships.speaker, "HPA");
  assert.equal(more.speaker, "PGX");
  assert.equal(total.speaker, null);
  assert.equal(piers.speaker, null);
});

test("never throws and keeps offsets inside the text, whatever the input", () => {
  const weird = ["", "\n\n\n", "....", "a".repeat(5000), "x. ".repeat(2000), "\u0000\u2028 1 2 3"];
  for (const text of weird) {
    const m = at(text, text.slice(0, 1));
    const bad: Mention = { ...m, start: Math.max(0, m.start), end: Math.min(text.length, Math.max(0, m.end)) };
    const out = annotateContext(text, [bad, { ...bad, start: text.length, end: text.length }]);
    for (const o of out) {
      const [s, e] = o.sentence!;
      assert.ok(s >= 0 && e <= text.length && s <= e);
    }
  }
  assert.deepEqual(annotateContext("abc", []), []);
});

test("linear: a long text with many figures is fast", () => {
  const part = "The plant makes 1,200 tonnes a day and employs 300 people, the firm said. ";
  const text = part.repeat(4000);
  const ms: Mention[] = [];
  for (let i = 0; i < 4000; i++) {
    const base = i * part.length;
    ms.push({ source: "t", start: base + 16, end: base + 28, text: "1,200 tonnes", kind: "quantity", low: 1.2e6, high: 1.2e6, unit: "kg", qualifier: null });
  }
  const t0 = performance.now();
  const out = annotateContext(text, ms);
  assert.equal(out.length, 4000);
  // generous bound: this guards against quadratic behaviour, not a benchmark
  assert.ok(performance.now() - t0 < 10000);
});
