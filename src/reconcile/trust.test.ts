import { test } from "node:test";
import assert from "node:assert/strict";
import type { Side } from "./pairs.js";
import { apartBy, baseDates, besideMeasured, complements, countdowns, deniedBounds, farApart, happeningsDifferThrough, lines, movedBy, oddHappening, oddMeasure, oneWay, sumAgainstOne, ownersDiffer, takenFrom, unnamedAmongNamed, wholesDiffer, windows, yearParts } from "./trust.js";
import { comparisonBase, directionOf, windowOf } from "./own-clause.js";
import { localeFor } from "./locale.js";
import { coverageOf, duplicateOf, ongoingOf, pollOf, rollingOf } from "./roles.js";
import type { Mention } from "../types.js";

/** Whether `apart` sets no two members of `g` apart (a rule that reads its members when asked is never null). */
const noneApart = (apart: (i: number, j: number) => boolean, g: number[]) => g.every((i) => g.every((j) => i === j || !apart(i, j)));

/** Sides as oddMeasure reads them: the measure each figure's own clause names (0: none). */
const sides = (measures: number[]): Side[] => measures.map((measure) => ({ measure }) as unknown as Side);

test("oddMeasure: a member naming another measure than most of its group is unlike the group's bare members", () => {
  // 1: the dead, 2: the injured; 0-2 name the dead, 3 names none, 4 names the injured
  const s = sides([1, 1, 1, 0, 2]);
  const odd = oddMeasure([0, 1, 2, 3, 4], s)!;
  assert.equal(odd(4, 3), true);
  assert.equal(odd(3, 4), true);
  // the bare member against one naming the group's own measure, or two naming one: as the words say
  assert.equal(odd(3, 0), false);
  assert.equal(odd(0, 1), false);
  // two named measures are measuresDiffer's: not this rule's
  assert.equal(odd(4, 0), false);
  // a group naming one measure, or none, has no odd member
  assert.equal(oddMeasure([0, 1, 3], s), null);
  assert.equal(oddMeasure([3], s), null);
});

test("besideMeasured: a bare figure beside its sentence's own toll of another value is no rival of another report", () => {
  // measure 1: the dead. Report 0 says in one sentence (10) "killed 20 and drove 30,000 from their
  // homes"; report 1 gives a toll of 35; report 2 a bare 36 alone in its sentence
  const s = [
    { measure: 1, report: 0, sentence: 10, value: 20 },
    { measure: 0, report: 0, sentence: 10, value: 30000 },
    { measure: 1, report: 1, sentence: 5, value: 35 },
    { measure: 0, report: 2, sentence: 7, value: 36 },
  ] as unknown as Side[];
  const apart = besideMeasured([0, 1, 2, 3], s)!;
  assert.equal(apart(1, 2), true);
  assert.equal(apart(3, 1), true);
  // the sentence's own toll and a bare figure of another sentence stay for the words
  assert.equal(apart(0, 2), false);
  assert.equal(apart(3, 2), false);
  // within one report: not this rule's (one report never conflicts with itself)
  assert.equal(apart(0, 1), false);
  // no bare figure beside its sentence's toll, or no measure named in the group: nothing set apart
  assert.equal(besideMeasured([0, 2, 3], s), null);
  assert.equal(besideMeasured([1, 3], s), null);
});

/** A date mention of `text` at the first `at`, its sentence the whole text. */
const dateIn = (text: string, at: string): Mention => {
  const start = text.indexOf(at);
  return { kind: "date", start, end: start + at.length, text: at, sentence: [0, text.length] } as unknown as Mention;
};

