/**
 * Figures other languages write, fourth pass: amounts with a sign after them or a code before
 * them. Sentences written for these tests. REF is 15 March 2024, a Friday.
 */
import { test } from "node:test";
import { expectFigure, expectNone } from "./util.js";

test("a dollar sign after the amount, as French Canada writes it", () => {
  expectFigure("fr", "Le billet de train coûte désormais 45,30 $ aller simple.", { text: "45,30 $", kind: "money", low: 45.3, unit: "USD" });
  expectFigure("fr", "La rénovation du musée coûtera 2,5 millions $.", { text: "2,5 millions $", kind: "money", low: 2.5e6, unit: "USD" });
  expectFigure("fr", "Chaque famille recevra 300 $ par mois.", { text: "300 $", kind: "money", low: 300, unit: "USD" });
});

test("a country's dollar and an ISO code before the amount", () => {
  expectFigure("pt", "A passagem de ônibus subiu para R$ 5,40 na capital.", { text: "R$ 5,40", kind: "money", low: 5.4, unit: "BRL" });
  expectFigure("pt", "O prêmio chegou a R$1.234,56 por cabeça.", { text: "R$1.234,56", kind: "money", low: 1234.56, unit: "BRL" });
  expectFigure("de", "Eine Übernachtung kostet EUR 89,90 pro Person.", { text: "EUR 89,90", kind: "money", low: 89.9, unit: "EUR" });
  expectFigure("de", "Die Gemeinde zahlte CHF 1.250,50 Gebühren.", { text: "CHF 1.250,50", kind: "money", low: 1250.5, unit: "CHF" });
  expectFigure("es", "La tonelada de cobre cotizaba a USD 8.450,75 en la bolsa.", { text: "USD 8.450,75", kind: "money", low: 8450.75, unit: "USD" });
  expectFigure("pl", "Opłata wynosi PLN 1 234,56 rocznie.", { text: "PLN 1 234,56", kind: "money", low: 1234.56, unit: "PLN" });
  // a code in small letters is a word, not a currency
  expectNone("de", "Das Paket ging an eur 12 Kunden.", "eur ");
});
