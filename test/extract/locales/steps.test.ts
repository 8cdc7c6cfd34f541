/**
 * Figures said in a way other than a number beside its noun: a count inside one word
 * ("zweigleisig"), a day counted from the date just stated ("al día siguiente", "전날"), a season
 * placed against the report's date ("наступного літа"). Sentences written for these tests.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../../src/extract/index.js";
import { rng } from "../../rng.js";
import { expectFigure, expectNone } from "./util.js";

test("a count inside one word: de, ru, uk", () => {
  expectFigure("de", "Die neue Trasse ist zweigleisig und die Straße daneben vierspurig.", { text: "zweigleisig", kind: "count", low: 2 });
  expectFigure("de", "Geplant ist eine 6-spurige Autobahn.", { text: "6-spurige", kind: "count", low: 6 });
  expectFigure("ru", "Через пролив ведёт двухпутная железная дорога.", { text: "двухпутная", kind: "count", low: 2 });
  expectFigure("ru", "Шоссе станет четырёхполосным.", { text: "четырёхполосным", kind: "count", low: 4 });
  expectFigure("uk", "Новий міст буде двоколійним.", { text: "двоколійним", kind: "count", low: 2 });
  expectFigure("uk", "Це чотирисмугова дорога.", { text: "чотирисмугова", kind: "count", low: 4 });
  // a verb, a noun and a word that only start with a number word
  expectNone("de", "Vor der Ampel muss man sich links einspuren.", "einspuren");
  expectNone("de", "Es gibt Zweifel am Dreieck.", "Zweifel");
  expectNone("ru", "Одновременно прошёл семинар.", "Одновременно");
  expectNone("uk", "Тривалий ремонт закінчився.", "Тривалий");
});

test("a day counted from the date just stated", () => {
  expectFigure("es", "La presa cedió el 3 de abril de 2021. Al día siguiente llegaron los equipos.", { text: "Al día siguiente", kind: "date", date: ["2021-04-04", "2021-04-04"] });
  expectFigure("ru", "Пожар начался 9 июня 2020 года, а на следующий день его потушили.", { text: "на следующий день", kind: "date", date: ["2020-06-10", "2020-06-10"] });
  expectFigure("de", "Am 2. Mai 2019 brach der Damm; am nächsten Tag kam Hilfe.", { text: "am nächsten Tag", kind: "date", date: ["2019-05-03", "2019-05-03"] });
  expectFigure("fr", "Le 6 juin 2022, la digue a cédé. Le lendemain, l'eau a baissé.", { text: "Le lendemain", kind: "date", date: ["2022-06-07", "2022-06-07"] });
  expectFigure("ko", "당국은 12일 발표에서 환자 1명이 전날 숨졌다고 밝혔다.", { text: "전날", kind: "date", date: ["2024-03-11", "2024-03-11"] });
  expectFigure("zh", "大坝于2021年4月3日决堤，次日洪水退去。", { text: "次日", kind: "date", date: ["2021-04-04", "2021-04-04"] });
  // nothing stated before: no day to count from
  expectNone("es", "Al día siguiente llegaron los equipos.", "Al día siguiente");
  // the text names the day itself: that date is the figure
  expectNone("ru", "Мост открыли 5 мая. На следующий день, 6 мая, пошли машины.", "На следующий день");
  expectNone("ko", "행사 다음날인 7일 오후에 현장을 찾았다.", "다음날");
  // "au lendemain de l'attaque": the day after an event, not after a date
  expectNone("fr", "Le 6 juin 2022, réunion. Au lendemain de l'attaque, la ville était calme.", "lendemain");
});

test("a season placed against the report's date (2024-03-15)", () => {
  expectFigure("uk", "Роботи обіцяють завершити до середини наступного літа.", { text: "середини наступного літа", kind: "date", date: ["2024-07-01", "2024-07-31"] });
  expectFigure("ru", "Мост закрыли прошлой осенью.", { text: "прошлой осенью", kind: "date", date: ["2023-09-01", "2023-11-30"] });
  expectFigure("es", "Las obras terminarán el próximo verano.", { text: "próximo verano", kind: "date", date: ["2024-06-01", "2024-08-31"] });
  expectFigure("de", "Der Bau begann letzten Herbst.", { text: "letzten Herbst", kind: "date", date: ["2023-09-01", "2023-11-30"] });
  expectFigure("uk", "Міст відкриють наступного літа.", { text: "наступного літа", kind: "date", date: ["2025-06-01", "2025-08-31"] }, "2024-10-14");
});

test("steps, compounds and seasons in any order, at the edges: no throw, offsets inside", () => {
  const pieces: Record<string, string[]> = {
    es: ["Al día siguiente", "el 3 de abril de 2021", "próximo verano", "verano pasado", "a mediados del", ",", ".", " ", "\n", "1"],
    de: ["zweigleisig", "4-spurige", "am nächsten Tag", "am 2. Mai 2019", "letzten Herbst", "Mitte", "-", " ", "ein", "vier"],
    ru: ["на следующий день", "5 мая", "двухпутная", "прошлой осенью", "середины", "четырёх", "полосный", " ", ",", "2020 года"],
    uk: ["наступного дня", "середини наступного літа", "двоколійна", "чотири", "смугова", "8 жовтня 2022 року", " ", "'", "п'яти"],
    ko: ["전날", "다음날", "다음날인", "14일", "30일", " ", "인", "1"],
    zh: ["次日", "第二天", "2021年4月3日", "，", "一", "三"],
  };
  const r = rng(20261206);
  for (const [lang, ps] of Object.entries(pieces)) {
    for (let i = 0; i < 150; i++) {
      let text = "";
      for (let n = Math.floor(r() * 12); n > 0; n--) text += ps[Math.floor(r() * ps.length)] + (r() < 0.5 ? " " : "");
      for (const published of ["2024-03-15", null]) {
        const ms = extract(text, { language: lang, published, source: "t" });
        for (const m of ms) {
          assert.ok(0 <= m.start && m.start < m.end && m.end <= text.length, `${lang} ${JSON.stringify(text)}: ${m.start}-${m.end}`);
          assert.equal(text.slice(m.start, m.end), m.text);
          if (m.kind === "date") assert.ok(m.date && m.date.start <= m.date.end, `${lang} ${JSON.stringify(text)}: ${JSON.stringify(m)}`);
        }
      }
    }
  }
});

test("CJK text with ASCII commas: a number right after one is a figure, not a digit group", () => {
  expectFigure("zh", "事故中1人死亡,2人转为轻伤。", { text: "2人", kind: "count", low: 2 });
  expectFigure("zh", "截至周五,23名外籍人士已回国。", { text: "23名", kind: "count", low: 23 });
  expectFigure("zh", "工程耗资1,200万元。", { text: "1,200万元", kind: "money", low: 1.2e7 });
  // "30多岁": people in their thirties, an age group as "30대" is
  expectNone("zh", "遇难者多为30多岁的游客。", "30多岁");
});

test("a rail car counted in Korean, Japanese or Chinese names the counted noun of the other locales", () => {
  expectFigure("ko", "화물열차 5량이 불에 탔다.", { text: "5량", kind: "count", low: 5, unit: "wagon" });
  expectFigure("ja", "貨車3両が脱線した。", { text: "3両", kind: "count", low: 3, unit: "wagon" });
  expectFigure("zh", "列车有4节车厢起火。", { text: "4节", kind: "count", low: 4, unit: "wagon" });
});
