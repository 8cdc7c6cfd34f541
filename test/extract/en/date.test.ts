import { test } from "node:test";
import { mentions, testSingleCase, testUnexpectedResult } from "./util.js";
import assert from "node:assert/strict";

// REF is Friday 2024-03-15
test("date: years, months, days", () => {
  testSingleCase("The line opened in 1959.", { text: "1959", kind: "date", date: ["1959-01-01", "1959-12-31"] });
  testSingleCase("He arrived in June 2024.", { text: "June 2024", kind: "date", date: ["2024-06-01", "2024-06-30"] });
  testSingleCase("It opened in August 1959.", { text: "August 1959", kind: "date", date: ["1959-08-01", "1959-08-31"] });
  testSingleCase("Talks were held on 12 March 2023.", { text: "12 March 2023", kind: "date", date: ["2023-03-12", "2023-03-12"] });
  testSingleCase("Talks were held on April 5, 2022.", { text: "April 5, 2022", kind: "date", date: ["2022-04-05", "2022-04-05"] });
  testSingleCase("A March 5 report said so.", { text: "March 5", kind: "date", date: ["2024-03-05", "2024-03-05"] });
  testSingleCase("Ships docked on November 14th.", { text: "November 14th", kind: "date", date: ["2023-11-14", "2023-11-14"] });
  // a month without a year resolves backwards from publication (2024-03-15): news reports the past
  testSingleCase("The vote was held in May.", { text: "May", kind: "date", date: ["2023-05-01", "2023-05-31"] });
  testSingleCase("The fund was set up in the 1990s.", { text: "1990s", kind: "date", date: ["1990-01-01", "1999-12-31"] });
  testSingleCase("A ferry ran in the early 20th century.", { text: "early 20th century", kind: "date", date: ["1901-01-01", "1933-12-31"] });
  testSingleCase("Filed 2023-09-30 by the clerk.", { text: "2023-09-30", kind: "date", date: ["2023-09-30", "2023-09-30"] });
});

test("date: parts of months and years, seasons, quarters", () => {
  testSingleCase("Work began in late April.", { text: "late April", kind: "date", date: ["2023-04-21", "2023-04-30"] });
  testSingleCase("Work began in early March.", { text: "early March", kind: "date", date: ["2024-03-01", "2024-03-10"] });
  testSingleCase("It should finish by mid 2026.", { text: "mid 2026", kind: "date", date: ["2026-05-01", "2026-08-31"] });
  testSingleCase("It should finish by mid-2026.", { text: "mid-2026", kind: "date", date: ["2026-05-01", "2026-08-31"] });
  testSingleCase("It is due halfway through 2026.", { text: "halfway through 2026", kind: "date", date: ["2026-05-01", "2026-08-31"] });
  testSingleCase("It is due by the end of 2026.", { text: "end of 2026", kind: "date", date: ["2026-10-01", "2026-12-31"] });
  testSingleCase("It is due in the second half of 2026.", { text: "second half of 2026", kind: "date", date: ["2026-07-01", "2026-12-31"] });
  testSingleCase("It will be ready by the summer of 2026.", { text: "summer of 2026", kind: "date", date: ["2026-06-01", "2026-08-31"] });
  testSingleCase("Service starts in the last quarter of 2024.", { text: "last quarter of 2024", kind: "date", date: ["2024-10-01", "2024-12-31"] });
  testSingleCase("Service starts in Q2 2025.", { text: "Q2 2025", kind: "date", date: ["2025-04-01", "2025-06-30"] });
  testSingleCase("They shipped in October and November 2022.", { text: "October", kind: "date", date: ["2022-10-01", "2022-10-31"] });
});

