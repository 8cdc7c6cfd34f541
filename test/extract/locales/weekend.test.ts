/**
 * The weekend said in a word ("fine settimana", "Wochenende", "week-end", "fin de semana", "fim de
 * semana"): its Saturday and Sunday, the last one for a report early in the week, the next one late
 * in it or when the clause looks ahead, whichever a "last" or "next" word says. Sentences written
 * for these tests. REF is 15 March 2024, a Friday; MONDAY is 18 March 2024.
 */
import { test } from "node:test";
import { expectFigure, expectNone } from "./util.js";

const MONDAY = "2024-03-18";
const PAST = ["2024-03-16", "2024-03-17"] as [string, string];
const NEXT = ["2024-03-23", "2024-03-24"] as [string, string];

test("the weekend in a Monday's report is the one just past", () => {
  for (const [lang, text, span] of [
    ["it", "Due feriti sono morti nel fine settimana in ospedale.", "fine settimana"],
    ["de", "Die Minister haben sich am Wochenende auf einen Fonds geeinigt.", "Wochenende"],
    ["fr", "Le week-end a vu 300 visiteurs au musée.", "week-end"],
    ["es", "El fin de semana llegaron 300 visitantes al museo.", "fin de semana"],
    ["pt", "No fim de semana chegaram 300 visitantes ao museu.", "fim de semana"],
  ] as const)
    expectFigure(lang, text, { text: span, kind: "date", date: PAST }, MONDAY);
});

test("the weekend ahead: a 'next' word, a future cue, or a report late in the week", () => {
  expectFigure("es", "El próximo fin de semana se abrirá el puente.", { text: "fin de semana", kind: "date", date: NEXT }, MONDAY);
  expectFigure("fr", "Le musée ouvrira ses portes ce week-end.", { text: "week-end", kind: "date", date: NEXT }, MONDAY);
  expectFigure("it", "La mostra apre nel fine settimana.", { text: "fine settimana", kind: "date", date: ["2024-03-16", "2024-03-17"] });
  expectFigure("it", "Lo scorso fine settimana la mostra ha chiuso.", { text: "fine settimana", kind: "date", date: ["2024-03-09", "2024-03-10"] });
});

test("every weekend is no date", () => {
  expectNone("it", "Il museo apre ogni fine settimana.", "fine settimana", MONDAY);
  expectNone("fr", "Le musée ouvre chaque week-end.", "week-end", MONDAY);
  expectNone("de", "Das Museum öffnet jedes Wochenende.", "Wochenende", MONDAY);
});

test("l'an dernier is last year", () => {
  expectFigure("fr", "Le port a traité 2,4 millions de conteneurs l'an dernier.", { text: "l'an dernier", kind: "date", date: ["2023-01-01", "2023-12-31"] });
});
