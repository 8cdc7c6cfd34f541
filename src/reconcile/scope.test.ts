// Trade-like figures: the period an amount is of, the rate a report gives, a revision it announces
// (sentences in our own words).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mentions, report } from "../../test/reconcile/testkit.js";
import { reconcile } from "./index.js";
import { periodsDiffer, periodsOf, stretchesOf } from "./period.js";
import { ratesOf } from "./rates.js";
import { statedEarlier } from "./time.js";

type Figure = Parameters<typeof mentions>[1][number];

/** The verdict of one figure of each of two reports (by two outlets), grouped as one fact. */
function verdictOfTwo(a: [text: string, published: string, figure: Figure, extra?: Figure[]], b: [text: string, published: string, figure: Figure, extra?: Figure[]]): string {
  const ra = report("a", a[0], a[1], "Outlet A"), rb = report("b", b[0], b[1], "Outlet B");
  const ma = mentions(ra, [a[2], ...(a[3] ?? [])]);
  const mb = mentions(rb, [b[2], ...(b[3] ?? [])]);
  return reconcile({ reports: [ra, rb], mentions: [...ma, ...mb], groups: [[`a@${ma[0].start}`, `b@${mb[0].start}`]] }).facts[0].verdict;
}

const year = (y: number): Figure => ({ text: String(y), kind: "date", date: [`${y}-01-01`, `${y}-12-31`] });

test("an amount takes the period its sentence gives, not the base it is compared with", () => {
  const text = "Sales reached $9 billion in 2025, up 4 percent from 2024. In March alone they were $1 billion.";
  const r = report("a", text, "2026-01-20");
  const ms = mentions(r, [
    { text: "$9 billion", kind: "money", low: 9e9, unit: "USD" },
    year(2025),
    { text: "4 percent", kind: "percent", low: 4, unit: "%" },
    year(2024),
    { text: "March", kind: "date", date: ["2025-03-01", "2025-03-31"] },
    { text: "$1 billion", kind: "money", low: 1e9, unit: "USD" },
  ]);
  const p = periodsOf(text, ms, "en");
  const day = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86400000;
  assert.deepEqual(p[0], [day("2025-01-01"), day("2025-12-31")]);
  assert.deepEqual(p[2], [day("2025-01-01"), day("2025-12-31")]);
  assert.deepEqual(p[5], [day("2025-03-01"), day("2025-03-31")]);
  assert.equal(p[1], null);
  assert.equal(periodsDiffer(p[0], p[5]), true, "a month is not its year");
  assert.equal(periodsDiffer(p[0], p[2]), false);
  // a day inside a month is one period read two ways
  assert.equal(periodsDiffer([day("2025-01-01"), day("2025-01-01")], [day("2025-01-01"), day("2025-01-31")]), false);
  // the dates amounts are counted over are stretches; the base compared with is none, whether or not its amount is picked
  assert.deepEqual(stretchesOf(text, ms, "en"), [false, true, false, false, true, false]);
  assert.deepEqual(stretchesOf(text, ms, "en", [false, false, false, false, true, false]), [false, false, false, false, true, false]);
});

test("a report's own conversion or stated rate gives its rate; a stated one wins", () => {
  const text = "Imports came to €40 billion ($44 billion). Amounts are converted at $1.12 per euro.";
  const r = report("a", text);
  const ms = mentions(r, [
    { text: "€40 billion", kind: "money", low: 4e10, unit: "EUR" },
    { text: "$44 billion", kind: "money", low: 4.4e10, unit: "USD" },
    { text: "$1.12", kind: "money", low: 1.12, unit: "USD" },
  ]);
  const rates = ratesOf(text, ms, (k) => k === 1, "en");
  assert.equal(rates.get("EUR")?.to, "USD");
  assert.equal(rates.get("EUR")?.rate, 1.12);
  assert.ok(Math.abs((rates.get("USD")?.rate ?? 0) - 1 / 1.12) < 1e-12);
  assert.equal(ratesOf("Imports came to €40 billion ($44 billion).", ms.slice(0, 2), (k) => k === 1, "en").get("EUR")?.rate, 1.1);
});

test("amounts in two currencies are compared at the rate the report gives, and only then", () => {
  const euro = "The office put exports in 2025 at €50 billion, at an average rate of $1.20 per euro.";
  const rate: Figure = { text: "$1.20", kind: "money", low: 1.2, unit: "USD" };
  const eur: Figure = { text: "€50 billion", kind: "money", low: 5e10, unit: "EUR" };
  // €50 billion is $60 billion at the report's rate: against $75 billion the same year, a conflict
  assert.equal(verdictOfTwo([euro, "2026-02-10", eur, [rate, year(2025)]], ["Exports reached $75 billion in 2025.", "2026-02-12", { text: "$75 billion", kind: "money", low: 7.5e10, unit: "USD" }, [year(2025)]]), "conflict");
  assert.equal(verdictOfTwo([euro, "2026-02-10", eur, [rate, year(2025)]], ["Exports reached $60 billion in 2025.", "2026-02-12", { text: "$60 billion", kind: "money", low: 6e10, unit: "USD" }, [year(2025)]]), "agree");
  // no rate given: not compared
  assert.equal(verdictOfTwo(["The office put exports in 2025 at €50 billion.", "2026-02-10", eur, [year(2025)]], ["Exports reached $75 billion in 2025.", "2026-02-12", { text: "$75 billion", kind: "money", low: 7.5e10, unit: "USD" }, [year(2025)]]), "agree");
});

test("the amount of a past year cannot change, unless the later report says it revises it", () => {
  const jan: [string, string, Figure, Figure[]] = ["Output grew 4.1 percent in 2025, the office said.", "2026-01-15", { text: "4.1 percent", kind: "percent", low: 4.1, unit: "%" }, [year(2025)]];
  const pct = (v: string): Figure => ({ text: `${v} percent`, kind: "percent", low: Number(v), unit: "%" });
  assert.equal(verdictOfTwo(jan, ["Output grew 4.6 percent in 2025, a research group estimates.", "2026-03-20", pct("4.6"), [year(2025)]]), "conflict");
  assert.equal(verdictOfTwo(jan, ["Output grew 4.6 percent in 2025, according to revised figures.", "2026-03-20", pct("4.6"), [year(2025)]]), "revised");
});

test("a figure compared with an earlier time is not itself dated earlier", () => {
  const text = "Sales rose 8.0 percent from a year earlier. The surplus fell to $3 billion, from $4 billion a year earlier.";
  const at = (figure: string) => {
    const start = text.indexOf(figure);
    return statedEarlier(text, { source: "x", start, end: start + figure.length, text: figure, kind: "money", low: 1, high: 1, unit: "USD", qualifier: null }, "en");
  };
  assert.equal(at("8.0 percent"), false);
  assert.equal(at("$4 billion"), true);
});
