/**
 * The past tense in uk, ru and pl (a verb's ending: -в/-ла/-ли, -л/-ла/-ли, -ł/-ła/-li), a plan
 * now past ("должны были", "мали", "miały"), and "until" before a part of the year ("до кінця
 * року") or a weekday. Sentences written for these tests; REF is Friday 15 March 2024.
 */
import { test } from "node:test";
import { expectFigure } from "./util.js";

const LATE_JUNE_23 = ["2023-06-21", "2023-06-30"] as [string, string];
const LATE_JUNE_24 = ["2024-06-21", "2024-06-30"] as [string, string];
const YEAR_END_24 = ["2024-10-01", "2024-12-31"] as [string, string];

test("a month with no year in a clause of the past is no later than the report (uk, ru, pl)", () => {
  expectFigure("uk", "Ремонт дороги розпочався наприкінці червня.", { text: "наприкінці червня", kind: "date", date: LATE_JUNE_23 });
  expectFigure("ru", "Ремонт дороги начался в конце июня.", { text: "конце июня", kind: "date", date: LATE_JUNE_23 });
  expectFigure("pl", "Remont drogi rozpoczął się pod koniec czerwca.", { text: "pod koniec czerwca", kind: "date", date: LATE_JUNE_23 });
  // ahead, the coming one
  expectFigure("ru", "Ремонт дороги должны начать в конце июня.", { text: "конце июня", kind: "date", date: LATE_JUNE_24 });
});

test("a plan now past: its date no later than the report", () => {
  expectFigure("ru", "Ремонт должны были начать в конце июня, но его перенесли.", { text: "конце июня", kind: "date", date: LATE_JUNE_23 });
  expectFigure("uk", "Ремонт мали розпочати наприкінці червня, але його перенесли.", { text: "наприкінці червня", kind: "date", date: LATE_JUNE_23 });
  expectFigure("pl", "Remont miał ruszyć pod koniec czerwca, ale go przełożono.", { text: "pod koniec czerwca", kind: "date", date: LATE_JUNE_23 });
});

test("'until' the end of the year looks ahead", () => {
  expectFigure("uk", "Міст відремонтують до кінця року.", { text: "кінця року", kind: "date", date: YEAR_END_24 });
  expectFigure("uk", "Дорога буде закрита до кінця року.", { text: "кінця року", kind: "date", date: YEAR_END_24 });
  expectFigure("ru", "Движение по мосту ограничено до конца года.", { text: "конца года", kind: "date", date: YEAR_END_24 });
  expectFigure("pl", "Ruch na moście ograniczono do końca roku.", { text: "końca roku", kind: "date", date: YEAR_END_24 });
  expectFigure("de", "Die Brücke bleibt bis Ende des Jahres gesperrt.", { text: "Ende des Jahres", kind: "date", date: YEAR_END_24 });
  expectFigure("es", "El puente sigue cerrado hasta finales de año.", { text: "finales de año", kind: "date", date: YEAR_END_24 });
});

test("a day 'until' in a clause of the past is the nearest", () => {
  expectFigure("uk", "Протест було зареєстровано до 20 березня.", { text: "20 березня", kind: "date", date: ["2024-03-20", "2024-03-20"] });
  // with no "until", a day after the report's is last year's
  expectFigure("uk", "Протест відбувся 20 березня.", { text: "20 березня", kind: "date", date: ["2023-03-20", "2023-03-20"] });
});
