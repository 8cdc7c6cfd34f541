import { test } from "node:test";
import assert from "node:assert/strict";
import { prepare } from "./prepare.js";
import { isHead, propertiesOf } from "./property.js";
import { verdictOf } from "./verdict.js";
import { judgedOf } from "./judge.js";
import { reconcile } from "./index.js";
import { happeningsDiffer, sidesOf } from "./pairs.js";
import { report, mentions } from "../../test/reconcile/testkit.js";
import type { Report } from "../types.js";

const propsOf = (reports: Report[], ms: ReturnType<typeof mentions>) => {
  const { items } = prepare(reports, ms);
  return propertiesOf(items).map((p, i) => ({ text: items[i].m.text, source: items[i].m.source, ...p }));
};

test("a date's event is the one its own clause names: a statement's day is not the day of what it states", () => {
  const a = report(
    "a",
    "The utility said on Thursday that the plant, originally due to open in 2024, will start generating power in late 2027. Building work began in 2019, and a turbine contract was signed in 2020.",
    "2026-05-08",
  );
  const ms = mentions(a, [
    { text: "Thursday", kind: "date", date: ["2026-05-07", "2026-05-07"] },
    { text: "2024", kind: "date", date: ["2024-01-01", "2024-12-31"] },
    { text: "late 2027", kind: "date", date: ["2027-09-01", "2027-12-31"] },
    { text: "2019", kind: "date", date: ["2019-01-01", "2019-12-31"] },
    { text: "2020", kind: "date", date: ["2020-01-01", "2020-12-31"] },
  ]);
  const ev = Object.fromEntries(propsOf([a], ms).map((p) => [p.text, p.event]));
  assert.deepEqual(ev, { Thursday: "say", "2024": "complete", "late 2027": "complete", "2019": "start", "2020": "agree" });
});

test("a thousands comma closes no clause: the figure's clause still names the event after it", () => {
  const a = report("a", "The storm killed more than 2,300 people last year, officials said.", "2026-05-08");
  const ms = mentions(a, [{ text: "last year", kind: "date", date: ["2025-01-01", "2025-12-31"] }]);
  const ev = Object.fromEntries(propsOf([a], ms).map((p) => [p.text, p.event]));
  assert.deepEqual(ev, { "last year": "casualty" });
});

test("a pact's entry into force is an event of its own, whichever words say it, and not its signing", () => {
  const a = report(
    "a",
    "The accord was signed in 2023. The accord, which came into force in May 2024, cut duties. Since the law entered into force on 3 June 2024, fees have fallen. The rules took effect in July 2024.",
    "2026-05-08",
  );
  const ms = mentions(a, [
    { text: "2023", kind: "date", date: ["2023-01-01", "2023-12-31"] },
    { text: "May 2024", kind: "date", date: ["2024-05-01", "2024-05-31"] },
    { text: "3 June 2024", kind: "date", date: ["2024-06-03", "2024-06-03"] },
    { text: "July 2024", kind: "date", date: ["2024-07-01", "2024-07-31"] },
  ]);
  const ev = Object.fromEntries(propsOf([a], ms).map((p) => [p.text, p.event]));
  assert.deepEqual(ev, { "2023": "agree", "May 2024": "force", "3 June 2024": "force", "July 2024": "force" });
});

test("a date's event words are the report's language's: English ones name nothing in another language", () => {
  const text = "The rules took effect in July 2024, the ministry said on Monday, and first gas flowed in 2025.";
  const dates = [
    { text: "July 2024", kind: "date" as const, date: ["2024-07-01", "2024-07-31"] as [string, string] },
    { text: "Monday", kind: "date" as const, date: ["2026-05-04", "2026-05-04"] as [string, string] },
    { text: "2025", kind: "date" as const, date: ["2025-01-01", "2025-12-31"] as [string, string] },
  ];
  const en = { ...report("a", text, "2026-05-08"), language: "en" };
  const ev = (r: Report) => Object.fromEntries(propsOf([r], mentions(r, dates)).map((p) => [p.text, p.event]));
  assert.deepEqual(ev(en), { "July 2024": "force", Monday: "say", "2025": "complete" });
  // the same words quoted in a German report: no German event word among them
  const de = { ...en, language: "de" };
  assert.deepEqual(ev(de), { "July 2024": null, Monday: null, "2025": null });
});

