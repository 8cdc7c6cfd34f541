import { test } from "node:test";
import assert from "node:assert/strict";
import { reconcile } from "./index.js";
import { report, mentions } from "../../test/reconcile/testkit.js";
import type { Fact, Mention, Report } from "../types.js";

const factOf = (facts: Fact[], source: string, text: string) =>
  facts.find((f) => f.members.some((m) => m.source === source && m.text === text));
const together = (facts: Fact[], a: [string, string], b: [string, string]) => factOf(facts, ...a) === factOf(facts, ...b);

test("empty input gives nothing", () => {
  assert.deepEqual(reconcile({ reports: [], mentions: [] }), { facts: [], timeline: [] });
});

test("a conversion in brackets is one claim and joins the same figure elsewhere", () => {
  const a = report("a", "The new viaduct will be 640 metres (2,100 ft) long, the regional roads office said.", "2023-05-02");
  const b = report("b", "Engineers say the viaduct is 640 metres long and will carry four lanes.", "2023-05-03");
  const ms = [
    ...mentions(a, [{ text: "640 metres", kind: "quantity", low: 640, unit: "m" }, { text: "2,100 ft", kind: "quantity", low: 640.08, unit: "m" }]),
    ...mentions(b, [{ text: "640 metres", kind: "quantity", low: 640, unit: "m" }, { text: "four lanes", kind: "count", low: 4, unit: "lane" }]),
  ];
  const { facts } = reconcile({ reports: [a, b], mentions: ms });
  assert.ok(together(facts, ["a", "640 metres"], ["a", "2,100 ft"]));
  assert.ok(together(facts, ["a", "640 metres"], ["b", "640 metres"]));
  assert.equal(factOf(facts, "a", "640 metres")!.verdict, "agree");
  assert.ok(!together(facts, ["b", "640 metres"], ["b", "four lanes"]));
});

test("a figure glossed in brackets as another kind is no claim of its own: it joins no fact", () => {
  const a = report("a", "The deck of the viaduct is nine metres wide (three lanes).", "2023-05-02");
  const b = report("b", "The toll plaza at its end will have 12 lanes for trucks and cars.", "2023-05-03");
  const ms = [
    ...mentions(a, [{ text: "nine metres", kind: "quantity", low: 9, unit: "m" }, { text: "three lanes", kind: "count", low: 3, unit: "lane" }]),
    ...mentions(b, [{ text: "12 lanes", kind: "count", low: 12, unit: "lane" }]),
  ];
  const { facts } = reconcile({ reports: [a, b], mentions: ms });
  assert.ok(!together(facts, ["a", "three lanes"], ["b", "12 lanes"]));
  // given as one fact, the gloss is still not compared: one claim is left, no conflict
  const given = reconcile({ reports: [a, b], mentions: ms, groups: [[`a@${ms[1].start}`, `b@${ms[2].start}`]] });
  assert.notEqual(factOf(given.facts, "b", "12 lanes")!.verdict, "conflict");
});

test("a figure for the whole and one for a part are two facts, not a conflict", () => {
  const a = report("a", "The crossing together with its access roads is 6.2 km long in total. The span itself is 900 metres.", "2023-05-02");
  const b = report("b", "Including the access roads, the crossing will stretch 6.2 km.", "2023-05-02");
  const c = report("c", "The span itself will be about 900 metres long.", "2023-05-03");
  const ms = [
    ...mentions(a, [{ text: "6.2 km", kind: "quantity", low: 6200, unit: "m" }, { text: "900 metres", kind: "quantity", low: 900, unit: "m" }]),
    ...mentions(b, [{ text: "6.2 km", kind: "quantity", low: 6200, unit: "m" }]),
    ...mentions(c, [{ text: "900 metres", kind: "quantity", low: 900, unit: "m", qualifier: "approx" }]),
  ];
  const { facts } = reconcile({ reports: [a, b, c], mentions: ms });
  assert.ok(together(facts, ["a", "6.2 km"], ["b", "6.2 km"]));
  assert.ok(together(facts, ["a", "900 metres"], ["c", "900 metres"]));
  assert.ok(!together(facts, ["a", "6.2 km"], ["a", "900 metres"]));
  assert.ok(facts.every((f) => f.verdict !== "conflict"));
});

