// A figure the text dates earlier than its report, in several languages (sentences in our own words).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Mention } from "../types.js";
import { saysReplaced, statedEarlier } from "./time.js";

/** The mention of `figure` in `text`, as a count. */
function at(text: string, figure: string): Mention {
  const start = text.indexOf(figure);
  return { source: "x", start, end: start + figure.length, text: figure, kind: "count", low: 1, high: 1, unit: "person", qualifier: null };
}
const earlier = (text: string, figure: string, lang: string) => statedEarlier(text, at(text, figure), lang);

test("each language's cues date a figure earlier; the figure that replaced it stays current", () => {
  assert.equal(earlier("Первоначально сообщалось о 40 пострадавших, теперь их 52.", "40 пострадавших", "ru"), true);
  assert.equal(earlier("Первоначально сообщалось о 40 пострадавших, теперь их 52.", "52", "ru"), false);
  assert.equal(earlier("Раніше йшлося про 12 загиблих.", "12 загиблих", "uk"), true);
  assert.equal(earlier("부상자는 80명에서 5명 늘어 85명이 됐다.", "80명", "ko"), true);
  assert.equal(earlier("부상자는 80명에서 5명 늘어 85명이 됐다.", "85명", "ko"), false);
  assert.equal(earlier("此前报道的死亡人数为30人。", "30人", "zh"), true);
  assert.equal(earlier("Ursprünglich waren 200 Arbeiter geplant.", "200 Arbeiter", "de"), true);
  assert.equal(earlier("Inicialmente se hablaba de 15 heridos.", "15 heridos", "es"), true);
  // an aside in brackets between the figure and its cue does not hide the cue
  assert.equal(earlier("부상자는 80명(중상 9명)에서 5명 늘어 85명이 됐다.", "80명", "ko"), true);
  assert.equal(earlier("The budget was $1.7 billion (£1.3 billion) initially.", "$1.7 billion", "en"), true);
  assert.equal(earlier("The budget is $1.7 billion (£1.3 billion), the ministry said.", "$1.7 billion", "en"), false);
  // a cue after a clause break belongs to the next figure: "$1.6bn, up from an initial $1.1bn"
  assert.equal(earlier("He put the cost at $1.6 billion, up from an initial $1.1 billion.", "$1.6 billion", "en"), false);
  assert.equal(earlier("He put the cost at $1.6 billion, up from an initial $1.1 billion.", "$1.1 billion", "en"), true);
  // the language's words after a comma open another clause (en's `join.afterComma`): "initially" is the other clause's
  assert.equal(earlier("Initially 50 were expected, but 70 came.", "70", "en"), false);
});

test("each language's words of an update say its own figure replaced the earlier one; a value only set beside it was not", () => {
  const replaced = (text: string, figure: string, lang: string) => saysReplaced(text, at(text, figure), lang);
  // a count "from" which the report's own grew, against another office's count it is "less than"
  assert.equal(replaced("부상자는 80명에서 5명 늘어 85명이 됐다.", "80명", "ko"), true);
  assert.equal(replaced("선사는 390명이 탔다고 밝혔다. 해경이 전날 밝힌 418명보다 28명 적다.", "418명", "ko"), false);
  assert.equal(earlier("선사는 390명이 탔다고 밝혔다. 해경이 전날 밝힌 418명보다 28명 적다.", "418명", "ko"), true);
  assert.equal(replaced("The toll rose to 61, up from 40 on Monday.", "40", "en"), true);
  assert.equal(replaced("The operator says 390 were aboard, compared with 418 in the coast guard's count.", "418", "en"), false);
  assert.equal(replaced("The estimate was initially 1,500 people.", "1,500 people", "en"), true);
  assert.equal(replaced("Первоначально сообщалось о 40 пострадавших, теперь их 52.", "40 пострадавших", "ru"), true);
  assert.equal(replaced("По сравнению с 40 пострадавшими в прошлом году это много.", "40 пострадавшими", "ru"), false);
  assert.equal(replaced("Спочатку йшлося про 12 загиблих.", "12 загиблих", "uk"), true);
  assert.equal(replaced("Zunächst war von 14 Millionen Euro die Rede.", "14 Millionen Euro", "de"), true);
  assert.equal(replaced("Im Vergleich zu 14 Millionen Euro im Vorjahr.", "14 Millionen Euro", "de"), false);
  assert.equal(replaced("Inicialmente se hablaba de 15 heridos.", "15 heridos", "es"), true);
  assert.equal(replaced("Inizialmente si parlava di 15 feriti.", "15 feriti", "it"), true);
  assert.equal(replaced("On parlait initialement de 15 blessés.", "15 blessés", "fr"), true);
  assert.equal(replaced("Inicialmente falava-se em 15 feridos.", "15 feridos", "pt"), true);
  assert.equal(replaced("Początkowo mówiono o 15 rannych.", "15 rannych", "pl"), true);
  assert.equal(replaced("死亡人数由30人增至41人。", "30人", "zh"), true);
  assert.equal(replaced("死亡人数由30人增至41人。", "41人", "zh"), false);
  assert.equal(replaced("此前报道的死亡人数为30人。", "30人", "zh"), false);
  assert.equal(replaced("死者は当初9人とされていた。", "9人", "ja"), true);
});
