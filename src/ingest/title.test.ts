import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanTitle, titleFromText } from "./title.js";

test("titleFromText: the first line that says something, Markdown marks off", () => {
  assert.equal(titleFromText("\n\n# Quay extension approved #\n\nThe quay grows by 200 m."), "Quay extension approved");
  assert.equal(titleFromText("---\n\n**Night ferry resumes**\nThe ferry runs twice a week."), "Night ferry resumes");
  assert.equal(titleFromText("> Locks closed for repairs\r\nBoth locks shut in May."), "Locks closed for repairs");
  assert.equal(titleFromText("   \n\t\n"), null);
  // a scraper's date stamp before the headline is no part of it; a stamp alone names nothing
  assert.equal(titleFromText(" date 2022-10-08 Night ferry resumes\n\nThe ferry runs twice a week."), "Night ferry resumes");
  assert.equal(titleFromText(" date 2023-07 Locks closed\n"), "Locks closed");
  assert.equal(titleFromText("date 2024-01-02\nQuay extension approved"), "Quay extension approved");
  assert.equal(titleFromText("Date set for the vote"), "Date set for the vote");
});

test("cleanTitle: a line that runs on is cut at a word", () => {
  const long = `The harbour board met on Tuesday and agreed ${"to dredge the channel again and ".repeat(4)}before winter.`;
  const t = cleanTitle(long) ?? "";
  assert.ok(t.length <= 100 && t.endsWith("…"), t);
  assert.ok(long.startsWith(t.slice(0, -1)), "cut, not rewritten");
  assert.doesNotMatch(t, / …$/);
  assert.equal(cleanTitle("  Two   spaces\tand a tab "), "Two spaces and a tab");
  assert.equal(cleanTitle(null), null);
  // a sentence's full stop goes, an ellipsis or an abbreviation's stays
  assert.equal(cleanTitle("The pier is 300 metres long, the port said."), "The pier is 300 metres long, the port said");
  assert.equal(cleanTitle("Talks resume with the U.S."), "Talks resume with the U.S.");
  assert.equal(cleanTitle("And then..."), "And then...");
});

test("cleanTitle: a long title is cut between characters, never inside an emoji or a CJK extension B ideograph", () => {
  const wellFormed = (t: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(t);
  // no spaces: cut at the limit, which falls inside the 50th pair unless counted by characters
  const ideographs = "\u{20000}\u{20001}".repeat(60);
  const t = cleanTitle(ideographs) ?? "";
  assert.ok(wellFormed(t), "no lone surrogate");
  assert.equal([...t].length, 100, "99 characters and the ellipsis");
  assert.ok(ideographs.startsWith(t.slice(0, -1)));
  // spaced emoji and flags (two code points, one character): cut at a word, whole
  const flags = `Ferry ${"🚢 🇳🇴 ".repeat(40)}`;
  const f = cleanTitle(flags) ?? "";
  assert.ok(wellFormed(f) && f.endsWith("…") && flags.startsWith(f.slice(0, -1)), f);
  assert.doesNotMatch(f.slice(0, -1), /🇳(?!🇴)/u, "a flag is not cut in half");
  // a short title with emoji is kept whole, whatever its length in UTF-16 units
  const short = `Ferry ${"🚢".repeat(60)}`;
  assert.equal(cleanTitle(short), short);
});
