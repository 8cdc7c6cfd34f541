// The verdict rules of ../shared/corpus/README.md ("When figures agree", conflict / revised /
// agree / no verdict), one by one, on figures built by hand (values and wording are our own).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Mention } from "../types.js";
import { spanOf } from "./interval.js";
import { verdictOf, type Judged } from "./verdict.js";
import { reconcile } from "./index.js";
import { mentions, report } from "../../test/reconcile/testkit.js";

interface Opts {
  kind?: Mention["kind"];
  unit?: string;
  outlet?: string;
  report?: string;
  qualifier?: Mention["qualifier"];
  date?: [string, string];
  extra?: Partial<Judged>;
}

/** One member: `text` worth `low`, stated by `outlet` (its own report unless `report` says) at `time`. */
function j(text: string, low: number | null, time: string | null, o: Opts = {}): Judged {
  const kind = o.kind ?? "quantity";
  const m: Mention = {
    source: o.report ?? o.outlet ?? "a", start: 0, end: text.length, text, kind, low, high: low, unit: o.unit ?? (kind === "count" ? "person" : kind === "date" ? null : "m"),
    qualifier: o.qualifier ?? null, ...(o.date ? { date: { start: o.date[0], end: o.date[1] } } : {}),
  };
  const outlet = o.outlet ?? "a";
  return { m, outlet, report: o.report ?? outlet, speaker: null, time, earlier: false, span: spanOf(m), conversion: false, ...o.extra };
}
const verdict = (...ms: Judged[]) => verdictOf(ms);

test("one report, or copies of one text, gets no verdict", () => {
  assert.equal(verdict(j("850 m", 850, "2024-01-01"), j("1,000 m", 1000, "2024-01-01")).verdict, "single");
  // a copy shares its original's report key (copies.ts): still one report
  assert.equal(verdict(j("850 m", 850, "2024-01-01", { outlet: "a" }), j("1,000 m", 1000, "2024-01-01", { outlet: "b", report: "a" })).verdict, "single");
});

test("figures that meet agree; rival figures of one outlet's two pages are never a conflict", () => {
  assert.equal(verdict(j("850 m", 850, "2024-01-01", { outlet: "a" }), j("849.8 m", 849.8, "2024-01-02", { outlet: "b" })).verdict, "agree");
  const one = verdict(j("850 m", 850, "2024-01-01", { outlet: "a", report: "a1" }), j("1,000 m", 1000, "2024-01-01", { outlet: "a", report: "a2" }));
  assert.notEqual(one.verdict, "conflict");
});

test("a conflict needs two reports of about the same time: ten days apart still are, eleven are not", () => {
  const sum = (text: string, low: number, time: string, outlet: string) => j(text, low, time, { kind: "money", unit: "USD", outlet });
  assert.equal(verdict(sum("$2.1 billion", 2.1e9, "2024-06-01", "a"), sum("$2.6 billion", 2.6e9, "2024-06-11", "b")).verdict, "conflict");
  const later = verdict(sum("$2.1 billion", 2.1e9, "2024-06-01", "a"), sum("$2.6 billion", 2.6e9, "2024-06-12", "b"));
  assert.equal(later.verdict, "revised", "a later estimate replaces the earlier one");
  assert.ok(later.reason.verdict === "revised" && later.reason.revisions[0].why === "estimate");
});

test("two members set apart as two properties are neither a conflict nor a revision; two the words do not tie may still revise", () => {
  const sum = (text: string, low: number, time: string, outlet: string) => j(text, low, time, { kind: "money", unit: "USD", outlet });
  const ms = [sum("$2.1 billion", 2.1e9, "2024-06-01", "a"), sum("$2.6 billion", 2.6e9, "2024-06-12", "b")];
  const never = () => false, always = () => true;
  assert.equal(verdictOf(ms, never).verdict, "revised");
  assert.equal(verdictOf(ms, never, always).verdict, "agree");
  assert.equal(verdictOf(ms, always, never).verdict, "revised");
});

test("a size of a thing cannot change: reports years apart are of one time", () => {
  const v = verdict(j("850 m", 850, "2020-03-01", { outlet: "a" }), j("1,000 metres", 1000, "2024-03-01", { outlet: "b" }));
  assert.equal(v.verdict, "conflict");
  assert.ok(v.reason.verdict === "conflict" && v.reason.disagreements[0].fixed);
});

test("a water level, the depth of water and a speed rise and fall: months apart they are two readings, not a conflict", () => {
  const level = { extra: { moves: true } };
  const v = verdict(j("12 m", 12, "2024-06-01", { outlet: "a", ...level }), j("5 m", 5, "2024-07-20", { outlet: "b", ...level }));
  assert.equal(v.verdict, "revised");
  assert.ok(v.reason.verdict === "revised" && v.reason.revisions[0].why === "reading");
  assert.equal(v.reason.revisions[0].toTime, "2024-07-20", "the later reading stands");
  // of about the same time they still conflict, and the briefing never calls them unchanging
  const same = verdict(j("12 m", 12, "2024-06-01", { outlet: "a", ...level }), j("5 m", 5, "2024-06-04", { outlet: "b", ...level }));
  assert.equal(same.verdict, "conflict");
  assert.ok(same.reason.verdict === "conflict" && !same.reason.disagreements[0].fixed);
  // a speed (m/s) is never a size, whatever its words
  const wind = (text: string, low: number, time: string, outlet: string) => j(text, low, time, { unit: "m/s", outlet, extra: { moves: true } });
  assert.equal(verdict(wind("40 m/s", 40, "2024-01-01", "a"), wind("25 m/s", 25, "2024-03-01", "b")).verdict, "revised");
});

test("the date of a past event cannot change; a planned date can be moved", () => {
  const day = (d: string, time: string, outlet: string) => j(d, null, time, { kind: "date", date: [d, d], outlet });
  const past = verdict(day("2019-05-10", "2020-01-01", "a"), day("2019-05-20", "2024-01-01", "b"));
  assert.equal(past.verdict, "conflict");
  assert.ok(past.reason.verdict === "conflict" && past.reason.disagreements[0].fixed);
  assert.equal(verdict(day("2026-05-10", "2024-01-01", "a"), day("2027-05-10", "2025-01-01", "b")).verdict, "revised");
  // a single day meets the next one (time zones), not one two days away
  assert.equal(verdict(day("2019-05-10", "2020-01-01", "a"), day("2019-05-11", "2020-01-01", "b")).verdict, "agree");
});

test("a date over when stated was no plan: a later report's other date does not revise it", () => {
  const day = (d: string, time: string, o: Opts = {}, end = d) => j(d, null, time, { kind: "date", date: [d, end], ...o });
  // "the office said on Wednesday" in Wednesday's report, "said on Friday" in a report nine weeks on: two statements
  assert.equal(verdict(day("2026-01-14", "2026-01-14", { outlet: "a" }), day("2026-03-20", "2026-03-20", { outlet: "b" })).verdict, "agree");
  // whatever the later report's words ("final figures released on Friday")
  assert.equal(verdict(day("2026-01-14", "2026-01-14", { outlet: "a" }), day("2026-03-20", "2026-03-20", { outlet: "b", extra: { revises: true } })).verdict, "agree");
  // one outlet's pages: "the war began in 2023" on one, "lawmakers were told on Thursday" on a later one
  const pages = verdict(day("2023-01-01", "2026-10-16", { outlet: "a", report: "a1" }, "2023-12-31"), day("2026-12-17", "2026-12-18", { outlet: "a", report: "a2" }));
  assert.ok(pages.reason.verdict !== "revised" && pages.reason.verdict !== "conflict");
  // a plan still moves: "opens in 2026" said in March 2026 (a year not over), then "in 2027"
  const plan = verdict(day("2026-01-01", "2026-03-02", { outlet: "a" }, "2026-12-31"), day("2027-01-01", "2026-09-01", { outlet: "b" }, "2027-12-31"));
  assert.equal(plan.verdict, "revised");
  // and one past event's date given two ways is still a conflict
  assert.equal(verdict(day("2026-01-12", "2026-01-14", { outlet: "a" }), day("2026-01-05", "2026-03-20", { outlet: "b" })).verdict, "conflict");
});