test("comparisonBase: a date that is only the last time something was as great, in several languages", () => {
  const yes: Array<[string, string, string]> = [
    ["en", "The fire was the deadliest in the city since 1998, officials said.", "1998"],
    ["en", "Prices posted their first monthly fall since March 2020.", "March 2020"],
    ["fr", "C'est la crue la plus forte depuis 1910 dans la vallée.", "1910"],
    ["es", "Fue la peor sequía desde 2005 en la provincia.", "2005"],
    ["de", "Es ist der höchste Pegel seit 2013 an diesem Fluss.", "2013"],
    ["ru", "Это самый сильный шторм с 2007 года в регионе.", "2007 года"],
    ["pl", "To najwyższy poziom wody od 1997 roku.", "1997 roku"],
    ["zh", "这是2016年以来最严重的洪水。", "2016年"],
    ["ko", "이는 2019년 이후 최대 규모다.", "2019년"],
  ];
  for (const [lang, text, at] of yes) assert.equal(comparisonBase(text, dateIn(text, at), localeFor(lang)), true, text);
  const no: Array<[string, string, string]> = [
    // the day a thing began, a count's start, a plain date: the story's own
    ["en", "The road has been closed since Tuesday after the landslide.", "Tuesday"],
    ["en", "At least 40 people have died since March 3, the ministry said.", "March 3"],
    ["en", "The largest of the three dams burst on Sunday.", "Sunday"],
    ["en", "The first evacuees have been arriving at the camp since Monday.", "Monday"],
    ["fr", "Plus de 300 personnes ont été évacuées depuis lundi.", "lundi"],
    ["it", "Più di 200 persone sono state evacuate dal 4 maggio.", "4 maggio"],
    ["pl", "Co najmniej 30 osób zginęło od poniedziałku.", "poniedziałku"],
    ["ko", "2019년 이후 최근까지 공사가 이어졌다.", "2019년"],
  ];
  for (const [lang, text, at] of no) assert.equal(comparisonBase(text, dateIn(text, at), localeFor(lang)), false, text);
});

test("baseDates: a comparison's base is no rival of any date of its group", () => {
  const t0 = "The loss is the costliest since 2019 for insurers.", t1 = "The ship struck the pier on Tuesday.", t2 = "The span fell on Monday.";
  const s = [
    { kind: "date", text: t0, m: dateIn(t0, "2019"), language: "en" },
    { kind: "date", text: t1, m: dateIn(t1, "Tuesday"), language: "en" },
    { kind: "date", text: t2, m: dateIn(t2, "Monday"), language: "en" },
  ] as unknown as Side[];
  const apart = baseDates(s);
  assert.equal(apart(0, 1), true);
  assert.equal(apart(2, 0), true);
  // two of the story's own dates stay for the words and the verdict
  assert.equal(apart(1, 2), false);
  assert.ok(noneApart(apart, [1, 2]));
});

/** A figure mention of `text` at the first `at`. */
const figureIn = (text: string, at: string): Mention => {
  const start = text.indexOf(at);
  return { kind: "money", start, end: start + at.length, text: at, sentence: [0, text.length] } as unknown as Mention;
};

test("directionOf: the one direction of a flow a figure's own clause names, not its neighbour's", () => {
  const t = "Tolls fell by $2 million a day on northbound trips and by $1.5 million on southbound ones.";
  assert.equal(directionOf(t, figureIn(t, "$2 million"), localeFor("en")), "northbound");
  assert.equal(directionOf(t, figureIn(t, "$1.5 million"), localeFor("en")), "southbound");
  const u = "The closure costs the region $3 million a day, the agency said.";
  assert.equal(directionOf(u, figureIn(u, "$3 million"), localeFor("en")), null);
  const v = "Der Tunnel hat zwei Spuren in jeder Richtung.";
  assert.equal(directionOf(v, { ...figureIn(v, "zwei Spuren"), kind: "count" }, localeFor("de")), "in jeder richtung");
});

test("oneWay: one direction of a flow is no rival of the flow both ways, nor of the other direction", () => {
  const a = "Tolls fell by $2 million a day on northbound trips.", b = "Tolls fell by $3 million a day.", c = "Southbound, tolls fell by $1 million a day.", d = "Tolls fell by $2.5 million a day.";
  const s = [
    { text: a, m: figureIn(a, "$2 million"), language: "en", report: 0 },
    { text: b, m: figureIn(b, "$3 million"), language: "en", report: 1 },
    { text: c, m: figureIn(c, "$1 million"), language: "en", report: 2 },
    { text: d, m: figureIn(d, "$2.5 million"), language: "en", report: 3 },
  ] as unknown as Side[];
  const apart = oneWay(s);
  assert.equal(apart(0, 1), true);
  assert.equal(apart(0, 2), true);
  // two that name no direction stay for the words
  assert.equal(apart(1, 3), false);
  assert.ok(noneApart(apart, [1, 3]));
});

