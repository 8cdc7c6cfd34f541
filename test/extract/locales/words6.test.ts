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

test("a decimal's points are percentage points", () => {
  for (const [lang, text, span] of [
    ["fr", "La Banque centrale a relevé son taux directeur de 0,25 point.", "0,25 point"],
    ["fr", "Le chômage a reculé de 1,5 point de pourcentage.", "1,5 point de pourcentage"],
    ["es", "El Banco Central subió los tipos de interés en 0,25 puntos.", "0,25 puntos"],
    ["es", "El paro bajó 1,2 puntos porcentuales.", "1,2 puntos porcentuales"],
    ["pt", "O Banco Central elevou a taxa Selic em 0,25 ponto percentual.", "0,25 ponto percentual"],
    ["pt", "A inflação recuou 0,5 ponto em março.", "0,5 ponto"],
    ["it", "La Bce ha alzato i tassi di 0,25 punti.", "0,25 punti"],
    ["de", "Die Notenbank senkte den Leitzins um 0,25 Punkte.", "0,25 Punkte"],
  ] as const)
    expectFigure(lang, text, { text: span, kind: "percent", unit: "%" });
  // a whole number of points is a score's, a basis point no percentage point
  expectFigure("fr", "L'équipe a marqué 25 points.", { text: "25 points", kind: "count" });
  expectFigure("es", "El banco recortó 25 puntos básicos.", { text: "25 puntos", kind: "count" });
  expectFigure("fr", "Le taux a baissé de 1,5 points de base.", { text: "1,5 points", kind: "count" });
  expectFigure("de", "Die Mannschaft holte 3 Punkte.", { text: "3 Punkte", kind: "count" });
});
