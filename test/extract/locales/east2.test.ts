/**
 * The classes the sixth pass over eval/sentences/{ru,uk,ja,ko,zh}.ts left, each in every locale
 * that has it: a night of two days, a verb after a count, "около сотни".
 * Sentences written for these tests. REF is 15 March 2024, a Friday.
 */
import { test } from "node:test";
import { expectFigure, expectNone } from "./util.js";

test("a span of two days before their month: a night of two, \"с … по …\"", () => {
  expectFigure("ru", "Шторм бушевал в ночь с 3 на 4 февраля.", { text: "3 на 4 февраля", kind: "date", date: ["2024-02-03", "2024-02-04"] });
  expectFigure("ru", "Выставка пройдёт с 10 по 12 апреля 2025 года.", { text: "10 по 12 апреля 2025 года", kind: "date", date: ["2025-04-10", "2025-04-12"] });
  expectFigure("uk", "Обстріл тривав у ніч з 3 на 4 лютого.", { text: "3 на 4 лютого", kind: "date", date: ["2024-02-03", "2024-02-04"] });
  expectFigure("uk", "Фестиваль триватиме з 10 по 12 квітня 2025 року.", { text: "10 по 12 квітня 2025 року", kind: "date", date: ["2025-04-10", "2025-04-12"] });
  expectFigure("pl", "Wichura przeszła w nocy z 3 na 4 lutego.", { text: "3 na 4 lutego", kind: "date", date: ["2024-02-03", "2024-02-04"] });
  // "в ночь на 4 февраля" is the small hours of the 4th
  expectFigure("ru", "Обстрел начался в ночь на 4 февраля.", { text: "4 февраля", kind: "date", date: ["2024-02-04", "2024-02-04"] });
});

test("a verb after a Slavic count is no noun", () => {
  expectFigure("ru", "Пожар унёс жизни 9 человек, ещё 31 пострадали.", { text: "31", kind: "count", low: 31, unit: null });
  expectFigure("ru", "Утонули 4 человека, ещё 12 спаслись.", { text: "12", kind: "count", low: 12, unit: null });
  expectFigure("ru", "Ещё 3 тысячи эвакуировали на автобусах.", { text: "3 тысячи", kind: "count", low: 3000, unit: null });
  expectFigure("uk", "Пожежа забрала життя 9 людей, ще 31 отримали опіки.", { text: "31", kind: "count", low: 31, unit: null });
  expectFigure("uk", "Ще 14 госпіталізовані до лікарні.", { text: "14", kind: "count", low: 14, unit: null });
  // nouns that end as a verb may not: "детали", "медали", "канали"
  expectFigure("ru", "Сборная завоевала 3 медали.", { text: "3 медали", kind: "count", unit: "медали" });
  expectFigure("uk", "Мовлення ведуть 3 канали.", { text: "3 канали", kind: "count", unit: "канали" });
});

test("\"около сотни\": a hundred after a word of about or a bound; \"сотни\" alone is hundreds", () => {
  expectFigure("ru", "Эвакуировали около сотни жителей.", { text: "сотни жителей", kind: "count", low: 100, qualifier: "approx" });
  expectFigure("ru", "Сгорели более сотни домов.", { text: "сотни домов", kind: "count", low: 100, qualifier: "lower" });
  expectFigure("uk", "Евакуювали близько сотні мешканців.", { text: "сотні мешканців", kind: "count", low: 100, qualifier: "approx" });
  expectNone("ru", "Сотни жителей вышли на улицы.", "Сотни");
  expectNone("uk", "Сотні мешканців вийшли на вулиці.", "Сотні");
});