test("what a figure measures is read in the report's own language, so two languages share it", () => {
  const ru = { ...report("ru", "Мост длиной 19 километров стал самым протяжённым в Европе.", "2018-05-16"), language: "ru" };
  const de = { ...report("de", "Die rund 18 Kilometer lange Brücke kostete viel Geld.", "2022-10-08"), language: "de" };
  const ko = { ...report("ko", "다리의 총길이는 18㎞이며 공사비는 4조원이다.", "2022-10-08"), language: "ko" };
  const ms = [
    ...mentions(ru, [{ text: "19 километров", kind: "quantity", low: 19000, unit: "m" }]),
    ...mentions(de, [{ text: "18 Kilometer", kind: "quantity", low: 18000, unit: "m" }]),
    ...mentions(ko, [{ text: "18㎞", kind: "quantity", low: 18000, unit: "m" }]),
  ];
  for (const p of propsOf([ru, de, ko], ms)) assert.ok(p.cueWeights.has("#length"), `${p.source}: ${[...p.cueWeights.keys()]}`);
});

test("counts of one day stamped 'as of' an hour are a running count's updates, not a conflict", () => {
  const a = report("a", "As of 6 a.m. on Sunday, 121 people had died in the crush, the fire service said.", "2024-03-10");
  const b = report("b", "The toll stood at 126 dead as of 10 a.m., officials said.", "2024-03-10");
  const c = report("c", "Another outlet put the number of dead at 131 that day.", "2024-03-10");
  const ms = [
    ...mentions(a, [{ text: "121 people", kind: "count", low: 121, unit: "person" }]),
    ...mentions(b, [{ text: "126", kind: "count", low: 126 }]),
    ...mentions(c, [{ text: "131", kind: "count", low: 131 }]),
  ];
  const key = (i: number) => `${ms[i].source}@${ms[i].start}`;
  const stamped = reconcile({ reports: [a, b], mentions: ms.slice(0, 2), groups: [[key(0), key(1)]] }).facts[0];
  assert.equal(stamped.verdict, "revised");
  const plain = reconcile({ reports: [a, c], mentions: [ms[0], ms[2]], groups: [[key(0), key(2)]] }).facts[0];
  assert.equal(plain.verdict, "revised", "one stamped report stamps the day's pair");
  // two figures of one day that no report stamps still conflict
  const d = report("d", "A rival count said 140 people died that day.", "2024-03-10");
  const md = mentions(d, [{ text: "140 people", kind: "count", low: 140, unit: "person" }]);
  const none = reconcile({ reports: [c, d], mentions: [ms[2], ...md], groups: [[key(2), `d@${md[0].start}`]] }).facts[0];
  assert.equal(none.verdict, "conflict");
});

test("a disagreement between figures the words do not tie to one property makes no conflict", () => {
  const a = report("a", "The new terminal will cost $1.2 billion, the port authority said.", "2025-01-10");
  const b = report("b", "A dredging contract worth $300 million was also awarded.", "2025-01-12");
  const ms = [...mentions(a, [{ text: "$1.2 billion", kind: "money", low: 1.2e9, unit: "USD" }]), ...mentions(b, [{ text: "$300 million", kind: "money", low: 3e8, unit: "USD" }])];
  const { items, all, times, byReport } = prepare([a, b], ms);
  const js = judgedOf(items, all, new Map(), times, byReport);
  assert.equal(verdictOf(js).verdict, "conflict");
  const apart = verdictOf(js, () => false);
  assert.equal(apart.verdict, "agree");
  // the pair apart is kept in the reason, so the briefing does not read "agree" as "the same"
  assert.ok(apart.reason.verdict === "agree" && apart.reason.apart?.length === 1);
  assert.deepEqual(new Set([apart.reason.apart[0].a, apart.reason.apart[0].b]), new Set([0, 1]));
  assert.equal(verdictOf(js, () => true).verdict, "conflict");
});

test("a Korean noun is one thing with any particle, and Chinese is read word by word", () => {
  // our own words: the same count of foreigners, the noun with two particles and in Chinese
  const a = { ...report("a", "사고 희생자 가운데 외국인은 12명이다.", "2024-01-02"), language: "ko" };
  const b = { ...report("b", "이번 사고에서 외국인은 12명이 숨졌다.", "2024-01-03"), language: "ko" };
  const z = { ...report("z", "事故共造成12名外籍人士遇难。", "2024-01-03"), language: "zh" };
  const ms = [
    ...mentions(a, [{ text: "12명", kind: "count", low: 12, unit: "person" }]),
    ...mentions(b, [{ text: "12명", kind: "count", low: 12, unit: "person" }]),
    ...mentions(z, [{ text: "12名", kind: "count", low: 12, unit: "person" }]),
  ];
  const props = propsOf([a, b, z], ms);
  assert.equal(props[0].thing, "외국인");
  // heads are the words heavy enough to name the thing (property.ts isHead)
  const heads = (i: number) => [...props[i].words].filter(([k, w]) => isHead(k, w)).map(([k]) => k);
  assert.ok(heads(1).includes("외국인"), heads(1).join(" "));
  assert.ok(heads(2).includes("外籍人士"), heads(2).join(" "));
});

