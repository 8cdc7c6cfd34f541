// What a change changes (own-clause.ts changeSubject), and two changes of two subjects kept from
// contradicting each other (trust.ts subjectsDiffer). Sentences in our own words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mentions, report } from "../../test/reconcile/testkit.js";
import { changeSubject } from "./own-clause.js";
import { localeFor } from "./locale.js";
import { prepare } from "./prepare.js";
import { propertiesOf } from "./property.js";
import { sidesOf } from "./pairs.js";
import { subjectsDiffer } from "./trust.js";

const pct = (text: string, low: number, nth = 0) => ({ text, kind: "percent" as const, low, unit: "%", nth });
const subjectOf = (text: string, figure: string) => {
  const r = report("a", text);
  return changeSubject(text, mentions(r, [pct(figure, Number.parseFloat(figure))])[0], "en", localeFor("en"));
};

test("a change's subject is the head of its clause's first noun phrase", () => {
  const text = "Norlandic car exports to Sudmark rose 9 percent to $50 billion, while imports from Sudmark grew 4 percent.";
  assert.equal(subjectOf(text, "9 percent"), subjectOf("Exports climbed 2 percent. Their exports fell.", "2 percent"));
  assert.notEqual(subjectOf(text, "9 percent"), subjectOf(text, "4 percent"));
  // a possessor and a name before the head are not it
  assert.equal(subjectOf("The harbour's Norland business grew 11 percent last year.", "11 percent"), subjectOf("Business grew 3 percent. Our business is good.", "3 percent"));
  // an adjective before the head, or a capital that only starts the sentence, leaves the head alone
  const trade = subjectOf("Bilateral trade rose 7 percent.", "7 percent");
  assert.equal(subjectOf("Trade with Sudmark grew 6 percent, and trade in services too.", "6 percent"), trade);
  // a change after a comma is the sentence's subject's ("…, 4 percent more than in 2025")
  assert.equal(subjectOf("Sudmark's trade in goods with Norland came to €70 billion in 2026, 4 percent more than in 2025.", "4 percent"), trade);
});

test("two changes of two subjects never contradict each other; of one subject they may", () => {
  const a = report("a", "Norlandic exports to Sudmark grew 9 percent last year.", "2027-01-10");
  const b = report("b", "The harbour's Norland business grew 11 percent last year.", "2027-01-11");
  const c = report("c", "Exports to Sudmark rose 12 percent last year, customs said.", "2027-01-12");
  const ms = [...mentions(a, [pct("9 percent", 9)]), ...mentions(b, [pct("11 percent", 11)]), ...mentions(c, [pct("12 percent", 12)])];
  const { items } = prepare([a, b, c], ms);
  const sides = sidesOf(items, propertiesOf(items));
  assert.equal(subjectsDiffer(sides[0], sides[1]), true);
  assert.equal(subjectsDiffer(sides[0], sides[2]), false);
});
