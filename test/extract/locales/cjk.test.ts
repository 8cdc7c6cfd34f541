import { test } from "node:test";
import { expectFigure, expectNone } from "./util.js";

test("ko: counters, scales, qualifiers, dates", () => {
  expectFigure("ko", "사고로 12명이 다쳤다.", { text: "12명", kind: "count", low: 12, unit: "person" });
  expectFigure("ko", "현장에 200여 명이 모였다.", { text: "200여 명", kind: "count", low: 200, qualifier: "lower" });
  expectFigure("ko", "관중은 5만여 명으로 추산된다.", { text: "5만여 명", kind: "count", low: 50000, qualifier: "lower" });
  expectFigure("ko", "공사비는 3,500억원이다.", { text: "3,500억원", kind: "money", low: 3.5e11, unit: "KRW" });
  expectFigure("ko", "총연장은 7.2km이다.", { text: "7.2km", kind: "quantity", low: 7200, unit: "m" });
  expectFigure("ko", "공사는 2019년 4월 3일 시작됐다.", { text: "2019년 4월 3일", kind: "date", date: ["2019-04-03", "2019-04-03"] });
  expectFigure("ko", "경찰은 12일 발표했다.", { text: "12일", kind: "date", date: ["2024-03-12", "2024-03-12"] });
  expectFigure("ko", "복구에 3개월 가량 걸린다.", { text: "3개월", kind: "duration", low: 3 * 30.44, qualifier: "approx" });
  expectFigure("ko", "주민의 4분의 3이 찬성했다.", { text: "4분의 3", kind: "percent", low: 75 });
});

test("ko: age groups are not counts", () => {
  expectNone("ko", "희생자 대부분이 20대였다.", "20대");
});

test("zh: counters, numerals, dates", () => {
  expectFigure("zh", "事故造成38人受伤。", { text: "38人", kind: "count", low: 38, unit: "person" });
  expectFigure("zh", "大桥全长7公里。", { text: "7公里", kind: "quantity", low: 7000 });
  expectFigure("zh", "工程耗资120亿元。", { text: "120亿元", kind: "money", low: 1.2e10, unit: "CNY" });
  expectFigure("zh", "三艘船只抵达港口。", { text: "三艘", kind: "count", low: 3 });
  expectFigure("zh", "大桥于2020年6月1日通车。", { text: "2020年6月1日", kind: "date", date: ["2020-06-01", "2020-06-01"] });
  expectFigure("zh", "去年5月发生了洪水。", { text: "去年5月", kind: "date", date: ["2023-05-01", "2023-05-31"] });
  expectFigure("zh", "展览从3月20日至4月2日举行。", { text: "3月20日至4月2日", kind: "date", date: ["2024-03-20", "2024-04-02"] });
});

test("zh: 一 with a counter of a thing is the article \"a\", with a counter of people a count of one", () => {
  expectNone("zh", "昨天一辆货车在隧道里起火。", "一辆");
  expectNone("zh", "河上将新建一座桥。", "一座");
  expectFigure("zh", "事故造成一名司机死亡。", { text: "一名", kind: "count", low: 1, unit: "person" });
  // written in digits, or more than one, it is a count
  expectFigure("zh", "当天有1辆货车起火。", { text: "1辆", kind: "count", low: 1 });
  expectFigure("zh", "两辆货车相撞。", { text: "两辆", kind: "count", low: 2 });
});

test("ja: counters, scales, dates", () => {
  expectFigure("ja", "事故で9人が死亡した。", { text: "9人", kind: "count", low: 9 });
  expectFigure("ja", "参加者は3万人以上だった。", { text: "3万人", kind: "count", low: 30000, qualifier: "lower" });
  expectFigure("ja", "20カ国が参加した。", { text: "20カ国", kind: "count", low: 20, unit: "country" });
  expectFigure("ja", "費用は約50億円とされる。", { text: "50億円", kind: "money", low: 5e9, unit: "JPY", qualifier: "approx" });
  expectFigure("ja", "幅は2・5メートルほどだ。", { text: "2・5メートル", kind: "quantity", low: 2.5 });
  expectFigure("ja", "式典は4月10日に行われる。", { text: "4月10日", kind: "date", date: ["2024-04-10", "2024-04-10"] });
});

test("each of ko, zh, ja reads its own grammar words around a number (its locale's `cjk`), not the others'", () => {
  // a percentage word, a glued bound, a range word, a span before the report, a year's end
  expectFigure("ko", "찬성은 60퍼센트였다.", { text: "60퍼센트", kind: "percent", low: 60 });
  expectFigure("ko", "참가자는 30내지 40명이다.", { text: "30내지 40명", kind: "count", low: 30, high: 40 });
  expectFigure("ko", "다리는 3년 전 개통됐다.", { text: "3년 전", kind: "date", date: ["2021-03-15", "2021-03-15"] });
  expectFigure("zh", "失业率上升了2个百分点。", { text: "2个百分点", kind: "percent", low: 2 });
  expectFigure("zh", "现场有300多人。", { text: "300多人", kind: "count", low: 300, qualifier: "lower" });
  expectFigure("zh", "大桥将于今年底完工。", { text: "今年底", kind: "date", date: ["2024-10-01", "2024-12-31"] });
  expectFigure("ja", "賛成は60パーセントだった。", { text: "60パーセント", kind: "percent", low: 60 });
  expectFigure("ja", "会場には十数人がいた。", { text: "十数人", kind: "count", low: 10, qualifier: "approx" });
  expectFigure("ja", "橋は2か月前に開通した。", { text: "2か月前", kind: "date" });
  // another language's word is none: a Japanese percent word in a Korean sentence, a Korean fraction in a Chinese one
  expectNone("ko", "찬성은 60パーセント였다.", "パーセント");
  expectNone("zh", "居民的4분의 3赞成。", "분의");
});

test("ja, ko: a kilo off a place in a direction, at sea, is a distance", () => {
  expectFigure("ja", "漁船は岬の北東約4キロの海上で見つかった。", { text: "4キロ", kind: "quantity", low: 4000, unit: "m" });
  expectFigure("ko", "어선은 곶 북동쪽 약 4킬로 해상에서 발견됐다.", { text: "4킬로", kind: "quantity", low: 4000, unit: "m" });
  // a weight's word still makes it kilograms
  expectFigure("ja", "税関は覚醒剤4キロを押収した。", { text: "4キロ", kind: "quantity", low: 4, unit: "kg" });
});

test("zh, ja: a vague number (\"数百\", \"几十\", \"上百\") is no figure, as \"hundreds of\" is none; a plain one stays", () => {
  expectNone("zh", "洪水造成上百人受灾。", "上百人");
  expectNone("zh", "现场有几十人围观。", "几十人");
  expectNone("ja", "数百人が避難した。", "数百人");
  expectNone("ja", "幅数十センチの亀裂が見つかった。", "数十センチ");
  expectFigure("zh", "事故造成十人受伤。", { text: "十人", kind: "count", low: 10, unit: "person" });
  expectFigure("zh", "人数上升至一百五十人。", { text: "一百五十人", kind: "count", low: 150 });
});