test("date: relative to publication", () => {
  testSingleCase("The pact was signed last year.", { text: "last year", kind: "date", date: ["2023-01-01", "2023-12-31"] });
  testSingleCase("Yesterday the port opened.", { text: "Yesterday", kind: "date", date: ["2024-03-14", "2024-03-14"] });
  testSingleCase("Troops arrived last autumn.", { text: "last autumn", kind: "date", date: ["2023-09-01", "2023-11-30"] });
  testSingleCase("They met in June of last year.", { text: "June of last year", kind: "date", date: ["2023-06-01", "2023-06-30"] });
  testSingleCase("It will open next year.", { text: "next year", kind: "date", date: ["2025-01-01", "2025-12-31"] });
  testSingleCase("Officials said on Wednesday that talks stalled.", { text: "Wednesday", kind: "date", date: ["2024-03-13", "2024-03-13"] });
  testSingleCase("Work began on Wednesday (March 13).", { text: "Wednesday (March 13)", kind: "date", date: ["2024-03-13", "2024-03-13"] });
  testSingleCase("The plant closed three years ago, officials recalled.", { text: "three years ago", kind: "date", date: ["2021-01-01", "2021-12-31"] });
  // a bound on when: "no earlier than", "at the earliest" open after; "no later than", "at the latest" open before
  testSingleCase("Engineers expect the first barge no earlier than 2027, the port said.", { text: "2027", kind: "date", date: ["2027-01-01", "2027-12-31"], qualifier: "lower" });
  testSingleCase("The canal may reopen in mid-2025 at the earliest.", { text: "mid-2025", kind: "date", qualifier: "lower" });
  testSingleCase("The levy must be paid no later than June 2025.", { text: "June 2025", kind: "date", date: ["2025-06-01", "2025-06-30"], qualifier: "upper" });
  testSingleCase("Repairs end by 2026 at the latest, the mayor said.", { text: "2026", kind: "date", date: ["2026-01-01", "2026-12-31"], qualifier: "upper" });
  // a year after a month is a date, not a count of what follows it
  testSingleCase("Output fell after the March 2022 storms hit the coast.", { text: "March 2022", kind: "date", date: ["2022-03-01", "2022-03-31"] });
  // a bound on how long ago: on or before that month, on or after that week
  testSingleCase("The levee was breached more than 15 months ago, engineers noted.", { text: "15 months ago", kind: "date", date: ["2022-12-01", "2022-12-31"], qualifier: "upper" });
  testSingleCase("The gauge was fitted less than a week ago, the crew said.", { text: "a week ago", kind: "date", date: ["2024-03-04", "2024-03-10"], qualifier: "lower" });
  testSingleCase("The talks resume next week.", { text: "next week", kind: "date", date: ["2024-03-18", "2024-03-24"] });
  testSingleCase("It was on Friday, officials said.", { text: "Friday", kind: "date", date: ["2024-03-15", "2024-03-15"] });
});

test("date: without a publication date relative dates are left out, never guessed", () => {
  testUnexpectedResult("The pact was signed last year.", undefined, null);
  testUnexpectedResult("Officials said on Wednesday that talks stalled.", undefined, null);
  const ms = mentions("The pact was signed in 2024.", null);
  assert.equal(ms.length, 1);
});

test("date: datelines and header dates are metadata", () => {
  testUnexpectedResult("MOSCOW, April 30. /TASS/. Officials spoke.", "April 30");
  testUnexpectedResult(" date 2025-04-30 Officials confirmed the plan.");
});

test("date: year-end, end- and today (date)", () => {
  testSingleCase("It should finish by year-end 2026.", { text: "year-end 2026", kind: "date", date: ["2026-10-01", "2026-12-31"] });
  testSingleCase("Talks restart end-2025.", { text: "end-2025", kind: "date", date: ["2025-10-01", "2025-12-31"] });
  testSingleCase("The paper came out today (March 15) in a journal.", { text: "today (March 15)", kind: "date", date: ["2024-03-15", "2024-03-15"] });
  testSingleCase("Crops failed at the end of May last year.", { text: "end of May last year", kind: "date", date: ["2023-05-21", "2023-05-31"] });
});

test("date: day ranges and year ranges", () => {
  testSingleCase("The summit ran April 28-30 in the capital.", { text: "April 28-30", kind: "date", date: ["2023-04-28", "2023-04-30"] });
  testSingleCase("Drills took place 5-7 May 2023.", { text: "5-7 May 2023", kind: "date", date: ["2023-05-05", "2023-05-07"] });
  testSingleCase("Output fell in 2022-2023.", { text: "2022-2023", kind: "date", date: ["2022-01-01", "2023-12-31"] });
  testSingleCase("Budgets for the 2024-25 season grew.", { text: "2024-25", kind: "date", date: ["2024-01-01", "2025-12-31"] });
});

test("date: parts of relative years", () => {
  testSingleCase("It should be done by the end of next year.", { text: "end of next year", kind: "date", date: ["2025-10-01", "2025-12-31"] });
  testSingleCase("Prices fell in late last year.", { text: "late last year", kind: "date", date: ["2023-09-01", "2023-12-31"] });
  testSingleCase("The first half of this year was calm.", { text: "first half of this year", kind: "date", date: ["2024-01-01", "2024-06-30"] });
});

test("date: a past reporting verb keeps a weekday in the past", () => {
  // REF is Friday 2024-03-15
  testSingleCase("The ministry will send more aid, officials said Thursday.", { text: "Thursday", kind: "date", date: ["2024-03-14", "2024-03-14"] });
  testSingleCase("The ministry will decide on Tuesday.", { text: "Tuesday", kind: "date", date: ["2024-03-19", "2024-03-19"] });
});

test("date: a month without a year takes the year stated earlier in its sentence", () => {
  const t = "In 2019 the firm bought a stake, and in March it sold half. Officials said in April that talks began.";
  testSingleCase(t, { text: "March", kind: "date", date: ["2019-03-01", "2019-03-31"] });
  testSingleCase(t, { text: "April", kind: "date", date: ["2023-04-01", "2023-04-30"] });
});

