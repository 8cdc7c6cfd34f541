import { test } from "node:test";
import assert from "node:assert/strict";
import { checkClaims, claimsFromFacts, firstVisibleChange, otherStructure, siteClaims, type Claim, type Reading } from "./claims.js";
import type { Fact, Observation } from "../types.js";

// a crossing measured every three weeks or so: works show in May 2025, half built in August, closed in January
const series: Reading[] = [
  ["2025-02-10", 0], ["2025-03-20", 0], ["2025-04-10", 0.02], ["2025-05-15", 0.12], ["2025-06-04", null], ["2025-06-24", 0.3],
  ["2025-07-14", 0.41], ["2025-08-23", 0.55], ["2025-10-02", 0.7], ["2025-12-15", 0.85], ["2026-01-20", 0.97], ["2026-03-01", 1],
].map(([date, p]) => ({ date: date as string, progress: p as number | null, progressSmoothed: p as number | null, flags: p == null ? ["cloudy"] : [] }));
const month = (m: string) => ({ start: `${m}-01`, end: new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5)), 0)).toISOString().slice(0, 10) });
const claim = (kind: Claim["kind"], m: string, share?: number): Claim => ({ kind, date: month(m), share, text: `${kind} ${m}` });
const verdicts = (cs: Claim[], rows = series) => checkClaims(cs, rows).map((c) => c.verdict);

test("a start: supported when change shows within weeks of it, contradicted when it showed long before or not at all", () => {
  assert.equal(firstVisibleChange(series), "2025-05-15");
  assert.deepEqual(verdicts([claim("start", "2025-04"), claim("start", "2025-08"), claim("start", "2025-01")]), ["supports", "contradicts", "contradicts"]);
  const c = checkClaims([claim("start", "2025-04")], series)[0];
  assert.deepEqual(c.evidence, { date: "2025-05-15", progress: 0.12 });
  assert.deepEqual(c.nearest, { date: "2025-04-10", progress: 0.02 }, "the clear date nearest mid-April: its snapshot");
  assert.match(c.reason, /first visible change on 2025-05-15/);
  // said of the clear dates that showed nothing, not of the last one (which shows the works)
  assert.match(checkClaims([claim("start", "2025-01")], series)[0].reason, /^no change visible by 2025-04-10; the first on 2025-05-15$/);
  // a start long before the first image, the works under way from it: nothing says they were not there
  const late = series.slice(3);
  const [old] = checkClaims([claim("start", "2023-09")], late);
  assert.deepEqual([old.verdict, old.reason], ["supports", "works already visible on the first clear date, 2025-05-15"]);
});

test("a share by a date, and completion: supported, contradicted, or not yet visible after the series ends", () => {
  assert.deepEqual(verdicts([claim("progress", "2025-10", 0.5), claim("progress", "2025-06", 0.9), claim("complete", "2026-01"), claim("complete", "2025-09"), claim("complete", "2026-06")]), [
    "supports",
    "contradicts",
    "supports",
    "contradicts",
    "supports",
  ]);
  // a series that stops before the claim can be judged
  const short = series.slice(0, 8);
  const [c] = checkClaims([claim("complete", "2026-06")], short);
  assert.equal(c.verdict, "not-yet-visible");
  assert.match(c.reason, /latest clear date 2025-08-23: 55 %/);
  assert.deepEqual(checkClaims([claim("start", "2025-04")], []).map((x) => [x.verdict, x.nearest]), [["not-yet-visible", null]]);
});

test("claims read from facts: dated starts and completions, shares complete at the report's time", () => {
  const fact = (over: Partial<Fact>): Fact => ({ id: "f", about: "", kind: "date", unit: null, verdict: "single", members: [], values: [], origins: 1, ...over }) as Fact;
  const facts = [
    fact({ id: "a", about: "start of construction", property: { thing: "bridge", attribute: null, scope: null, per: null, event: "start" }, values: [{ low: null, high: null, date: month("2025-04"), origins: ["r1"], members: [0], sources: ["r1"] }] }),
    fact({ id: "b", about: "completion of the bridge", values: [{ low: null, high: null, date: month("2026-06"), origins: ["r2"], members: [0], sources: ["r2"] }] }),
    fact({ id: "c", about: "bridge complete", kind: "percent", unit: "%", values: [{ low: 60, high: 60, origins: ["r3"], members: [0], sources: ["r3"], time: "2025-10-15" }] }),
    fact({ id: "d", about: "signing of the agreement", values: [{ low: null, high: null, date: month("2024-06"), origins: ["r4"], members: [0] }] }),
  ];
  assert.deepEqual(claimsFromFacts(facts).map((c) => [c.kind, c.date.start, c.share ?? null, c.from]), [
    ["start", "2025-04-01", null, "a"],
    ["complete", "2026-06-01", null, "b"],
    ["progress", "2025-10-15", 0.6, "c"],
  ]);
});

