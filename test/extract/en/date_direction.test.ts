import { test } from "node:test";
import { testSingleCase, testUnexpectedResult } from "./util.js";

// published 2024-05-20 in every case below
const PUB = "2024-05-20";

test("date direction: a month without a year is the latest one before publication", () => {
  testSingleCase("The mill shut in August after the flood.", { text: "August", kind: "date", date: ["2023-08-01", "2023-08-31"] }, PUB);
  testSingleCase("Prices climbed in March.", { text: "March", kind: "date", date: ["2024-03-01", "2024-03-31"] }, PUB);
  testSingleCase("The storm came ashore on September 10, flooding the coast.", { text: "September 10", kind: "date", date: ["2023-09-10", "2023-09-10"] }, PUB);
  testSingleCase("Work on the span, which will carry trains, began in late June.", { text: "late June", kind: "date", date: ["2023-06-21", "2023-06-30"] }, PUB);
});

test("date direction: a cue in the pluperfect passive looks ahead from a past day", () => {
  // 2024-05-20: the target had been set before the report; the nearest April is this one
  testSingleCase("The reopening, first set for March, had last been expected on April 28.", { text: "April 28", kind: "date", date: ["2024-04-28", "2024-04-28"] }, PUB);
  testSingleCase("The ferry had been expected back in service in February.", { text: "February", kind: "date", date: ["2024-02-01", "2024-02-29"] }, PUB);
});

test("date direction: with no tense either way, a month much nearer ahead than behind is the coming one", () => {
  // 2024-05-20: July is two months ahead and ten behind; a past verb near keeps the past
  testSingleCase("RESERVOIR WATCH: empty on July 14, at current use.", { text: "July 14", kind: "date", date: ["2024-07-14", "2024-07-14"] }, PUB);
  testSingleCase("The second round, on 2 June, pits the two leaders against each other.", { text: "2 June", kind: "date", date: ["2024-06-02", "2024-06-02"] }, PUB);
  testSingleCase("In July they promised us a new bridge.", { text: "July", kind: "date", date: ["2023-07-01", "2023-07-31"] }, PUB);
  testSingleCase("The vote was held on 2 June.", { text: "2 June", kind: "date", date: ["2023-06-02", "2023-06-02"] }, PUB);
  testSingleCase("Feed prices are up 40% since July.", { text: "July", kind: "date", date: ["2023-07-01", "2023-07-31"] }, PUB);
  testSingleCase("The storm made landfall on the eastern coast on July 2, cutting power.", { text: "July 2", kind: "date", date: ["2023-07-02", "2023-07-02"] }, PUB);
  testSingleCase("The utility's forecast remained 12 July.", { text: "12 July", kind: "date", date: ["2024-07-12", "2024-07-12"] }, PUB);
  // November: six months either way, so the past
  testSingleCase("Elections in November, the paper says.", { text: "November", kind: "date", date: ["2023-11-01", "2023-11-30"] }, PUB);
});

test("date direction: a future cue points forwards", () => {
  testSingleCase("The mill will reopen in August.", { text: "August", kind: "date", date: ["2024-08-01", "2024-08-31"] }, PUB);
  testSingleCase("In February, the new line is due to carry its first freight.", { text: "February", kind: "date", date: ["2025-02-01", "2025-02-28"] }, PUB);
  testSingleCase("Bids close on 30 October.", { text: "30 October", kind: "date", date: ["2024-10-30", "2024-10-30"] }, PUB);
  testSingleCase("A vote is scheduled for early April.", { text: "early April", kind: "date", date: ["2025-04-01", "2025-04-10"] }, PUB);
  // a plan's date, and the date a plan was moved to, lie ahead
  testSingleCase("Our aim is to have the dock working by late April, the harbourmaster said.", { text: "late April", kind: "date", date: ["2025-04-21", "2025-04-30"] }, PUB);
  testSingleCase("Ferry service pushed back to early March", { text: "early March", kind: "date", date: ["2025-03-01", "2025-03-10"] }, PUB);
  testSingleCase("The hearing was postponed until February.", { text: "February", kind: "date", date: ["2025-02-01", "2025-02-28"] }, PUB);
  // what someone said would happen lies ahead of the saying ("would", the future seen from the past)
  testSingleCase("The regulator said it would rule on the merger in August.", { text: "August", kind: "date", date: ["2024-08-01", "2024-08-31"] }, PUB);
  testSingleCase("The ministry said it would publish the list on Thursday.", { text: "Thursday", kind: "date", date: ["2024-05-23", "2024-05-23"] }, PUB);
});

test("a weekday with its day of the month: the date that has both", () => {
  testSingleCase("Sirens sounded on Tuesday 14th before dawn.", { text: "Tuesday 14th", kind: "date", date: ["2024-05-14", "2024-05-14"] }, PUB);
  testSingleCase("The ferry sailed on Sunday, the 28th.", { text: "Sunday, the 28th", kind: "date", date: ["2024-04-28", "2024-04-28"] }, PUB);
});

test("relative dates: the night before, this morning, weekends (publication Monday 2024-05-20)", () => {
  testSingleCase("Talks broke down last night.", { text: "last night", kind: "date", date: ["2024-05-19", "2024-05-19"] }, PUB);
  testSingleCase("The minister spoke this morning.", { text: "this morning", kind: "date", date: ["2024-05-20", "2024-05-20"] }, PUB);
  testSingleCase("Divers will go down this weekend.", { text: "this weekend", kind: "date", date: ["2024-05-25", "2024-05-26"] }, PUB);
  testSingleCase("Crowds gathered last weekend.", { text: "last weekend", kind: "date", date: ["2024-05-18", "2024-05-19"] }, PUB);
});

test("date direction: the month of publication is its own year", () => {
  testSingleCase("The summit opens on May 28.", { text: "May 28", kind: "date", date: ["2024-05-28", "2024-05-28"] }, PUB);
  testSingleCase("Rain fell on May 3.", { text: "May 3", kind: "date", date: ["2024-05-03", "2024-05-03"] }, PUB);
});

test("date direction: a date that its own past verb follows", () => {
  // the cue before is another clause's: "in March moved the vote" is the move's month
  testSingleCase("The party had expected to win the vote in the spring, and in March moved the vote to autumn.", { text: "March", kind: "date", date: ["2024-03-01", "2024-03-31"] }, PUB);
});

test("date direction: a month alone after 'for' or 'not'", () => {
  testSingleCase("Orders for August fell 9% on the year.", { text: "August", kind: "date", date: ["2023-08-01", "2023-08-31"] }, PUB);
  testSingleCase("Delivery is now due in October, not July as agreed.", { text: "July", kind: "date", date: ["2024-07-01", "2024-07-31"] }, PUB);
  testUnexpectedResult("Delegates voted for June Okafor.", "June", PUB);
});

test("date direction: the decimals of an amount before a month are no day", () => {
  testSingleCase("Shares closed at $12.40 Jun 3 after the bid.", { text: "Jun 3", kind: "date", date: ["2024-06-03", "2024-06-03"] }, PUB);
});

test("date direction: what should have happened is past", () => {
  // 2024-05-20: July is two months ahead and ten behind, but it should have happened by now
  testSingleCase("Repairs should have begun in July.", { text: "July", kind: "date", date: ["2023-07-01", "2023-07-31"] }, PUB);
  testSingleCase("The ferry ought to have been back in service by August.", { text: "August", kind: "date", date: ["2023-08-01", "2023-08-31"] }, PUB);
});
