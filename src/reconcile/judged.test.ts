import { test } from "node:test";
import assert from "node:assert/strict";
import { reportFeatures } from "./features.js";
import { spanOf } from "./interval.js";
import { verdictOf, type Judged } from "./verdict.js";
import { mentions, report } from "../../test/reconcile/testkit.js";
import { reconcile } from "./index.js";
import type { Mention, Report } from "../types.js";
import { MODEL } from "./weights.js";
import { prepare } from "./prepare.js";
import { propertiesOf } from "./property.js";
import { wordsScorer } from "./words-only.js";

type Figure = Parameters<typeof mentions>[1][number];

/** The verdict of the fact made of `x` (of report "a") and `y` (of report "b"), given as one; `ms` all the figures. */
function groupedVerdict(reports: [Report, Report], ms: Mention[], x: Mention, y: Mention): string {
  return reconcile({ reports, mentions: ms, groups: [[`a@${x.start}`, `b@${y.start}`]] }).facts.find((f) => f.members.length === 2)!.verdict;
}

/** The verdict of one figure of each of two reports, grouped as one fact. */
function verdictOfTwo(a: [text: string, published: string, figure: Figure], b: [text: string, published: string, figure: Figure]): string {
  const ra = report("a", a[0], a[1]), rb = report("b", b[0], b[1]);
  const [ma] = mentions(ra, [a[2]]);
  const [mb] = mentions(rb, [b[2]]);
  return groupedVerdict([ra, rb], [ma, mb], ma, mb);
}

test("a modal in the figure's own clause makes it what may happen; ability and other clauses do not", () => {
  const r = report(
    "a",
    "Engineers warn the new weir could lower the lake by as much as 3 metres. Levels have already dropped 1 metre. " +
      "The basin could only store 40 million cubic metres. It might open soon, and it is 12 metres tall.",
  );
  const ms = mentions(r, [
    { text: "3 metres", kind: "quantity", low: 3, unit: "m" },
    { text: "1 metre", kind: "quantity", low: 1, unit: "m" },
    { text: "40 million cubic metres", kind: "quantity", low: 4e7, unit: "m3" },
    { text: "12 metres", kind: "quantity", low: 12, unit: "m" },
  ]);
  assert.deepEqual(reportFeatures(r.text, ms, "en").map((f) => !!f.maybe), [true, false, false, false]);
});

test("a projection set against an observation is no conflict", () => {
  const r = report("a", "The weir could lower the lake by 3 metres.", "2024-04-01");
  const s = report("b", "The lake has already dropped 1 metre.", "2024-04-02");
  const [ma] = mentions(r, [{ text: "3 metres", kind: "quantity", low: 3, unit: "m" }]);
  const [mb] = mentions(s, [{ text: "1 metre", kind: "quantity", low: 1, unit: "m" }]);
  const judged = (m: typeof ma, outlet: string, time: string, maybe: boolean): Judged => ({ m, outlet, report: m.source, speaker: null, time, earlier: false, span: spanOf(m), conversion: false, maybe });
  assert.equal(verdictOf([judged(ma, "x", "2024-04-01", true), judged(mb, "y", "2024-04-02", false)]).verdict, "agree");
  assert.equal(verdictOf([judged(ma, "x", "2024-04-01", false), judged(mb, "y", "2024-04-02", false)]).verdict, "conflict");
});

test("an undated report's plan against a dated one is a forecast revised, the later target taken as the later", () => {
  const ra = report("a", "The terminal is to start operations in the last quarter of 2032, an official said.", null);
  const rb = report("b", "The terminal is expected to open next year.", "2030-05-17");
  const [ma] = mentions(ra, [{ text: "the last quarter of 2032", kind: "date", date: ["2032-10-01", "2032-12-31"] }]);
  const [mb] = mentions(rb, [{ text: "next year", kind: "date", date: ["2031-01-01", "2031-12-31"] }]);
  // which forecast came later is not stated: schedules slip, so the later target is the later forecast
  assert.equal(groupedVerdict([ra, rb], [ma, mb], ma, mb), "revised");
});