test("two forecasts of unknown order are a forecast revised: the later target stands, an outcome over before a plan", () => {
  const plan = (start: string, end: string, time: string | null, outlet: string) => j(start, null, time, { kind: "date", date: [start, end], outlet });
  // "opens late in 2031" with no date against "opens in 2030" said in 2029: the 2031 target replaced the 2030 one
  for (const [a, b] of [
    [plan("2031-10-01", "2031-12-31", null, "a"), plan("2030-01-01", "2030-12-31", "2029-05-01", "b")],
    [plan("2030-01-01", "2030-12-31", "2029-05-01", "b"), plan("2031-10-01", "2031-12-31", null, "a")],
  ]) {
    const v = verdict(a, b);
    assert.ok(v.reason.verdict === "revised", v.verdict);
    const stands = [a, b][v.reason.revisions[0].to];
    assert.equal(stands.m.date?.start, "2031-10-01");
  }
  // values that meet still agree
  assert.equal(verdict(plan("2030-10-01", "2030-12-31", null, "a"), plan("2030-01-01", "2030-12-31", "2029-05-01", "b")).verdict, "agree");
  // two undated figures: neither is known to be ahead, so rival values conflict
  assert.equal(verdict(plan("2031-10-01", "2031-12-31", null, "a"), plan("2030-01-01", "2030-12-31", null, "b")).verdict, "conflict");
});

test("a running count that grows is revised; one that shrinks is a conflict", () => {
  const toll = (text: string, low: number, time: string, outlet: string) => j(text, low, time, { kind: "count", outlet });
  const up = verdict(toll("40", 40, "2024-01-05", "a"), toll("310", 310, "2024-01-20", "b"));
  assert.equal(up.verdict, "revised");
  assert.ok(up.reason.verdict === "revised" && up.reason.revisions[0].why === "running-count");
  assert.equal(verdict(toll("310", 310, "2024-01-05", "a"), toll("40", 40, "2024-01-20", "b")).verdict, "conflict");
});

test("the same outlet updating its figure on another page is revised", () => {
  const v = verdict(j("$2.1 billion", 2.1e9, "2024-06-01", { kind: "money", unit: "USD", outlet: "a", report: "a1" }), j("$2.6 billion", 2.6e9, "2024-06-03", { kind: "money", unit: "USD", outlet: "a", report: "a2" }));
  assert.equal(v.verdict, "revised");
  assert.ok(v.reason.verdict === "revised" && v.reason.revisions[0].why === "same-origin");
});

test("a figure the text dates earlier is of that earlier time", () => {
  const early = j("$1.1 billion", 1.1e9, "2019-01-01", { kind: "money", unit: "USD", outlet: "a", extra: { earlier: true } });
  assert.equal(verdict(early, j("$1.6 billion", 1.6e9, "2024-06-01", { kind: "money", unit: "USD", outlet: "b" })).verdict, "revised");
});

test("a conversion restating its own figure is no claim; an amount read at the report's own rate is compared", () => {
  const conv = j("3 miles", 4828, "2024-01-01", { outlet: "a", extra: { conversion: true } });
  assert.equal(verdict(j("4.7 km", 4700, "2024-01-01", { outlet: "a" }), conv, j("4,700 m", 4700, "2024-01-02", { outlet: "b" })).verdict, "agree");
  // €100 million, at the report's $1.10 a euro, is $110 million: against $150 million of the same week
  const eur = j("€100 million", 1e8, "2024-01-01", { kind: "money", unit: "EUR", outlet: "a", extra: { alt: { low: 1.045e8, high: 1.21e8, whole: false, scale: "USD" } } });
  assert.equal(verdict(eur, j("$150 million", 1.5e8, "2024-01-02", { kind: "money", unit: "USD", outlet: "b" })).verdict, "conflict");
  assert.equal(verdict(eur, j("$110 million", 1.1e8, "2024-01-02", { kind: "money", unit: "USD", outlet: "b" })).verdict, "agree");
});

/** Two reports a month apart, each stating one length, grouped as one fact: its verdict. */
function twoReports(lang: string, a: [string, string], b: [string, string]) {
  const ra = { ...report("a", a[0], "2024-06-01"), language: lang, publisher: "A" };
  const rb = { ...report("b", b[0], "2024-07-15"), language: lang, publisher: "B" };
  const num = (s: string) => Number(/\d+(?:[.,]\d+)?/.exec(s)![0].replace(",", "."));
  const ms = [...mentions(ra, [{ text: a[1], kind: "quantity", low: num(a[1]), unit: "m" }]), ...mentions(rb, [{ text: b[1], kind: "quantity", low: num(b[1]), unit: "m" }])];
  const { facts } = reconcile({ reports: [ra, rb], mentions: ms, groups: [[`a@${ms[0].start}`, `b@${ms[1].start}`]] });
  return facts.find((f) => f.members.length === 2)!;
}

test("a level both figures call one (ships still waiting) read most of a week apart is a reading; days apart, two rival counts", () => {
  const waiting = (low: number, time: string, outlet: string) => j(`${low} ships`, low, time, { kind: "count", unit: "ship", outlet, extra: { level: true } });
  const v = verdict(waiting(60, "2024-03-01", "a"), waiting(50, "2024-03-07", "b"));
  assert.equal(v.verdict, "revised");
  assert.ok(v.reason.verdict === "revised" && v.reason.revisions[0].why === "reading");
  assert.equal(verdict(waiting(60, "2024-03-01", "a"), waiting(50, "2024-03-04", "b")).verdict, "conflict");
  // two offices named: rivals, however far apart within the ten days
  const named = (low: number, time: string, outlet: string, speaker: string) => j(`${low} ships`, low, time, { kind: "count", unit: "ship", outlet, extra: { level: true, speaker } });
  assert.equal(verdict(named(60, "2024-03-01", "a", "port"), named(50, "2024-03-07", "b", "union")).verdict, "conflict");
});

