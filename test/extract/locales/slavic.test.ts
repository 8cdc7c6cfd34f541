import { test } from "node:test";
import { expectFigure, expectNone } from "./util.js";

test("ru: money, quantities, counts, qualifiers", () => {
  expectFigure("ru", "Стоимость тоннеля составит 41,5 млрд рублей.", { text: "41,5 млрд рублей", kind: "money", low: 41.5e9, unit: "RUB" });
  expectFigure("ru", "Длина новой дороги — 12 километров.", { text: "12 километров", kind: "quantity", low: 12000, unit: "m" });
  expectFigure("ru", "На стройке заняты около 3 тыс. рабочих.", { text: "3 тыс. рабочих", kind: "count", low: 3000, qualifier: "approx" });
  expectFigure("ru", "Пострадали более 40 человек.", { text: "40 человек", kind: "count", low: 40, qualifier: "lower" });
  expectFigure("ru", "Высота опор от 8 до 30 метров.", { text: "8 до 30 метров", kind: "quantity", low: 8, high: 30, unit: "m" });
  expectFigure("ru", "Работы заняли пять месяцев.", { text: "пять месяцев", kind: "duration", low: 5 * 30.44 });
  expectFigure("ru", "Цены выросли на 7,5%.", { text: "7,5%", kind: "percent", low: 7.5 });
  expectFigure("ru", "Через реку перекинули три пролета.", { text: "три пролета", kind: "count", low: 3 });
});

test("ru: dates", () => {
  expectFigure("ru", "Мост открыли 3 марта 2021 года.", { text: "3 марта 2021 года", kind: "date", date: ["2021-03-03", "2021-03-03"] });
  expectFigure("ru", "Запуск назначен на 20 апреля.", { text: "20 апреля", kind: "date", date: ["2024-04-20", "2024-04-20"] });
  expectFigure("ru", "Строительство началось в ноябре 2019 года.", { text: "ноябре 2019 года", kind: "date", date: ["2019-11-01", "2019-11-30"] });
  expectFigure("ru", "Отчет опубликован сегодня.", { text: "сегодня", kind: "date", date: ["2024-03-15", "2024-03-15"] });
  expectFigure("ru", "Работы завершат в конце 2025 года.", { text: "конце 2025 года", kind: "date", date: ["2025-10-01", "2025-12-31"] });
});

test("ru: a pier number and an article are not figures", () => {
  expectNone("ru", "Трещина найдена у 12-й опоры.", "12-й");
  expectNone("ru", "Один рабочий сказал, что всё в порядке.", "Один");
});

test("uk: money, counts, dates", () => {
  expectFigure("uk", "Ремонт коштуватиме понад 2 млрд гривень.", { text: "2 млрд гривень", kind: "money", low: 2e9, unit: "UAH", qualifier: "lower" });
  expectFigure("uk", "До роботи залучили 5 тис. осіб.", { text: "5 тис. осіб", kind: "count", low: 5000 });
  expectFigure("uk", "Завод зупинили 2 травня 2022 року.", { text: "2 травня 2022 року", kind: "date", date: ["2022-05-02", "2022-05-02"] });
  expectFigure("uk", "Це сталося у вересні 2021-го.", { text: "вересні 2021-го", kind: "date", date: ["2021-09-01", "2021-09-30"] });
  expectFigure("uk", "Пожежу загасили за чотири години.", { text: "чотири години", kind: "duration", low: 4 / 24 });
  expectFigure("uk", "Міст збудували два роки тому.", { text: "два роки тому", kind: "date", date: ["2022-03-15", "2022-03-15"] });
  expectFigure("uk", "Паводок стався восени 2020 року.", { text: "восени 2020 року", kind: "date", date: ["2020-09-01", "2020-11-30"] });
});

test("language is guessed from the script when not given", () => {
  expectFigure(null, "Длина моста составляет 850 метров.", { text: "850 метров", kind: "quantity", low: 850 });
});

test("next week in the accusative, a thing set for it: the week after the report's", () => {
  // REF 15 March 2024, a Friday: next week runs Monday 18 to Sunday 24 March
  const next = ["2024-03-18", "2024-03-24"] as [string, string];
  expectFigure("pl", "Rząd zapowiedział rozmowy na przyszły tydzień.", { text: "na przyszły tydzień", kind: "date", date: next });
  expectFigure("ru", "Переговоры перенесли на следующую неделю.", { text: "на следующую неделю", kind: "date", date: next });
  expectFigure("uk", "Переговори перенесли на наступний тиждень.", { text: "на наступний тиждень", kind: "date", date: next });
});