test("a count sent on top of a level is another fact: 'N more' never joins the level", () => {
  const a = report("a", "The ministry has sent about 700 troops to the northern border, it said.", "2024-06-03");
  const b = report("b", "The ministry has sent 2,000 more troops to the northern border, it said.", "2024-06-04");
  const c = report("c", "The ministry has sent some 750 troops to the northern border.", "2024-06-04");
  const ms = [
    ...mentions(a, [{ text: "700 troops", kind: "count", low: 700, unit: "troop", qualifier: "approx" }]),
    ...mentions(b, [{ text: "2,000", kind: "count", low: 2000 }]),
    ...mentions(c, [{ text: "750 troops", kind: "count", low: 750, unit: "troop", qualifier: "approx" }]),
  ];
  const { facts } = reconcile({ reports: [a, b, c], mentions: ms });
  assert.ok(together(facts, ["a", "700 troops"], ["c", "750 troops"]));
  assert.ok(!together(facts, ["a", "700 troops"], ["b", "2,000"]));
  assert.ok(facts.every((f) => f.verdict !== "conflict"));
});

test("bounds agree with figures inside them; a figure outside a bound at the same time is a conflict", () => {
  const a = report("a", "Officials said up to 9,000 workers were hired for the dam project.", "2024-02-10");
  const b = report("b", "The dam project hired 8,500 workers, officials said.", "2024-02-11");
  const c = report("c", "More than 4,000 families were moved from the valley, officials said.", "2024-02-10");
  const d = report("d", "Over 5,000 families were moved from the valley, a local group said.", "2024-02-12");
  const ms = [
    ...mentions(a, [{ text: "9,000 workers", kind: "count", low: 9000, unit: "worker", qualifier: "upper" }]),
    ...mentions(b, [{ text: "8,500 workers", kind: "count", low: 8500, unit: "worker" }]),
    ...mentions(c, [{ text: "4,000 families", kind: "count", low: 4000, unit: "family", qualifier: "lower" }]),
    ...mentions(d, [{ text: "5,000 families", kind: "count", low: 5000, unit: "family", qualifier: "lower" }]),
  ];
  const { facts } = reconcile({ reports: [a, b, c, d], mentions: ms });
  assert.ok(together(facts, ["a", "9,000 workers"], ["b", "8,500 workers"]));
  assert.equal(factOf(facts, "a", "9,000 workers")!.verdict, "agree");
  assert.ok(together(facts, ["c", "4,000 families"], ["d", "5,000 families"]));
  assert.equal(factOf(facts, "c", "4,000 families")!.verdict, "agree");
  assert.ok(!together(facts, ["a", "9,000 workers"], ["c", "4,000 families"]));
});

test("incompatible values from reports of the same week are a conflict", () => {
  const a = report("a", "The tunnel under the strait will cost $2.1 billion, the transport ministry said.", "2024-06-01");
  const b = report("b", "The strait tunnel is expected to cost $2.6 billion according to the builder.", "2024-06-03");
  const ms = [
    ...mentions(a, [{ text: "$2.1 billion", kind: "money", low: 2.1e9, unit: "USD" }]),
    ...mentions(b, [{ text: "$2.6 billion", kind: "money", low: 2.6e9, unit: "USD" }]),
  ];
  const { facts } = reconcile({ reports: [a, b], mentions: ms });
  const f = factOf(facts, "a", "$2.1 billion")!;
  assert.equal(f, factOf(facts, "b", "$2.6 billion"));
  assert.equal(f.verdict, "conflict");
  assert.equal(f.values.length, 2);
});