test("in every language, a water level read again weeks later is revised, a bridge's length given two ways a conflict", () => {
  const cases: Array<[string, [string, string], [string, string], [string, string], [string, string]]> = [
    ["en", ["The water level at the gauge reached 12 m on Monday.", "12 m"], ["The river's level stood at 5 m on Friday.", "5 m"], ["The new bridge is 850 m long.", "850 m"], ["The bridge, 1,000 m long, opened.", "1,000 m"]],
    ["de", ["Der Pegel erreichte am Montag 12 m.", "12 m"], ["Der Wasserstand lag am Freitag bei 5 m.", "5 m"], ["Die Brücke ist 850 m lang.", "850 m"], ["Die 1000 m lange Brücke wurde eröffnet.", "1000 m"]],
    ["fr", ["Le niveau de l'eau a atteint 12 m lundi.", "12 m"], ["Le niveau du fleuve était de 5 m vendredi.", "5 m"], ["Le pont a une longueur de 850 m.", "850 m"], ["Le pont, long de 1000 m, est ouvert.", "1000 m"]],
    ["es", ["El nivel del agua alcanzó 12 m el lunes.", "12 m"], ["El nivel del río era de 5 m el viernes.", "5 m"], ["El puente tiene 850 m de longitud.", "850 m"], ["El puente de 1000 m de longitud abrió.", "1000 m"]],
    ["ru", ["Уровень воды в понедельник достиг 12 м.", "12 м"], ["В пятницу уровень реки составлял 5 м.", "5 м"], ["Длина моста составляет 850 м.", "850 м"], ["Длина моста — 1000 м.", "1000 м"]],
    ["uk", ["Рівень води в понеділок сягнув 12 м.", "12 м"], ["У п'ятницю рівень річки становив 5 м.", "5 м"], ["Довжина мосту становить 850 м.", "850 м"], ["Довжина мосту — 1000 м.", "1000 м"]],
    ["ko", ["월요일 수위는 12m에 달했다.", "12m"], ["금요일 강의 수위는 5m였다.", "5m"], ["다리 길이는 850m다.", "850m"], ["길이 1000m의 다리가 개통했다.", "1000m"]],
    ["ja", ["月曜日の水位は12mに達した。", "12m"], ["金曜日の川の水位は5mだった。", "5m"], ["橋の長さは850mだ。", "850m"], ["長さ1000mの橋が開通した。", "1000m"]],
    ["zh", ["周一水位达到12米。", "12米"], ["周五河流水位为5米。", "5米"], ["大桥长850米。", "850米"], ["全长1000米的大桥通车。", "1000米"]],
    ["it", ["Il livello dell'acqua ha raggiunto 12 m lunedì.", "12 m"], ["Il livello del fiume era di 5 m venerdì.", "5 m"], ["Il ponte è lungo 850 m.", "850 m"], ["Il ponte, lungo 1000 m, è aperto.", "1000 m"]],
    ["pt", ["O nível da água chegou a 12 m na segunda-feira.", "12 m"], ["O nível do rio era de 5 m na sexta-feira.", "5 m"], ["A ponte tem 850 m de comprimento.", "850 m"], ["A ponte, com 1000 m de comprimento, abriu.", "1000 m"]],
  ];
  for (const [lang, l1, l2, b1, b2] of cases) {
    const level = twoReports(lang, l1, l2);
    assert.equal(level.verdict, "revised", `${lang}: a level`);
    assert.ok(level.reason?.verdict === "revised" && level.reason.revisions[0].why === "reading", lang);
    const bridge = twoReports(lang, b1, b2);
    assert.equal(bridge.verdict, "conflict", `${lang}: a length`);
    assert.ok(bridge.reason?.verdict === "conflict" && bridge.reason.disagreements[0].fixed, lang);
  }
});

test("a date that only says when an amount held is no rival of the date of another kind of amount", () => {
  // sentences of our own: each date right after an amount, its clause naming no event
  const a = report("a", "Gas use rose to 400 billion cubic metres last year, the ministry said.", "2026-09-15", "A");
  const b = report("b", "The partner's stake was raised to 12% last month, the company said.", "2026-09-18", "B");
  const c = report("c", "Sales of gas reached 380 billion cubic metres in 2024, the agency said.", "2026-09-16", "C");
  const ms = [
    ...mentions(a, [{ text: "400 billion cubic metres", kind: "quantity", low: 4e11, unit: "m3" }, { text: "last year", kind: "date", date: ["2025-01-01", "2025-12-31"] }]),
    ...mentions(b, [{ text: "12%", kind: "percent", low: 12, unit: "%" }, { text: "last month", kind: "date", date: ["2026-08-01", "2026-08-31"] }]),
    ...mentions(c, [{ text: "380 billion cubic metres", kind: "quantity", low: 3.8e11, unit: "m3" }, { text: "2024", kind: "date", date: ["2024-01-01", "2024-12-31"] }]),
  ];
  const key = (m: Mention) => `${m.source}@${m.start}`;
  const dates = ms.filter((m) => m.kind === "date").map(key);
  const run = (g: string[]) => reconcile({ reports: [a, b, c], mentions: ms, groups: [g] }).facts.find((f) => f.members.length === g.length)!;
  // a gas volume's year against a stake's month: two amounts' times, not two days of one happening
  assert.notEqual(run([dates[0], dates[1]]).verdict, "conflict");
  // two years of amounts of one kind may still be two claims of one time
  assert.equal(run([dates[0], dates[2]]).verdict, "conflict");
});

test("the date of a value the text says was replaced is neither rival nor revision of a happening's date", () => {
  // sentences of our own: "up from 1,500 in mid-October" dates a past value, not an event
  const d = report("d", "About 9,000 soldiers are there now, up from 1,500 in mid-October, officials said.", "2026-11-10", "D");
  const e = report("e", "The neighbour invaded the north in 2023 and still holds it.", "2026-11-12", "E");
  const ms = [
    ...mentions(d, [{ text: "9,000 soldiers", kind: "count", low: 9000, unit: "soldier", qualifier: "approx" }, { text: "1,500", kind: "count", low: 1500 }, { text: "mid-October", kind: "date", date: ["2026-10-11", "2026-10-20"] }]),
    ...mentions(e, [{ text: "2023", kind: "date", date: ["2023-01-01", "2023-12-31"] }]),
  ];
  const g = ms.filter((m) => m.kind === "date").map((m) => `${m.source}@${m.start}`);
  const f = reconcile({ reports: [d, e], mentions: ms, groups: [g] }).facts.find((x) => x.members.length === 2)!;
  // neither a rival nor a revision of it
  assert.equal(f.verdict, "agree");
});

test("a report that says its figure replaced a value revises another report's figure of that value, stated no later", () => {
  const eur = (text: string, low: number, time: string, outlet: string, earlier = false) => j(text, low, time, { kind: "money", unit: "EUR", outlet, extra: { earlier, replaced: earlier } });
  // b: "6.76 billion, up from 6.2 billion"; a said 6.2 billion a week before
  const v = verdict(eur("6.2 billion", 6.2e9, "2024-02-01", "a"), eur("6.76 billion", 6.76e9, "2024-02-06", "b"), eur("6.2 billion", 6.2e9, "2024-02-06", "b", true));
  assert.equal(v.verdict, "revised");
  // a figure stated after the report that said it was replaced is a rival, not a revision
  assert.equal(verdict(eur("6.76 billion", 6.76e9, "2024-02-06", "b"), eur("6.2 billion", 6.2e9, "2024-02-06", "b", true), eur("6.2 billion", 6.2e9, "2024-02-09", "a")).verdict, "conflict");
  // nor does a replaced value of another size speak for a figure it does not meet
  assert.equal(verdict(eur("5.9 billion", 5.9e9, "2024-02-01", "a"), eur("6.76 billion", 6.76e9, "2024-02-06", "b"), eur("6.2 billion", 6.2e9, "2024-02-06", "b", true)).verdict, "conflict");
});

test("the amount of a period already over cannot change, against an amount of that period only", () => {
  const y2025: [number, number] = [20089, 20453], y2024: [number, number] = [19723, 20088];
  const sum = (text: string, low: number, time: string, outlet: string, period: [number, number]) =>
    j(text, low, time, { kind: "money", unit: "USD", outlet, extra: { pastPeriod: true, period } });
  const v = verdict(sum("$84 billion", 84e9, "2026-02-01", "a", y2025), sum("$91 billion", 91e9, "2026-09-01", "b", y2025));
  assert.equal(v.verdict, "conflict", "2025's sum given two ways, months apart");
  assert.ok(v.reason.verdict === "conflict" && v.reason.disagreements[0].fixed);
  // 2024's sum and 2025's are two periods' amounts: judged by their reports' times, not as one
  assert.notEqual(verdict(sum("$84 billion", 84e9, "2025-02-01", "a", y2024), sum("$91 billion", 91e9, "2026-09-01", "b", y2025)).verdict, "conflict");
});

