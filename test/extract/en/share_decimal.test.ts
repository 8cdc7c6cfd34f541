import { test } from "node:test";
import assert from "node:assert/strict";
import { mentions, testSingleCase, testUnexpectedResult } from "./util.js";

const noPercent = (text: string) => assert.deepEqual(mentions(text).filter((m) => m.kind === "percent").map((m) => m.text), [], text);

test("shares said as fractions are percents", () => {
  testSingleCase("A third of its wheat goes abroad.", { text: "A third", kind: "percent", low: 33.3, unit: "%" });
  testSingleCase("The ministry spent half the budget on roads.", { text: "half", kind: "percent", low: 50 });
  testSingleCase("Floods ruined a quarter of the harvest.", { text: "a quarter", kind: "percent", low: 25 });
  testSingleCase("Two-thirds of members backed the plan.", { text: "Two-thirds", kind: "percent", low: 66.7 });
  testSingleCase("Three quarters of households have power again.", { text: "Three quarters", kind: "percent", low: 75 });
  testSingleCase("One-fifth of output is lost.", { text: "One-fifth", kind: "percent", low: 20 });
  testSingleCase("The regulator cut a third off the fine.", { text: "a third", kind: "percent", low: 33.3 });
  testSingleCase("Imports fell by a quarter.", { text: "a quarter", kind: "percent", low: 25 });
  testSingleCase("Nearly half of the ferries were idle.", { text: "half", kind: "percent", low: 50, qualifier: "approx" });
});

test("fractions that are times or numbers are no shares", () => {
  testSingleCase("The queue took half an hour.", { text: "half an hour", kind: "duration", low: 1 / 48 });
  noPercent("Sales rose in the first half of 2023.");
  noPercent("It happened a quarter of a century ago.");
  noPercent("The second half of the match was dull.");
  noPercent("She ran a quarter of a mile.");
  noPercent("It was the third of its kind.");
});

test("decimal commas before a unit or percent sign", () => {
  testSingleCase("The tunnel is 4,7 km long.", { text: "4,7 km", kind: "quantity", low: 4700, unit: "m" });
  testSingleCase("Unemployment stood at 6,2 %.", { text: "6,2 %", kind: "percent", low: 6.2 });
  testSingleCase("A wall 0,8 metres thick.", { text: "0,8 metres", kind: "quantity", low: 0.8, unit: "m" });
  testSingleCase("The road runs 1,250 km.", { text: "1,250 km", kind: "quantity", low: 1250000 });
  testUnexpectedResult("Articles 3,4 and 5 apply.", "3,4");
});

test("a weekday after its date is one date mention; it picks the year", () => {
  testSingleCase("Talks ended on March 26, Friday, in Geneva.", { text: "March 26, Friday", kind: "date", date: ["2021-03-26", "2021-03-26"] }, "2021-04-02");
  testSingleCase("Voting closed on 3 March (Sunday).", { text: "3 March (Sunday)", kind: "date", date: ["2024-03-03", "2024-03-03"] });
  testSingleCase("The line reopened on Thursday, December 28.", { text: "Thursday, December 28", kind: "date", date: ["2023-12-28", "2023-12-28"] }, "2024-01-10");
});

test("a '$' the report defines as another currency is no US dollar; gross tons are no mass", () => {
  testUnexpectedResult("The port will cost $2.4 billion to expand. ($1 = US$0.74)", "$2.4 billion");
  testSingleCase("The port will cost $2.4 billion. ($1 = 1,330 won)", { text: "$2.4 billion", kind: "money", low: 2.4e9, unit: "USD" });
  testUnexpectedResult("The liner of 168,000 gross tons docked.", "168,000");
});
