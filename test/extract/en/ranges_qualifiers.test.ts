import { test } from "node:test";
import { mentions, testSingleCase } from "./util.js";
import assert from "node:assert/strict";

test("ranges: to, hyphen, between … and", () => {
  testSingleCase("Kyiv expects 25,000 to 30,000 more.", { text: "25,000 to 30,000", kind: "count", low: 25000, high: 30000 });
  testSingleCase("The trip takes between 35 and 40 days.", { text: "35 and 40 days", kind: "duration", low: 35, high: 40 });
  testSingleCase("It hired 11,000-12,000 workers.", { text: "11,000-12,000 workers", kind: "count", low: 11000, high: 12000 });
  testSingleCase("The span is 10 to 15 km.", { text: "10 to 15 km", kind: "quantity", low: 10000, high: 15000 });
  // a hedged time in two units is still one span
  testSingleCase("Clearing the wreck could take three days to two weeks.", { text: "three days to two weeks", kind: "duration", low: 3, high: 14 });
});

test("ranges: from X to Y is two figures, the first in the unit of the second", () => {
  const text = "Transit will drop from 35 to 25 days.";
  testSingleCase(text, { text: "35", kind: "duration", low: 35, unit: "d" });
  testSingleCase(text, { text: "25 days", kind: "duration", low: 25 });
  assert.equal(mentions(text).length, 2);
});

test("qualifiers: approx, upper, lower", () => {
  testSingleCase("Nearly 100 people were hurt.", { text: "100 people", kind: "count", qualifier: "approx" });
  testSingleCase("Almost 3,000 visitors came.", { text: "3,000 visitors", kind: "count", qualifier: "approx" });
  testSingleCase("It sent up to 12,000 troops.", { text: "12,000 troops", kind: "count", qualifier: "upper" });
  testSingleCase("It has fewer than 20 staff.", { text: "20 staff", kind: "count", qualifier: "upper" });
  testSingleCase("It will create more than\n7,000 jobs.", { text: "7,000 jobs", kind: "count", qualifier: "lower" });
  testSingleCase("They invested over 1.4 billion dollars.", { text: "1.4 billion dollars", kind: "money", qualifier: "lower" });
  testSingleCase("At least 20 people died.", { text: "20 people", kind: "count", qualifier: "lower" });
  testSingleCase("Roughly 850 meters of track remain.", { text: "850 meters", kind: "quantity", qualifier: "approx" });
  testSingleCase("It fell 12.1% over five years.", { text: "five years", kind: "duration", qualifier: null });
  testSingleCase("They expect 10,000 visitors or more.", { text: "10,000 visitors", kind: "count", qualifier: "lower" });
});

test("qualifiers: no fewer than is a lower bound", () => {
  testSingleCase("No fewer than 300 people came.", { text: "300 people", kind: "count", qualifier: "lower" });
});

test("ranges: spelled-out ends", () => {
  testSingleCase("A blockade lasting three to six months is likely.", { text: "three to six months", kind: "duration", low: 3 * 30.44, high: 6 * 30.44 });
});

test("qualifiers: inside brackets and after a tilde", () => {
  testSingleCase("The loan of 870 billion yuan (about $19.8 billion) was signed.", { text: "$19.8 billion", kind: "money", qualifier: "approx", statement: true });
  testSingleCase("It cost ~$5 billion.", { text: "$5 billion", kind: "money", qualifier: "approx" });
});

test("ranges: million abbreviations on both ends", () => {
  testSingleCase("Output was cut to between 1.1m and 1.2m tonnes.", { text: "1.1m and 1.2m tonnes", kind: "quantity", low: 1.1e9, high: 1.2e9, unit: "kg" });
  testSingleCase("Between 3m to 4m people may move.", { text: "3m to 4m people", kind: "count", low: 3e6, high: 4e6 });
});

test("dimensions: 60 by 40 meters is two lengths", () => {
  const t = "Each hangar measures 60 by 40 meters.";
  testSingleCase(t, { text: "60", kind: "quantity", low: 60, unit: "m" });
  testSingleCase(t, { text: "40 meters", kind: "quantity", low: 40, unit: "m" });
});

test("qualifiers: as many as, north of, just shy of, ca.", () => {
  testSingleCase("As many as 60 aircraft took part.", { text: "60 aircraft", kind: "count", qualifier: "upper" });
  testSingleCase("The bid is north of $1 billion.", { text: "$1 billion", kind: "money", qualifier: "lower" });
  testSingleCase("The flood reached just shy of 2,000 homes.", { text: "2,000 homes", kind: "count", qualifier: "approx" });
  testSingleCase("The village had ca. 300 houses.", { text: "300 houses", kind: "count", qualifier: "approx" });
});

test("ranges: a change then the level it reached is two figures, not a range", () => {
  testSingleCase("The margin expanded 120 basis points to 18.3%.", { text: "120 basis points", kind: "percent", low: 1.2 });
  testSingleCase("The margin expanded 120 basis points to 18.3%.", { text: "18.3%", kind: "percent", low: 18.3 });
  testSingleCase("WTI lost 43 cents to $78.90.", { text: "$78.90", kind: "money", low: 78.9 });
  testSingleCase("Inflation rose 0.2% to 3.1% in May.", { text: "3.1%", kind: "percent", low: 3.1 });
  testSingleCase("Inflation will be 2% to 3% next year.", { text: "2% to 3%", kind: "percent", low: 2, high: 3 });
  testSingleCase("Prices are up 2 to 3 percent.", { text: "2 to 3 percent", kind: "percent", low: 2, high: 3 });
});

test("ranges: from X to Y after a word of spread is a span, after a change two figures", () => {
  testSingleCase("Buyers save anywhere from $150 to $400 on a laptop.", { text: "$150 to $400", kind: "money", low: 150, high: 400 });
  testSingleCase("Repairs ranged from 12 to 18 days.", { text: "12 to 18 days", kind: "duration", low: 12, high: 18 });
  testSingleCase("Fares rose from $150 to $400.", { text: "$400", kind: "money", low: 400, high: 400 });
});