test("values that do not meet but are no rivals (per household against a total) agree, and the pair is listed apart", () => {
  const sum = (text: string, low: number, outlet: string, extra: Partial<Judged> = {}) => j(text, low, "2024-06-01", { kind: "money", unit: "USD", outlet, extra });
  const r = verdict(sum("$1,200 per household", 1200, "a", { perUnit: true }), sum("$40 million", 4e7, "b"));
  assert.equal(r.verdict, "agree");
  assert.ok(r.reason.verdict === "agree" && r.reason.apart?.length === 1, "an agree never hides two values that differ");
});

test("a value a report only sets beside its own, without saying its own replaced it, still stands as a rival", () => {
  const people = (text: string, low: number, time: string, outlet: string, extra: Partial<Judged> = {}) => j(text, low, time, { kind: "count", unit: "person", outlet, extra });
  // b, the next day: "390 aboard, 28 fewer than the 418 the coast guard gave the day before"
  const a = people("418", 418, "2028-04-15", "a");
  const b = people("390", 390, "2028-04-16", "b");
  assert.equal(verdict(a, b, people("418", 418, "2028-04-15", "b", { earlier: true })).verdict, "conflict");
  // had b said its 390 replaced 418 ("revised down from 418"), a's 418 would be revised
  assert.equal(verdict(a, b, people("418", 418, "2028-04-15", "b", { earlier: true, replaced: true })).verdict, "revised");
});

test("in every language, a toll its report calls provisional is revised by another report's lower toll days on; without the word, a rival", () => {
  // sentences of our own: [language, the provisional toll, the same without the word, the figure, the later toll, its figure]
  const cases: Array<[string, string, string, string, string, string]> = [
    ["en", "The ferry sinking killed 52 people, according to preliminary figures.", "The ferry sinking killed 52 people, the agency said.", "52 people", "The ferry sinking killed 47 people.", "47 people"],
    ["de", "Nach vorläufigen Zahlen kamen 52 Menschen ums Leben.", "Nach Angaben der Behörde kamen 52 Menschen ums Leben.", "52 Menschen", "Bei dem Unglück kamen 47 Menschen ums Leben.", "47 Menschen"],
    ["fr", "Selon un bilan provisoire, 52 personnes sont mortes.", "Selon la préfecture, 52 personnes sont mortes.", "52 personnes", "Le naufrage a fait 47 morts.", "47 morts"],
    ["es", "Según cifras preliminares, murieron 52 personas.", "Según la agencia, murieron 52 personas.", "52 personas", "El naufragio dejó 47 muertos.", "47 muertos"],
    ["it", "Secondo un bilancio provvisorio, sono morte 52 persone.", "Secondo l'agenzia, sono morte 52 persone.", "52 persone", "Il naufragio ha causato 47 morti.", "47 morti"],
    ["pt", "Segundo números preliminares, morreram 52 pessoas.", "Segundo a agência, morreram 52 pessoas.", "52 pessoas", "O naufrágio deixou 47 mortos.", "47 mortos"],
    ["ru", "По предварительным данным, погибли 52 человека.", "По данным ведомства, погибли 52 человека.", "52 человека", "Крушение унесло жизни 47 человек.", "47 человек"],
    ["uk", "За попередніми даними, загинули 52 людини.", "За даними відомства, загинули 52 людини.", "52 людини", "Катастрофа забрала життя 47 людей.", "47 людей"],
    ["pl", "Według wstępnych danych zginęły 52 osoby.", "Według urzędu zginęły 52 osoby.", "52 osoby", "W katastrofie zginęło 47 osób.", "47 osób"],
    ["ko", "잠정 집계로 52명이 숨졌다.", "당국 집계로 52명이 숨졌다.", "52명", "이 사고로 47명이 숨졌다.", "47명"],
    ["ja", "速報値で52人が死亡した。", "当局によると52人が死亡した。", "52人", "この事故で47人が死亡した。", "47人"],
    ["zh", "据初步统计，已有52人死亡。", "据当局统计，已有52人死亡。", "52人", "事故造成47人死亡。", "47人"],
  ];
  const toll = (lang: string, first: string, figure: string, later: string, fig2: string) => {
    const a = { ...report("a", first, "2024-05-01", "A"), language: lang };
    const b = { ...report("b", later, "2024-05-04", "B"), language: lang };
    const ms = [...mentions(a, [{ text: figure, kind: "count", low: 52, unit: "person" }]), ...mentions(b, [{ text: fig2, kind: "count", low: 47, unit: "person" }])];
    return reconcile({ reports: [a, b], mentions: ms, groups: [ms.map((m) => `${m.source}@${m.start}`)] }).facts.find((f) => f.members.length === 2)!.verdict;
  };
  for (const [lang, provisional, plain, figure, later, fig2] of cases) {
    assert.equal(toll(lang, provisional, figure, later, fig2), "revised", `${lang}: a provisional toll`);
    assert.equal(toll(lang, plain, figure, later, fig2), "conflict", `${lang}: a toll stated outright`);
  }
});

test("a lead that calls its results provisional before any figure makes the figures after it provisional", () => {
  // sentences of our own: [language, the lead, the figure's sentence, the figure, the later one's sentence, its figure]
  const cases: Array<[string, string, string, string, string, string]> = [
    ["en", "The governor leads the count, partial results from the board showed.", "She had 44.0% of the vote.", "44.0%", "The party's own tally gave her 46.5% of the vote.", "46.5%"],
    ["fr", "La gouverneure est en tête, selon des résultats partiels.", "Elle obtient 44,0 % des voix.", "44,0 %", "Le décompte du parti lui donne 46,5 % des voix.", "46,5 %"],
  ];
  const share = (lang: string, lead: string, body: string, figure: string, later: string, fig2: string) => {
    const a = { ...report("a", `${lead}\n\n${body}`, "2024-05-01", "A"), language: lang };
    const b = { ...report("b", later, "2024-05-04", "B"), language: lang };
    const ms = [...mentions(a, [{ text: figure, kind: "percent", low: 44, unit: null }]), ...mentions(b, [{ text: fig2, kind: "percent", low: 46.5, unit: null }])];
    return reconcile({ reports: [a, b], mentions: ms, groups: [ms.map((m) => `${m.source}@${m.start}`)] }).facts.find((f) => f.members.length === 2)!.verdict;
  };
  for (const [lang, lead, body, figure, later, fig2] of cases) {
    assert.equal(share(lang, lead, body, figure, later, fig2), "revised", `${lang}: a lead that says partial results`);
    assert.equal(share(lang, "The governor leads the count.", body, figure, later, fig2), "conflict", `${lang}: a lead that says nothing of it`);
  }
});

test("a provisional figure of one credited office is no revision of another office's later figure", () => {
  const people = (low: number, time: string, outlet: string, speaker: string, extra: Partial<Judged> = {}) => j(String(low), low, time, { kind: "count", unit: "person", outlet, extra: { speaker, ...extra } });
  assert.equal(verdict(people(52, "2024-05-01", "a", "coast guard", { provisional: true }), people(47, "2024-05-04", "b", "coast guard")).verdict, "revised");
  assert.equal(verdict(people(52, "2024-05-01", "a", "coast guard", { provisional: true }), people(47, "2024-05-04", "b", "operator")).verdict, "conflict");
  // a later figure called provisional does not make the earlier one an estimate
  assert.equal(verdict(people(52, "2024-05-01", "a", "coast guard"), people(47, "2024-05-04", "b", "coast guard", { provisional: true })).verdict, "conflict");
});

