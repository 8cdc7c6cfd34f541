import { test } from "node:test";
import { testSingleCase, testUnexpectedResult } from "./util.js";

test("percent: signs, words and points", () => {
  testSingleCase("Exports shrank 12.1% over the period.", { text: "12.1%", kind: "percent", low: 12.1, unit: "%" });
  testSingleCase("Turnout was 40 per cent.", { text: "40 per cent", kind: "percent", low: 40 });
  testSingleCase("Support is 55 percent.", { text: "55 percent", kind: "percent", low: 55 });
  testSingleCase("Rates rose 0.5 percentage points.", { text: "0.5 percentage points", kind: "percent", low: 0.5 });
  testSingleCase("Growth of +1.8% is forecast.", { text: "1.8%", kind: "percent", low: 1.8 });
  testSingleCase("Works are more than 40% complete.", { text: "40%", kind: "percent", qualifier: "lower" });
  testSingleCase("Yields moved 50 basis points.", { text: "50 basis points", kind: "percent", low: 0.5 });
  testSingleCase("Prices rose 10-15% this winter.", { text: "10-15%", kind: "percent", low: 10, high: 15 });
});

test("ratio: times the thing multiplied", () => {
  testSingleCase("Losses were almost three times Kestrel's estimate.", { text: "three times", kind: "ratio", low: 3 });
  testSingleCase("Sales hit four times last year's level.", { text: "four times", kind: "ratio", low: 4 });
  testUnexpectedResult("The club won three times.");
});

test("ratio: -fold, times, doubled", () => {
  testSingleCase("Trade surged ninefold in a year.", { text: "ninefold", kind: "ratio", low: 9, unit: "x" });
  testSingleCase("Output grew 9-fold.", { text: "9-fold", kind: "ratio", low: 9 });
  testSingleCase("Orders were three times higher than forecast.", { text: "three times", kind: "ratio", low: 3 });
  testSingleCase("Rents have tripled since then.", { text: "tripled", kind: "ratio", low: 3 });
  testUnexpectedResult("He called three times that week but nobody answered.", "called");
});

test("percent: pc; ratio verbs never join a range", () => {
  testSingleCase("Inflation hit 5pc in June.", { text: "5pc", kind: "percent", low: 5 });
  testSingleCase("The population doubled to 2.4 million.", { text: "doubled", kind: "ratio", low: 2 });
  testSingleCase("The population doubled to 2.4 million.", { text: "2.4 million", kind: "count", low: 2.4e6 });
});

test("ratio: twice as …", () => {
  testSingleCase("Exports were twice as high as imports.", { text: "twice", kind: "ratio", low: 2 });
  testUnexpectedResult("He visited twice last winter.", "twice");
});

test("ratio: double the …", () => {
  testSingleCase("Losses were roughly double the previous record.", { text: "double", kind: "ratio", low: 2, qualifier: "approx" });
  testUnexpectedResult("It is a double standard.");
});

test("percent: proportions of a round whole", () => {
  testSingleCase("Nearly 4 in 10 voters named prices first.", { text: "4 in 10 voters", kind: "percent", low: 40, unit: "%", qualifier: "approx" });
  testSingleCase("One in five adults now rents.", { text: "One in five adults", kind: "percent", low: 20 });
  testSingleCase("Three out of four firms agreed.", { text: "Three out of four firms", kind: "percent", low: 75 });
  testSingleCase("Only 1 in every 100 applicants is accepted.", { text: "1 in every 100 applicants", kind: "percent", low: 1 });
});

test("percent: a part of a count, or a figure in a measure, is no proportion", () => {
  testSingleCase("The party won 243 out of 450 seats.", { text: "450 seats", kind: "count", low: 450 });
  testSingleCase("He ran 3 in 10 minutes.", { text: "10 minutes", kind: "duration", low: 10 / 1440 });
});

test("percent: hyphenated modifiers and bp", () => {
  testSingleCase("It was a 3.5-percentage-point drop.", { text: "3.5-percentage-point", kind: "percent", low: 3.5 });
  testSingleCase("A 25-basis-point cut came.", { text: "25-basis-point", kind: "percent", low: 0.25 });
  testSingleCase("It bought a 10-per-cent stake.", { text: "10-per-cent", kind: "percent", low: 10 });
  testSingleCase("The bank made a 50bp hike.", { text: "50bp", kind: "percent", low: 0.5 });
  testSingleCase("Workers left 3 BP platforms.", { text: "3 BP platforms", kind: "count", low: 3 });
});

test("percent: quarter-point and half-percentage-point steps", () => {
  testSingleCase("The Fed made a quarter-point cut.", { text: "quarter-point", kind: "percent", low: 0.25 });
  testSingleCase("It followed a half-percentage-point rise.", { text: "half-percentage-point", kind: "percent", low: 0.5 });
  testUnexpectedResult("They led at the half point of the race.");
});
