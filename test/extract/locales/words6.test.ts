/**
 * Figures other languages write, sixth pass: the classes missed in sentences of our own in Spanish,
 * Portuguese, Italian and German (eval/sentences/), and the French ones left by the fifth pass.
 * Sentences written for these tests. REF is 15 March 2024, a Friday.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectFigure } from "./util.js";

test("a flow is a volume per second", () => {
  for (const [lang, text, span] of [
    ["fr", "Le débit du fleuve a atteint 2 400 m³/s jeudi.", "2 400 m³/s"],
    ["fr", "La Loire roulait 1 800 mètres cubes par seconde.", "1 800 mètres cubes par seconde"],
    ["es", "El caudal del río llegó a 2.400 m³/s el jueves.", "2.400 m³/s"],
    ["es", "El embalse desembalsa 900 metros cúbicos por segundo.", "900 metros cúbicos por segundo"],
    ["pt", "A vazão do rio chegou a 2.400 m3/s.", "2.400 m3/s"],
    ["it", "La portata ha toccato 800 metri cubi al secondo.", "800 metri cubi al secondo"],
    ["de", "Der Abfluss erreichte 3.000 Kubikmeter pro Sekunde.", "3.000 Kubikmeter pro Sekunde"],
    ["pl", "Przepływ rzeki wyniósł 2 400 m3/s.", "2 400 m3/s"],
  ] as const) {
    const m = expectFigure(lang, text, { text: span, kind: "quantity", unit: "m3" });
    assert.equal(m.per, "second", `${lang}: ${text}`);
  }
  // a volume alone stays one
  const m = expectFigure("fr", "Le barrage retient 3,5 millions de m³ d'eau.", { text: "3,5 millions de m³", kind: "quantity", low: 3.5e6, unit: "m3" });
  assert.equal(m.per, null);
});