test("a running toll that grows over months is revised, not a conflict", () => {
  const a = report("a", "At least 40 people have been killed in the floods so far, the agency said.", "2024-01-05");
  const b = report("b", "The death toll from the floods has now risen to 310 people killed, the agency said.", "2024-04-20");
  const ms = [
    ...mentions(a, [{ text: "40 people", kind: "count", low: 40, unit: "person", qualifier: "lower" }]),
    ...mentions(b, [{ text: "310 people", kind: "count", low: 310, unit: "person" }]),
  ];
  const { facts } = reconcile({ reports: [a, b], mentions: ms });
  const f = factOf(facts, "a", "40 people")!;
  // "at least 40" is compatible with 310; make it a strict revision with a plain figure
  assert.ok(["agree", "revised"].includes(f.verdict));
  const c = report("c", "Some 95 people were killed in the floods, the agency said.", "2024-01-06");
  const { facts: f2 } = reconcile({
    reports: [c, b],
    mentions: [...mentions(c, [{ text: "95 people", kind: "count", low: 95, unit: "person", qualifier: "approx" }]), ...ms.slice(1)],
  });
  const g = factOf(f2, "c", "95 people")!;
  assert.equal(g, factOf(f2, "b", "310 people"));
  assert.equal(g.verdict, "revised");
});

test("syndicated copies count as one origin; a credited agency is its own origin", () => {
  const body =
    "The port authority said on Tuesday that the new grain terminal will be able to load 45,000 tonnes a day once the second berth " +
    "opens, and that dredging of the channel will finish before the harvest season begins in the north of the country this year.";
  const a = report("a", body, "2024-03-01", "Wire");
  const b = report("b", body + " Read more.", "2024-03-02", "Reposter");
  const c = report("c", "The grain terminal will load 45,000 tonnes a day, according to Harbour Weekly.", "2024-03-02", "Other");
  const spec = { text: "45,000 tonnes", kind: "quantity" as const, low: 4.5e7, unit: "kg", per: "day" };
  const ms = [...mentions(a, [spec]), ...mentions(b, [spec]), ...mentions(c, [spec])];
  const { facts } = reconcile({ reports: [a, b, c], mentions: ms });
  assert.equal(facts.length, 1);
  const f = facts[0];
  assert.equal(f.members.length, 3);
  assert.equal(f.origins, 2);
  assert.equal(f.members.find((m) => m.source === "b")!.origin, f.members.find((m) => m.source === "a")!.origin);
  assert.match(f.members.find((m) => m.source === "c")!.origin, /harbour weekly/);
  assert.equal(f.values[0].origins.length, 2);
});

test("timeline: events ordered by date; disagreeing dates for one event are marked", () => {
  const a = report("a", "The two governments signed the agreement in March 2023. The terminal is expected to be completed by the end of 2025.", "2024-05-01");
  const b = report("b", "Officials said the terminal should be completed in mid-2025, two years after the agreement was signed in 2023.", "2024-05-02");
  const ms = [
    ...mentions(a, [
      { text: "March 2023", kind: "date", date: ["2023-03-01", "2023-03-31"] },
      { text: "end of 2025", kind: "date", date: ["2025-10-01", "2025-12-31"] },
    ]),
    ...mentions(b, [
      { text: "mid-2025", kind: "date", date: ["2025-05-01", "2025-08-31"] },
      { text: "2023", kind: "date", date: ["2023-01-01", "2023-12-31"], nth: 0 },
    ]),
  ];
  const { facts, timeline } = reconcile({ reports: [a, b], mentions: ms });
  assert.ok(together(facts, ["a", "March 2023"], ["b", "2023"]));
  assert.ok(together(facts, ["a", "end of 2025"], ["b", "mid-2025"]));
  assert.equal(timeline.length, 2);
  assert.ok(timeline[0].date.start < timeline[1].date.start);
  assert.equal(timeline[0].conflicting, false);
  assert.equal(timeline[0].date.start, "2023-03-01");
  assert.equal(timeline[1].conflicting, true);
  assert.equal(timeline[1].sources.length, 2);
});

