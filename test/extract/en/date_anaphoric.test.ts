import { test } from "node:test";
import { testSingleCase, testUnexpectedResult } from "./util.js";

const PUB = "2024-05-20";

test("anaphoric dates: relative to a year the text states", () => {
  const t = "Exports hit a record in 2021, after a slump the previous year.";
  testSingleCase(t, { text: "the previous year", kind: "date", date: ["2020-01-01", "2020-12-31"] }, PUB);
  testSingleCase("The mine opened in 2016 and flooded the following year.", { text: "the following year", kind: "date", date: ["2017-01-01", "2017-12-31"] }, PUB);
  testSingleCase("The levy began in 2012; that year imports halved.", { text: "that year", kind: "date", date: ["2012-01-01", "2012-12-31"] }, PUB);
  testSingleCase("Rates peaked in 1998. A decade later they were halved.", { text: "A decade later", kind: "date", date: ["2008-01-01", "2008-12-31"] }, PUB);
});

test("anaphoric dates: days and months after a stated date", () => {
  const t = "The fire broke out on June 12, 2022. Three days later the depot was shut, and a week earlier inspectors had warned.";
  testSingleCase(t, { text: "Three days later", kind: "date", date: ["2022-06-15", "2022-06-15"] }, PUB);
  testSingleCase(t, { text: "a week earlier", kind: "date", date: ["2022-06-05", "2022-06-05"] }, PUB);
  testSingleCase("Talks broke down in October 2019 and resumed the following month.", { text: "the following month", kind: "date", date: ["2019-11-01", "2019-11-30"] }, PUB);
  testSingleCase("Rain began on Tuesday, and the next day the river burst.", { text: "the next day", kind: "date", date: ["2024-05-15", "2024-05-15"] }, PUB);
  // a named week is the calendar week (Monday to Sunday), not the day seven days off
  testSingleCase("The pier closed on Thursday, June 13, 2024, after a storm the previous week.", { text: "the previous week", kind: "date", date: ["2024-06-03", "2024-06-09"] }, PUB);
});

test("anaphoric dates: without a fitting anchor, a duration or nothing", () => {
  testSingleCase("Two days later the roads reopened.", { text: "Two days", kind: "duration", low: 2 }, PUB);
  testUnexpectedResult("The previous year was calmer.", undefined, PUB);
  testSingleCase("It stayed there for more than three months on Friday.", { text: "three months", kind: "duration", low: 3 * 30.44 }, PUB);
  testSingleCase("Work ended in May 2020; it finished two years later than planned.", { text: "two years", kind: "duration", low: 730.5 }, PUB);
});

test("anaphoric dates: how far a date moved is a duration, not a date", () => {
  testSingleCase("The reopening, set for 3 March, has moved ten days later after the inspection.", { text: "ten days", kind: "duration", low: 10 }, PUB);
  testSingleCase("The launch on June 2 slipped two weeks later than planned.", { text: "two weeks", kind: "duration", low: 14 }, PUB);
  // a step from a stated day stays a date
  testSingleCase("The dam failed on 3 March. Two days later, the river crested.", { text: "Two days later", kind: "date" }, PUB);
});