/** A stretch of time of `text` at the first `at`. */
const stretchIn = (text: string, at: string): Mention => ({ ...figureIn(text, at), kind: "duration" }) as Mention;

test("windowOf: a stretch that times another amount of its clause, not one that is a length", () => {
  const yes: Array<[string, string, string]> = [
    ["en", "Up to 300 mm of snow fell on the pass within a 36-hour period.", "36-hour"],
    ["en", "The river rose by 4 metres in the space of two days.", "two days"],
    ["de", "Es fielen 200 Liter Regen innerhalb von 24 Stunden.", "24 Stunden"],
    ["zh", "降雨300毫米在48小时内落下。", "48小时"],
  ];
  for (const [lang, text, at] of yes) assert.equal(windowOf(text, stretchIn(text, at), localeFor(lang)), true, text);
  const no: Array<[string, string, string]> = [
    // a length of something, or a window with no amount to time
    ["en", "The pumps have been idle for nearly 12 years.", "12 years"],
    ["en", "Repairs should be done within a month, the operator said.", "a month"],
  ];
  for (const [lang, text, at] of no) assert.equal(windowOf(text, stretchIn(text, at), localeFor(lang)), false, text);
  // the amount must be in the stretch's own clause, before it: past a clause mark it is another clause's
  const z = "降雨量达300毫米，集中在48小时内。";
  assert.equal(windowOf(z, stretchIn(z, "48小时"), localeFor("zh")), false);
});

test("windows: a window of another amount is no rival of a length of time", () => {
  const a = "Up to 300 mm of snow fell within a 36-hour period.", b = "The pumps have been idle for 12 years.", c = "The road was shut for 3 days.";
  const s = [
    { kind: "duration", text: a, m: stretchIn(a, "36-hour"), language: "en", report: 0 },
    { kind: "duration", text: b, m: stretchIn(b, "12 years"), language: "en", report: 1 },
    { kind: "duration", text: c, m: stretchIn(c, "3 days"), language: "en", report: 2 },
  ] as unknown as Side[];
  const apart = windows(s);
  assert.equal(apart(0, 1), true);
  assert.equal(apart(2, 0), true);
  assert.equal(apart(1, 2), false);
  assert.ok(noneApart(apart, [1, 2]));
});

test("yearParts: an amount of a half or a quarter is no rival of one of no period", () => {
  const day = (iso: string) => Date.parse(iso) / 86_400_000;
  const of = (from: string | null, to: string | null, report: number) => ({ periodFrom: from ? day(from) : Number.NaN, periodTo: to ? day(to) : Number.NaN, report });
  const s = [
    of("2025-01-01", "2025-06-30", 0), // the first half
    of(null, null, 1), // no period
    of("2025-01-01", "2025-12-31", 2), // the year
    of("2025-07-01", "2025-09-30", 3), // the third quarter
    of("2025-05-01", "2025-05-31", 4), // a month: most often an event's date near the sum
    of(null, null, 5),
  ] as unknown as Side[];
  const apart = yearParts([0, 1, 2, 3, 4, 5], s)!;
  assert.equal(apart(0, 1), true);
  assert.equal(apart(5, 3), true);
  // a year, a month, or two that name no period: not this rule's
  assert.equal(apart(2, 1), false);
  assert.equal(apart(4, 1), false);
  assert.equal(apart(1, 5), false);
  // two periods: grouping's and the verdict's as ever
  assert.equal(apart(0, 3), false);
  assert.equal(yearParts([1, 2, 4, 5], s), null);
});

/** A percentage of `text` at the first `at`, its sentence the whole text. */
const shareIn = (text: string, at: string): Mention => ({ ...figureIn(text, at), kind: "percent" }) as Mention;