test("deterministic: same output for the same input, whatever the mention order", () => {
  const a = report("a", "The plant will employ 1,200 people and cost €900 million, the company said.", "2024-01-01");
  const b = report("b", "The €900 million plant is to employ about 1,200 people.", "2024-01-02");
  const ms: Mention[] = [
    ...mentions(a, [{ text: "1,200 people", kind: "count", low: 1200, unit: "person" }, { text: "€900 million", kind: "money", low: 9e8, unit: "EUR" }]),
    ...mentions(b, [{ text: "€900 million", kind: "money", low: 9e8, unit: "EUR" }, { text: "1,200 people", kind: "count", low: 1200, unit: "person", qualifier: "approx" }]),
  ];
  const reports: Report[] = [a, b];
  const one = JSON.stringify(reconcile({ reports, mentions: ms }));
  assert.equal(JSON.stringify(reconcile({ reports, mentions: ms })), one);
  assert.equal(JSON.stringify(reconcile({ reports, mentions: ms.slice().reverse() })), one);
  const { facts } = reconcile({ reports, mentions: ms });
  assert.equal(facts.length, 2);
  assert.ok(facts.every((f) => f.verdict === "agree" && f.about.length > 0));
});

test("a mention whose report is missing still reconciles, as a single", () => {
  const m: Mention = { source: "zz", start: 0, end: 3, text: "12%", kind: "percent", low: 12, high: 12, unit: "%", qualifier: null };
  const { facts } = reconcile({ reports: [], mentions: [m] });
  assert.equal(facts.length, 1);
  assert.equal(facts[0].verdict, "single");
});

test("odd input (bad dates, NaN, offsets outside the text, unknown kinds) never throws", () => {
  let seed = 11;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const kinds = ["quantity", "money", "percent", "count", "ratio", "date", "duration", "other"];
  for (let t = 0; t < 60; t++) {
    const reports = [0, 1, 2].map((i) => report(`r${i}`, "word ".repeat(Math.floor(rnd() * 40)), rnd() < 0.4 ? null : rnd() < 0.3 ? "not a date" : `2024-01-0${i + 1}`));
    const ms = Array.from({ length: 12 }, () => ({
      source: `r${Math.floor(rnd() * 4)}`, start: Math.floor(rnd() * 300) - 50, end: Math.floor(rnd() * 300), text: "9",
      kind: kinds[Math.floor(rnd() * kinds.length)], low: rnd() < 0.2 ? null : rnd() < 0.1 ? NaN : rnd() * 500 - 50, high: rnd() < 0.3 ? null : rnd() * 500,
      unit: rnd() < 0.5 ? null : "m", qualifier: null, date: rnd() < 0.5 ? { start: "2024-02-30", end: "later" } : { start: "2024-01-01", end: "2024-12-31" },
      per: rnd() < 0.3 ? "day" : null, sentence: rnd() < 0.3 ? ([9, 2] as [number, number]) : null,
    })) as unknown as Mention[];
    const out = reconcile({ reports, mentions: ms });
    assert.ok(Array.isArray(out.facts) && Array.isArray(out.timeline));
  }
});

test("rival figures in one report never conflict with each other (corpus README: a verdict compares reports)", () => {
  const a = report("a", "The regional government puts the number of people displaced at 90,000. But the Red Cross says 130,000 have fled their homes.", "2024-05-02");
  const ms = mentions(a, [{ text: "90,000", kind: "count", low: 90000, unit: "person" }, { text: "130,000", kind: "count", low: 130000, unit: "person" }]);
  const { facts } = reconcile({ reports: [a], mentions: ms });
  assert.ok(facts.every((f) => f.verdict !== "conflict"));
});

test("a death toll that rises from one day's report to the next is revised, not in conflict", () => {
  const a = report("a", "14 people were killed when the storm hit the coast, officials said.", "2024-09-01");
  const b = report("b", "Officials said 31 people were killed by the storm on the coast.", "2024-09-03");
  const ms = [
    ...mentions(a, [{ text: "14 people", kind: "count", low: 14, unit: "person" }]),
    ...mentions(b, [{ text: "31 people", kind: "count", low: 31, unit: "person" }]),
  ];
  const { facts } = reconcile({ reports: [a, b], mentions: ms });
  assert.ok(together(facts, ["a", "14 people"], ["b", "31 people"]));
  assert.equal(factOf(facts, "a", "14 people")!.verdict, "revised");
});

