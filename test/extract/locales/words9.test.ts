/**
 * Figures the read stories missed, ninth pass: classes of language found in eval/read, each tested
 * on sentences written for these tests (never the stories' own). REF is 15 March 2024, a Friday.
 */
import { test } from "node:test";
import { expectFigure, expectNone } from "./util.js";

test("en: a gap between two events is a duration, with or without a word before it", () => {
  expectFigure("en", "The bridge opened a year later than the council had promised.", { text: "a year", kind: "duration", low: 365.25 });
  expectFigure("en", "The ferry sailed again, a month after the fire.", { text: "a month", kind: "duration", low: 30.44 });
  expectFigure("en", "The vote may slip by a week if the count drags on.", { text: "a week", kind: "duration", low: 7 });
  expectFigure("en", "Traders now expect four more weeks of talks.", { text: "four more weeks", kind: "duration", low: 28 });
  // a rate and an idiom stay none
  expectNone("en", "Output grew 4% a year after the merger of two plants.", "a year");
  expectNone("en", "Prices rose a week ago.", "a week");
});

test("en: a date set, moved or met on looks ahead", () => {
  expectFigure("en", "The hearing, which the board has set for May 2, is open.", { text: "May 2", kind: "date", date: ["2024-05-02", "2024-05-02"] });
  expectFigure("en", "The final was pushed to April 20.", { text: "April 20", kind: "date", date: ["2024-04-20", "2024-04-20"] });
  expectFigure("en", "The league moved the final back by ten days to 30 April.", { text: "30 April", kind: "date", date: ["2024-04-30", "2024-04-30"] });
  expectFigure("en", "The court put back to June 3 the ruling on the cargo.", { text: "June 3", kind: "date", date: ["2024-06-03", "2024-06-03"] });
  expectFigure("en", "Its shareholders' meeting is on 25 April.", { text: "25 April", kind: "date", date: ["2024-04-25", "2024-04-25"] });
  expectFigure("en", "The council meets on 9 May to vote on the plan.", { text: "9 May", kind: "date", date: ["2024-05-09", "2024-05-09"] });
  expectFigure("en", "Rain is forecast to return on Sunday.", { text: "Sunday", kind: "date", date: ["2024-03-17", "2024-03-17"] });
  // a date told in the past stays back: a past verb right before it, a pluperfect before the cue
  expectFigure("en", "The first hull was floated in November and is due for delivery in 2026.", { text: "November", kind: "date", date: ["2023-11-01", "2023-11-30"] });
  expectFigure("en", "The agency had said it expected the works to end in late November, but a strike in mid-November stopped them.", { text: "mid-November", kind: "date", date: ["2023-11-11", "2023-11-20"] });
});

test("a part of a whole the text names is a count with no noun of its own", () => {
  for (const [lang, text, span, n] of [
    ["fr", "Deux de ses cinq moteurs ont lâché en vol.", "Deux", 2],
    ["fr", "Quatre des neuf écluses restent fermées.", "Quatre", 4],
    ["de", "Vier der zehn Brücken sind gesperrt.", "Vier", 4],
    ["de", "Die Behörde meldete 40 Festnahmen, 12 von ihnen in der Hauptstadt.", "12", 12],
    ["es", "Cinco de sus ocho plantas siguen cerradas.", "Cinco", 5],
    ["es", "Dos de los siete puentes resistieron la riada.", "Dos", 2],
    ["it", "Il porto ha nove moli, quattro dei quali danneggiati.", "quattro", 4],
    ["it", "Sette delle dieci scuole hanno riaperto.", "Sette", 7],
    ["pl", "Otwarto dwa z pięciu mostów na rzece.", "dwa", 2],
    ["pl", "Rannych jest 30, cztery z nich ciężko.", "cztery", 4],
  ] as const)
    expectFigure(lang, text, { text: span, kind: "count", low: n });
  // a preposition that is no part's stays none
  expectNone("de", "Die Fähre fährt um drei der Küste entlang.", "drei");
});

