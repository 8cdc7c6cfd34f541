// A figure's scope cue in each language that has one (sentences in our own words).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Mention } from "../types.js";
import { localeFor } from "./locale.js";
import { scopeOf } from "./shares.js";

/** The scope of the figure `figure` in `text`, read with the cues of `language`, no other figure near. */
function scope(language: string, text: string, figure: string): { scope: string | null; share: boolean } {
  const start = text.indexOf(figure);
  assert.ok(start >= 0, figure);
  const m: Mention = { source: "a", start, end: start + figure.length, text: figure, kind: "quantity", low: 1, high: 1, unit: "m", qualifier: null };
  return scopeOf(text, m, 0, text.length, [], 0, localeFor(language).scope);
}

test("a first section, a first phase, a share named by 'including' are parts in every language", () => {
  assert.deepEqual(scope("fr", "Le premier tronçon, long de 12 km, ouvrira en mai.", "12 km"), { scope: "part", share: true });
  assert.deepEqual(scope("pt", "A primeira fase custará 300 milhões de dólares.", "300 milhões de dólares"), { scope: "part", share: true });
  assert.deepEqual(scope("pl", "Pierwszy etap o długości 5 km oddano wczoraj.", "5 km"), { scope: "part", share: true });
  assert.deepEqual(scope("ja", "第1期の工費は300億円だった。", "300億円"), { scope: "part", share: true });
  assert.deepEqual(scope("en", "Hundreds left the town, including 40 children.", "40 children"), { scope: "part", share: true });
  // the thing without its extras is no share of a larger whole
  assert.deepEqual(scope("fr", "Le pont lui-même mesure 900 mètres.", "900 mètres"), { scope: "part", share: false });
});

test("a total, or a length 'including' the approaches, is the whole", () => {
  assert.deepEqual(scope("fr", "Le chantier coûtera au total 2 milliards d'euros.", "2 milliards d'euros"), { scope: "whole", share: false });
  assert.deepEqual(scope("pl", "Most ma łącznie 1,2 km długości.", "1,2 km"), { scope: "whole", share: false });
  assert.deepEqual(scope("pt", "O porto custou no total 3 bilhões de dólares.", "3 bilhões de dólares"), { scope: "whole", share: false });
  // "Xを含め": no "including" word makes the figure after it a part
  assert.deepEqual(scope("ja", "総工費は300億円にのぼる。", "300億円"), { scope: "whole", share: false });
});

test("a language without cues of its own reads English's scope words, which its sentences lack", () => {
  assert.deepEqual(scope("ro", "Prima etapă costă 300 de milioane de euro.", "300 de milioane de euro"), { scope: null, share: false });
});