test("in every language, a goal or a capacity set against an amount reached is no conflict; two amounts reached are", () => {
  // sentences of our own: [language, a goal, a capacity, an amount reached, the figure in each, the amount reached's figure]
  const cases: Array<[string, string, string, string, string, string]> = [
    ["en", "The campaign aims to reach 500 people.", "The shelter can house 500 people.", "The campaign reached 320 people.", "500 people", "320 people"],
    ["de", "Das Ziel sind 500 Menschen.", "Die Kapazität liegt bei 500 Menschen.", "Die Kampagne erreichte 320 Menschen.", "500 Menschen", "320 Menschen"],
    ["fr", "La campagne vise 500 personnes.", "Le centre a une capacité de 500 personnes.", "La campagne a touché 320 personnes.", "500 personnes", "320 personnes"],
    ["es", "La campaña tiene como objetivo 500 personas.", "El albergue tiene capacidad para 500 personas.", "La campaña llegó a 320 personas.", "500 personas", "320 personas"],
    ["it", "L'obiettivo è raggiungere 500 persone.", "Il centro ha una capacità di 500 persone.", "La campagna ha raggiunto 320 persone.", "500 persone", "320 persone"],
    ["pt", "A meta é alcançar 500 pessoas.", "O abrigo tem capacidade para 500 pessoas.", "A campanha alcançou 320 pessoas.", "500 pessoas", "320 pessoas"],
    ["ru", "Цель кампании — 500 человек.", "Вместимость центра — 500 человек.", "Кампания охватила 320 человек.", "500 человек", "320 человек"],
    ["uk", "Мета кампанії — 500 людей.", "Місткість центру — 500 людей.", "Кампанія охопила 320 людей.", "500 людей", "320 людей"],
    ["pl", "Celem kampanii jest 500 osób.", "Pojemność ośrodka to 500 osób.", "Kampania objęła 320 osób.", "500 osób", "320 osób"],
    ["ko", "캠페인 목표는 500명이다.", "센터의 정원은 500명이다.", "캠페인은 320명에게 닿았다.", "500명", "320명"],
    ["ja", "キャンペーンの目標は500人だ。", "施設の定員は500人だ。", "キャンペーンは320人に届いた。", "500人", "320人"],
    ["zh", "活动的目标是500人。", "中心可容纳500人。", "活动覆盖了320人。", "500人", "320人"],
  ];
  const pair = (lang: string, first: string, figure: string, later: string, fig2: string) => {
    const a = { ...report("a", first, "2024-05-01", "A"), language: lang };
    const b = { ...report("b", later, "2024-05-04", "B"), language: lang };
    const ms = [...mentions(a, [{ text: figure, kind: "count", low: 500, unit: "person" }]), ...mentions(b, [{ text: fig2, kind: "count", low: 320, unit: "person" }])];
    return reconcile({ reports: [a, b], mentions: ms, groups: [ms.map((m) => `${m.source}@${m.start}`)] }).facts.find((f) => f.members.length === 2)!.verdict;
  };
  for (const [lang, goal, capacity, reached, figure, fig2] of cases) {
    assert.notEqual(pair(lang, goal, figure, reached, fig2), "conflict", `${lang}: a goal`);
    assert.notEqual(pair(lang, capacity, figure, reached, fig2), "conflict", `${lang}: a capacity`);
    assert.equal(pair(lang, reached.replace(fig2, figure), figure, reached, fig2), "conflict", `${lang}: two amounts reached`);
  }
});

test("a ration set for each one is no rival of an amount each one uses; two amounts used are", () => {
  // sentences of our own: [language, a ration, the same amount used, an amount used, the figures]
  const cases: Array<[string, string, string, string, string, string]> = [
    ["en", "Each resident would queue for a daily ration of 20 litres.", "Each resident now uses 20 litres a day each.", "Residents still use 90 litres a day each.", "20 litres", "90 litres"],
    ["es", "Habrá una ración diaria de 20 litros por habitante.", "Se usan 20 litros por habitante.", "Se gastan 90 litros por habitante.", "20 litros", "90 litros"],
    ["fr", "Il y aura une ration de 20 litres par habitant.", "On utilise 20 litres par habitant.", "On consomme 90 litres par habitant.", "20 litres", "90 litres"],
  ];
  const pair = (lang: string, first: string, figure: string, later: string, fig2: string) => {
    const a = { ...report("a", first, "2024-05-01", "A"), language: lang };
    const b = { ...report("b", later, "2024-05-03", "B"), language: lang };
    const ms = [...mentions(a, [{ text: figure, kind: "quantity", low: 0.02, unit: "m3" }]), ...mentions(b, [{ text: fig2, kind: "quantity", low: 0.09, unit: "m3" }])];
    return reconcile({ reports: [a, b], mentions: ms, groups: [ms.map((m) => `${m.source}@${m.start}`)] }).facts.find((f) => f.members.length === 2)!.verdict;
  };
  for (const [lang, ration, used, other, figure, fig2] of cases) {
    assert.notEqual(pair(lang, ration, figure, other, fig2), "conflict", `${lang}: a ration`);
    assert.equal(pair(lang, used, figure, other, fig2), "conflict", `${lang}: two amounts used`);
  }
});

test("in every language, an amount asked for (an appeal, a request) is no rival of an amount reached; two amounts reached are", () => {
  // sentences of our own: [language, an amount asked for, its figure, an amount reached, its figure]
  const cases: Array<[string, string, string, string, string]> = [
    ["en", "The agency appealed for $5 million to fund the clinics.", "$5 million", "The new pumping station cost $12 million.", "$12 million"],
    ["en", "The utility is asking every household to spend no more than $5 million.", "$5 million", "The new pumping station cost $12 million.", "$12 million"],
    ["de", "Die Agentur bat um 5 Millionen Dollar für die Kliniken.", "5 Millionen Dollar", "Die neue Pumpstation kostete 12 Millionen Dollar.", "12 Millionen Dollar"],
    ["fr", "L'agence a demandé 5 millions de dollars pour les cliniques.", "5 millions de dollars", "La nouvelle station a coûté 12 millions de dollars.", "12 millions de dollars"],
    ["es", "La agencia pidió 5 millones de dólares para las clínicas.", "5 millones de dólares", "La nueva estación costó 12 millones de dólares.", "12 millones de dólares"],
    ["it", "L'agenzia ha chiesto 5 milioni di dollari per le cliniche.", "5 milioni di dollari", "La nuova stazione è costata 12 milioni di dollari.", "12 milioni di dollari"],
    ["pt", "A agência pediu 5 milhões de dólares para as clínicas.", "5 milhões de dólares", "A nova estação custou 12 milhões de dólares.", "12 milhões de dólares"],
    ["pl", "Agencja apeluje o 5 mln dolarów na kliniki.", "5 mln dolarów", "Nowa przepompownia kosztowała 12 mln dolarów.", "12 mln dolarów"],
    ["ru", "Агентство запросило 5 млн долларов на клиники.", "5 млн долларов", "Новая насосная станция обошлась в 12 млн долларов.", "12 млн долларов"],
    ["uk", "Агентство попросило 5 млн доларів на клініки.", "5 млн доларів", "Нова насосна станція коштувала 12 млн доларів.", "12 млн доларів"],
    ["ja", "機関は500万ドルの支援を要請した。", "500万ドル", "新しいポンプ場の費用は1200万ドルだった。", "1200万ドル"],
    ["ko", "기관은 500만 달러 지원을 요청했다.", "500만 달러", "새 펌프장 건설비는 1200만 달러였다.", "1200만 달러"],
    ["zh", "该机构呼吁提供500万美元援助。", "500万美元", "新泵站耗资1200万美元。", "1200万美元"],
  ];
  const pair = (lang: string, first: string, figure: string, later: string, fig2: string) => {
    const a = { ...report("a", first, "2024-05-01", "A"), language: lang };
    const b = { ...report("b", later, "2024-05-04", "B"), language: lang };
    const ms = [...mentions(a, [{ text: figure, kind: "money", low: 5e6, unit: "USD" }]), ...mentions(b, [{ text: fig2, kind: "money", low: 12e6, unit: "USD" }])];
    return reconcile({ reports: [a, b], mentions: ms, groups: [ms.map((m) => `${m.source}@${m.start}`)] }).facts.find((f) => f.members.length === 2)!.verdict;
  };
  for (const [lang, asked, figure, reached, fig2] of cases) {
    assert.notEqual(pair(lang, asked, figure, reached, fig2), "conflict", `${lang}: an amount asked for`);
    assert.equal(pair(lang, reached.replace(fig2, figure), figure, reached, fig2), "conflict", `${lang}: two amounts reached`);
  }
});