test("en: more than one part is a share with no whole said; cents are the sentence's currency; a season with no year", () => {
  expectFigure("en", "About two thirds live in the capital.", { text: "two thirds", kind: "percent", low: 66.7 });
  expectFigure("en", "A two-thirds majority is needed.", { text: "two-thirds", kind: "percent", low: 66.7 });
  expectFigure("en", "The bid is 40 cents above the €9.10 offer.", { text: "40 cents", kind: "money", low: 0.4, unit: "EUR" });
  expectFigure("en", "Petrol rose 70 cents in a month.", { text: "70 cents", kind: "money", low: 0.7, unit: "USD" });
  expectFigure("en", "The review is due in the summer.", { text: "the summer", kind: "date", date: ["2024-06-01", "2024-08-31"] });
  expectFigure("en", "The mine has hired 90 people since the autumn.", { text: "the autumn", kind: "date", date: ["2023-09-01", "2023-11-30"] });
  expectFigure("en", "Work must finish before the winter.", { text: "the winter", kind: "date", date: ["2024-12-01", "2025-02-28"] });
  expectNone("en", "Levels fell to 20% before autumn rains came.", "autumn");
});

test("a weekday after the locale's 'for' is the coming one", () => {
  expectFigure("de", "Für Dienstag ist eine Sitzung geplant.", { text: "Dienstag", kind: "date", date: ["2024-03-19", "2024-03-19"] });
  expectFigure("it", "I sindacati hanno indetto uno sciopero per lunedì.", { text: "lunedì", kind: "date", date: ["2024-03-18", "2024-03-18"] });
  expectFigure("fr", "Une réunion est prévue pour mercredi.", { text: "mercredi", kind: "date", date: ["2024-03-20", "2024-03-20"] });
  expectFigure("fr", "Le ministre est attendu mardi à Brest.", { text: "mardi", kind: "date", date: ["2024-03-19", "2024-03-19"] });
  expectFigure("es", "La huelga está convocada para el lunes.", { text: "lunes", kind: "date", date: ["2024-03-18", "2024-03-18"] });
  // the past stays back
  expectFigure("de", "Am Dienstag kamen 40 Menschen.", { text: "Dienstag", kind: "date", date: ["2024-03-12", "2024-03-12"] });
});

test("tonnes as 'т', days until a thing was done, a trip's days, a code's number", () => {
  expectFigure("ru", "Судно везло 1 500 т зерна.", { text: "1 500 т", kind: "quantity", unit: "kg", low: 1_500_000 });
  expectFigure("uk", "Баржа везла 300 т руди.", { text: "300 т", kind: "quantity", unit: "kg", low: 300_000 });
  expectFigure("ko", "구조대는 사고 40일 만에 선체에 진입했다.", { text: "40일", kind: "duration", low: 40 });
  expectFigure("ko", "공사는 시작 3일 만에 중단됐다.", { text: "3일", kind: "duration", low: 3 });
  expectFigure("ja", "2泊3日の視察日程が組まれた。", { text: "3日", kind: "duration", low: 3 });
  expectNone("de", "Der Zug IC 512 hielt in Bonn.", "512");
  expectNone("fr", "Le TGV 8514 est parti en retard.", "8514");
  // after words in capitals, a headline's figure stays one
  expectFigure("de", "MEHR ALS 200 Menschen warteten am Bahnsteig.", { text: "200 Menschen", kind: "count", low: 200 });
  expectFigure("fr", "PLUS DE 300 voyageurs bloqués en gare", { text: "300 voyageurs", kind: "count", low: 300 });
});

test("a weekday after a part of the day (uk, ru); the pair named before, in the possessive (en)", () => {
  expectFigure("uk", "Станом на ранок середи в чергах стояло 900 вантажівок.", { text: "середи", kind: "date", date: ["2024-03-13", "2024-03-13"] });
  expectFigure("ru", "К вечеру вторника вода отступила, а утром среды дороги открыли.", { text: "среды", kind: "date", date: ["2024-03-13", "2024-03-13"] });
  expectNone("en", "The two countries' transport ministers met in Basel.", "two");
});
