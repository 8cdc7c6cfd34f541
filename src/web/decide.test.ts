import { test } from "node:test";
import assert from "node:assert/strict";
import { mentionKey, type Dossier } from "../app/explore.js";
import type { Fact, FactMember } from "../types.js";
import { decisionForms, decisionsPage } from "./decide.js";

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

test("/decisions: each cell says what it is on a phone (the table's head is not shown there); a hidden fact says so", () => {
  const hiddenFact = { ...other, hidden: true } as Fact;
  const d = { ...dossier, factOf: new Map([[mentionKey(length.members[0]), length.id], [mentionKey(other.members[0]), other.id]]), factById: new Map([[length.id, length], [other.id, hiddenFact]]) } as unknown as Dossier;
  const decisions = [
    { id: 1, action: "verdict" as const, verdict: "agree" as const, figures: [length.members[0]], reason: "ramps counted", at: "2025-06-01T10:00:00Z" },
    { id: 2, action: "hide" as const, figures: [other.members[0]], reason: null, at: "2025-06-02T10:00:00Z" },
  ];
  const html = decisionsPage(d, decisions, "token");
  assert.match(html, /<td data-label="No\.">1<\/td><td class="nowrap" data-label="When">1 June 2025, 10:00 UTC<\/td><td data-label="Decision">verdict: /, "the time written as the app writes dates, with its zone, as a report's Added is");
  assert.match(html, /<td data-label="Fact now"><a href="[^"]+">length of the span<\/a><\/td><td data-label="Reason">ramps counted<\/td>/);
  assert.match(html, /height of the deck<\/a> <span class="note">\(hidden\)<\/span><\/td><td><\/td>/, "no label on an empty reason");
  // a decision whose figures no fact holds: its reports were removed (a hidden fact is still listed), as `dossier fact decisions` says
  const gone = decisionsPage(d, [{ id: 3, action: "hide" as const, figures: [{ source: "removed", start: 1, end: 4 }], reason: null, at: "2025-06-03T10:00:00Z" }], "token");
  assert.match(gone, /data-label="Fact now"><span class="note">gone: its reports were removed<\/span>/);
});
