/**
 * "until" before a weekday, and the past tense, in the Latin-script locales: "hasta el lunes" is the
 * coming Monday unless its clause tells of the past ("nadie nos avisó hasta el lunes"), and "at
 * least until" keeps it ahead; a month with no year in a past clause is the latest on or before the
 * report's. Sentences written for these tests; REF is Friday 15 March 2024.
 */
import { test } from "node:test";
import { expectFigure } from "./util.js";

const NEXT_MON = ["2024-03-18", "2024-03-18"] as [string, string];
const LAST_MON = ["2024-03-11", "2024-03-11"] as [string, string];
const NEXT_TUE = ["2024-03-19", "2024-03-19"] as [string, string];
const LAST_TUE = ["2024-03-12", "2024-03-12"] as [string, string];

test("until a weekday: the coming one in a clause of now", () => {
  expectFigure("es", "El museo permanece cerrado hasta el lunes.", { text: "lunes", kind: "date", date: NEXT_MON });
  expectFigure("fr", "La route reste fermée jusqu'à mardi.", { text: "mardi", kind: "date", date: NEXT_TUE });
  expectFigure("it", "Il ponte resta chiuso fino a martedì.", { text: "martedì", kind: "date", date: NEXT_TUE });
  expectFigure("pt", "A ponte continua fechada até terça-feira.", { text: "terça-feira", kind: "date", date: NEXT_TUE });
  expectFigure("de", "Die Brücke bleibt bis Dienstag gesperrt.", { text: "Dienstag", kind: "date", date: NEXT_TUE });
});

test("until a weekday: the last one in a clause of the past, unless 'at least'", () => {
  expectFigure("es", "Nadie nos avisó hasta el lunes.", { text: "lunes", kind: "date", date: LAST_MON });
  expectFigure("es", "Las clases se cancelaron al menos hasta el lunes.", { text: "lunes", kind: "date", date: NEXT_MON });
  expectFigure("fr", "Personne ne nous a prévenus jusqu'à mardi.", { text: "mardi", kind: "date", date: LAST_TUE });
  expectFigure("fr", "Les cours ont été annulés au moins jusqu'à mardi.", { text: "mardi", kind: "date", date: NEXT_TUE });
  expectFigure("de", "Bis Dienstag starben zwei Menschen.", { text: "Dienstag", kind: "date", date: LAST_TUE });
});

test("a month with no year in a clause of the past is no later than the report", () => {
  expectFigure("fr", "Le train avait passé son dernier contrôle en juillet.", { text: "juillet", kind: "date", date: ["2023-07-01", "2023-07-31"] });
  expectFigure("es", "El tren pasó su última revisión en julio.", { text: "julio", kind: "date", date: ["2023-07-01", "2023-07-31"] });
  expectFigure("de", "Der Zug war im Juli zuletzt geprüft worden.", { text: "Juli", kind: "date", date: ["2023-07-01", "2023-07-31"] });
  // with no tense either way, the nearest; ahead, the coming one
  expectFigure("es", "La revisión del tren, en julio.", { text: "julio", kind: "date", date: ["2024-07-01", "2024-07-31"] });
  expectFigure("es", "El tren pasará la revisión en julio.", { text: "julio", kind: "date", date: ["2024-07-01", "2024-07-31"] });
});