test("in every language, an average read again weeks later is a new reading, not a rival; an amount without the word still is", () => {
  // sentences of our own: [language, an average, its figure, the later average, its figure]
  const cases: Array<[string, string, string, string, string]> = [
    ["en", "Each resident used an average of 120 litres a day.", "120 litres", "Each resident used an average of 80 litres a day.", "80 litres"],
    ["de", "Jeder Einwohner verbrauchte durchschnittlich 120 Liter am Tag.", "120 Liter", "Jeder Einwohner verbrauchte durchschnittlich 80 Liter am Tag.", "80 Liter"],
    ["fr", "Chaque habitant a consommé en moyenne 120 litres par jour.", "120 litres", "Chaque habitant a consommé en moyenne 80 litres par jour.", "80 litres"],
    ["es", "Cada vecino gastó un promedio de 120 litros al día.", "120 litros", "Cada vecino gastó un promedio de 80 litros al día.", "80 litros"],
    ["it", "Ogni residente ha usato in media 120 litri al giorno.", "120 litri", "Ogni residente ha usato in media 80 litri al giorno.", "80 litri"],
    ["pt", "Cada morador usou em média 120 litros por dia.", "120 litros", "Cada morador usou em média 80 litros por dia.", "80 litros"],
    ["pl", "Każdy mieszkaniec zużywał średnio 120 litrów dziennie.", "120 litrów", "Każdy mieszkaniec zużywał średnio 80 litrów dziennie.", "80 litrów"],
    ["ru", "Каждый житель расходовал в среднем 120 литров в день.", "120 литров", "Каждый житель расходовал в среднем 80 литров в день.", "80 литров"],
    ["uk", "Кожен мешканець витрачав у середньому 120 літрів на день.", "120 літрів", "Кожен мешканець витрачав у середньому 80 літрів на день.", "80 літрів"],
    ["ja", "住民1人あたりの使用量は平均120リットルだった。", "120リットル", "住民1人あたりの使用量は平均80リットルだった。", "80リットル"],
    ["ko", "주민 1인당 사용량은 평균 120리터였다.", "120리터", "주민 1인당 사용량은 평균 80리터였다.", "80리터"],
    ["zh", "每名居民平均每天用水120升。", "120升", "每名居民平均每天用水80升。", "80升"],
  ];
  const pair = (lang: string, first: string, figure: string, later: string, fig2: string) => {
    const a = { ...report("a", first, "2024-05-01", "A"), language: lang };
    const b = { ...report("b", later, "2024-06-10", "B"), language: lang };
    const ms = [...mentions(a, [{ text: figure, kind: "quantity", low: 0.12, unit: "m3" }]), ...mentions(b, [{ text: fig2, kind: "quantity", low: 0.08, unit: "m3" }])];
    return reconcile({ reports: [a, b], mentions: ms, groups: [ms.map((m) => `${m.source}@${m.start}`)] }).facts.find((f) => f.members.length === 2)!.verdict;
  };
  for (const [lang, first, figure, later, fig2] of cases) {
    assert.equal(pair(lang, first, figure, later, fig2), "revised", `${lang}: an average read again`);
    assert.equal(pair(lang, figure, figure, fig2, fig2), "conflict", `${lang}: two amounts without the word`);
  }
});

test("berths, beds or places for a number, or a verb of holding after it, make a capacity in every language with the words", () => {
  // sentences of our own: [language, a capacity, its figure, an amount reached, its figure]
  const cases: Array<[string, string, string, string, string]> = [
    ["en", "The new hostel has berths for 500 people.", "500 people", "The hostel took in 320 people.", "320 people"],
    ["en", "The ward has beds for 500 people.", "500 people", "The ward treated 320 people.", "320 people"],
    ["fr", "Le foyer offre des places pour 500 personnes.", "500 personnes", "Le foyer a reçu 320 personnes.", "320 personnes"],
    ["de", "Das Heim hat Betten für 500 Menschen.", "500 Menschen", "Das Heim nahm 320 Menschen auf.", "320 Menschen"],
    ["es", "El albergue tiene camas para 500 personas.", "500 personas", "El albergue recibió a 320 personas.", "320 personas"],
    ["ko", "이 배는 승객 500명을 태울 수 있다.", "500명", "이 배에는 320명이 타고 있었다.", "320명"],
    ["ja", "この船は乗客500人を乗せることができる。", "500人", "この船には320人が乗っていた。", "320人"],
    ["zh", "该船可载500人。", "500人", "该船当时载有320人。", "320人"],
  ];
  for (const [lang, capacity, figure, reached, fig2] of cases) {
    const a = { ...report("a", capacity, "2024-05-01", "A"), language: lang };
    const b = { ...report("b", reached, "2024-05-04", "B"), language: lang };
    const ms = [...mentions(a, [{ text: figure, kind: "count", low: 500, unit: "person" }]), ...mentions(b, [{ text: fig2, kind: "count", low: 320, unit: "person" }])];
    const f = reconcile({ reports: [a, b], mentions: ms, groups: [ms.map((m) => `${m.source}@${m.start}`)] }).facts.find((x) => x.members.length === 2)!;
    assert.notEqual(f.verdict, "conflict", `${lang}: ${capacity}`);
  }
});

test("a count the school 'used to' take is of the past: no rival of another report's", () => {
  const a = report("a", "The school took in 24 pupils last year. It used to take 80.", "2024-05-10", "A");
  const b = report("b", "The school took in 120 last term.", "2024-05-04", "B");
  const ms = [...mentions(a, [{ text: "80", kind: "count", low: 80, unit: null }]), ...mentions(b, [{ text: "120", kind: "count", low: 120, unit: null }])];
  const f = reconcile({ reports: [a, b], mentions: ms, groups: [ms.map((m) => `${m.source}@${m.start}`)] }).facts.find((x) => x.members.length === 2)!;
  assert.notEqual(f.verdict, "conflict");
});