test("movedBy: a percentage moved \"by\", whatever its verb, is no rival of a level", () => {
  const a = "Coal shipments to the port have slumped by more than 60 percent since 2019.";
  const b = "The port handles about 45 percent of the country's coal exports.";
  const c = "Shipments have fallen by 55 percent, the ministry said.";
  const d = "Its share of the trade is 40 percent.";
  const s = [
    { kind: "percent", change: null, text: a, m: shareIn(a, "60 percent"), language: "en", report: 0, sentence: 0 },
    { kind: "percent", change: null, text: b, m: shareIn(b, "45 percent"), language: "en", report: 1, sentence: 0 },
    // read as a change already (its verb is the locale's): the words and the fit decide
    { kind: "percent", change: "change", text: c, m: shareIn(c, "55 percent"), language: "en", report: 2, sentence: 0 },
    { kind: "percent", change: null, text: d, m: shareIn(d, "40 percent"), language: "en", report: 3, sentence: 0 },
  ] as unknown as Side[];
  const apart = movedBy(s);
  assert.equal(apart(0, 1), true);
  assert.equal(apart(3, 0), true);
  // against another change, or two levels: as the words say
  assert.equal(apart(0, 2), false);
  assert.equal(apart(1, 3), false);
  assert.ok(noneApart(apart, [1, 2, 3]));
  // "by" with a year, or no "by": no change read
  const e = "The share should reach 70 percent by 2030.";
  const f = "The share is 30 percent.";
  const levels = [
    { kind: "percent", change: null, text: e, m: shareIn(e, "70 percent"), language: "en", report: 0, sentence: 0 },
    { kind: "percent", change: null, text: f, m: shareIn(f, "30 percent"), language: "en", report: 1, sentence: 0 },
  ] as unknown as Side[];
  assert.ok(noneApart(movedBy(levels), [0, 1]));
});

test("lines: a line of a toll's breakdown is no rival of a figure not of the same line", () => {
  // measure 1: an age bracket (a line), 2: a sex (a line), 0: none
  const s = [
    { line: true, measure: 1, report: 0 },
    { line: false, measure: 0, report: 1 },
    { line: true, measure: 1, report: 2 },
    { line: true, measure: 2, report: 3 },
    { line: false, measure: 0, report: 4 },
  ] as unknown as Side[];
  const apart = lines([0, 1, 2, 3, 4], s)!;
  assert.equal(apart(0, 1), true);
  assert.equal(apart(1, 2), true);
  assert.equal(apart(0, 3), true);
  // two counts of one line, or two that are no line, stay for the words
  assert.equal(apart(0, 2), false);
  assert.equal(apart(1, 4), false);
  assert.equal(lines([1, 4], s), null);
});

test("lines: the age bracket a Korean, Japanese or Chinese clause gives a count makes it a line", async () => {
  const { prepare } = await import("./prepare.js");
  const { propertiesOf } = await import("./property.js");
  const { sidesOf } = await import("./pairs.js");
  const { mentions, report } = await import("../../test/reconcile/testkit.js");
  const k = { ...report("k", "희생자 가운데 30대가 42명이고 경기 지역 주민이 27명이다."), language: "ko" };
  const ms = mentions(k, [
    { text: "42명", kind: "count", low: 42, unit: "person" },
    { text: "27명", kind: "count", low: 27, unit: "person" },
  ]);
  const { items } = prepare([k], ms);
  assert.deepEqual(sidesOf(items, propertiesOf(items)).map((x) => x.line), [true, false]);
});

