// The corpus README's "When figures agree", clause by clause, one row each: the clause in our own
// words, a case of our own, and what the clause says of it. docs/measurements.md ("The verdict
// rules made complete, clause by clause") names the code of each row and whether it holds.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Mention } from "../types.js";
import { meet, spanOf } from "./interval.js";
import { verdictOf, type Judged } from "./verdict.js";

/** A figure: its text, value, kind and unit, and qualifier. */
function fig(text: string, low: number | null, kind: Mention["kind"] = "quantity", unit: string | null = "m", qualifier: Mention["qualifier"] = null, date?: [string, string]): Mention {
  return { source: "x", start: 0, end: text.length, text, kind, low, high: low, unit, qualifier, ...(date ? { date: { start: date[0], end: date[1] } } : {}) };
}
const day = (d: string, end = d, qualifier: Mention["qualifier"] = null) => fig(d, null, "date", null, qualifier, [d, end]);
const MILE = 1609.344, MONTH = 30.44;

/** Clauses on the interval a figure stands for: two figures, and whether they agree (null: not compared). */
const INTERVALS: Array<[clause: string, a: Mention, b: Mention, agree: boolean | null]> = [
  ["intervals that overlap agree", fig("850 m", 850), fig("855 m", 855), true],
  ["intervals that only touch do not", fig("over 1.4 km", 1400, "quantity", "m", "lower"), fig("1.3 km", 1300), false],
  ["half a unit of the last digit below, one unit above: 101 m is 100.5 to 102", fig("101m", 101), fig("103 m", 103), false],
  ["… so a truncated figure agrees: 101 m and 101.8 m", fig("101m", 101), fig("101.8 m", 101.8), true],
  ["decimal places are significant: 1.0 km is 0.95 to 1.1 km", fig("1.0 km", 1000), fig("1.2 km", 1200), false],
  ["trailing zeros count up to the second digit: 800 is 795 to 810", fig("800", 800, "count", "person"), fig("812", 812, "count", "person"), false],
  ["… 1,000 is read to the hundred: 950 to 1,100", fig("1,000", 1000, "count", "person"), fig("1,080", 1080, "count", "person"), true],
  ["a lone digit is read to itself: 1 km is 0.5 to 2 km", fig("1 km", 1000), fig("850 m", 850), true],
  ["words by the digits before their scale word: eleven thousand is 10,500 to 12,000", fig("eleven thousand", 11000, "count", "person"), fig("11,900", 11900, "count", "person"), true],
  ["… twenty is two digits, 19.5 to 21", fig("twenty", 20, "count", "person"), fig("23", 23, "count", "person"), false],
  ["a range runs from its low end's start to its high end's end", { ...fig("30 to 40 km", 30000), high: 40000 }, fig("40.9 km", 40900), true],
  ["a converted figure in its own stated unit: 2.9 miles is 2.85 to 3.0 miles", fig("2.9 miles", 2.9 * MILE), fig("4.8 km", 4800), true],
  ["… and so is a number in words: three months is 2.5 to 4 months", fig("three months", 3 * MONTH, "duration", "d"), fig("90 days", 90, "duration", "d"), true],
  ["approx widens by 10 % of the stated value each side: about 400 m is 355 to 450", fig("about 400 m", 400, "quantity", "m", "approx"), fig("448 m", 448), true],
  ["upper covers 0 to X", fig("up to 12,000", 12000, "count", "troop", "upper"), fig("600", 600, "count", "troop"), true],
  ["lower covers X upwards", fig("more than 600", 600, "count", "troop", "lower"), fig("12,000", 12000, "count", "troop"), true],
  ["on a date, a bound leaves it open before or after", day("2026-07-01", "2026-07-01", "upper"), day("2026-05-01", "2026-05-31"), true],
  ["counts are whole numbers: 21 crew and 22 crew disagree", fig("21 crew", 21, "count", "crew"), fig("22 crew", 22, "count", "crew"), false],
  ["durations in whole days too: a four-day and a five-day tour", fig("four-day", 4, "duration", "d"), fig("five-day", 5, "duration", "d"), false],
  ["… not a duration stated in hours: 24 and 25 hours meet", fig("24 hours", 1, "duration", "d"), fig("25 hours", 25 / 24, "duration", "d"), true],
  ["a single day agrees with a date one day away", day("2026-03-08"), day("2026-03-09"), true],
  ["… not with one two days away", day("2026-03-06"), day("2026-03-08"), false],
  ["a month, season or year covers exactly its own interval", day("2026-05-01", "2026-08-31"), day("2026-09-01", "2026-11-30"), false],
  ["two currencies with no rate stated are not compared", fig("$3bn", 3e9, "money", "USD"), fig("€3bn", 3e9, "money", "EUR"), null],
];

test("the README's clauses on a figure's interval, one row each", () => {
  for (const [clause, a, b, agree] of INTERVALS) assert.equal(meet(spanOf(a), spanOf(b)), agree, clause);
});

interface Who {
  outlet?: string;
  report?: string;
  speaker?: string;
  extra?: Partial<Judged>;
}