test("a toll restated 'up from' its earlier value: that figure is dated before its report, and the fact is revised", () => {
  const a = report("a", "A landslide has killed 14 people in the hill district, police said on Monday.", "2024-06-03");
  const b = report("b", "The death toll from the landslide has climbed to 31, up from 14 on Monday, rescuers said.", "2024-06-05");
  const ms = [
    ...mentions(a, [{ text: "14 people", kind: "count", low: 14, unit: "person" }]),
    ...mentions(b, [{ text: "31", kind: "count", low: 31 }, { text: "14", kind: "count", low: 14 }]),
  ];
  const { facts } = reconcile({ reports: [a, b], mentions: ms });
  const earlier = facts.flatMap((f) => f.members).find((m) => m.source === "b" && m.text === "14")!;
  assert.equal(earlier.time?.earlier, true);
  const f = factOf(facts, "b", "31")!;
  assert.equal(f.verdict === "conflict", false);
});

test("a report that dates a figure earlier than its own says so in the reason, not 'the same outlet changed'", () => {
  const a = report("a", "Relief agencies said 4,000 households had lost their homes to the flooding.", "2024-03-02");
  const b = report("b", "Some 6,500 households have now lost their homes, up from 4,000 reported last week, relief agencies said.", "2024-03-09");
  const ms = [
    ...mentions(a, [{ text: "4,000 households", kind: "count", low: 4000, unit: "household" }]),
    ...mentions(b, [{ text: "6,500 households", kind: "count", low: 6500, unit: "household", qualifier: "approx" }, { text: "4,000", kind: "count", low: 4000 }]),
  ];
  const { facts } = reconcile({ reports: [a, b], mentions: ms, groups: [["a@" + ms[0].start, "b@" + ms[1].start, "b@" + ms[2].start]] });
  const f = factOf(facts, "b", "6,500 households")!;
  assert.equal(f.verdict, "revised");
  assert.ok(f.reason?.verdict === "revised");
  const own = f.reason.revisions.find((r) => f.members[r.from].source === "b" && f.members[r.to].source === "b");
  assert.equal(own?.why, "dated-earlier");
  const across = f.reason.revisions.find((r) => f.members[r.from].source === "a");
  assert.equal(across?.why, "running-count");
});

test("a later, lower count of the injured replaces the earlier one: the injured die, recover or go home", () => {
  const a = report("a", "Officials said 40 people were injured in the ferry fire on Saturday.", "2024-08-03");
  const b = report("b", "Of the passengers hurt in the ferry fire, 36 remain injured after several were discharged, officials said.", "2024-08-06");
  const ms = [
    ...mentions(a, [{ text: "40 people", kind: "count", low: 40, unit: "person" }]),
    ...mentions(b, [{ text: "36", kind: "count", low: 36 }]),
  ];
  const { facts } = reconcile({ reports: [a, b], mentions: ms, groups: [["a@" + ms[0].start, "b@" + ms[1].start]] });
  const f = factOf(facts, "b", "36")!;
  assert.equal(f.verdict, "revised");
  assert.ok(f.reason?.verdict === "revised");
  assert.equal(f.reason.revisions[0].why, "status-count");
  assert.equal(f.members[f.reason.revisions[0].to].source, "b");
});

test("two days of statements are two statements, not a conflict", () => {
  const a = report("a", "The port authority said on Monday that the channel would stay closed.", "2024-09-04");
  const b = report("b", "The channel stays shut, the port authority said on Wednesday.", "2024-09-06");
  const ms = [
    ...mentions(a, [{ text: "Monday", kind: "date", date: ["2024-09-02", "2024-09-02"] }]),
    ...mentions(b, [{ text: "Wednesday", kind: "date", date: ["2024-09-04", "2024-09-04"] }]),
  ];
  const { facts } = reconcile({ reports: [a, b], mentions: ms, groups: [["a@" + ms[0].start, "b@" + ms[1].start]] });
  assert.notEqual(factOf(facts, "a", "Monday")!.verdict, "conflict");
});

