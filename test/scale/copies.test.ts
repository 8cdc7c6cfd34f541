/**
 * Copy detection on a story copied thousands of times: every copy found, each pointing at the
 * earliest report, and the work stays near-linear (a crowded LSH bucket keeps a few members of
 * each group; before, 4,000 copies of one story took 48 s and this test minutes).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { findCopies } from "../../src/reconcile/index.js";
import type { Report } from "../../src/types.js";

const STORY = [
  "The harbour board at Kestrel Ridge approved a second container berth on Monday, with dredging to start in the spring.",
  "The berth will be 420 m long and is expected to cost about $180 million, the board's chair told reporters after the vote.",
  "Shipping lines have asked for deeper water since the larger vessels began calling at the port two years ago.",
  "Residents worried about noise from night work; the board promised to publish a schedule before the works begin.",
].join(" ");

const report = (i: number, text: string, published: string): Report => ({ id: `c${i}`, url: null, publisher: `Outlet ${i}`, published, language: "en", title: null, hash: `h${i}`, text });

test("3,000 copies of one story, some of them copies of copies: all grouped under the earliest", () => {
  const reports: Report[] = [report(0, STORY, "2025-01-01")];
  for (let i = 1; i < 3000; i++) {
    // a copy of the original with its own sign-off; every tenth one copies an earlier copy
    const from = i % 10 === 0 ? reports[i - 1].text : STORY;
    reports.push(report(i, `${from} Distributed by outlet ${i}.`, `2025-01-${String(2 + (i % 27)).padStart(2, "0")}`));
  }
  reports.push(report(3000, "A different story: the airport runway at Lowmarsh reopened after 12 days of repairs.", "2025-01-05"));
  const copies = findCopies(reports);
  assert.equal(copies.size, 2999, "every copy is found");
  for (const [copy, original] of copies) assert.equal(original, "c0", `${copy} points at the earliest report`);
  assert.ok(!copies.has("c3000"), "another story is not a copy");
});

test("5,000 reports of one story that share stock sentences: only the real copies are grouped", () => {
  // each report: two stock sentences every outlet uses, and a body of its own (numbers and names
  // differ); every fifth report is a copy of the one before it, with a line added
  const stock = "The contractor declined to comment. Officials said the work would continue through the winter months.";
  const reports: Report[] = [];
  for (let i = 0; i < 5000; i++) {
    const own = `Outlet ${i} reported that crew ${i % 97} poured ${100 + (i % 400)} tonnes of concrete at pier ${i % 13} while inspector ${i * 7919 % 10007} counted ${i % 50} trucks and noted ${i % 31} delays near gate ${i % 17}.`;
    const text = i % 5 === 4 ? `${reports[i - 1].text} Updated at ${i % 24}:00.` : `${stock} ${own} ${stock}`;
    // a copy is dated as its original: the earlier in the input is the original
    reports.push(report(i, text, `2025-02-${String(1 + (Math.floor(i / 5) % 27)).padStart(2, "0")}`));
  }
  const copies = findCopies(reports);
  assert.equal(copies.size, 1000, "one copy in five");
  for (const [copy, original] of copies) assert.equal(`c${Number(copy.slice(1)) - 1}`, original, `${copy} is a copy of the report before it`);
});
