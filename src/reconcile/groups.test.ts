import { test } from "node:test";
import assert from "node:assert/strict";
import { attributesApart, type Pooled } from "./groups.js";

/** A pooled group naming only an attribute and a measure (word ids; 0: none named). */
const group = (attribute: number, measure = 0): Pooled => ({ vec: { ids: [], w: new Float64Array(0), at: new Map() }, lab: null, thing: 0, attribute, event: 0, counted: 0, measure });

test("group pass: two groups of two named attributes stay apart unless their clauses name one measure", () => {
  // "149 injured" against "132 dead": attributes differ, no measure shared
  assert.equal(attributesApart(group(1), group(2)), true);
  assert.equal(attributesApart(group(1, 5), group(2, 6)), true);
  assert.equal(attributesApart(group(1, 5), group(2)), true);
  // "100,000 homeless" read as a toll, against the displaced: both clauses say "displaced"
  assert.equal(attributesApart(group(1, 5), group(2, 5)), false);
  // one attribute, or one side naming none: the words decide
  assert.equal(attributesApart(group(1), group(1)), false);
  assert.equal(attributesApart(group(1), group(0)), false);
  assert.equal(attributesApart(group(0), group(0)), false);
});