test("a count stamped with its hour stamps the report's other counts of people: same-day updates, not a conflict", () => {
  const a = report("a", "As of 6 a.m. on Thursday, the storm had killed 40 people across the coastal districts, the emergency office said in its morning bulletin. Among the dead, 12 people were children.", "2024-05-02");
  const b = report("b", "Relief officials told reporters that 11 people among the dead were children.", "2024-05-02");
  const ms = [
    ...mentions(a, [{ text: "40 people", kind: "count", low: 40, unit: "person" }, { text: "12 people", kind: "count", low: 12, unit: "person" }]),
    ...mentions(b, [{ text: "11 people", kind: "count", low: 11, unit: "person" }]),
  ];
  const { facts } = reconcile({ reports: [a, b], mentions: ms, groups: [["a@" + ms[1].start, "b@" + ms[2].start]] });
  const f = factOf(facts, "a", "12 people")!;
  assert.equal(f.verdict, "revised");
});

test("a foundation laid is the start of construction", () => {
  const a = report("a", "Work on the canal lock began in 2018, and it is due to open in 2027.", "2024-06-03");
  const b = report("b", "The site has run in two shifts since the foundation was laid in May 2018. It should open in 2027.", "2024-06-05");
  const ms = [
    ...mentions(a, [{ text: "2018", kind: "date", date: ["2018-01-01", "2018-12-31"] }, { text: "2027", kind: "date", date: ["2027-01-01", "2027-12-31"] }]),
    ...mentions(b, [{ text: "May 2018", kind: "date", date: ["2018-05-01", "2018-05-31"] }, { text: "2027", kind: "date", date: ["2027-01-01", "2027-12-31"] }]),
  ];
  const { facts } = reconcile({ reports: [a, b], mentions: ms });
  assert.ok(together(facts, ["a", "2018"], ["b", "May 2018"]));
  assert.ok(!together(facts, ["b", "May 2018"], ["b", "2027"]));
});

// todo: the learned model's attaching pass still joins a 21 % share to a 25 % change (attribute cues weigh too little)
test("what a sector accounted for is a share, not the change a river has fallen by", { todo: "attribute cues against the attaching pass" }, () => {
  const a = report("a", "Downstream, river flows have fallen by 25 percent since the reservoir began filling, the ministry said.", "2024-06-03");
  const b = report("b", "Flows on the river have already fallen by 25 percent, officials said.", "2024-06-04");
  const c = report("c", "Hydropower accounted for 21 percent of the country's electricity last year.", "2024-06-05");
  const ms = [
    ...mentions(a, [{ text: "25 percent", kind: "percent", low: 25 }]),
    ...mentions(b, [{ text: "25 percent", kind: "percent", low: 25 }]),
    ...mentions(c, [{ text: "21 percent", kind: "percent", low: 21 }]),
  ];
  const { facts } = reconcile({ reports: [a, b, c], mentions: ms });
  assert.ok(together(facts, ["a", "25 percent"], ["b", "25 percent"]));
  assert.ok(!together(facts, ["a", "25 percent"], ["c", "21 percent"]));
});

test("output that begins ('deliveries will begin') is the completion milestone, and rival dates for it conflict", () => {
  const a = report("a", "Construction of the line will start in 2026. Deliveries of power over the new line will begin in 2029, the minister said.", "2024-06-03");
  const b = report("b", "Work starts in 2026 and first power is planned for 2029, the operator said.", "2024-06-04");
  const c = report("c", "Contractors privately expect first power no earlier than 2031, citing the hard ground.", "2024-06-05");
  const y = (t: string, n = 0) => ({ text: t, nth: n, kind: "date" as const, date: [`${t}-01-01`, `${t}-12-31`] as [string, string] });
  const ms = [...mentions(a, [y("2026"), y("2029")]), ...mentions(b, [y("2026"), y("2029")]), ...mentions(c, [y("2031")])];
  const { facts } = reconcile({ reports: [a, b, c], mentions: ms });
  assert.ok(together(facts, ["a", "2029"], ["b", "2029"]));
  assert.ok(!together(facts, ["a", "2026"], ["a", "2029"]));
  assert.ok(together(facts, ["a", "2026"], ["b", "2026"]));
});