test("a completion claimed long before the record is another structure's: not checked against the site", () => {
  const obs = (date: string, progress: number): Observation => ({ id: `tumen@${date}`, site: "tumen", date, items: [], clearAoi: 1, clearRing: 1, areas: {}, progress, flags: [], provenance: {} });
  const watched = [obs("2025-05-01", 0.1), obs("2025-08-01", 0.4), obs("2025-11-01", 0.7)];
  const dated = (kind: Claim["kind"], start: string, end: string): Claim => ({ kind, date: { start, end }, text: kind });
  // a railway bridge "completed in 1959" beside the road bridge watched: the record never saw 1959
  const old = dated("complete", "1959-01-01", "1959-12-31");
  // a completion due within the record is still checked, and so is a start before it
  const due = dated("complete", "2025-06-01", "2025-06-30");
  const began = dated("start", "2025-03-01", "2025-03-31");
  const checks = checkedAgainst([old, due, began], watched);
  assert.deepEqual(checks.map((c) => c.claim.kind), ["complete", "start"]);
  assert.equal(checks[0].claim, due);
  assert.equal(checks[0].verdict, "contradicts");
});

/** siteClaims over facts of the given claims: one date fact per claim, named by its event. */
function checkedAgainst(claims: Claim[], observations: Observation[]) {
  const facts = claims.map((c, k) => ({
    id: `d${k}`, kind: "date", about: c.kind === "start" ? "start of the works" : "completion of the bridge", property: { event: c.kind === "start" ? "start" : "completion" },
    members: [{ source: "a" }], values: [{ date: { start: c.date.start, end: c.date.end }, sources: ["a"] }],
  })) as unknown as Fact[];
  return siteClaims(facts, observations).map((c) => ({ ...c, claim: claims.find((x) => x.date.start === c.claim.date.start)! }));
}

test("a claim about another structure in the same report (the rail bridge beside the road bridge) is not set against the site", () => {
  const obs = (site: string, date: string, progress: number, aliases?: string[]): Observation => ({ id: `${site}@${date}`, site, date, items: [], clearAoi: 1, clearRing: 1, areas: {}, progress, flags: [], provenance: aliases ? { aliases } : {} });
  const dates = ["2025-05-01", "2025-08-01", "2025-11-01"];
  const facts = (["completion of the railway bridge", "completion of the bridge", "start of the road bridge", "start of construction", "completion of the Harlow road bridge"] as const).map((about, k) => ({
    id: `d${k}`, kind: "date", about, property: { event: about.startsWith("start") ? "start" : "completion" },
    members: [{ source: "a" }], values: [{ date: month("2025-09"), sources: ["a"] }],
  })) as unknown as Fact[];
  const checked = (o: Observation[]) => siteClaims(facts, o).map((c) => c.claim.text);
  const mine = ["completion of the bridge", "start of the road bridge", "start of construction", "completion of the Harlow road bridge"];
  assert.deepEqual(checked(dates.map((d, k) => obs("Harlow road bridge", d, k / 3))), mine);
  // the same by an alias given to `dossier watch`, the site itself named by its coordinates
  assert.deepEqual(checked(dates.map((d, k) => obs("52.1000N,0.2000E,r800", d, k / 3, ["Harlow road bridge"]))), mine);
  // a site whose names do not say which bridge it is: every claim is shown against it
  assert.equal(checked(dates.map((d, k) => obs("52.1000N,0.2000E,r800", d, k / 3))).length, 5);
  assert.equal(checked(dates.map((d, k) => obs("bridge", d, k / 3))).length, 5);
  assert.equal(otherStructure({ text: "completion of the rail bridge: 100 %" }, ["Harlow road bridge", "the Harlow crossing"]), true);
  assert.equal(otherStructure({ text: "bridge complete: 60 %" }, ["Harlow road bridge"]), false);
});
