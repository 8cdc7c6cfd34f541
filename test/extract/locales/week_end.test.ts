/**
 * "The end of the week" in the locales that say it: Friday to Sunday of the report's week, or of
 * the week before or after. Sentences written for these tests; REF is Friday 15 March 2024.
 */
import { test } from "node:test";
import { expectFigure } from "./util.js";

const THIS = ["2024-03-15", "2024-03-17"] as [string, string];
const NEXT = ["2024-03-22", "2024-03-24"] as [string, string];
const LAST = ["2024-03-08", "2024-03-10"] as [string, string];

test("the end of the week: its Friday to Sunday", () => {
  expectFigure("uk", "Черги мають зникнути до кінця тижня.", { text: "кінця тижня", kind: "date", date: THIS });
  expectFigure("uk", "Ремонт завершать до кінця наступного тижня.", { text: "кінця наступного тижня", kind: "date", date: NEXT });
  expectFigure("ru", "Очереди исчезнут к концу недели.", { text: "концу недели", kind: "date", date: THIS });
  expectFigure("de", "Die Sperre gilt bis Ende der Woche.", { text: "Ende der Woche", kind: "date", date: THIS });
  expectFigure("fr", "Le pont rouvrira à la fin de la semaine prochaine.", { text: "fin de la semaine prochaine", kind: "date", date: NEXT });
  expectFigure("es", "El corte empezó a finales de la semana pasada.", { text: "finales de la semana pasada", kind: "date", date: LAST });
  // the weekend stays the weekend
  expectFigure("es", "Llovió el fin de semana.", { text: "fin de semana", kind: "date", date: ["2024-03-09", "2024-03-10"] });
});
