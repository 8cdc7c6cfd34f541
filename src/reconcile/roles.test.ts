import { test } from "node:test";
import assert from "node:assert/strict";
import type { Mention } from "../types.js";
import { deadlineAgainstSettled, deadlineOf, eventAgainstNone, partOf, partsApart, stateAgainstToll, stateOf, tollAgainstPlaces } from "./roles.js";

/** A count mention of `figure` in `text` (its first place). */
const count = (text: string, figure: string, kind: Mention["kind"] = "count"): Mention => {
  const start = text.indexOf(figure);
  return { start, end: start + figure.length, text: figure, kind, low: 1, high: 1, unit: null, date: null, qualifier: null, per: null } as unknown as Mention;
};

test("roles: a count right before 'of whom' / 'of them', or after a language's own word, is a part", () => {
  const en = "The army numbers 9,500 men, about 6,200 of whom crossed the river.";
  assert.equal(partOf(en, count(en, "6,200"), "en"), true);
  assert.equal(partOf(en, count(en, "9,500 men"), "en"), false);
  const them = "Some 300 of them were sent home.";
  assert.equal(partOf(them, count(them, "300"), "en-GB"), true);
  // a partitive: "N of the <plural>" takes N from a whole the text has named
  const of = "Some 90 boats wait at the locks; 12 of the boats carry grain and two of its older barges sand.";
  assert.equal(partOf(of, count(of, "12"), "en"), true);
  assert.equal(partOf(of, count(of, "two"), "en"), true);
  assert.equal(partOf(of, count(of, "90 boats"), "en"), false);
  // a sentence that opens by naming the whole: its counts after the comma are parts of it
  const opens = "Of the boats at the locks, about 30 carry grain and 12 carry sand. Among the boats is one of 40 tonnes.";
  const inSentence = (figure: string): Mention => {
    const m = count(opens, figure), dot = opens.lastIndexOf(". ", m.start);
    return { ...m, sentence: [dot < 0 ? 0 : dot + 2, opens.length] } as Mention;
  };
  assert.equal(partOf(opens, inSentence("30"), "en"), true);
  assert.equal(partOf(opens, inSentence("12"), "en"), true);
  assert.equal(partOf(opens, inSentence("40 tonnes"), "en"), false);
  const fr = "La brigade compte 4 100 hommes, dont 2 700 ont franchi la frontière.";
  assert.equal(partOf(fr, count(fr, "2 700"), "fr"), true);
  assert.equal(partOf(fr, count(fr, "4 100 hommes"), "fr"), false);
  const de = "Die Einheit zählt 5.300 Soldaten, davon 1.900 an der Grenze.";
  assert.equal(partOf(de, count(de, "1.900"), "de"), true);
  // "davon betroffen": affected by it, a whole of its own
  const de2 = "Nach dem Sturm sind rund 7.400 davon betroffene Familien ohne Strom.";
  assert.equal(partOf(de2, count(de2, "7.400"), "de"), false);
  // only counts: a sum "of which" a share was spent is the scope's business (shares.ts)
  const money = "A budget of $40 million, $12 million of which went to roads.";
  assert.equal(partOf(money, count(money, "$12 million", "money"), "en"), false);
});

test("roles: a count a clause excepts from a whole, or a set named again ('of those'), is a part, in every language with the words", () => {
  // sentences of our own: [language, the sentence, the part, the whole]
  const cases: Array<[string, string, string, string]> = [
    ["en", "All 9,000 evacuees may go home, except about 700 from the harbour.", "700", "9,000 evacuees"],
    ["en", "The crews checked 140 wells and found leaks in 12 of those 140.", "140.", "140 wells"],
    ["fr", "Les 9 000 évacués peuvent rentrer, sauf environ 700 du port.", "700", "9 000 évacués"],
    ["es", "Los 9.000 evacuados pueden volver, excepto unos 700 del puerto.", "700", "9.000 evacuados"],
    ["de", "Alle 9.000 Evakuierten dürfen zurück, außer etwa 700 aus dem Hafen.", "700", "9.000 Evakuierten"],
    ["it", "I 9.000 sfollati possono tornare, tranne circa 700 del porto.", "700", "9.000 sfollati"],
    ["pt", "Os 9.000 desalojados podem voltar, exceto cerca de 700 do porto.", "700", "9.000 desalojados"],
    ["ru", "Все 9000 эвакуированных могут вернуться, кроме около 700 из порта.", "700", "9000 эвакуированных"],
    ["uk", "Усі 9000 евакуйованих можуть повернутися, крім близько 700 з порту.", "700", "9000 евакуйованих"],
    ["pl", "Wszyscy 9000 ewakuowanych mogą wrócić, oprócz około 700 z portu.", "700", "9000 ewakuowanych"],
  ];
  for (const [lang, text, part, whole] of cases) {
    const p = count(text, part);
    assert.equal(partOf(text, { ...p, end: p.start + part.replace(/\.$/, "").length }, lang), true, `${lang}: ${part}`);
    assert.equal(partOf(text, count(text, whole), lang), false, `${lang}: ${whole}`);
  }
});

test("roles: a group of parts and a group of wholes stay apart; two of a kind do not", () => {
  const part = (i: number) => i >= 10;
  assert.equal(partsApart([1, 2, 3], [10, 11], part), true);
  assert.equal(partsApart([10, 11, 2], [1], part), true);
  assert.equal(partsApart([10], [11, 12], part), false);
  assert.equal(partsApart([1, 2], [3], part), false);
  // half parts is no part: the words decide
  assert.equal(partsApart([1, 10], [2], part), false);
});