test("takenFrom: a count taken from a whole its sentence states is no rival of a count that is none", () => {
  const count = (text: string, at: string, language: string, report: number) => ({ kind: "count", text, m: { ...figureIn(text, at), kind: "count" }, language, report });
  const a = "けが人90人のうち、62人はすでに退院した。", b = "少なくとも95人が死亡した。", c = "90 were hurt, 62 of them have gone home.", d = "At least 95 people died.";
  const s = [count(a, "62人", "ja", 0), count(b, "95人", "ja", 1), count(c, "62", "en", 2), count(d, "95 people", "en", 3), count(a, "90人", "ja", 4)] as unknown as Side[];
  const apart = takenFrom(s);
  assert.equal(apart(0, 1), true);
  assert.equal(apart(3, 2), true);
  // the whole itself is no part; two parts, or two that are none, stay for the words
  assert.equal(apart(4, 1), false);
  assert.equal(apart(0, 2), false);
  assert.equal(apart(1, 3), false);
  assert.ok(noneApart(apart, [1, 3, 4]));
  // English names the whole before the part too: "…, of whom 1.2 million"
  const e = "3.1 million customers lost service, of whom 1.2 million were on mobile.", f = "1.4 million customers use the network.";
  const en = [count(e, "1.2 million", "en", 0), count(f, "1.4 million", "en", 1)] as unknown as Side[];
  assert.equal(takenFrom(en)(0, 1), true);
});

test("sumAgainstOne: a count of the others beside one of several things is no rival of their sum", () => {
  const side = (text: string, at: string, report: number, kind = "count") => ({ kind, text, m: { ...figureIn(text, at), kind }, language: "en", report });
  const d = "Four spans, 600 metres in all, fell into the river.";
  const e = "The main span fell, with two shorter spans beside it.";
  const f = "Three spans fell into the river.";
  const s = [side(d, "Four spans", 0), side(e, "two shorter spans", 1), side(f, "Three spans", 2)] as unknown as Side[];
  const apart = sumAgainstOne(s);
  assert.equal(apart(0, 1), true);
  assert.equal(apart(1, 0), true);
  // a count that names the things in the plural only is no part: a rival of the sum as ever
  assert.equal(apart(0, 2), false);
  assert.equal(apart(1, 2), false);
  // amounts, not counts: one reservoir's volume against the two's is left to the words
  const a = "Heavy rain burst the two reservoirs, which together held 40 million cubic metres of water.";
  const b = "The upper reservoir, which held 18 million cubic metres, gave way first.";
  assert.ok(noneApart(sumAgainstOne([side(a, "40 million cubic metres", 0, "quantity"), side(b, "18 million cubic metres", 1, "quantity")] as unknown as Side[]), [0, 1]));
  // no sum: a sum word with no count of things sums nothing
  const g = "In all, traffic was cut to one lane for 40 days.", h = "The bridge has one lane closed.";
  assert.ok(noneApart(sumAgainstOne([side(g, "one lane", 0), side(h, "one lane", 1)] as unknown as Side[]), [0, 1]));
});

test("complements: two reports' percentages that add up to a whole are its two parts, no rivals", () => {
  const pc = (report: number, low: number, o: { high?: number; qualifier?: Mention["qualifier"]; change?: string } = {}) =>
    ({ kind: "percent", report, change: o.change ?? null, m: { low, high: o.high ?? low, qualifier: o.qualifier ?? null } }) as unknown as Side;
  // "the port group holds 49 %" against "the state owns 51 %, its partner the rest"
  assert.equal(complements(pc(0, 49), pc(1, 51)), true);
  assert.equal(complements(pc(0, 30), pc(1, 70)), true);
  // two values that do not add up to a whole, a bound, a range, a change, one report: as before
  assert.equal(complements(pc(0, 49), pc(1, 52)), false);
  assert.equal(complements(pc(0, 49, { qualifier: "lower" }), pc(1, 51)), false);
  assert.equal(complements(pc(0, 40, { high: 45 }), pc(1, 60)), false);
  assert.equal(complements(pc(0, 49, { change: "change" }), pc(1, 51)), false);
  assert.equal(complements(pc(0, 49), pc(0, 51)), false);
});

