/**
 * Figures of Russian, Ukrainian, Polish, Japanese, Korean and Chinese wire copy, found by the sets of
 * eval/sentences/{ru,uk,ja,ko,zh}.ts: a part of something else's year, a year's end, numbers of two
 * scales, ranges of scaled ends, weekdays, multipliers, speeds, bounds and units.
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

test("a year's end after its digits in Japanese, Chinese and Korean", () => {
  expectFigure("ja", "新駅は2026年末に開業する。", { text: "2026年末", kind: "date", date: ["2026-10-01", "2026-12-31"] });
  expectFigure("zh", "该项目将于2026年底竣工。", { text: "2026年底", kind: "date", date: ["2026-10-01", "2026-12-31"] });
  expectFigure("ko", "새 역은 2026년 말 문을 연다.", { text: "2026년 말", kind: "date", date: ["2026-10-01", "2026-12-31"] });
  // "말했다" is "said"
  expectFigure("ko", "그는 2023년 말했다.", { text: "2023년", kind: "date", date: ["2023-01-01", "2023-12-31"] });
});

test("CJK numbers of two scales, and ranges whose ends both have a scale", () => {
  expectFigure("ja", "避難者は2万3500人に上った。", { text: "2万3500人", kind: "count", low: 23500, unit: "person" });
  expectFigure("ja", "総事業費は2兆3000億円となる。", { text: "2兆3000億円", kind: "money", low: 2.3e12, unit: "JPY" });
  expectFigure("ko", "총사업비는 2조 3000억 원이다.", { text: "2조 3000억 원", kind: "money", low: 2.3e12, unit: "KRW" });
  expectFigure("ko", "이재민은 3만5000명으로 늘었다.", { text: "3만5000명", kind: "count", low: 35000, unit: "person" });
  expectFigure("zh", "总投资为1亿5000万元。", { text: "1亿5000万元", kind: "money", low: 1.5e8, unit: "CNY" });
  expectFigure("ja", "損失は500億〜800億円にのぼる。", { text: "500億〜800億円", kind: "money", low: 5e10, high: 8e10, unit: "JPY" });
  expectFigure("ko", "손실은 500억~800억 원으로 추정된다.", { text: "500억~800억 원", kind: "money", low: 5e10, high: 8e10, unit: "KRW" });
  expectFigure("zh", "损失在50亿至80亿元之间。", { text: "50亿至80亿元", kind: "money", low: 5e9, high: 8e9, unit: "CNY" });
  // a scale and then a bigger number is no pair of parts
  expectFigure("ja", "予算は3万円だった。", { text: "3万円", kind: "money", low: 30000, unit: "JPY" });
});

test("CJK weekdays: the last such day, or the next in a sentence that looks ahead", () => {
  expectFigure("ja", "首相は水曜日に被災地を訪れた。", { text: "水曜日", kind: "date", date: ["2024-03-13", "2024-03-13"] });
  expectFigure("ko", "장관은 월요일 현장을 방문했다.", { text: "월요일", kind: "date", date: ["2024-03-11", "2024-03-11"] });
  expectFigure("zh", "部长周三视察了灾区。", { text: "周三", kind: "date", date: ["2024-03-13", "2024-03-13"] });
  expectFigure("zh", "双方将于周二签署协议。", { text: "周二", kind: "date", date: ["2024-03-19", "2024-03-19"] });
  expectFigure("ja", "協定は火曜日に署名される予定だ。", { text: "火曜日", kind: "date", date: ["2024-03-19", "2024-03-19"] });
});

test("CJK multipliers, shares, speeds, bounds, units and counters", () => {
  expectFigure("ja", "輸出は5年で2倍になった。", { text: "2倍", kind: "ratio", low: 2 });
  expectFigure("ko", "수출이 5년 만에 2배로 늘었다.", { text: "2배", kind: "ratio", low: 2 });
  // "增长了三倍": grown by three times, four times the start (test/extract/locales/east2.test.ts)
  expectFigure("zh", "出口五年增长了三倍。", { text: "三倍", kind: "ratio", low: 4 });
  expectFigure("ja", "住宅の4分の1が損壊した。", { text: "4分の1", kind: "percent", low: 25 });
  expectFigure("ja", "風速は秒速30メートルに達した。", { text: "30メートル", kind: "quantity", low: 30, unit: "m/s" });
  expectFigure("ko", "바람은 초속 30m로 불었다.", { text: "30m", kind: "quantity", low: 30, unit: "m/s" });
  expectFigure("zh", "风速达到每秒30米。", { text: "30米", kind: "quantity", low: 30, unit: "m/s" });
  expectFigure("ko", "최소 12명이 다쳤다.", { text: "12명", kind: "count", low: 12, qualifier: "lower" });
  expectFigure("ko", "최대 500명을 수용한다.", { text: "500명", kind: "count", low: 500, qualifier: "upper" });
  expectFigure("ja", "少なくとも12人がけがをした。", { text: "12人", kind: "count", low: 12, qualifier: "lower" });
  expectFigure("ja", "約500戸が浸水した。", { text: "500戸", kind: "count", low: 500, unit: "household" });
  expectFigure("ja", "貯水量は5000万立方メートルだ。", { text: "5000万立方メートル", kind: "quantity", low: 5e7, unit: "m3" });
  expectFigure("ko", "산불로 300㏊가 탔다.", { text: "300㏊", kind: "quantity", low: 3e6, unit: "m2" });
  expectFigure("ko", "열차 10편성을 들여온다.", { text: "10편성", kind: "count", low: 10, unit: "train" });
  expectFigure("zh", "新增12列动车组。", { text: "12列", kind: "count", low: 12, unit: "train" });
  // "올라갔다" (went up) is no "this year"
  expectNone("ko", "물가가 크게 올라갔다.", "올");
});

test("Slavic bounds: a range's \"from\" and a change's level are none; Ukrainian percentage points", () => {
  expectFigure("ru", "Строительство займёт от 3 до 4 лет.", { text: "3 до 4 лет", kind: "duration", qualifier: null });
  expectFigure("uk", "Збитки сягнуть від 10 до 12 млн гривень.", { text: "10 до 12 млн гривень", kind: "money", low: 1e7, high: 1.2e7, qualifier: null });
  expectFigure("ru", "Уровень воды поднялся до 7,2 метра.", { text: "7,2 метра", kind: "quantity", low: 7.2, qualifier: null });
  expectFigure("uk", "Ціни зросли на 5 відсотків, до 12%.", { text: "12%", kind: "percent", low: 12, qualifier: null });
  // "до" with no verb of change is still "up to"
  expectFigure("ru", "На стройке работают до 300 человек.", { text: "300 человек", kind: "count", low: 300, qualifier: "upper" });
  expectFigure("ru", "Работы продлятся до 3 месяцев.", { text: "3 месяцев", kind: "duration", qualifier: "upper" });
  expectFigure("uk", "Ставку підвищили на 1 відсотковий пункт.", { text: "1 відсотковий пункт", kind: "percent", low: 1 });
  expectFigure("ru", "Ставку повысили на 1 процентный пункт.", { text: "1 процентный пункт", kind: "percent", low: 1 });
});

test("a month and day since which something holds is not after the report", () => {
  expectFigure("zh", "自8月3日以来，救援工作持续进行。", { text: "8月3日", kind: "date", date: ["2023-08-03", "2023-08-03"] });
  expectFigure("ja", "8月3日以来、運休が続いている。", { text: "8月3日", kind: "date", date: ["2023-08-03", "2023-08-03"] });
  // a month and day with no "since" keeps the nearest year
  expectFigure("zh", "会议定于4月2日举行。", { text: "4月2日", kind: "date", date: ["2024-04-02", "2024-04-02"] });
});

test("Ukrainian millions and billions after two to four, in the nominative plural", () => {
  expectFigure("uk", "Аеропорт прийняв 3 мільйони пасажирів.", { text: "3 мільйони пасажирів", kind: "count", low: 3e6 });
  expectFigure("uk", "Ремонт коштуватиме 4 мільярди гривень.", { text: "4 мільярди гривень", kind: "money", low: 4e9, unit: "UAH" });
});

test("a span of days in one word, and Korean \"까지\" before a verb of change", () => {
  expectFigure("ru", "За сутки спасатели эвакуировали 500 человек.", { text: "сутки", kind: "duration", low: 1 });
  expectFigure("uk", "Протягом доби рятувальники гасили пожежу.", { text: "доби", kind: "duration", low: 1 });
  expectFigure("ko", "구조대는 이틀 만에 실종자를 찾았다.", { text: "이틀", kind: "duration", low: 2 });
  expectFigure("ko", "폭우가 나흘째 이어지고 있다.", { text: "나흘", kind: "duration", low: 4 });
  // a rate, a daily average and a date are none
  expectNone("ru", "Завод выпускает 300 тонн в сутки.", "сутки");
  expectNone("uk", "Завод видобуває 300 тонн на добу.", "добу");
  expectNone("ko", "하루 평균 300명이 방문했다.", "하루");
  expectNone("ko", "사고는 사흘 전에 일어났다.", "사흘");
  // "까지" before a verb of change is the level reached; before none it is still "up to"
  expectFigure("ko", "기준금리가 3.5%까지 올랐다.", { text: "3.5%", kind: "percent", low: 3.5, qualifier: null });
  expectFigure("ko", "최대 300명까지 수용할 수 있다.", { text: "300명", kind: "count", low: 300, qualifier: "upper" });
});
