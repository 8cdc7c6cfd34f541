import { test } from "node:test";
import assert from "node:assert/strict";
import type { Dossier } from "../app/explore.js";
import type { Fact, FactMember } from "../types.js";
import { decisionForms } from "./decide.js";

// a length stated in metres and, in brackets, in feet by one report, and by a second report
const member = (source: string, start: number, text: string, low: number): FactMember =>
  ({ source, start, end: start + text.length, text, kind: "quantity", unit: "m", low, high: low, published: "2025-06-12", publisher: source, origin: source }) as unknown as FactMember;
const length = { id: "quantity-a-10", about: "length of the span", kind: "quantity", unit: "m", verdict: "agree", members: [member("a", 10, "850 metres", 850), member("a", 22, "2,790 feet", 850.4), member("b", 5, "850 m", 850)], values: [], origins: 2 } as unknown as Fact;
const other = { ...length, id: "quantity-c-3", about: "height of the deck", members: [member("c", 3, "30 m", 30)] } as unknown as Fact;
const dossier = { briefing: { facts: [length, other] } } as unknown as Dossier;

test("decision forms: no fact is chosen to merge with; two figures of one report that read alike are told apart by their words", () => {
  const html = decisionForms(dossier, length, "token");
  assert.match(html, /<select name="with" required><option value="" selected disabled>choose a fact…<\/option><option value="quantity-c-3">height of the deck/);
  assert.match(html, /850 m <q>850 metres<\/q> <span class="id">a<\/span>/);
  assert.match(html, /850 m <q>2,790 feet<\/q> <span class="id">a<\/span>/);
  assert.match(html, /> 850 m <span class="id">b<\/span>/, "a figure alone in its report reads as its value");
});
