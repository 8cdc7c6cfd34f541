import { test } from "node:test";
import { testSingleCase, testUnexpectedResult } from "./util.js";

test("duration: numbers and units in days", () => {
  testSingleCase("The refit will take 18 months.", { text: "18 months", kind: "duration", low: 18 * 30.44, unit: "d" });
  testSingleCase("The refit will take eighteen months.", { text: "eighteen months", kind: "duration", low: 18 * 30.44 });
  testSingleCase("It should be done in one and a half years.", { text: "one and a half years", kind: "duration", low: 547.875 });
  testSingleCase("It should be done in a year and a half.", { text: "a year and a half", kind: "duration", low: 547.875 });
  testSingleCase("The lease runs for 50 years.", { text: "50 years", kind: "duration", low: 18262.5 });
  testSingleCase("Ships now need 23 days to reach Busan.", { text: "23 days", kind: "duration", low: 23 });
  testSingleCase("They stayed three weeks.", { text: "three weeks", kind: "duration", low: 21 });
  testSingleCase("Residents left within 48 hours.", { text: "48 hours", kind: "duration", low: 2 });
  testSingleCase("A three-day visit began.", { text: "three-day", kind: "duration", low: 3 });
});

test("duration: an age is a duration, as the corpus gold reads it, spanning its \"old\"", () => {
  testSingleCase("A 45-year-old engineer was hired.", { text: "45-year-old", kind: "duration", low: 45 * 365.25 });
  testSingleCase("The lighthouse is 120 years old.", { text: "120 years old", kind: "duration", low: 120 * 365.25 });
  testUnexpectedResult("It revived a year-old plan.");
});

test("duration: idioms are not durations", () => {
  testUnexpectedResult("One day, they may decide.");
  testUnexpectedResult("2 months ago");
});

test("duration: a period named by its unit after a word that asks for one", () => {
  testSingleCase("Repairs will take a year, the operator said.", { text: "a year", kind: "duration", low: 365.25, unit: "d" });
  testSingleCase("The blockade has lasted more than a decade.", { text: "a decade", kind: "duration", low: 3652.5, qualifier: "lower" });
  testSingleCase("The crossing will be shut for a fortnight in May.", { text: "a fortnight", kind: "duration", low: 14 });
  testSingleCase("Engineers spent about a month on the survey.", { text: "a month", kind: "duration", low: 30.44, qualifier: "approx" });
  testSingleCase("Within an hour the levee gave way.", { text: "an hour", kind: "duration", low: 1 / 24 });
  testSingleCase("A quarter of a century after the accord, the border reopened.", { text: "A quarter of a century", kind: "duration", low: 25 * 365.25 });
  testSingleCase("It ended a quarter-century of one-party rule.", { text: "a quarter-century", kind: "duration", low: 25 * 365.25 });
});

test("duration: 'a year' as a rate, a relative time, a compound or an article is no duration", () => {
  testUnexpectedResult("Net income was $40 million a year earlier.", "a year earlier");
  testUnexpectedResult("The port handles 300,000 tonnes a year.", "a year");
  testUnexpectedResult("It was a year-long dispute over fees.");
  testUnexpectedResult("In a year when prices soared, they held firm.");
  testUnexpectedResult("Once a year the delegates meet in Geneva.");
});

test("duration: the gap between two events is a period (as the corpus reads 'a week after Storm Daniel')", () => {
  testSingleCase("Voters returned a year after the coup.", { text: "a year", kind: "duration", low: 365.25 });
  testSingleCase("The mine reopened a month later than planned.", { text: "a month", kind: "duration", low: 30.44 });
});

test("duration: 'in a week' is a period, 'once in a decade' a frequency", () => {
  testSingleCase("Water levels dropped 6 metres in a week.", { text: "a week", kind: "duration", low: 7 });
  testSingleCase("It will be ready in a month's time.", { text: "a month", kind: "duration", low: 30.44 });
  testUnexpectedResult("Floods like this come once in a decade.");
  testUnexpectedResult("In a year of turmoil, the firm grew.");
});