test("roles: a toll of people never joins a count of places; places against places, tolls against tolls may", () => {
  // figures 0-1: "14 died" and "14 settlements at risk" (one group); 2-3: "80 settlements"; 5: "9 injured"; 6: "40 people"
  const measure = (i: number) => (i === 0 ? "#casualty" : i === 5 ? "#injured" : null);
  const counted = (i: number) => (i === 0 || i === 5 ? null : i === 6 ? "people" : "settlement");
  const places = (_i: number, noun: string) => /^settlements?$/.test(noun);
  assert.equal(tollAgainstPlaces([0, 1], [2, 3], measure, counted, places), true);
  assert.equal(tollAgainstPlaces([2, 3], [0, 1], measure, counted, places), true);
  // both count places, or both name a toll: the words decide
  assert.equal(tollAgainstPlaces([1], [2, 3], measure, counted, places), false);
  assert.equal(tollAgainstPlaces([0], [5], measure, counted, places), false);
  // a toll against a count of people, not places
  assert.equal(tollAgainstPlaces([0], [6], measure, counted, places), false);
});

test("roles: a count in a state is one its own clause puts in hospital, not a neighbour's", () => {
  const en = "Some 2,100 residents were moved to shelters, and another 85 people have been hospitalized.";
  assert.equal(stateOf(en, count(en, "85 people"), "en"), true);
  assert.equal(stateOf(en, count(en, "2,100 residents"), "en"), false);
  // the hospital word after one figure and before the next is the first one's
  const ko = "부상자 120명 중 9명은 아직 입원 중이며 111명은 귀가했다.";
  assert.equal(stateOf(ko, count(ko, "9명"), "ko"), true);
  assert.equal(stateOf(ko, count(ko, "111명"), "ko"), false);
  assert.equal(stateOf(ko, count(ko, "120명"), "ko"), false);
});

test("roles: people in hospital never join a toll; against a group with patients in it, or no toll, the words decide", () => {
  // 0-1: "7 missing", "30 missing"; 2: "85 hospitalized"; 3: "12 injured, 4 of them in hospital"; 4: "40 residents"
  const state = (i: number) => i === 2 || i === 3;
  const measure = (i: number) => (i <= 1 ? "#missing" : i === 3 ? "#injured" : null);
  assert.equal(stateAgainstToll([0, 1], [2], state, measure), true);
  assert.equal(stateAgainstToll([2], [0, 1], state, measure), true);
  assert.equal(stateAgainstToll([2], [0, 3], state, measure), false);
  assert.equal(stateAgainstToll([2], [4], state, measure), false);
});

test("roles: the date of a happening never joins dates whose clauses name none; a statement's day names none", () => {
  // 0-1: "came into force on 4 December" (#force); 2: "since mid-September" (none); 3: "said on Tuesday"; 4: "began in 2019"
  const event = (i: number) => (i <= 1 ? "#force" : i === 3 ? "#say" : i === 4 ? "#start" : null);
  assert.equal(eventAgainstNone([0, 1], [2], event), true);
  assert.equal(eventAgainstNone([2], [0, 1], event), true);
  assert.equal(eventAgainstNone([0, 1], [3], event), true);
  // two statements' days, two unnamed dates: the words decide
  assert.equal(eventAgainstNone([2], [3], event), false);
  // a member that names a happening keeps the pair to the words, whatever the others do
  assert.equal(eventAgainstNone([0], [2, 4], event), false);
  // two happenings: the pooled comparison weighs them (groups.ts eventMaj)
  assert.equal(eventAgainstNone([0, 1], [4], event), false);
});

test("roles: a date right after 'by' or 'no later than', or an upper bound, is a deadline", () => {
  const en = "The two promised $100 billion of trade by 2028; trade in the first half of 2026 was $40 billion.";
  assert.equal(deadlineOf(en, count(en, "2028", "date"), "en"), true);
  assert.equal(deadlineOf(en, count(en, "first half of 2026", "date"), "en"), false);
  const late = "Work must end no later than the end of June.";
  assert.equal(deadlineOf(late, count(late, "end of June", "date"), "en"), true);
  // a count is never one; a bound extraction read is one in any language
  assert.equal(deadlineOf(en, count(en, "2028"), "en"), false);
  const uk = "Ремонт триватиме до 15 вересня.";
  assert.equal(deadlineOf(uk, { ...count(uk, "15 вересня", "date"), qualifier: "upper" }, "uk"), true);
});

test("roles: deadlines never join a group of stretches counted over or of statement days", () => {
  // 0-1: "by 2028", "by 2030"; 2-3: "in the first half", "said on Thursday"; 4: "late May" (neither)
  const deadline = (i: number) => i <= 1;
  const settled = (i: number) => i === 2 || i === 3;
  assert.equal(deadlineAgainstSettled([0, 1], [2, 3], deadline, settled), true);
  assert.equal(deadlineAgainstSettled([3], [0], deadline, settled), true);
  // two deadlines, or a deadline and a date of neither kind: the words decide
  assert.equal(deadlineAgainstSettled([0], [1], deadline, settled), false);
  assert.equal(deadlineAgainstSettled([0, 1], [4], deadline, settled), false);
  assert.equal(deadlineAgainstSettled([0, 1], [2, 4, 4], deadline, settled), false);
});