/** Two reports, one figure each, grouped as one fact: the verdict the rules give. */
const TWO_REPORT_CASES: Array<[name: string, a: Parameters<typeof verdictOfTwo>[0], b: Parameters<typeof verdictOfTwo>[1], verdict: string]> = [
  [
    "people still in hospital may fall from one day to the next: a revision, not a conflict",
    ["After the crash 12 people are still in hospital, the health office said.", "2024-05-02", { text: "12 people", kind: "count", low: 12, unit: "person" }],
    ["Nine people are still in hospital and the rest have gone home.", "2024-05-04", { text: "Nine people", kind: "count", low: 9, unit: "person" }],
    "revised",
  ],
  [
    "a date that may come set against a planned one is a plan moved, not no judgement",
    ["The ferry link is due to open in 2026.", "2025-01-02", { text: "2026", kind: "date", date: ["2026-01-01", "2026-12-31"] }],
    ["The ferry link could open in 2027.", "2025-06-03", { text: "2027", kind: "date", date: ["2027-01-01", "2027-12-31"] }],
    "revised",
  ],
  [
    "a date still ahead when stated against one already over is a plan and a past happening: no conflict",
    ["The council expects to call the emergency over by the end of April.", "2031-03-12", { text: "the end of April", kind: "date", date: ["2031-04-21", "2031-04-30"] }],
    ["The council called a state of emergency on 2 March.", "2031-03-05", { text: "2 March", kind: "date", date: ["2031-03-02", "2031-03-02"] }],
    "agree",
  ],
  [
    "a plan and the day it came to pass, stated later, is the plan revised",
    ["The new bridge is to open in June.", "2030-02-01", { text: "June", kind: "date", date: ["2030-06-01", "2030-06-30"] }],
    ["The new bridge opened on 12 October.", "2030-11-04", { text: "12 October", kind: "date", date: ["2030-10-12", "2030-10-12"] }],
    "revised",
  ],
  [
    "two stretches measured from one named moment place one moment: rivals",
    ["The probe's engine cut out 40 seconds after separation, the agency said.", "2031-06-02", { text: "40 seconds", kind: "duration", low: 40, unit: "s" }],
    ["The engine cut out 52 seconds after separation, its maker said.", "2031-06-03", { text: "52 seconds", kind: "duration", low: 52, unit: "s" }],
    "conflict",
  ],
  [
    "two stretches measured from two moments, or from none named, place two moments: no rivals",
    ["The probe's engine cut out 40 seconds after separation, the agency said.", "2031-06-02", { text: "40 seconds", kind: "duration", low: 40, unit: "s" }],
    ["The engine cut out 52 seconds later, its maker said.", "2031-06-03", { text: "52 seconds", kind: "duration", low: 52, unit: "s" }],
    "agree",
  ],
  [
    "a death toll beside a count of people in hospital still conflicts",
    ["The explosion killed 45 people and 30 more are in hospital, officials said.", "2024-05-02", { text: "45 people", kind: "count", low: 45, unit: "person" }],
    ["The explosion killed 38 people, and 25 remain hospitalised, the ministry said.", "2024-05-03", { text: "38 people", kind: "count", low: 38, unit: "person" }],
    "conflict",
  ],
  [
    "the number of morgues holding the dead moves as bodies are released: a revision, not a conflict",
    ["The 61 dead were taken to morgues in 14 hospitals, the fire service said.", "2024-05-02", { text: "14 hospitals", kind: "count", low: 14, unit: "hospital" }],
    ["The bodies now lie in the morgues of 11 hospitals across the region.", "2024-05-03", { text: "11 hospitals", kind: "count", low: 11, unit: "hospital" }],
    "revised",
  ],
  [
    "an amount for each household set against the project's total is no contradiction",
    ["Families were offered 90,000 lira per household for their land.", "2024-05-02", { text: "90,000 lira", kind: "money", low: 90000, unit: "TRY" }],
    ["The whole scheme will cost 40 billion lira, the ministry said.", "2024-05-03", { text: "40 billion lira", kind: "money", low: 4e10, unit: "TRY" }],
    "agree",
  ],
  [
    "an exchange rate set against a sum is no contradiction",
    ["Sums in this note are converted at an average rate of $1.25 per pound.", "2025-02-10", { text: "$1.25", kind: "money", low: 1.25, unit: "USD" }],
    ["Exports to the kingdom reached $12 billion last year.", "2025-02-12", { text: "$12 billion", kind: "money", low: 1.2e10, unit: "USD" }],
    "agree",
  ],
];
for (const [name, a, b, verdict] of TWO_REPORT_CASES) test(name, () => assert.equal(verdictOfTwo(a, b), verdict));

test("a figure's own clause names what it measures; a neighbour's clause, a joined clause or a tie does not", () => {
  const r = report(
    "a",
    "The floods killed 2,300 people and 10,000 are still missing. Of the dead, 98 were women. " +
      "The bridge spans 850 metres, and the deck is 30 metres wide.",
  );
  const ms = mentions(r, [
    { text: "2,300 people", kind: "count", low: 2300, unit: "person" },
    { text: "10,000", kind: "count", low: 10000, unit: "person" },
    { text: "98", kind: "count", low: 98, unit: "person" },
    { text: "850 metres", kind: "quantity", low: 850, unit: "m" },
    { text: "30 metres", kind: "quantity", low: 30, unit: "m" },
  ]);
  assert.deepEqual(reportFeatures(r.text, ms, "en").map((f) => f.measure), ["#casualty", "#missing", "#female", "#length", "#width"]);
  const k = report("b", "사망자 154명, 부상자는 151명이다. 20대가 103명으로 가장 많다. 154명의 사망자와 149명의 부상자.");
  const ks = mentions(k, [
    { text: "154명", kind: "count", low: 154, unit: "person" },
    { text: "151명", kind: "count", low: 151, unit: "person" },
    { text: "103명", kind: "count", low: 103, unit: "person" },
    { text: "149명", kind: "count", low: 149, unit: "person" },
  ]);
  assert.deepEqual(reportFeatures(k.text, ks, "ko").map((f) => f.measure), ["#casualty", "#injured", "#age", null]);
  // the reach counts words, not the articles and prepositions a language spells out
  const it = report("c", "È il viadotto più lungo di tutta la regione con i suoi 12 chilometri.");
  const its = mentions(it, [{ text: "12 chilometri", kind: "quantity", low: 12000, unit: "m" }]);
  assert.deepEqual(reportFeatures(it.text, its, "it").map((f) => f.measure), ["#length"]);
  // a clause break still ends it
  const cut = report("d", "È il viadotto più lungo della regione, con 12 chilometri.");
  const cuts = mentions(cut, [{ text: "12 chilometri", kind: "quantity", low: 12000, unit: "m" }]);
  assert.deepEqual(reportFeatures(cut.text, cuts, "it").map((f) => f.measure), [null]);
});