test("a report that sets its figure against another's holds both in one fact: a conflict", () => {
  const a = report("a", "The ministry said the new strait tunnel will cost $2.1 billion.", "2024-06-01");
  const b = report("b", "The strait tunnel is expected to cost $2.1 billion, officials said.", "2024-06-02");
  const c = report("c", "Bids seen by engineers put the cost of the strait tunnel at $2.8 billion, above the $2.1 billion quoted by the ministry.", "2024-06-03");
  const ms = [
    ...mentions(a, [{ text: "$2.1 billion", kind: "money", low: 2.1e9, unit: "USD" }]),
    ...mentions(b, [{ text: "$2.1 billion", kind: "money", low: 2.1e9, unit: "USD" }]),
    ...mentions(c, [{ text: "$2.8 billion", kind: "money", low: 2.8e9, unit: "USD" }, { text: "$2.1 billion", kind: "money", low: 2.1e9, unit: "USD" }]),
  ];
  const { facts } = reconcile({ reports: [a, b, c], mentions: ms });
  const f = factOf(facts, "c", "$2.8 billion")!;
  assert.equal(f, factOf(facts, "a", "$2.1 billion"));
  assert.equal(f.verdict, "conflict");
});

test("a figure placed by a word after it (\"150 metres above the river\") is not set against its report's other figure", () => {
  const a = report("a", "The new tower will be 120 metres tall, the city said.", "2024-06-01");
  const b = report("b", "The new tower will be 120 metres tall, its builder said.", "2024-06-02");
  const c = report("c", "The new tower will be 120 metres tall. Its roof garden will sit 150 metres above the river.", "2024-06-03");
  const ms = [
    ...mentions(a, [{ text: "120 metres", kind: "quantity", low: 120, unit: "m" }]),
    ...mentions(b, [{ text: "120 metres", kind: "quantity", low: 120, unit: "m" }]),
    ...mentions(c, [{ text: "120 metres", kind: "quantity", low: 120, unit: "m" }, { text: "150 metres", kind: "quantity", low: 150, unit: "m" }]),
  ];
  const { facts } = reconcile({ reports: [a, b, c], mentions: ms });
  assert.ok(!together(facts, ["a", "120 metres"], ["c", "150 metres"]));
  assert.equal(factOf(facts, "a", "120 metres")!.verdict, "agree");
});

test("in a crowded block a figure far in value from its fact's other figures still joins it", () => {
  // over 150 counts in one block: the candidate pairs there need values of about one size, so a
  // misprinted 400 for 40 met none of the 40s (cluster.ts lonePairs)
  const goods = ["apples", "barrels", "candles", "drills", "engines", "fiddles", "gloves", "hammers", "inkpots", "jackets", "kettles", "ladders"];
  const reports: Report[] = [], ms: Mention[] = [];
  for (let r = 0; r < 6; r++) {
    const n = r === 5 ? 400 : 40;
    const filler = Array.from({ length: 30 }, (_, k) => `Depot ${goods[(k + r) % goods.length]} row ${k}: ${k * 37 + r * 5 + 3} ${goods[k % goods.length]} were counted.`);
    const text = `The river ferry capsized on Monday with ${n} passengers on board, the harbour office said. ${filler.join(" ")}`;
    const rep = report(`r${r}`, text, "2024-04-02");
    reports.push(rep);
    ms.push(
      ...mentions(rep, [
        { text: `${n} passengers`, kind: "count", low: n, unit: "passenger" },
        ...filler.map((_f, k) => ({ text: `${k * 37 + r * 5 + 3} ${goods[k % goods.length]}`, kind: "count" as const, low: k * 37 + r * 5 + 3, unit: "item" })),
      ]),
    );
  }
  const { facts } = reconcile({ reports, mentions: ms });
  const fact = factOf(facts, "r0", "40 passengers")!;
  assert.ok(together(facts, ["r0", "40 passengers"], ["r5", "400 passengers"]));
  assert.equal(fact.verdict, "conflict");
});