test("a share's whole is what it measures, in every language that names it by the share", () => {
  const en = report("en", "Officials believe 40 percent of the harbour was wrecked, a fifth of the town’s houses stood empty and 12 percent of the irrigated fields lay under water.", "2026-03-02");
  const es = { ...report("es", "Según el gobierno, el 40 % del puerto quedó destruido.", "2026-03-02"), language: "es" };
  const ko = { ...report("ko", "당국은 항구의 40%가 파괴됐다고 밝혔다.", "2026-03-02"), language: "ko" };
  const ms = [
    ...mentions(en, [
      { text: "40 percent", kind: "percent", low: 40, unit: "%" },
      { text: "a fifth", kind: "percent", low: 20, unit: "%" },
      { text: "12 percent", kind: "percent", low: 12, unit: "%" },
    ]),
    ...mentions(es, [{ text: "40 %", kind: "percent", low: 40, unit: "%" }]),
    ...mentions(ko, [{ text: "40%", kind: "percent", low: 40, unit: "%" }]),
  ];
  const things = propsOf([en, es, ko], ms).map((p) => `${p.source} ${p.text}: ${p.thing}`);
  assert.deepEqual(things, ["en 40 percent: harbour", "en a fifth: town", "en 12 percent: fields", "es 40 %: puerto", "ko 40%: 항구"]);
});

test("a place's people said right before a count are its population, never a toll, in every language that says so", () => {
  const cases: Array<[string, string, string, string]> = [
    ["en", "Some 3,000 residents of Brill, a town of about 9,200 people, were moved to schools.", "3,000 residents", "9,200 people"],
    ["es", "Unos 3.000 vecinos de Brill, una localidad de 9.200 habitantes, fueron evacuados.", "3.000 vecinos", "9.200 habitantes"],
    ["fr", "Quelque 3 000 habitants de Brill, une ville de 9 200 habitants, ont été évacués.", "3 000 habitants", "9 200 habitants"],
    ["de", "Rund 3.000 Bewohner von Brill, einer Stadt mit 9.200 Einwohnern, wurden evakuiert.", "3.000 Bewohner", "9.200 Einwohnern"],
    ["en", "The valley, home to 1.3 million, was told to boil water.", "", "1.3 million"],
  ];
  for (const [language, text, moved, held] of cases) {
    const r = { ...report(language, text, "2027-09-08"), language };
    const specs = [...(moved ? [{ text: moved, kind: "count" as const, low: 3000 }] : []), { text: held, kind: "count" as const, low: 9200 }];
    const m = Object.fromEntries(propsOf([r], mentions(r, specs)).map((p) => [p.text, p.measure]));
    assert.equal(m[held], "#population", `${language}: ${JSON.stringify(m)}`);
    if (moved) assert.notEqual(m[moved], "#population", language);
  }
  // "in the region of" is a size, not a place
  const a = report("a", "The storm left in the region of 500 people without power.", "2027-09-08");
  const ms = mentions(a, [{ text: "500 people", kind: "count", low: 500, unit: "person" }]);
  assert.equal(propsOf([a], ms)[0].measure, null);
});

test("a town's population is no rival of a count of its evacuated", () => {
  const a = report("a", "More than 3,000 residents of Brill, a town of 9,200 people, spent the night in schools after the blast.", "2027-09-07");
  const b = report("b", "Officials said 3,400 residents of Brill had been evacuated after the blast.", "2027-09-08");
  const ms = [
    ...mentions(a, [{ text: "3,000 residents", kind: "count", low: 3000, unit: "resident", qualifier: "lower" }, { text: "9,200 people", kind: "count", low: 9200, unit: "person" }]),
    ...mentions(b, [{ text: "3,400 residents", kind: "count", low: 3400, unit: "resident" }]),
  ];
  for (const f of reconcile({ reports: [a, b], mentions: ms }).facts) {
    const pop = f.members.findIndex((m) => m.text === "9,200 people");
    const r = f.reason;
    assert.ok(pop < 0 || !(r?.verdict === "conflict" && r.disagreements.some((d) => d.a === pop || d.b === pop)), JSON.stringify(r));
  }
});