test("a radius around a point is a distance from it, in every language: no rival of a length", () => {
  const cases: Array<[string, string, string]> = [
    ["en", "Residents within a radius of 5 km were told to stay inside.", "5 km"],
    ["de", "Die Leitstelle warnte die Bevölkerung im Umkreis von 5 Kilometern.", "5 Kilometern"],
    ["fr", "Les habitants dans un rayon de 5 kilomètres doivent rester chez eux.", "5 kilomètres"],
    ["it", "Area vietata in un raggio di 500 metri.", "500 metri"],
    ["es", "Se evacuó a los vecinos en un radio de 5 kilómetros.", "5 kilómetros"],
    ["ru", "Жителей в радиусе 5 километров попросили не выходить.", "5 километров"],
  ];
  for (const [lang, text, figure] of cases) {
    const r = report("a", text);
    const ms = mentions(r, [{ text: figure, kind: "quantity", low: 5, unit: "m" }]);
    assert.deepEqual(reportFeatures(r.text, ms, lang).map((f) => f.measure), ["#distance"], text);
  }
  // a length stays a length
  const len = report("b", "Das Landratsamt rät, auf 8 Kilometern Länge kein Wasser zu entnehmen.");
  const lens = mentions(len, [{ text: "8 Kilometern", kind: "quantity", low: 8000, unit: "m" }]);
  assert.deepEqual(reportFeatures(len.text, lens, "de").map((f) => f.measure), ["#length"]);
});

test("the dead and the injured counted together are a measure of their own, in every language", () => {
  const cases: Array<[string, string, string[], Array<string | null>]> = [
    ["en", "Some 1,200 soldiers were killed or wounded, and at least 90 were killed. The army reported 500 casualties.", ["1,200 soldiers", "90", "500"], ["#hurt", "#casualty", "#hurt"]],
    ["en", "The dead and injured numbered 70 by noon; 12 were injured in the second blast.", ["70", "12"], ["#hurt", "#injured"]],
    // a word for both beside a word for one: the total the one is part of
    ["ko", "사망자 12명, 40명의 부상자 등 총 52명의 사상자가 나왔다. 사상 최대 8명이 숨졌다.", ["12명", "40명", "52명", "8명"], ["#casualty", "#injured", "#hurt", "#casualty"]],
    ["ja", "事故の死傷者は60人に上った。", ["60人"], ["#hurt"]],
    ["zh", "事故已造成45人伤亡。", ["45人"], ["#hurt"]],
    ["ru", "Число погибших и раненых достигло 80 человек.", ["80 человек"], ["#hurt"]],
    ["de", "Es gab 35 Tote und Verletzte.", ["35"], ["#hurt"]],
    ["fr", "On compte 25 morts et blessés.", ["25"], ["#hurt"]],
    // each language's own joining word (its locale's \`join.toll\`)
    ["uk", "Загинули або поранені 40 осіб.", ["40 осіб"], ["#hurt"]],
    // "загиблі" (the dead) is the participle of "загинути": a death word too
    ["uk", "Кількість загиблих і поранених сягнула 60 осіб.", ["60 осіб"], ["#hurt"]],
    ["es", "El balance es de 30 muertos y heridos.", ["30"], ["#hurt"]],
    ["it", "Il bilancio è di 20 morti e feriti.", ["20"], ["#hurt"]],
    ["pt", "O balanço é de 15 mortos e feridos.", ["15"], ["#hurt"]],
    ["pl", "Liczba zabitych i rannych sięgnęła 60 osób.", ["60 osób"], ["#hurt"]],
    // a number between the two toll words: two counts, each of its own toll
    ["en", "The crash left 12 dead and 48 injured.", ["12", "48"], ["#casualty", "#injured"]],
    ["fr", "L'accident a fait 12 morts et 48 blessés.", ["12 morts", "48 blessés"], ["#casualty", "#injured"]],
    ["de", "Es gab 12 Tote und 48 Verletzte.", ["12 Tote", "48 Verletzte"], ["#casualty", "#injured"]],
    ["es", "El choque dejó 12 muertos y 48 heridos.", ["12 muertos", "48 heridos"], ["#casualty", "#injured"]],
    ["it", "Lo schianto ha causato 12 morti e 48 feriti.", ["12 morti", "48 feriti"], ["#casualty", "#injured"]],
    // a joining word of another language joins nothing: "e" is no English word
    ["en", "There were 15 dead e injured.", ["15"], ["#casualty"]],
    // "그리고" joins two clauses: the toll word before it is not the count's
    ["ko", "사망자가 늘었다 그리고 12명이 구조됐다.", ["12명"], [null]],
  ];
  for (const [lang, text, figures, want] of cases) {
    const r = report(lang, text);
    const ms = mentions(r, figures.map((t) => ({ text: t, kind: "count" as const, low: parseInt(t.replace(/,/g, ""), 10), unit: "person" })));
    assert.deepEqual(reportFeatures(r.text, ms, lang).map((f) => f.measure), want, text);
  }
});

