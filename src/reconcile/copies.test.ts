import { test } from "node:test";
import assert from "node:assert/strict";
import { findCopies, shingles, isCopyPair } from "./copies.js";
import type { Report } from "../types.js";

const rep = (id: string, text: string, published: string | null = null): Report => ({
  id, text, published, url: null, publisher: null, language: "en", title: null, hash: id,
});

const wire =
  "The harbour authority said on Monday that the new container terminal will open next spring after " +
  "three years of work, and that the dredging of the access channel is almost finished. Officials expect " +
  "the terminal to handle two million boxes a year once both quays are in service, and the regional " +
  "government has promised a rail spur to carry goods inland. Fishermen in the bay have protested against " +
  "the loss of their moorings, and a court will hear their complaint in the autumn.";

test("a repost with a different header and trailing furniture is a copy of the earlier wire", () => {
  const copy = "Regional Desk\n" + wire + "\nShare this article. Subscribe to our newsletter.";
  const other =
    "A small island nation has opened a solar farm that covers a fifth of its power needs, the energy " +
    "minister said, adding that a second farm of the same size is planned on the northern coast next year.";
  const m = findCopies([rep("b", copy, "2024-03-02"), rep("a", wire, "2024-03-01"), rep("c", other, "2024-03-01")]);
  assert.equal(m.get("b"), "a");
  assert.equal(m.has("a"), false);
  assert.equal(m.has("c"), false);
});

test("a truncated repost counts as a copy by containment", () => {
  const half = wire.slice(0, Math.floor(wire.length * 0.6));
  assert.ok(isCopyPair(shingles(wire), shingles(half + " and more " + "x ".repeat(3))));
});

test("different stories on one topic are not copies; empty input is fine", () => {
  const a = "The terminal will open next spring, the harbour authority said, with two quays in service and a rail spur planned.";
  const b = "Protesters gathered at the harbour gates on Tuesday, saying the terminal had cost them their moorings and income.";
  assert.equal(findCopies([rep("a", a), rep("b", b)]).size, 0);
  assert.equal(findCopies([]).size, 0);
  assert.equal(findCopies([rep("e", ""), rep("f", "")]).size, 0);
});

test("undated copies point at the dated one; ties keep input order", () => {
  const m = findCopies([rep("x", wire, null), rep("y", wire, "2020-01-01"), rep("z", wire, "2020-01-01")]);
  assert.equal(m.get("x"), "y");
  assert.equal(m.get("z"), "y");
});
