/**
 * Figures of Russian, Ukrainian, Polish, Japanese, Korean and Chinese wire copy, found by the sets of
 * eval/sentences/{ru,uk,ja,ko,zh}.ts: a part of something else's year, a year's end, units.
 * Sentences written for these tests. REF is 15 March 2024, a Friday.
 */
import { test } from "node:test";
import { expectFigure, expectNone } from "./util.js";

test("a Slavic part of something else's year is no date; its first N months are N months", () => {
  expectFigure("ru", "За первые шесть месяцев блокады город потерял треть жителей.", { text: "первые шесть месяцев", kind: "duration", low: 6 * 30.44 });
  expectFigure("uk", "За перші шість місяців повномасштабної війни економіка впала.", { text: "перші шість місяців", kind: "duration", low: 6 * 30.44 });
  expectFigure("pl", "W pierwsze trzy miesiące pandemii sprzedaż spadła.", { text: "pierwsze trzy miesiące", kind: "duration", low: 3 * 30.44 });
  expectNone("ru", "В первом квартале пандемии больницы были переполнены.", "первом квартале");
  expectNone("uk", "У першому півріччі окупації школи не працювали.", "першому півріччі");
  // the year's own parts stay dates, a subject after them included
  expectFigure("ru", "За первые девять месяцев года экспорт вырос.", { text: "первые девять месяцев", kind: "date", date: ["2024-01-01", "2024-09-30"] });
  expectFigure("ru", "В первом квартале компания получила прибыль.", { text: "первом квартале", kind: "date", date: ["2024-01-01", "2024-03-31"] });
  expectFigure("uk", "У першому кварталі 2023 року виробництво зросло.", { text: "першому кварталі 2023 року", kind: "date", date: ["2023-01-01", "2023-03-31"] });
});

test("Russian \"к концу\" a year, and cubic metres said \"кубометров\"", () => {
  expectFigure("ru", "Станцию откроют к концу 2026 года.", { text: "концу 2026 года", kind: "date", date: ["2026-10-01", "2026-12-31"] });
  expectFigure("ru", "Водохранилище вмещает 40 млн кубометров воды.", { text: "40 млн кубометров", kind: "quantity", low: 4e7, unit: "m3" });
  expectFigure("uk", "Сховище вміщує 40 млн кубометрів води.", { text: "40 млн кубометрів", kind: "quantity", low: 4e7, unit: "m3" });
});