test("unnamedAmongNamed: a date naming no happening, among dates of two other reports that each name one, stands apart", () => {
  // happenings numbered (0: none): reports 0 and 1 name one ("occurred on", "reported on"), report 2's bare year names none
  const date = (report: number, happening: number) => ({ kind: "date", report, happening }) as unknown as Side;
  const s = [date(0, 3), date(1, 4), date(1, 0), date(2, 0)];
  const lone = unnamedAmongNamed([0, 1, 3], s);
  assert.deepEqual([0, 1, 3].map(lone), [false, false, true]);
  // one other report naming its happening is not enough; two bare dates of two reports are no lone one
  assert.equal(unnamedAmongNamed([0, 3], s)(3), false);
  assert.equal(unnamedAmongNamed([0, 1, 2, 3], s)(3), false);
  // a report that names the happening by another of its dates names it for its bare one too
  assert.equal(unnamedAmongNamed([0, 1, 2], s)(2), false);
  // stretches of time, or any other kind in the group: never
  assert.equal(unnamedAmongNamed([0, 1, 2], [s[0], s[1], { kind: "duration", report: 2, happening: 0 } as unknown as Side])(2), false);
});

test("oddHappening: a date of another happening than most of its group's is unlike the group's bare dates", () => {
  // happenings numbered (0: none): 1 "offered on", twice; 2 "closed on"; member 3 names none
  const s = [1, 1, 2, 0].map((happening, report) => ({ kind: "date", report, happening }) as unknown as Side);
  const odd = oddHappening([0, 1, 2, 3], s)!;
  assert.equal(odd(2, 3), true);
  assert.equal(odd(3, 2), true);
  // the bare date against one of the group's happening, or two of two happenings: not this rule's
  assert.equal(odd(3, 0), false);
  assert.equal(odd(2, 0), false);
  // one happening, or none named twice: no odd member
  assert.equal(oddHappening([0, 1, 3], s), null);
  assert.equal(oddHappening([0, 2, 3], s), null);
});

test("happeningsDifferThrough: two languages' verbs told apart by a member of one's language and the other's value", () => {
  // languages 1 and 2; happenings numbered: 5 "joined", 6 "imported" (language 1), 7 "przywieziono" (language 2); values numbered
  const side = (lang: number, happening: number, value: number) => ({ lang, happening, happenWord: true, value }) as unknown as Side;
  const s = [side(1, 5, 100), side(1, 6, 200), side(2, 7, 200), side(2, 7, 100)];
  assert.equal(happeningsDifferThrough([0, 1, 2], s)(0, 2), true);
  // the other way round, no member of language 2 has the value of member 0 under another verb
  assert.equal(happeningsDifferThrough([0, 1, 2], s)(2, 0), false);
  // without the third member, or when it has another value: no telling
  assert.equal(happeningsDifferThrough([0, 2], s)(0, 2), false);
  assert.equal(happeningsDifferThrough([0, 1, 3], s)(0, 3), false);
  // one language: happeningsDiffer's
  assert.equal(happeningsDifferThrough([0, 1], s)(0, 1), false);
});

test("wholesDiffer: shares of two wholes their words name are no rivals", () => {
  const share = (text: string, at: string, language: string, lang: number) => ({ kind: "percent", text, m: { ...figureIn(text, at), kind: "percent" }, language, lang });
  const a = "Military outlays reached 2.4% of national output last year.", b = "Members pay dues of 1.2% of their monthly wage.";
  const c = "Military outlays are 2.6% of national output, the minister said.", d = "Military outlays stand at 2.5%.";
  const e = "Les cotisations atteignent 1,5 % du salaire mensuel.";
  const s = [share(a, "2.4%", "en", 1), share(b, "1.2%", "en", 1), share(c, "2.6%", "en", 1), share(d, "2.5%", "en", 1), share(e, "1,5 %", "fr", 2)] as unknown as Side[];
  const apart = wholesDiffer(s);
  assert.equal(apart(0, 1), true);
  assert.equal(apart(1, 2), true);
  // one whole named twice, a share naming none, or two languages: left to the words
  assert.equal(apart(0, 2), false);
  assert.equal(apart(0, 3), false);
  assert.equal(apart(1, 4), false);
});