test("two counts whose own clauses name two tolls, or two parts of one, are never a conflict's pair", () => {
  const pairs: Array<[string, string, string, string, boolean]> = [
    ["The crush in the district has killed 154 people, officials said.", "154 people", "After the crush in the district, 151 people were injured, officials said.", "151 people", true],
    ["Among the dead of the crush are 98 women, officials said.", "98 women", "The dead of the crush include 56 men, officials said.", "56 men", true],
    ["The crush in the district has killed 154 people, officials said.", "154 people", "The crush in the district has killed 151 people, officials said.", "151 people", false],
    ["The war has left 1,100 soldiers killed or wounded, officials said.", "1,100 soldiers", "The war has left 1,000 soldiers killed, officials said.", "1,000 soldiers", true],
  ];
  for (const [ta, fa, tb, fb, apart] of pairs) {
    const ra = report("a", ta, "2024-05-02"), rb = report("b", tb, "2024-05-03");
    const ms = [...mentions(ra, [{ text: fa, kind: "count", low: parseInt(fa, 10), unit: "person" }]), ...mentions(rb, [{ text: fb, kind: "count", low: parseInt(fb, 10), unit: "person" }])];
    const { items } = prepare([ra, rb], ms);
    assert.equal(wordsScorer(items, propertiesOf(items), MODEL)(0, 1) === -Infinity, apart, `${fa} / ${fb}`);
  }
});

test("a negated modal is what did not happen: no projection", () => {
  const r = report("a", "Divers could not reach 40 people inside the hull.");
  const ms = mentions(r, [{ text: "40 people", kind: "count", low: 40, unit: "person" }]);
  assert.equal(reportFeatures(r.text, ms, "en")[0].maybe, false);
});

test("which of two alike figures comes first never decides the verdict (a projection and an observation of one value)", () => {
  const r = report("a", "The weir could lower the lake by 3 metres. The lake fell 3 metres.", "2024-04-01");
  const s = report("b", "The lake has already dropped 1 metre.", "2024-04-01");
  const [m1, m2] = mentions(r, [{ text: "3 metres", kind: "quantity", low: 3, unit: "m" }, { text: "3 metres", kind: "quantity", low: 3, unit: "m" }]);
  const [mb] = mentions(s, [{ text: "1 metre", kind: "quantity", low: 1, unit: "m" }]);
  const judged = (m: typeof m1, outlet: string, maybe: boolean): Judged => ({ m, outlet, report: m.source, speaker: null, time: "2024-04-01", earlier: false, span: spanOf(m), conversion: false, maybe });
  const first = verdictOf([judged(m1, "x", true), judged(m2, "x", false), judged(mb, "y", false)]).verdict;
  const second = verdictOf([judged(m2, "x", false), judged(m1, "x", true), judged(mb, "y", false)]).verdict;
  assert.equal(first, second);
  assert.equal(first, "conflict", "the observed 3 m against the observed 1 m");
});

test("an earlier figure takes the date its own clause gives it: a later total revises it, whatever the reports' dates", () => {
  const ra = report("a", "He put the cost at $2.4 billion, up from an initial estimate of $1.5 billion when work began in 2018.", "2024-05-09");
  const rb = report("b", "At $2.4bn, the plant is the largest in the region.", "2024-05-02");
  const [initial, year] = mentions(ra, [
    { text: "$1.5 billion", kind: "money", low: 1.5e9, unit: "USD" },
    { text: "2018", kind: "date", date: ["2018-01-01", "2018-12-31"] },
  ]);
  const [total] = mentions(rb, [{ text: "$2.4bn", kind: "money", low: 2.4e9, unit: "USD" }]);
  assert.equal(groupedVerdict([ra, rb], [initial, year, total], initial, total), "revised");
  // without the year its clause gives, the initial figure may be as recent as the week before its report
  assert.equal(groupedVerdict([ra, rb], [initial, total], initial, total), "conflict");
});

test("a count its own clause dates a year or more before its report is of that time: no rival of today's toll", () => {
  const ra = report("a", "The storm has killed 40 people. Another storm killed more than 500 people there in 2015.", "2024-05-02");
  const rb = report("b", "The toll from the storm rose to 62 people on Friday.", "2024-05-04");
  const [old, year] = mentions(ra, [
    { text: "500 people", kind: "count", low: 500, unit: "person", qualifier: "lower" },
    { text: "2015", kind: "date", date: ["2015-01-01", "2015-12-31"] },
  ]);
  const [today] = mentions(rb, [{ text: "62 people", kind: "count", low: 62, unit: "person" }]);
  assert.equal(groupedVerdict([ra, rb], [old, year, today], old, today), "agree");
  // without the year its clause gives, it is a toll of its report's day that shrinks: a conflict
  assert.equal(groupedVerdict([ra, rb], [old, today], old, today), "conflict");
});

