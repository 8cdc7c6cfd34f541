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
