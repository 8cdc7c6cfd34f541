// A figure that says it covers a whole area (own-clause.ts wholeArea) against one that names a
// place of its own: two scopes, kept from contradicting each other (trust.ts wholeAgainstPlace).
// Sentences in our own words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mentions, report } from "../../test/reconcile/testkit.js";
import { wholeArea } from "./own-clause.js";
import { localeFor } from "./locale.js";
import { prepare } from "./prepare.js";
import { propertiesOf } from "./property.js";
import { sidesOf } from "./pairs.js";
import { wholeAgainstPlace } from "./trust.js";

const metres = (text: string, low: number) => ({ text, kind: "quantity" as const, low, unit: "m" });
const whole = (text: string, figure: string, low: number) => {
  const r = report("a", text);
  return wholeArea(text, mentions(r, [metres(figure, low)])[0], localeFor("en"));
};

test("a figure's own clause says it covers a whole area", () => {
  assert.equal(whole("The governor said the average depth of the flood in the province was 4 metres.", "4 metres", 4), true);
  assert.equal(whole("Snow lay 2 metres deep across the whole country on Monday.", "2 metres", 2), true);
  // words of another clause, a size "in the region of", and a bare reading say no whole
  assert.equal(whole("The regional governor said, the water at the pier rose to 3 metres.", "3 metres", 3), false);
  assert.equal(whole("The wave was in the region of 9 metres high.", "9 metres", 9), false);
  assert.equal(whole("The water reached 7 metres and the average elsewhere was lower.", "7 metres", 7), false);
  assert.equal(whole("The water reached 7 metres.", "7 metres", 7), false);
  // a language without the words says none (Portuguese has none yet); German has its own
  const pt = report("p", "O nível ficou em média em 5 metros.");
  assert.equal(wholeArea(pt.text, mentions(pt, [metres("5 metros", 5)])[0], localeFor("pt")), false);
  const de = report("d", "Der Pegel lag im Durchschnitt bei 5 Metern.");
  assert.equal(wholeArea(de.text, mentions(de, [metres("5 Metern", 5)])[0], localeFor("de")), true);
});

test("a whole area's figure and one place's never contradict each other; a place against silence may", () => {
  const a = report("a", "The water at the town of Verlo reached 11 metres on Monday.", "2027-03-01");
  const b = report("b", "Officials said the average water level in the province was 5 metres. The level is almost 5 metres.", "2027-03-01");
  const c = report("c", "The water level was 5 metres on Monday.", "2027-03-01");
  const ms = [...mentions(a, [metres("11 metres", 11)]), ...mentions(b, [metres("5 metres", 5), { ...metres("5 metres", 5), nth: 1 }]), ...mentions(c, [metres("5 metres", 5)])];
  const { items } = prepare([a, b, c], ms);
  const sides = sidesOf(items, propertiesOf(items));
  const apart = wholeAgainstPlace([0, 1, 2, 3], sides);
  // both of b's figures stand for its average; c says nothing of its scope
  assert.equal(apart(0, 1), true);
  assert.equal(apart(0, 2), true);
  assert.equal(apart(0, 3), false);
  assert.equal(apart(1, 2), false);
  // no member of the group says a whole area: nothing set apart
  const none = wholeAgainstPlace([0, 3], sides);
  assert.equal(none(0, 3) || none(3, 0), false);
});