test("a figure its own clause dates by a year right before it is of that year: no rival of today's; 'since' a year is no such date", () => {
  const ra = { ...report("a", "Die Reparatur kostet 19 Millionen Euro. Der zerstörte Zug, der 2009 rund 8 Millionen Euro gekostet hatte, wird ersetzt.", "2027-10-25"), language: "de" };
  const rb = { ...report("b", "Die Reparatur kostet 19 Millionen Euro, sagt der Betreiber.", "2027-10-20"), language: "de" };
  const [old, year] = mentions(ra, [
    { text: "8 Millionen Euro", kind: "money", low: 8e6, unit: "EUR" },
    { text: "2009", kind: "date", date: ["2009-01-01", "2009-12-31"] },
  ]);
  const [now] = mentions(rb, [{ text: "19 Millionen Euro", kind: "money", low: 1.9e7, unit: "EUR" }]);
  assert.notEqual(groupedVerdict([ra, rb], [old, year, now], old, now), "conflict");
  const toll = (opening: string) => {
    const a = report("a", `${opening}, more than 500 people died there.`, "2024-05-02");
    const b = report("b", "The toll from the storm rose to 62 people on Friday.", "2024-05-04");
    const [past, y] = mentions(a, [
      { text: "500 people", kind: "count", low: 500, unit: "person", qualifier: "lower" },
      { text: "2015", kind: "date", date: ["2015-01-01", "2015-12-31"] },
    ]);
    const [today] = mentions(b, [{ text: "62 people", kind: "count", low: 62, unit: "person" }]);
    return groupedVerdict([a, b], [past, y, today], past, today);
  };
  assert.equal(toll("In 2015"), "agree");
  assert.equal(toll("Since 2015"), "conflict");
});

test("a figure dated a year earlier by the words after it is of the year before its report, not of the weeks before", () => {
  const fact = (tail: string) => {
    const ra = report("a", `The deficit narrowed to €14 billion, from €15 billion ${tail}.`, "2027-02-12");
    const rb = report("b", "The deficit reached €13 billion, officials said.", "2027-01-13");
    const [, before] = mentions(ra, [
      { text: "€14 billion", kind: "money", low: 1.4e10, unit: "EUR" },
      { text: "€15 billion", kind: "money", low: 1.5e10, unit: "EUR" },
    ]);
    const [other] = mentions(rb, [{ text: "€13 billion", kind: "money", low: 1.3e10, unit: "EUR" }]);
    return groupedVerdict([ra, rb], [before, other], before, other);
  };
  assert.equal(fact("a year earlier"), "revised");
  // dated earlier by an unknown stretch: it may be as recent as the other report's
  assert.equal(fact("earlier"), "conflict");
});

test("a figure's places are the names and sides its place phrases give, not a possessive's name", () => {
  const r = report(
    "a",
    "Rescuers moved 1,200 people from the eastern bank of the Varna River, officials said on Monday. " +
      "Another 300 were taken from Lindholm on their boats. The count of 40 was posted on his Telegram channel.",
  );
  const ms = mentions(r, [
    { text: "1,200 people", kind: "count", low: 1200, unit: "person" },
    { text: "Monday", kind: "date", date: ["2024-05-06", "2024-05-06"] },
    { text: "300", kind: "count", low: 300, unit: "person" },
    { text: "40", kind: "count", low: 40, unit: "person" },
  ]);
  const places = reportFeatures(r.text, ms, "en").map((f) => f.places);
  assert.deepEqual(places[0], ["eastern bank", "varna"]);
  assert.deepEqual(places[2], ["lindh"]);
  assert.deepEqual(places[3], []);
});

test("a name that qualifies a common noun is no place: 'on Danish markets', 'in Varnish waters'; 'Orsk region' still is", () => {
  const r = report(
    "a",
    "The tanker held 500,000 barrels in Varnish waters. Rates will fall to 20 days on Danish markets. " +
      "Floods covered 40 villages in Orsk region.",
  );
  const ms = mentions(r, [
    { text: "500,000 barrels", kind: "quantity", low: 79500, unit: "m3" },
    { text: "20 days", kind: "duration", low: 20, unit: "d" },
    { text: "40 villages", kind: "count", low: 40, unit: "village" },
  ]);
  assert.deepEqual(reportFeatures(r.text, ms, "en").map((f) => f.places), [[], [], ["orsk"]]);
});

test("a country named like a demonym stays a place: 'in Sudan died', 'in Japan fell'", () => {
  const r = report("a", "At least 40 people in Sudan died in the floods. Exports from 12 ports in Japan fell sharply.");
  const ms = mentions(r, [
    { text: "40 people", kind: "count", low: 40, unit: "person" },
    { text: "12 ports", kind: "count", low: 12, unit: "port" },
  ]);
  assert.deepEqual(reportFeatures(r.text, ms, "en").map((f) => f.places), [["sudan"], ["japan"]]);
});

test("a demonym is known by its own endings: 'in Michigan', 'in Wuhan', 'in Amman', 'in Pakistan', 'in Oman' stay places, 'on Kenyan farms', 'in Tellaran waters' beside Tellara are none", () => {
  const r = report(
    "a",
    "About 40 homes in Michigan lost power. Some 300 people in Wuhan remain in hospital. Nearly 12 trucks in Amman waited at the border. " +
      "At least 25 people in Pakistan died. Exports from 3 ports in Oman fell. Yields of 30 tonnes on Kenyan farms dropped. " +
      "Tellara's navy said 8 tankers in Tellaran waters were stopped.",
  );
  const ms = mentions(r, [
    { text: "40 homes", kind: "count", low: 40, unit: "home" },
    { text: "300 people", kind: "count", low: 300, unit: "person" },
    { text: "12 trucks", kind: "count", low: 12, unit: "truck" },
    { text: "25 people", kind: "count", low: 25, unit: "person" },
    { text: "3 ports", kind: "count", low: 3, unit: "port" },
    { text: "30 tonnes", kind: "quantity", low: 30000, unit: "kg" },
    { text: "8 tankers", kind: "count", low: 8, unit: "tanker" },
  ]);
  assert.deepEqual(reportFeatures(r.text, ms, "en").map((f) => f.places), [["michi"], ["wuhan"], ["amman"], ["pakis"], ["oman"], [], []]);
});