test("what happens if something else does is no rival of what did", () => {
  const pair = (first: string, figure: string, low: number, later: string, fig2: string, low2: number) => {
    const a = report("a", first, "2024-05-01", "A");
    const b = report("b", later, "2024-05-04", "B");
    const ms = [...mentions(a, [{ text: figure, kind: "percent", low, unit: "%" }]), ...mentions(b, [{ text: fig2, kind: "percent", low: low2, unit: "%" }])];
    return reconcile({ reports: [a, b], mentions: ms, groups: [ms.map((m) => `${m.source}@${m.start}`)] }).facts.find((f) => f.members.length === 2)!.verdict;
  };
  const won = "The mayor won 47.8% of the vote.";
  assert.notEqual(pair("If nobody wins more than 50% of the vote, a runoff follows.", "50%", 50, won, "47.8%", 47.8), "conflict");
  assert.equal(pair("The mayor won 50% of the vote.", "50%", 50, won, "47.8%", 47.8), "conflict");
});

test("in every language with the words, a count its report says is rid of duplicates revises an earlier one", () => {
  // sentences of our own: [language, the earlier count, its figure, the count rid of duplicates, its figure]
  const cases: Array<[string, string, string, string, string]> = [
    ["en", "The district has 301 cases.", "301 cases", "After de-duplication the district has 279 cases.", "279 cases"],
    ["de", "Der Bezirk meldet 301 Fälle.", "301 Fälle", "Nach Abzug der Doppelzählungen meldet der Bezirk 279 Fälle.", "279 Fälle"],
    ["fr", "Le district compte 301 cas.", "301 cas", "Après dédoublonnage, le district compte 279 cas.", "279 cas"],
    ["es", "El distrito suma 301 casos.", "301 casos", "Sin registros duplicados, el distrito suma 279 casos.", "279 casos"],
    ["it", "Il distretto conta 301 casi.", "301 casi", "Tolti i duplicati, il distretto conta 279 casi.", "279 casi"],
    ["pt", "O distrito soma 301 casos.", "301 casos", "Sem registros duplicados, o distrito soma 279 casos.", "279 casos"],
    ["pl", "Powiat ma 301 przypadków.", "301 przypadków", "Po usunięciu duplikatów powiat ma 279 przypadków.", "279 przypadków"],
    ["ru", "В районе 301 случай.", "301 случай", "После удаления дубликатов в районе 279 случаев.", "279 случаев"],
    ["uk", "У районі 301 випадок.", "301 випадок", "Після вилучення дублікатів у районі 279 випадків.", "279 випадків"],
    ["ja", "地区の患者は301人。", "301人", "重複を除くと地区の患者は279人。", "279人"],
    ["ko", "지역 환자는 301명이다.", "301명", "중복을 제외하면 지역 환자는 279명이다.", "279명"],
    ["zh", "该区病例为301人。", "301人", "剔除重复后该区病例为279人。", "279人"],
  ];
  const pair = (lang: string, first: string, figure: string, later: string, fig2: string) => {
    const a = { ...report("a", first, "2024-05-01", "A"), language: lang };
    const b = { ...report("b", later, "2024-05-04", "B"), language: lang };
    const ms = [...mentions(a, [{ text: figure, kind: "count", low: 301, unit: "case" }]), ...mentions(b, [{ text: fig2, kind: "count", low: 279, unit: "case" }])];
    return reconcile({ reports: [a, b], mentions: ms, groups: [ms.map((m) => `${m.source}@${m.start}`)] }).facts.find((f) => f.members.length === 2)!.verdict;
  };
  for (const [lang, first, figure, later, fig2] of cases) {
    assert.equal(pair(lang, first, figure, later, fig2), "revised", `${lang}: a count rid of duplicates`);
    assert.equal(pair(lang, first, figure, fig2, fig2), "conflict", `${lang}: a count that shrinks`);
  }
});

test("in every language, an amount its words before it give each one is no rival of a total", () => {
  // sentences of our own: [language, an amount for each one said before it, its figure, a total, its figure]
  const cases: Array<[string, string, string, string, string]> = [
    ["en", "Each resident is allowed 50 litres a day.", "50 litres", "The town used 80 litres a day.", "80 litres"],
    ["en", "Families queue for a daily ration of 50 litres.", "50 litres", "The town used 80 litres a day.", "80 litres"],
    ["de", "Jeder Einwohner darf 50 Liter am Tag verbrauchen.", "50 Liter", "Die Stadt verbrauchte 80 Liter am Tag.", "80 Liter"],
    ["fr", "Chaque habitant a droit à 50 litres par jour.", "50 litres", "La ville a consommé 80 litres par jour.", "80 litres"],
    ["es", "Cada vecino puede usar 50 litros al día.", "50 litros", "La ciudad gastó 80 litros al día.", "80 litros"],
    ["it", "Ogni abitante può usare 50 litri al giorno.", "50 litri", "La città ha usato 80 litri al giorno.", "80 litri"],
    ["pt", "Cada morador pode usar 50 litros por dia.", "50 litros", "A cidade usou 80 litros por dia.", "80 litros"],
    ["pl", "Każdy mieszkaniec może zużyć 50 litrów dziennie.", "50 litrów", "Miasto zużyło 80 litrów dziennie.", "80 litrów"],
    ["ru", "Каждый житель может тратить 50 литров в день.", "50 литров", "Город тратил 80 литров в день.", "80 литров"],
    ["uk", "Кожен мешканець може витратити 50 літрів на день.", "50 літрів", "Місто витрачало 80 літрів на день.", "80 літрів"],
    ["ja", "1人あたり50リットルまで使える。", "50リットル", "市は80リットルを使った。", "80リットル"],
    ["ko", "1인당 50리터까지 쓸 수 있다.", "50리터", "시는 80리터를 썼다.", "80리터"],
    ["zh", "每人每天可用50升。", "50升", "该市每天用水80升。", "80升"],
  ];
  const pair = (lang: string, first: string, figure: string, later: string, fig2: string) => {
    const a = { ...report("a", first, "2024-05-01", "A"), language: lang };
    const b = { ...report("b", later, "2024-05-04", "B"), language: lang };
    const ms = [...mentions(a, [{ text: figure, kind: "quantity", low: 0.05, unit: "m3" }]), ...mentions(b, [{ text: fig2, kind: "quantity", low: 0.08, unit: "m3" }])];
    return reconcile({ reports: [a, b], mentions: ms, groups: [ms.map((m) => `${m.source}@${m.start}`)] }).facts.find((f) => f.members.length === 2)!.verdict;
  };
  for (const [lang, each, figure, total, fig2] of cases) {
    assert.notEqual(pair(lang, each, figure, total, fig2), "conflict", `${lang}: ${each}`);
    assert.equal(pair(lang, total.replace(fig2, figure), figure, total, fig2), "conflict", `${lang}: two totals`);
  }
});

test("a place's population, a 400-bed hospital, a refinery that can process its barrels: no rivals of counts reached", () => {
  const pair = (first: string, figure: string, low: number, later: string, fig2: string, low2: number, unit: string) => {
    const a = report("a", first, "2024-05-01", "A");
    const b = report("b", later, "2024-05-04", "B");
    const ms = [...mentions(a, [{ text: figure, kind: "count", low, unit }]), ...mentions(b, [{ text: fig2, kind: "count", low: low2, unit }])];
    return reconcile({ reports: [a, b], mentions: ms, groups: [ms.map((m) => `${m.source}@${m.start}`)] }).facts.find((f) => f.members.length === 2)!.verdict;
  };
  assert.notEqual(pair("Most cases are in Tarn, a city of about 90,000 people.", "90,000 people", 90000, "The campaign has vaccinated 61,000 people.", "61,000 people", 61000, "person"), "conflict");
  assert.notEqual(pair("St. Ola's, a 300-bed hospital, was full.", "300-bed", 300, "The centres now have 240 beds.", "240 beds", 240, "bed"), "conflict");
  assert.equal(pair("The centres now have 300 beds.", "300 beds", 300, "The centres now have 240 beds.", "240 beds", 240, "bed"), "conflict");
});