test("ownersDiffer: a count named by the name before its noun is no rival of another holder's", () => {
  const count = (text: string, at: string, holder: number[] = []) => ({ kind: "count", text, m: { ...figureIn(text, at), kind: "count" }, language: "en", holder });
  const a = "Officials say 2,000 Ostmark soldiers have been wounded.", b = "Tarnia has had 90,000 soldiers wounded.";
  const c = "Officials say 2,400 Ostmark soldiers have been wounded.", d = "About 2,600 soldiers have been wounded.";
  const s = [count(a, "2,000 Ostmark soldiers"), count(b, "90,000 soldiers"), count(c, "2,400 Ostmark soldiers"), count(d, "2,600 soldiers")] as unknown as Side[];
  const apart = ownersDiffer(s);
  assert.equal(apart(0, 1), true);
  // one name twice, or a figure naming none: left to the words
  assert.equal(apart(0, 2), false);
  assert.equal(apart(0, 3), false);
});

test("rolling: a share of the past week is no rival of a share of no such window", () => {
  const side = (text: string, at: string, language: string, report: number) => ({ kind: "percent", text, m: { ...figureIn(text, at), kind: "percent" }, language, report });
  const a = "Tests, last seven days: 22% positive.", b = "Since the first case, 35% of the tests came back positive.";
  const c = "Of the tests run in the past week, 19% were positive.", d = "Au cours des sept derniers jours, 20 % des tests étaient positifs.";
  const e = "The reservoirs stood at 40% in the last week of June.";
  const s = [side(a, "22%", "en", 0), side(b, "35%", "en", 1), side(c, "19%", "en", 2), side(d, "20 %", "fr", 3), side(e, "40%", "en", 4)] as unknown as Side[];
  const apart = apartBy(s, rollingOf);
  assert.equal(apart(0, 1), true);
  assert.equal(apart(1, 3), true);
  // two windows, or a week named by its month (a date, no window), are left to the words
  assert.ok(noneApart(apart, [0, 2, 3]));
  assert.equal(apart(1, 4), false);
});

test("deniedBounds: a bound no one reached is no rival of a value reached", () => {
  const side = (text: string, at: string, language: string) => ({ kind: "percent", text, m: { ...figureIn(text, at), kind: "percent" }, language });
  const a = "Since no party won more than 50% of the seats, talks begin.", b = "The Greens won 42% of the seats.";
  const c = "Weil keine Partei mehr als 50 % der Sitze gewann, wird verhandelt.", d = "No more than 30% of the seats changed hands.";
  const s = [side(a, "50%", "en"), side(b, "42%", "en"), side(c, "50 %", "de"), side(d, "30%", "en")] as unknown as Side[];
  const apart = deniedBounds(s);
  assert.equal(apart(0, 1), true);
  assert.equal(apart(2, 1), true);
  // two denied bounds, and a bound of a value ("no more than"), are left to the words
  assert.equal(apart(0, 2), false);
  assert.equal(apart(3, 1), false);
});

test("apartBy: a happening's age, the places someone was at, a poll's share, each apart from a figure of none", () => {
  const side = (text: string, at: string, kind: string, language: string, report: number) => ({ kind, text, m: { ...figureIn(text, at), kind }, language, report });
  // how long a strike has lasted against how long ships waited; in Polish too
  const a = "The dock strike has now lasted 9 days.", b = "Ships have waited up to 7 days to unload.", c = "Strajk w porcie trwa już 9 dni.";
  const ages = [side(a, "9 days", "duration", "en", 0), side(b, "7 days", "duration", "en", 1), side(c, "9 dni", "duration", "pl", 2)] as unknown as Side[];
  const age = apartBy(ages, ongoingOf);
  assert.equal(age(0, 1), true);
  assert.equal(age(2, 1), true);
  assert.equal(age(0, 2), false);
  // the stations a party's monitors were at against all the stations
  const d = "Its monitors were present at 3,100 polling stations.", e = "The country has 3,400 polling stations.";
  const places = [side(d, "3,100 polling stations", "count", "en", 0), side(e, "3,400 polling stations", "count", "en", 1)] as unknown as Side[];
  assert.equal(apartBy(places, coverageOf)(0, 1), true);
  // an exit poll's share against the count's; a share a holder's possessive gives after the poll's is not the poll's
  const f = "An exit poll by a research firm put the mayor at 52% and his rival at 45%.", g = "The mayor won 49% of the vote.";
  const h = "The exit poll's 52% was a surprise, the count's 49% less so.";
  const polls = [side(f, "45%", "percent", "en", 0), side(g, "49%", "percent", "en", 1), side(h, "49%", "percent", "en", 2), side(f, "52%", "percent", "en", 3)] as unknown as Side[];
  const poll = apartBy(polls, pollOf);
  assert.equal(poll(0, 1), true);
  assert.equal(poll(3, 1), true);
  assert.equal(poll(2, 1), false);
});