test("two figures measured at places named apart make no conflict; one place in common does", () => {
  const verdict = (a: string, b: string) => {
    const ra = report("a", `Floodwater reached a level of 4 metres at ${a} on Tuesday, the agency said.`, "2024-05-07");
    const rb = report("b", `Floodwater reached a level of 7 metres at ${b} on Tuesday, the agency said.`, "2024-05-07");
    const [ma] = mentions(ra, [{ text: "4 metres", kind: "quantity", low: 4, unit: "m" }]);
    const [mb] = mentions(rb, [{ text: "7 metres", kind: "quantity", low: 7, unit: "m" }]);
    return reconcile({ reports: [ra, rb], mentions: [ma, mb] }).facts.map((f) => f.verdict);
  };
  assert.deepEqual(verdict("Orsk", "Orsk"), ["conflict"]);
  assert.deepEqual(verdict("Orsk", "Tobol"), ["agree"]);
});

test("a figure's change is read off the words by it: an amount moved, a share moved in points, a time that places a moment, not one 'for' makes a length", () => {
  const r = report(
    "a",
    "Exports rose 7.6 percent last year, and the state's stake was raised by 5 percentage points to 10%. " +
      "The level will increase by another metre after it reached 12 metres. Officials cut the river's flow by as much as 40 percent. " +
      "Two tugboats escorted by 3 pilots left. The radar pass came two days after landfall; the storm lasted four days. " +
      "Its beacon was off for six days before it was seized.",
  );
  const ms = mentions(r, [
    { text: "7.6 percent", kind: "percent", low: 7.6, unit: "%" },
    { text: "5 percentage points", kind: "percent", low: 5, unit: "%" },
    { text: "10%", kind: "percent", low: 10, unit: "%" },
    { text: "another metre", kind: "quantity", low: 1, unit: "m" },
    { text: "12 metres", kind: "quantity", low: 12, unit: "m" },
    { text: "40 percent", kind: "percent", low: 40, unit: "%" },
    { text: "3 pilots", kind: "count", low: 3, unit: "pilot" },
    { text: "two days", kind: "duration", low: 2, unit: "d" },
    { text: "four days", kind: "duration", low: 4, unit: "d" },
    { text: "six days", kind: "duration", low: 6, unit: "d" },
  ]);
  assert.deepEqual(
    reportFeatures(r.text, ms, "en").map((f) => f.change),
    ["change", "points", null, "change", null, "change", null, "offset", null, null],
  );
});

test("a stretch of time a verb moves is a change: 'cut the trip by ten days', 'will reduce the ten days'; one it lasts is none", () => {
  const r = report("a", "The canal cut the trip by ten days. The new route will reduce the twelve days the crossing takes, which will drop to 25 days. Work was delayed two weeks. The port can grow for 50 years.");
  const ms = mentions(r, [
    { text: "ten days", kind: "duration", low: 10, unit: "d" },
    { text: "twelve days", kind: "duration", low: 12, unit: "d" },
    { text: "25 days", kind: "duration", low: 25, unit: "d" },
    { text: "two weeks", kind: "duration", low: 14, unit: "d" },
    { text: "50 years", kind: "duration", low: 18262.5, unit: "d" },
  ]);
  assert.deepEqual(reportFeatures(r.text, ms, "en").map((f) => f.change), ["change", "change", null, "change", null]);
});

test("a share a verb of loss moves is a change: 'lost 9%', 'shed 3%'; a share of a whole is none", () => {
  const r = report("a", "The carrier's stock has lost 9% since March and shed 3% on Monday. Its fleet is 14% of the market.");
  const ms = mentions(r, [
    { text: "9%", kind: "percent", low: 9, unit: "%" },
    { text: "3%", kind: "percent", low: 3, unit: "%" },
    { text: "14%", kind: "percent", low: 14, unit: "%" },
  ]);
  assert.deepEqual(reportFeatures(r.text, ms, "en").map((f) => f.change), ["change", "change", null]);
});

test("an amount added to another is a change: 'a further', 'N more', 'N other', 'N additional'; 'another' may list a total", () => {
  const r = report(
    "a",
    "The ministry has sent 4,000 engineers so far and will send 2,500 more by spring. A further 300 medics are on their way, " +
      "and two other volunteers joined on Friday. An additional 40 trucks left, 60 additional buses wait, and 12 or more ferries run. " +
      "At least 50 people died and another 400 are missing.",
  );
  const ms = mentions(r, [
    { text: "4,000 engineers", kind: "count", low: 4000, unit: "engineer" },
    { text: "2,500", kind: "count", low: 2500 },
    { text: "300 medics", kind: "count", low: 300, unit: "medic" },
    { text: "two other volunteers", kind: "count", low: 2, unit: "volunteer" },
    { text: "40 trucks", kind: "count", low: 40, unit: "truck" },
    { text: "60", kind: "count", low: 60 },
    { text: "12", kind: "count", low: 12 },
    { text: "400", kind: "count", low: 400 },
  ]);
  assert.deepEqual(reportFeatures(r.text, ms, "en").map((f) => f.change), [null, "change", "change", "change", "change", "change", null, null]);
});