test("in every language with the words, an amount for each one is no rival of a total", () => {
  // sentences of our own: [language, an amount for each family, its figure, a total, its figure]
  const cases: Array<[string, string, string, string, string]> = [
    ["en", "The operator will pay €30,000 to the family of each person killed.", "€30,000", "The repairs will cost €12 million.", "€12 million"],
    ["en", "Farmers will get 500 euros per hectare.", "500 euros", "The repairs will cost 12 million euros.", "12 million euros"],
    ["de", "Der Betreiber zahlt 30.000 Euro pro Familie.", "30.000 Euro", "Die Reparatur kostet 12 Millionen Euro.", "12 Millionen Euro"],
    ["fr", "L'opérateur versera 30 000 euros par famille.", "30 000 euros", "Les réparations coûteront 12 millions d'euros.", "12 millions d'euros"],
    ["es", "La empresa pagará 30.000 euros por víctima mortal.", "30.000 euros", "La reparación costará 12 millones de euros.", "12 millones de euros"],
    ["it", "L'azienda pagherà 30.000 euro per ciascuna famiglia.", "30.000 euro", "La riparazione costerà 12 milioni di euro.", "12 milioni di euro"],
    ["pt", "A empresa pagará 30 mil euros por vítima.", "30 mil euros", "O reparo custará 12 milhões de euros.", "12 milhões de euros"],
    ["pl", "Przewoźnik wypłaci 30 tys. euro na rodzinę.", "30 tys. euro", "Naprawa będzie kosztować 12 mln euro.", "12 mln euro"],
    ["ru", "Компания выплатит 30 тысяч евро на семью.", "30 тысяч евро", "Ремонт обойдётся в 12 миллионов евро.", "12 миллионов евро"],
    ["uk", "Компанія виплатить 30 тисяч євро на родину.", "30 тисяч євро", "Ремонт коштуватиме 12 мільйонів євро.", "12 мільйонів євро"],
    ["ja", "会社は遺族に3万ユーロずつ支払う。", "3万ユーロ", "修理費は1200万ユーロになる。", "1200万ユーロ"],
    ["ko", "회사는 유족에게 3만 유로씩 지급한다.", "3만 유로", "수리비는 1200만 유로다.", "1200만 유로"],
  ];
  const pair = (lang: string, first: string, figure: string, later: string, fig2: string) => {
    const a = { ...report("a", first, "2024-05-01", "A"), language: lang };
    const b = { ...report("b", later, "2024-05-04", "B"), language: lang };
    const ms = [...mentions(a, [{ text: figure, kind: "money", low: 30000, unit: "EUR" }]), ...mentions(b, [{ text: fig2, kind: "money", low: 12e6, unit: "EUR" }])];
    return reconcile({ reports: [a, b], mentions: ms, groups: [ms.map((m) => `${m.source}@${m.start}`)] }).facts.find((f) => f.members.length === 2)!.verdict;
  };
  for (const [lang, each, figure, total, fig2] of cases) {
    assert.notEqual(pair(lang, each, figure, total, fig2), "conflict", `${lang}: ${each}`);
    // the same amount with no word of "each" is a rival of the total
    assert.equal(pair(lang, total.replace(fig2, figure), figure, total, fig2), "conflict", `${lang}: two totals`);
  }
});

test("a count of the happening a comparison's base date names is of that past time: no rival of today's toll", () => {
  const a = report("a", "The sinking is the worst in the country since a 1987 ferry fire that killed 95 people.", "2027-04-18", "A");
  const b = report("b", "The toll from the sinking rose to 130 people on Friday.", "2027-04-16", "B");
  const ms = [
    ...mentions(a, [{ text: "1987", kind: "date", date: ["1987-01-01", "1987-12-31"] }, { text: "95 people", kind: "count", low: 95, unit: "person" }]),
    ...mentions(b, [{ text: "130 people", kind: "count", low: 130, unit: "person" }]),
  ];
  const keys = ms.filter((m) => m.kind === "count").map((m) => `${m.source}@${m.start}`);
  const f = reconcile({ reports: [a, b], mentions: ms, groups: [keys] }).facts.find((x) => x.members.length === 2)!;
  assert.notEqual(f.verdict, "conflict");
});

test("a price for each share is no rival of the company's value, whatever words mark it", () => {
  const a = report("a", "Shares in the group rose 4% to €15.20 yesterday.", "2027-04-18", "A");
  const b = report("b", "The offer values the group at €6.2 billion.", "2027-04-17", "B");
  const c = report("c", "The bid values the group at €6.8 billion.", "2027-04-17", "C");
  const ms = [
    ...mentions(a, [{ text: "€15.20", kind: "money", low: 15.2, unit: "EUR" }]),
    ...mentions(b, [{ text: "€6.2 billion", kind: "money", low: 6.2e9, unit: "EUR" }]),
    ...mentions(c, [{ text: "€6.8 billion", kind: "money", low: 6.8e9, unit: "EUR" }]),
  ];
  const two = (x: typeof ms) => reconcile({ reports: [a, b, c], mentions: x, groups: [x.map((m) => `${m.source}@${m.start}`)] }).facts.find((f) => f.members.length === x.length)!.verdict;
  assert.notEqual(two([ms[0], ms[1]]), "conflict");
  // two values of the company still are rivals
  assert.equal(two([ms[1], ms[2]]), "conflict");
});

test("in every language with the words, a limit set is no rival of an amount reached", () => {
  // sentences of our own: [language, a limit, its figure, an amount reached, its figure]
  const cases: Array<[string, string, string, string, string]> = [
    ["en", "The law sets an age limit of 30 years for ferries.", "30 years", "The ferry was 32 years old.", "32 years"],
    ["fr", "La loi fixe une limite de 30 ans pour les ferries.", "30 ans", "Le ferry avait 32 ans.", "32 ans"],
    ["de", "Das Gesetz setzt eine Obergrenze von 30 Jahren.", "30 Jahren", "Die Fähre war 32 Jahre alt.", "32 Jahre"],
    ["es", "La ley fija un límite de 30 años para los ferris.", "30 años", "El ferri tenía 32 años.", "32 años"],
    ["ko", "정부는 선령 제한을 30년으로 정했다.", "30년", "그 배의 선령은 32년이었다.", "32년"],
    ["ja", "政府は船齢の上限を30年と定めた。", "30年", "その船の船齢は32年だった。", "32年"],
    ["zh", "政府将船龄上限定为30年。", "30年", "该船船龄为32年。", "32年"],
  ];
  for (const [lang, limit, figure, reached, fig2] of cases) {
    const a = { ...report("a", limit, "2024-05-01", "A"), language: lang };
    const b = { ...report("b", reached, "2024-05-04", "B"), language: lang };
    const ms = [...mentions(a, [{ text: figure, kind: "duration", low: 30 * 365.25, unit: "d" }]), ...mentions(b, [{ text: fig2, kind: "duration", low: 32 * 365.25, unit: "d" }])];
    const f = reconcile({ reports: [a, b], mentions: ms, groups: [ms.map((m) => `${m.source}@${m.start}`)] }).facts.find((x) => x.members.length === 2)!;
    assert.notEqual(f.verdict, "conflict", `${lang}: ${limit}`);
  }
});
