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

test("duration: ages and idioms are not durations", () => {
  testUnexpectedResult("A 45-year-old engineer was hired.");
  testUnexpectedResult("One day, they may decide.");
  testUnexpectedResult("2 months ago");
});