test("date: two days of one month", () => {
  testSingleCase("Talks were held on 4 and 5 March.", { text: "4 and 5 March", kind: "date", date: ["2024-03-04", "2024-03-05"] });
  testSingleCase("Talks were held on March 3 and 4, officials said.", { text: "March 3 and 4", kind: "date", date: ["2024-03-03", "2024-03-04"] });
  testSingleCase("It began on May 5 and 2,000 troops left.", { text: "2,000 troops", kind: "count", low: 2000 });
});

test("date: a day range does not swallow a count", () => {
  testSingleCase("On May 5 and 6 people died.", { text: "6 people", kind: "count", low: 6 });
});

test("date: parts of a decade, halves of a year, fiscal years", () => {
  testSingleCase("The mill was modernized in the early 2000s.", { text: "early 2000s", kind: "date", date: ["2000-01-01", "2003-12-31"] });
  testSingleCase("Output peaked in the late 1980s.", { text: "late 1980s", kind: "date", date: ["1987-01-01", "1989-12-31"] });
  testSingleCase("Demand should level off by the mid-2030s.", { text: "mid-2030s", kind: "date", date: ["2034-01-01", "2036-12-31"] });
  testSingleCase("Deliveries slip to H1 2026.", { text: "H1 2026", kind: "date", date: ["2026-01-01", "2026-06-30"] });
  testSingleCase("Margins widened in H2 of 2023.", { text: "H2 of 2023", kind: "date", date: ["2023-07-01", "2023-12-31"] });
  testSingleCase("The carrier expects a loss in fiscal 2025.", { text: "fiscal 2025", kind: "date", date: ["2025-01-01", "2025-12-31"] });
  testSingleCase("Guidance for FY26 was cut.", { text: "FY26", kind: "date", date: ["2026-01-01", "2026-12-31"] });
  testSingleCase("The FY 2024/25 budget passed.", { text: "FY 2024/25", kind: "date", date: ["2024-04-01", "2025-03-31"] });
  testSingleCase("Exports grew in the 2023-24 fiscal year.", { text: "2023-24 fiscal year", kind: "date", date: ["2023-04-01", "2024-03-31"] });
});

test("date: fiscal-looking codes are not fiscal years", () => {
  testUnexpectedResult("The part number MYFY2025 was recalled.");
});

test("date: month spans, slashed year ranges, 'the last week of' a month", () => {
  testSingleCase("In the January-March quarter, output grew.", { text: "January-March", kind: "date", date: ["2024-01-01", "2024-03-31"] });
  testSingleCase("Exports fell in Oct–Dec 2023.", { text: "Oct–Dec 2023", kind: "date", date: ["2023-10-01", "2023-12-31"] });
  testSingleCase("Snow fell in November-February 2025.", { text: "November-February 2025", kind: "date", date: ["2024-11-01", "2025-02-28"] });
  testSingleCase("The 2022/23 season was the wettest.", { text: "2022/23", kind: "date", date: ["2022-01-01", "2023-12-31"] });
  testSingleCase("Cases peaked in the last week of September.", { text: "September", kind: "date", date: ["2023-09-01", "2023-09-30"] });
  testUnexpectedResult("Cases peaked in the last week of September.", "last week");
  testUnexpectedResult("The file dated 2023/11/05 was lost.");
});

test("date: the day after a month is no count, a new sentence takes no earlier year", () => {
  testSingleCase("The rally on Nov. 12 drew crowds.", { text: "Nov. 12", kind: "date", date: ["2023-11-12", "2023-11-12"] });
  testUnexpectedResult("The rally on Nov. 12 drew crowds.", "drew crowds");
  testSingleCase("The law took effect on 1 Jan 2022. Mid-January brought snow.", { text: "Mid-January", kind: "date", date: ["2024-01-11", "2024-01-20"] });
  testSingleCase("In 2019 the firm bought a stake, and in March it sold it.", { text: "March", kind: "date", date: ["2019-03-01", "2019-03-31"] });
});

test("date: the end / beginning / middle of a decade", () => {
  testSingleCase("Output fell at the end of the 1970s.", { text: "end of the 1970s", kind: "date", date: ["1977-01-01", "1979-12-31"] });
  testSingleCase("Prices rose at the beginning of the 1990s.", { text: "beginning of the 1990s", kind: "date", date: ["1990-01-01", "1993-12-31"] });
  testSingleCase("Work ends by the end of 2026.", { text: "end of 2026", kind: "date", date: ["2026-10-01", "2026-12-31"] });
});

test("date: a quarter joined to its year by a hyphen", () => {
  testSingleCase("Q1-2024 results beat forecasts.", { text: "Q1-2024", kind: "date", date: ["2024-01-01", "2024-03-31"] });
  testUnexpectedResult("Q1-2024 results beat forecasts.", "results");
});