/** A member of a fact: a figure stated by `who` (its own outlet's report unless it says) at `time`. */
function member(m: Mention, time: string | null, who: Who = {}): Judged {
  const outlet = who.outlet ?? "a";
  return { m, outlet, report: who.report ?? outlet, speaker: who.speaker ?? null, time, earlier: false, span: spanOf(m), conversion: false, ...who.extra };
}
const usd = (text: string, low: number) => fig(text, low, "money", "USD");
const toll = (text: string, low: number) => fig(text, low, "count", "person");

/** Clauses on the verdict of a fact: its members, and the verdict the clause gives. */
const VERDICTS: Array<[clause: string, members: Judged[], verdict: string]> = [
  ["a fact stated by one report gets no verdict", [member(usd("$2bn", 2e9), "2024-01-01"), member(usd("$3bn", 3e9), "2024-01-01")], "single"],
  ["copies of one text count as one report", [member(usd("$2bn", 2e9), "2024-01-01", { outlet: "a" }), member(usd("$3bn", 3e9), "2024-01-02", { outlet: "b", report: "a" })], "single"],
  ["two reports whose figures agree: agree", [member(usd("$2.1bn", 2.1e9), "2024-01-01", { outlet: "a" }), member(usd("$2.1 billion", 2.1e9), "2024-01-05", { outlet: "b" })], "agree"],
  ["figures within one report never conflict (one outlet's pages alike)", [member(usd("$2bn", 2e9), "2024-01-01", { outlet: "a", report: "a1" }), member(usd("$3bn", 3e9), "2024-01-01", { outlet: "a", report: "a2" })], "agree"],
  ["two reports of about the same time (ten days) that disagree: conflict", [member(usd("$2.1bn", 2.1e9), "2024-06-01", { outlet: "a" }), member(usd("$2.6bn", 2.6e9), "2024-06-11", { outlet: "b" })], "conflict"],
  ["… eleven days apart they are of two times: the later estimate revises", [member(usd("$2.1bn", 2.1e9), "2024-06-01", { outlet: "a" }), member(usd("$2.6bn", 2.6e9), "2024-06-12", { outlet: "b" })], "revised"],
  ["a property that cannot change (a length) counts at any date", [member(fig("850 m", 850), "2020-03-01", { outlet: "a" }), member(fig("1,000 m", 1000), "2024-03-01", { outlet: "b" })], "conflict"],
  ["… and so does the date of a past event", [member(day("2019-05-10"), "2020-01-01", { outlet: "a" }), member(day("2019-05-20"), "2024-01-01", { outlet: "b" })], "conflict"],
  ["a planned date moved by a later report is a forecast revised", [member(day("2026-05-10"), "2024-01-01", { outlet: "a" }), member(day("2027-05-10"), "2025-01-01", { outlet: "b" })], "revised"],
  ["the same outlet updating its figure: revised", [member(usd("$2.1bn", 2.1e9), "2024-06-01", { outlet: "a", report: "a1" }), member(usd("$2.6bn", 2.6e9), "2024-06-03", { outlet: "a", report: "a2" })], "revised"],
  ["an estimate its later report calls revised: revised, days on too", [member(usd("$40m", 40e6), "2024-03-01", { outlet: "a" }), member(usd("$55m", 55e6), "2024-03-04", { outlet: "b", extra: { revises: true } })], "revised"],
  ["a running count growing: revised", [member(toll("40", 40), "2024-01-05", { outlet: "a" }), member(toll("310", 310), "2024-01-08", { outlet: "b" })], "revised"],
  ["a running count that shrinks: conflict", [member(toll("310", 310), "2024-01-05", { outlet: "a" }), member(toll("40", 40), "2024-01-20", { outlet: "b" })], "conflict"],
  ["revised only if no two same-time figures conflict", [member(toll("310", 310), "2024-01-05", { outlet: "a" }), member(toll("40", 40), "2024-01-06", { outlet: "b" }), member(toll("400", 400), "2024-01-20", { outlet: "c" })], "conflict"],
  ["a figure the text dates earlier is of that time", [member(usd("$1.1bn", 1.1e9), "2019-01-01", { outlet: "a", extra: { earlier: true } }), member(usd("$1.6bn", 1.6e9), "2024-06-01", { outlet: "b" })], "revised"],
  ["a conversion restating a figure of its sentence is no claim of its own", [member(fig("4.7 km", 4700), "2024-01-01", { outlet: "a" }), member(fig("3 miles", 3 * MILE), "2024-01-01", { outlet: "a", extra: { conversion: true } }), member(fig("4,700 m", 4700), "2024-01-02", { outlet: "b" })], "agree"],
  ["amounts in two currencies at the rate the report gives", [member(fig("€100m", 1e8, "money", "EUR"), "2024-01-01", { outlet: "a", extra: { alt: { low: 1.045e8, high: 1.21e8, whole: false, scale: "USD" } } }), member(usd("$150m", 1.5e8), "2024-01-02", { outlet: "b" })], "conflict"],
];

test("the README's clauses on a fact's verdict, one row each", () => {
  for (const [clause, members, verdict] of VERDICTS) assert.equal(verdictOf(members).verdict, verdict, clause);
});