test("apartBy: things counted twice are no rival of a count of the things, in every language with the words", () => {
  const side = (text: string, at: string, language: string, report: number) => ({ kind: "count", text, m: { ...figureIn(text, at), kind: "count" }, language, report });
  const a = "An audit found 40 ballots had been counted twice.", b = "Officials counted 52 ballots at the station.", c = "Die Prüfer fanden 40 doppelt gezählte Stimmzettel.";
  const d = "Se hallaron 40 papeletas contadas dos veces.", e = "Officials counted 40 ballots twice a day.", f = "The clinic treated 12 patients, none of them twice.";
  const s = [side(a, "40 ballots", "en", 0), side(b, "52 ballots", "en", 1), side(c, "40", "de", 2), side(d, "40 papeletas", "es", 3), side(e, "40 ballots", "en", 4), side(f, "12 patients", "en", 5)] as unknown as Side[];
  const twice = apartBy(s, duplicateOf);
  assert.equal(twice(0, 1), true);
  assert.equal(twice(2, 1), true);
  assert.equal(twice(3, 1), true);
  assert.equal(twice(0, 2), false);
  // a count made twice a day, or "none of them twice", counts no duplicates
  assert.equal(twice(4, 1), false);
  assert.equal(twice(5, 1), false);
});

test("countdowns: what is left until a vote is no rival of another stretch, nor of another report's countdown", () => {
  const side = (text: string, at: string, language: string, report: number) => ({ kind: "duration", text, m: { ...figureIn(text, at), kind: "duration" }, language, report });
  const a = "Parties face three more weeks of campaigning.", b = "There are 2 weeks until the vote.", c = "The count must end within six weeks.";
  const d = "Do drugiej tury zostały dwa tygodnie.", e = "The count took 5 days.";
  const s = [side(a, "three more weeks", "en", 0), side(b, "2 weeks", "en", 1), side(c, "six weeks", "en", 2), side(d, "dwa tygodnie", "pl", 3), side(e, "5 days", "en", 4)] as unknown as Side[];
  const apart = countdowns(s);
  assert.equal(apart(0, 1), true);
  assert.equal(apart(1, 2), true);
  assert.equal(apart(3, 2), true);
  assert.equal(apart(2, 4), false);
  // "more" in the stretch's own words
  const f = "Parties face another round: three more weeks.", g = "Voting took three weeks.";
  const t = [side(f, "three more weeks", "en", 0), side(g, "three weeks", "en", 1)] as unknown as Side[];
  assert.equal(countdowns(t)(0, 1), true);
});

test("farApart: two stretches of time a hundred times apart are two things; sums and counts are not read", () => {
  const m = (kind: string, low: number, high: number, unit: string) => ({ m: { kind, low, high, unit } }) as unknown as Side;
  const s = [
    m("money", 2.28e11, 2.28e11, "RUB"), // 0: the cost to build
    m("money", 2e8, 3e8, "RUB"), // 1: the cost to mend one span
    m("money", 4e9, 4e9, "USD"), // 2: another currency
    m("duration", 18262.5, 18262.5, "d"), // 3: room to grow for 50 years
    m("duration", 25, 25, "d"), // 4: a voyage of 25 days
    m("count", 5, 5, "person"), // 5: a first day's toll
    m("count", 5000, 5000, "person"), // 6: a week's
    m("money", 1.2e11, 1.2e11, "RUB"), // 7: an estimate twice as low
  ];
  const apart = farApart(s);
  assert.equal(apart(0, 1), false);
  assert.equal(apart(3, 4), true);
  assert.equal(apart(4, 3), true);
  assert.equal(apart(0, 7), false);
  assert.equal(apart(0, 2), false);
  assert.equal(apart(5, 6), false);
});
