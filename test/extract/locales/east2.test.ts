/**
 * The classes the sixth pass over eval/sentences/{ru,uk,ja,ko,zh}.ts left, each in every locale
 * that has it: a night of two days, Japanese "AからB" ranges, a verb after a count, "около сотни",
 * the first months of a year, Korean weeks, a Chinese growth "by" a multiplier.
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

test("a Japanese range \"AからB\", its first end with the counter or unit of the second; a change stays two figures", () => {
  expectFigure("ja", "参加者は800人から1200人と見込まれる。", { text: "800人から1200人", kind: "count", low: 800, high: 1200, unit: "person" });
  expectFigure("ja", "運賃は5から8%上がる見通しだ。", { text: "5から8%", kind: "percent", low: 5, high: 8 });
  expectFigure("ja", "改修には6か月から9か月かかる。", { text: "6か月から9か月", kind: "duration", low: 6 * 30.44, high: 9 * 30.44 });
  expectFigure("ja", "被害は200万人から300万人に及ぶ。", { text: "200万人から300万人", kind: "count", low: 2e6, high: 3e6, unit: "person" });
  // "AからBに増えた": from A to B, two figures
  expectFigure("ja", "乗客は800人から1200人に増えた。", { text: "800人", kind: "count", low: 800, high: 800 });
  expectFigure("ja", "予算は3億円から5億円へ拡大した。", { text: "5億円", kind: "money", low: 5e8, high: 5e8 });
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

test("the first months of a year and ranges of months in Chinese, Japanese and Korean", () => {
  expectFigure("zh", "今年前8个月，港口吞吐量增长6%。", { text: "今年前8个月", kind: "date", date: ["2024-01-01", "2024-08-31"] });
  expectFigure("zh", "2023年1-6月，销量下降4%。", { text: "2023年1-6月", kind: "date", date: ["2023-01-01", "2023-06-30"] });
  expectFigure("ja", "今年1～8月の輸出は6%増えた。", { text: "今年1～8月", kind: "date", date: ["2024-01-01", "2024-08-31"] });
  expectFigure("ko", "지난해 첫 8개월 동안 수출은 6% 늘었다.", { text: "지난해 첫 8개월", kind: "date", date: ["2023-01-01", "2023-08-31"] });
  expectFigure("ko", "올해 1~8월 수출은 6% 늘었다.", { text: "올해 1~8월", kind: "date", date: ["2024-01-01", "2024-08-31"] });
  // with no year, "前8个月", "첫 8개월" are eight months of something else's
  expectFigure("zh", "封锁前8个月，工厂停产。", { text: "8个月", kind: "duration", low: 8 * 30.44 });
  expectFigure("ko", "공사 첫 8개월 동안 비용이 늘었다.", { text: "8개월", kind: "duration", low: 8 * 30.44 });
});

test("Korean weeks before a word of time; \"주\" alone stays none", () => {
  expectFigure("ko", "복구에 3주 만에 성공했다.", { text: "3주", kind: "duration", low: 21 });
  expectFigure("ko", "도로는 3주 동안 막혔다.", { text: "3주", kind: "duration", low: 21 });
  expectFigure("ko", "주가는 4주 연속 올랐다.", { text: "4주", kind: "duration", low: 28 });
  expectNone("ko", "그는 회사 주식 300주를 샀다.", "300주");
});

test("a Chinese growth by a multiplier is one more time the start; growth to it is it", () => {
  expectFigure("zh", "五年间产量增加了三倍。", { text: "三倍", kind: "ratio", low: 4 });
  expectFigure("zh", "五年间产量增长到三倍。", { text: "三倍", kind: "ratio", low: 3 });
  expectFigure("zh", "产量是五年前的三倍。", { text: "三倍", kind: "ratio", low: 3 });
});

test("a tilde or Korean \"내지\" range whose first end has the counter or unit of the second", () => {
  expectFigure("ko", "실종자는 40명~60명으로 추정된다.", { text: "40명~60명", kind: "count", low: 40, high: 60, unit: "person" });
  expectFigure("ko", "부상자는 40명 내지 60명이다.", { text: "40명 내지 60명", kind: "count", low: 40, high: 60, unit: "person" });
  expectFigure("zh", "失踪人数约为40人～60人。", { text: "40人～60人", kind: "count", low: 40, high: 60, unit: "person" });
  expectFigure("ja", "運賃は5%～8%上がる。", { text: "5%～8%", kind: "percent", low: 5, high: 8 });
  // Chinese "至" after a change is its end: "增加6人至40人" is by six, to forty
  expectFigure("zh", "轻伤者增加6人至40人。", { text: "40人", kind: "count", low: 40, high: 40 });
  // "、" lists
  expectFigure("zh", "两个班组分别有3人、5人。", { text: "3人", kind: "count", low: 3, high: 3 });
});

test("Polish \"setka\", and \"setki\" after a word of about or a bound", () => {
  expectFigure("pl", "Ewakuowano około setki mieszkańców.", { text: "setki mieszkańców", kind: "count", low: 100, qualifier: "approx" });
  expectFigure("pl", "Spłonęło ponad setkę domów.", { text: "setkę domów", kind: "count", low: 100, qualifier: "lower" });
  expectFigure("pl", "Na miejscu pracuje setka strażaków.", { text: "setka strażaków", kind: "count", low: 100 });
  expectNone("pl", "Setki osób wyszły na ulice.", "Setki");
});