test("other languages' stretches of time that place a moment: 앞당겨, 提前, 後, раньше, раніше; a length stays one", () => {
  const ko = report("k", "개통은 4개월 가량 앞당겨졌다. 공사는 7개월 걸렸다.");
  const kms = mentions(ko, [
    { text: "4개월", kind: "duration", low: 121.76, unit: "d" },
    { text: "7개월", kind: "duration", low: 213.08, unit: "d" },
  ]);
  assert.deepEqual(reportFeatures(ko.text, kms, "ko").map((f) => f.change), ["offset", null]);
  const zh = report("z", "大桥提前两年通车,工期三年。");
  const zms = mentions(zh, [
    { text: "两年", kind: "duration", low: 730.5, unit: "d" },
    { text: "三年", kind: "duration", low: 1095.75, unit: "d" },
  ]);
  assert.deepEqual(reportFeatures(zh.text, zms, "zh").map((f) => f.change), ["offset", null]);
  const ja = report("j", "開通の3年後に改修された。");
  assert.deepEqual(reportFeatures(ja.text, mentions(ja, [{ text: "3年", kind: "duration", low: 1095.75, unit: "d" }]), "ja").map((f) => f.change), ["offset"]);
  const ru = report("r", "Движение открыли на 9 дней раньше, ремонт шёл 40 дней.");
  const rms = mentions(ru, [
    { text: "9 дней", kind: "duration", low: 9, unit: "d" },
    { text: "40 дней", kind: "duration", low: 40, unit: "d" },
  ]);
  assert.deepEqual(reportFeatures(ru.text, rms, "ru").map((f) => f.change), ["offset", null]);
  const uk = report("u", "Міст відкрили на 9 днів раніше.");
  assert.deepEqual(reportFeatures(uk.text, mentions(uk, [{ text: "9 днів", kind: "duration", low: 9, unit: "d" }]), "uk").map((f) => f.change), ["offset"]);
});

test("a count added on top is neither rival nor revision of a level, though one fact holds both", () => {
  const ra = report("a", "About 700 of the volunteers have been killed so far, the ministry said.", "2024-05-02");
  const rb = report("b", "The ministry says it is sending 20,000 to 25,000 more, despite the losses.", "2024-08-20");
  const verdict = (tb: string, fb: string, low: number, high: number) => {
    const b = { ...rb, text: tb };
    const ms = [...mentions(ra, [{ text: "700", kind: "count", low: 700, qualifier: "approx" }]), ...mentions(b, [{ text: fb, kind: "count", low, high }])];
    return reconcile({ reports: [ra, b], mentions: ms, groups: [ms.map((m) => `${m.source}@${m.start}`)] }).facts[0].verdict;
  };
  assert.equal(verdict(rb.text, "20,000 to 25,000", 20000, 25000), "agree");
  // the same figure as a level is a running count grown
  assert.equal(verdict("The ministry says 20,000 to 25,000 have been killed so far.", "20,000 to 25,000", 20000, 25000), "revised");
});

test("a change set against a level, or two distances from two points, make no conflict", () => {
  const verdicts = (a: string, b: string, figures: [Figure, Figure]) => {
    const ra = report("a", a, "2024-05-07"), rb = report("b", b, "2024-05-07");
    const [ma] = mentions(ra, [figures[0]]);
    const [mb] = mentions(rb, [figures[1]]);
    return reconcile({ reports: [ra, rb], mentions: [ma, mb] }).facts.map((f) => f.verdict);
  };
  const level = (low: number, text: string): Figure => ({ text, kind: "quantity", low, unit: "m" });
  assert.deepEqual(verdicts("The river level rose to 7 metres at the gauge.", "The river level at the gauge reached 4 metres.", [level(7, "7 metres"), level(4, "4 metres")]), ["conflict"]);
  assert.deepEqual(verdicts("The river level rose by 7 metres at the gauge.", "The river level at the gauge reached 4 metres.", [level(7, "7 metres"), level(4, "4 metres")]), ["agree"]);
  const far = (a: string, b: string) => verdicts(`The dam lies 30 km east of ${a}, engineers said.`, `The dam lies 70 km east of ${b}, engineers said.`, [level(30000, "30 km"), level(70000, "70 km")]);
  assert.deepEqual(far("Varna", "the city of Varna"), ["conflict"]);
  assert.deepEqual(far("Varna", "the old quarry"), ["agree"]);
});

test("a side's part of one thing is a share of it", () => {
  const r = report("a", "The bridge is 1 km long, and the eastern part 581 metres; it is part of the plan to build 3 km of road.");
  const ms = mentions(r, [
    { text: "1 km", kind: "quantity", low: 1000, unit: "m" },
    { text: "581 metres", kind: "quantity", low: 581, unit: "m" },
    { text: "3 km", kind: "quantity", low: 3000, unit: "m" },
  ]);
  assert.deepEqual(reportFeatures(r.text, ms, "en").map((f) => !!f.share), [false, true, false]);
});