test("a lowercased noun that ends as some demonyms do is still a head; a nationality is not", async () => {
  const { isHead: headWord } = await import("./heads.js");
  for (const w of ["ocean", "parish", "pelican", "finish"]) assert.equal(headWord(w), true, w);
  for (const w of ["russian", "chinese", "canadian"]) assert.equal(headWord(w), false, w);
});

test("a date's or a stretch's happening: its clause's event class, else its clause's verb in the report's language", () => {
  const a = {
    ...report(
      "a",
      "The ministry declared a cholera outbreak in the coastal region on 11 September. The water plant reopened on 2 November after repairs. Drivers have waited up to 10 days at the border. The bridge opened in 2019.",
      "2026-11-20",
    ),
    language: "en",
  };
  const ms = mentions(a, [
    { text: "11 September", kind: "date", date: ["2026-09-11", "2026-09-11"] },
    { text: "2 November", kind: "date", date: ["2026-11-02", "2026-11-02"] },
    { text: "10 days", kind: "duration", low: 10, high: 10, unit: "d" },
    { text: "2019", kind: "date", date: ["2019-01-01", "2019-12-31"] },
  ]);
  const of = Object.fromEntries(propsOf([a], ms).map((p) => [p.text, p.happening]));
  assert.deepEqual(of, { "11 September": "#say", "2 November": "en:reopen", "10 days": "en:wait", "2019": "#complete" });
});

test("two dates of two happenings differ; a verb differs from no verb of another language", () => {
  const text = "The plant reopened on 2 November. The doses were approved on 13 September.";
  const dates = [
    { text: "2 November", kind: "date" as const, date: ["2026-11-02", "2026-11-02"] as [string, string] },
    { text: "13 September", kind: "date" as const, date: ["2026-09-13", "2026-09-13"] as [string, string] },
  ];
  const en = { ...report("a", text, "2026-11-20"), language: "en" };
  const fr = { ...report("b", "L'usine a rouvert le 2 novembre.", "2026-11-20"), language: "fr" };
  const ms = [...mentions(en, dates), ...mentions(fr, [{ text: "2 novembre", kind: "date", date: ["2026-11-02", "2026-11-02"] }])];
  const { items } = prepare([en, fr], ms);
  const sides = sidesOf(items, propertiesOf(items));
  assert.equal(happeningsDiffer(sides[0], sides[1]), true);
  assert.equal(happeningsDiffer(sides[0], sides[2]), false);
});

test("a happening's verb is read in the report's own language", () => {
  const fr = { ...report("f", "L'usine a rouvert le 2 novembre, après des travaux.", "2026-11-20"), language: "fr" };
  const pl = { ...report("p", "Kierowcy czekali na przejście do 12 dni.", "2026-11-20"), language: "pl" };
  const ms = [
    ...mentions(fr, [{ text: "2 novembre", kind: "date", date: ["2026-11-02", "2026-11-02"] }]),
    ...mentions(pl, [{ text: "12 dni", kind: "duration", low: 12, high: 12, unit: "d" }]),
  ];
  const of = Object.fromEntries(propsOf([fr, pl], ms).map((p) => [p.text, p.happening]));
  assert.deepEqual(of, { "2 novembre": "fr:rouver", "12 dni": "pl:czekal" });
});

test("a toll word right after one count is that count's own: the next count takes the word after it", () => {
  // sentences of our own: a headline's "N dead M missing" run together, a list with a middle dot, a verb joining two clauses
  const cases: Array<[string, string, string, string]> = [
    ["ja", "フェリー転覆、7人死亡40人不明", "7人", "40人"],
    ["ko", "여객선 전복…7명 사망·40명 실종", "7명", "40명"],
    ["ko", "여객선이 전복돼 7명이 숨지고 40명이 실종됐다.", "7명", "40명"],
  ];
  for (const [language, text, dead, missing] of cases) {
    const r = { ...report(language, text, "2027-09-08"), language };
    const specs = [{ text: dead, kind: "count" as const, low: 7 }, { text: missing, kind: "count" as const, low: 40 }];
    const m = Object.fromEntries(propsOf([r], mentions(r, specs)).map((p) => [p.text, p.measure]));
    assert.equal(m[dead], "#casualty", `${text}: ${JSON.stringify(m)}`);
    assert.equal(m[missing], "#missing", `${text}: ${JSON.stringify(m)}`);
  }
});
