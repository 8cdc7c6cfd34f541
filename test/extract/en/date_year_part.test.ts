import { test } from "node:test";
import assert from "node:assert/strict";
import { mentions, testSingleCase } from "./util.js";

const PUB = "2025-06-12";

test("parts of a year without the year: the latest begun by publication", () => {
  testSingleCase("Steel output slipped in the second quarter.", { text: "second quarter", kind: "date", date: ["2025-04-01", "2025-06-30"] }, PUB);
  testSingleCase("Margins were thin in the fourth quarter.", { text: "fourth quarter", kind: "date", date: ["2024-10-01", "2024-12-31"] }, PUB);
  testSingleCase("Car sales dropped in the first five months.", { text: "first five months", kind: "date", date: ["2025-01-01", "2025-05-31"] }, PUB);
  testSingleCase("Freight rates doubled in the first half.", { text: "first half", kind: "date", date: ["2025-01-01", "2025-06-30"] }, PUB);
  testSingleCase("Orders rose in Q3, the firm said.", { text: "Q3", kind: "date", date: ["2024-07-01", "2024-09-30"] }, PUB);
  testSingleCase("Exports to the bloc slowed in H1, the ministry said.", { text: "H1", kind: "date", date: ["2025-01-01", "2025-06-30"] }, PUB);
  testSingleCase("Shipping costs eased during H2.", { text: "H2", kind: "date", date: ["2024-07-01", "2024-12-31"] }, PUB);
});

test("parts of a year: a future cue, a stated year, 'of the year'", () => {
  testSingleCase("The plant will restart in the fourth quarter.", { text: "fourth quarter", kind: "date", date: ["2025-10-01", "2025-12-31"] }, PUB);
  testSingleCase("In 2022 the yard lost money in the third quarter.", { text: "third quarter", kind: "date", date: ["2022-07-01", "2022-09-30"] }, PUB);
  testSingleCase("Imports grew in the first four months of 2024.", { text: "first four months of 2024", kind: "date", date: ["2024-01-01", "2024-04-30"] }, PUB);
  testSingleCase("Profits fell in the first quarter of last year.", { text: "first quarter of last year", kind: "date", date: ["2024-01-01", "2024-03-31"] }, PUB);
});

test("parts of other things are no dates", () => {
  const none = (t: string) => assert.deepEqual(mentions(t, PUB).filter((m) => m.kind === "date").map((m) => m.text), [], t);
  none("He scored in the first half of the match.");
  none("The Q3 sedan sold well.");
  none("Put the title in an H1 tag.");
});

test("a part of a year before a noun stays a date, not a count of the noun", () => {
  const m = mentions("The mid-2021 trucks ran hotter than the new ones.", PUB);
  assert.deepEqual(m.map((x) => [x.text, x.kind]), [["mid-2021", "date"]]);
});