test("a count right after a dash or colon that follows a count opens its breakdown: a share of it", () => {
  const r = report("a", "The depot has six cranes – two for grain and four for containers. It also has 30 trucks: 12 of them are electric.");
  const ms = mentions(r, [
    { text: "six cranes", kind: "count", low: 6, unit: "crane" },
    { text: "two", kind: "count", low: 2, unit: "crane" },
    { text: "four", kind: "count", low: 4, unit: "crane" },
    { text: "30 trucks", kind: "count", low: 30, unit: "truck" },
    { text: "12", kind: "count", low: 12, unit: "truck" },
  ]);
  assert.deepEqual(reportFeatures(r.text, ms, "en").map((f) => !!f.share), [false, true, false, false, true]);
  // a dash between two figures of other kinds, or inside a range, is no breakdown
  const s = report("b", "Some 40 ships waited – 2 km of them at anchor.");
  const ns = mentions(s, [{ text: "40 ships", kind: "count", low: 40, unit: "ship" }, { text: "2 km", kind: "quantity", low: 2000, unit: "m" }]);
  assert.deepEqual(reportFeatures(s.text, ns, "en").map((f) => !!f.share), [false, false]);
});

test("a figure its clause limits to part of a stretch (\"in March alone\") is a share of the stretch's figure", () => {
  const r = report("a", "Sales reached $50 million in 2024, and in March alone they came to $9 million.");
  const ms = mentions(r, [
    { text: "$50 million", kind: "money", low: 5e7, unit: "USD" },
    { text: "2024", kind: "date", date: ["2024-01-01", "2024-12-31"] },
    { text: "March", kind: "date", date: ["2024-03-01", "2024-03-31"] },
    { text: "$9 million", kind: "money", low: 9e6, unit: "USD" },
  ]);
  assert.deepEqual(reportFeatures(r.text, ms, "en").map((f) => !!f.share), [false, false, false, true]);
});

test("two parts that count different things are never a conflict's pair; two parts of one kind may be", () => {
  const apart = (tb: string, fb: string, unit: string) => {
    const ra = report("a", "Some 900 people have left the valley, including 300 people from the old town.", "2024-05-02");
    const rb = report("b", tb, "2024-05-03");
    const ms = [...mentions(ra, [{ text: "300 people", kind: "count", low: 300, unit: "person" }]), ...mentions(rb, [{ text: fb, kind: "count", low: parseInt(fb, 10), unit }])];
    const { items } = prepare([ra, rb], ms);
    return wordsScorer(items, propertiesOf(items), MODEL)(0, 1) === -Infinity;
  };
  assert.equal(apart("About 2,000 people have left the valley, including 120 children.", "120 children", "child"), true);
  assert.equal(apart("About 2,000 people have left the valley, including 340 people from the old town.", "340 people", "person"), false);
});

test("the rules that set a pair apart hold in a fit that trusts every pair", () => {
  const ra = report("a", "Floodwater reached a level of 4 metres at Orsk on Tuesday, the agency said.", "2024-05-07");
  const rb = report("b", "Floodwater reached a level of 7 metres at Tobol on Tuesday, the agency said.", "2024-05-07");
  const [ma] = mentions(ra, [{ text: "4 metres", kind: "quantity", low: 4, unit: "m" }]);
  const [mb] = mentions(rb, [{ text: "7 metres", kind: "quantity", low: 7, unit: "m" }]);
  for (const trust of [null, 1]) assert.deepEqual(reconcile({ reports: [ra, rb], mentions: [ma, mb], model: { ...MODEL, trust } }).facts.map((f) => f.verdict), ["agree"]);
});

test("a permitted amount is what may be, not what is; a figure the permission lets happen is what was", () => {
  const r = report("a", "Kazakhstan will be allowed to take up to 5 bcm a year. Officials allowed 300 people to leave on Monday.");
  const ms = mentions(r, [
    { text: "5 bcm", kind: "quantity", low: 5e9, unit: "m3" },
    { text: "300 people", kind: "count", low: 300, unit: "person" },
  ]);
  assert.deepEqual(reportFeatures(r.text, ms, "en").map((f) => !!f.maybe), [true, false]);
});

test("two days of one event are weighed by their words alone, not kept apart because they differ", () => {
  const day = (id: string, text: string, figure: string, date: string, published: string) => {
    const r = report(id, text, published);
    return { r, ms: mentions(r, [{ text: figure, kind: "date", date: [date, date] }]) };
  };
  const pair = (a: ReturnType<typeof day>, b: ReturnType<typeof day>) => prepare([a.r, b.r], [...a.ms, ...b.ms]).items;
  const oneEvent = pair(
    day("a", "The storm made landfall near the port on Friday, bringing heavy rain.", "Friday", "2024-03-08", "2024-03-09"),
    day("b", "The cyclone made landfall on Sunday with strong winds, officials said.", "Sunday", "2024-03-10", "2024-03-11"),
  );
  const twoHappenings = pair(
    day("a", "Ten tugboats were still pulling at the hull on Saturday.", "Saturday", "2024-03-09", "2024-03-10"),
    day("b", "Officials said on Monday that traffic had resumed.", "Monday", "2024-03-11", "2024-03-12"),
  );
  // the day weights, recognisable: every feature weighs nothing, the bias is 5
  const attach = { ...MODEL.attach!, day: { weights: MODEL.weights.map(() => 0), bias: 5 } };
  const model = { ...MODEL, attach };
  assert.equal(wordsScorer(oneEvent, propertiesOf(oneEvent), model)(0, 1), 5);
  assert.notEqual(wordsScorer(twoHappenings, propertiesOf(twoHappenings), model)(0, 1), 5);
  // with the shipped weights a lone landfall day joins the other's fact (0.67 before, below the threshold 1)
  assert.ok(wordsScorer(oneEvent, propertiesOf(oneEvent), MODEL)(0, 1) >= MODEL.attach!.threshold);
});
