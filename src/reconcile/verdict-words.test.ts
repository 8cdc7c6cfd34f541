// Verdict rules that read the words around a figure (judge.ts): a share of a thing done so far,
// a plan the text says was superseded, a state declared on a day, a pronoun that credits no one.
// Texts and figures are our own.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Mention, Report } from "../types.js";
import { mentions, report } from "../../test/reconcile/testkit.js";
import { reconcile } from "./index.js";
import { annotateContext } from "../extract/context.js";

type Figure = Parameters<typeof mentions>[1][number];

/** The verdict of the fact made of `x` (of report "a") and `y` (of report "b"), given as one; `ms` all the figures. */
function grouped(reports: Report[], ms: Mention[], x: Mention, y: Mention): string {
  return reconcile({ reports, mentions: ms, groups: [[`a@${x.start}`, `b@${y.start}`]] }).facts.find((f) => f.members.length === 2)!.verdict;
}

/** The verdict of one figure of each of two reports, grouped as one fact. */
function two(a: [text: string, published: string, figure: Figure], b: [text: string, published: string, figure: Figure]): string {
  const ra = report("a", a[0], a[1]),
    rb = report("b", b[0], b[1]);
  const [ma] = mentions(ra, [a[2]]);
  const [mb] = mentions(rb, [b[2]]);
  return grouped([ra, rb], [ma, mb], ma, mb);
}

const pct = (text: string, low: number): Figure => ({ text, kind: "percent", low, unit: "%" });

test("a share of a thing done so far grows like a running count; shares with no such word stay rivals", () => {
  const monday = "Crews had the blaze 10% contained by Monday evening.";
  assert.equal(two([monday, "2025-08-04", pct("10%", 10)], ["The fire is now 35% contained, the fire service said.", "2025-08-07", pct("35%", 35)]), "revised");
  assert.equal(two(["The new runway is 40% complete.", "2025-03-01", pct("40%", 40)], ["Work on the runway is 55% complete.", "2025-03-06", pct("55%", 55)]), "revised");
  // a running share that shrinks is a conflict, as a running count that shrinks is
  assert.equal(two(["The fire is 35% contained.", "2025-08-04", pct("35%", 35)], ["Crews have contained 10% of the fire's edge.", "2025-08-07", pct("10%", 10)]), "conflict");
  // two shares of one time with no word of progress: rivals
  assert.equal(two(["Turnout was 41% in the vote.", "2025-05-02", pct("41%", 41)], ["Turnout reached 56% in the vote.", "2025-05-05", pct("56%", 56)]), "conflict");
});

test("a plan the text says was superseded ('had been due on') is dated earlier: the new date revises it", () => {
  const date = (text: string, day: string): Figure => ({ text, kind: "date", date: [day, day] });
  const plan = (words: string) => {
    const ra = report("a", `The ferry, which ${words} 3 March, will now sail on 9 March.`, "2026-03-04");
    const rb = report("b", "The ferry sailed on 9 March.", "2026-03-10");
    const [old, now] = mentions(ra, [date("3 March", "2026-03-03"), date("9 March", "2026-03-09")]);
    const [done] = mentions(rb, [date("9 March", "2026-03-09")]);
    return reconcile({ reports: [ra, rb], mentions: [old, now, done], groups: [[`a@${old.start}`, `a@${now.start}`, `b@${done.start}`]] }).facts[0].verdict;
  };
  assert.equal(plan("had been due to sail on"), "revised");
  assert.equal(plan("had been scheduled to sail on"), "revised");
  // said as the day it sailed, the 3 March is a past event's other date: a conflict
  assert.equal(plan("sailed on"), "conflict");
});

test("a state declared on a day is a past event's date, not a statement's: two such days conflict", () => {
  const day = (text: string, d: string): Figure => ({ text, kind: "date", date: [d, d] });
  const declared = two(
    ["Firefighters declared the blaze contained on Tuesday after two weeks.", "2025-08-14", day("Tuesday", "2025-08-12")],
    ["The road reopened once the blaze was declared contained on 10 August 2025.", "2025-08-20", day("10 August 2025", "2025-08-10")],
  );
  assert.equal(declared, "conflict");
  // two days on which something was said are two statements
  const said = two(["The ministry said on Tuesday that 40 homes burned.", "2025-08-14", day("Tuesday", "2025-08-12")], ["The ministry said on 10 August 2025 that 40 homes burned.", "2025-08-20", day("10 August 2025", "2025-08-10")]);
  assert.notEqual(said, "conflict");
});

test("a pronoun right before a verb of saying credits no one; an adverb before it is passed over", () => {
  const text = "The ministry on Monday listed 38 tankers it says carry oil. The port authority initially reported 12 ships.";
  const [tankers, ships] = annotateContext(text, [
    { source: "a", start: text.indexOf("38"), end: text.indexOf("38") + 10, text: "38 tankers", kind: "count", low: 38, high: 38, unit: "tanker", qualifier: null, per: null, date: null },
    { source: "a", start: text.indexOf("12 ships"), end: text.indexOf("12 ships") + 8, text: "12 ships", kind: "count", low: 12, high: 12, unit: "ship", qualifier: null, per: null, date: null },
  ]);
  assert.equal(tankers.speaker, null);
  assert.equal(ships.speaker, "the port authority");
});

test("a later figure its own sentence calls a revision replaces an earlier one, days on as months on, in every language", () => {
  const cases: Array<[string, string, string]> = [
    ["en", "The repairs will cost 40 million euros.", "The cost was revised to 55 million euros."],
    ["de", "Die Reparatur kostet 40 Millionen Euro.", "Die Kosten wurden auf 55 Millionen Euro revidiert."],
    ["fr", "La réparation coûtera 40 millions d'euros.", "Le coût a été revu à la hausse, à 55 millions d'euros."],
    ["es", "La reparación costará 40 millones de euros.", "El coste, revisado, es de 55 millones de euros."],
    ["it", "La riparazione costerà 40 milioni di euro.", "Il costo è stato rivisto a 55 milioni di euro."],
    ["pt", "O reparo custará 40 milhões de euros.", "O custo foi revisto para 55 milhões de euros."],
    ["ru", "Ремонт обойдётся в 40 млн евро.", "Стоимость пересмотрена до 55 млн евро."],
    ["uk", "Ремонт коштуватиме 40 млн євро.", "Вартість переглянули до 55 млн євро."],
    ["pl", "Naprawa będzie kosztować 40 mln euro.", "Koszt skorygowano do 55 mln euro."],
    ["ja", "修理費は40億円になる。", "修理費は55億円に上方修正された。"],
    ["ko", "수리비는 40억 원이다.", "수리비는 55억 원으로 상향 조정됐다."],
    ["zh", "修复费用为40亿元。", "修复费用修正为55亿元。"],
  ];
  const eur = (text: string, low: number): Figure => ({ text, kind: "money", low, unit: "EUR" });
  for (const [lang, first, second] of cases) {
    const verdictOf = (later: string) => {
      const ra = { ...report("a", first, "2025-03-01"), language: lang },
        rb = { ...report("b", later, "2025-03-04"), language: lang };
      const [ma] = mentions(ra, [eur("40", 40e6)]);
      const [mb] = mentions(rb, [eur("55", 55e6)]);
      return grouped([ra, rb], [ma, mb], ma, mb);
    };
    assert.equal(verdictOf(second), "revised", lang);
  }
  // words that only hold a revision word's letters (a forecast, an interview, a magazine, an adverb) revise nothing
  const lookalikes: Array<[string, string]> = [
    ["fr", "Selon les prévisions, le coût sera de 55 millions d'euros."],
    ["pt", "Numa entrevista, o ministro disse que o custo previsto é de 55 milhões de euros."],
    ["pt", "Segundo a revista, o custo é de 55 milhões de euros."],
    ["it", "Secondo la rivista, il costo calcolato correttamente è di 55 milioni di euro."],
  ];
  for (const [lang, later] of lookalikes) {
    const ra = { ...report("a", "The repairs will cost 40 million euros.", "2025-03-01"), language: lang },
      rb = { ...report("b", later, "2025-03-04"), language: lang };
    const [ma] = mentions(ra, [eur("40", 40e6)]);
    const [mb] = mentions(rb, [eur("55", 55e6)]);
    assert.equal(grouped([ra, rb], [ma, mb], ma, mb), "conflict", `${lang}: ${later}`);
  }
  // three days apart with no such word: rivals of one time
  assert.equal(two(["The repairs will cost 40 million euros.", "2025-03-01", eur("40", 40e6)], ["The cost is 55 million euros.", "2025-03-04", eur("55", 55e6)]), "conflict");
});

test("a figure its sentence credits to a statement the text dates earlier ('in January the agency said') is of that day", () => {
  const usd = (text: string, low: number): Figure => ({ text, kind: "money", low, unit: "USD" });
  const january: Figure = { text: "In January", kind: "date", date: ["2024-01-01", "2024-01-31"] };
  const ra = report("a", "In January the agency said the works would cost $1.7 billion.", "2024-03-01");
  const rb = report("b", "The works will cost $2.5 billion, the agency says.", "2024-03-02");
  const ma = mentions(ra, [january, usd("$1.7 billion", 1.7e9)]);
  const [mb] = mentions(rb, [usd("$2.5 billion", 2.5e9)]);
  const fact = reconcile({ reports: [ra, rb], mentions: [...ma, mb], groups: [[`a@${ma[1].start}`, `b@${mb.start}`]] }).facts.find((f) => f.members.length === 2)!;
  assert.equal(fact.verdict, "revised", "January's estimate, replaced by March's");
  assert.equal(fact.members.find((m) => m.source === "a")!.time?.date, "2024-01-31");
  // with no day of its statement, the figure is of its report's day: rivals of one time
  assert.equal(two(["The agency said the works would cost $1.7 billion.", "2024-03-01", usd("$1.7 billion", 1.7e9)], ["The works will cost $2.5 billion.", "2024-03-02", usd("$2.5 billion", 2.5e9)]), "conflict");
  // a statement day after the figure dates another figure ("from the … announced in January")
  const rc = report("c", "The agency raised the estimate to $2.5 billion, from the $1.7 billion announced in January.", "2024-03-01");
  const mc = mentions(rc, [usd("$2.5 billion", 2.5e9), usd("$1.7 billion", 1.7e9), { text: "in January", kind: "date", date: ["2024-01-01", "2024-01-31"] }]);
  const ours = reconcile({ reports: [rc], mentions: mc }).facts.flatMap((f) => f.members).find((m) => m.text === "$2.5 billion");
  assert.equal(ours?.time?.date ?? "2024-03-01", "2024-03-01");
});

test("a level (ships still waiting, workers still on short-time work) is read again, not grown: readings weeks apart are two", () => {
  const ships = (text: string, low: number): Figure => ({ text, kind: "count", low, unit: "ship" });
  // fourteen days apart, the later lower reading of a queue stands
  assert.equal(two(["Forty-one ships were still waiting at anchor off the port.", "2026-02-10", ships("Forty-one ships", 41)], ["The harbour reopened, but 19 ships remain at anchor.", "2026-02-24", ships("19 ships", 19)]), "revised");
  // with no word of a state the count is a running count, and one that shrinks is a conflict
  assert.equal(two(["Forty-one ships were diverted from the port.", "2026-02-10", ships("Forty-one ships", 41)], ["In all 19 ships were diverted from the port, officials said.", "2026-02-24", ships("19 ships", 19)]), "conflict");
  // within five days, two reports' readings of a level are rivals unless one office gives both
  assert.equal(two(["Forty-one ships were still waiting at anchor.", "2026-02-10", ships("Forty-one ships", 41)], ["Some 33 ships were still waiting at anchor.", "2026-02-13", ships("33 ships", 33)]), "conflict");
  assert.equal(
    two(["The harbour master said 41 ships were still waiting at anchor.", "2026-02-10", ships("41 ships", 41)], ["The harbour master said 33 ships were still waiting at anchor.", "2026-02-13", ships("33 ships", 33)]),
    "revised",
  );
  // the same in German, by its own words ("derzeit noch … in Kurzarbeit")
  const de = (id: string, text: string, published: string, figure: Figure): [Report, Mention] => {
    const r = { ...report(id, text, published), language: "de" };
    return [r, mentions(r, [figure])[0]];
  };
  const [ra, ma] = de("a", "Für 260 Beschäftigte gilt seit Montag Kurzarbeit.", "2027-10-15", { text: "260", kind: "count", low: 260, unit: "employee" });
  const [rb, mb] = de("b", "Von den Beschäftigten sind derzeit noch 190 in Kurzarbeit.", "2028-01-20", { text: "190", kind: "count", low: 190, unit: "employee" });
  assert.equal(grouped([ra, rb], [ma, mb], ma, mb), "revised");
});

test("a total to date ('so far', 'in total') grows whatever it counts: later and higher is revised, lower a conflict", () => {
  const tonnes = (text: string, low: number): Figure => ({ text, kind: "quantity", low, unit: "kg" });
  const early = ["Officials have so far removed 1.5 tonnes of dead fish from the stream.", "2027-10-13", tonnes("1.5 tonnes", 1500)] as [string, string, Figure];
  assert.equal(two(early, ["In total 2.3 tonnes of dead fish were removed from the stream.", "2027-10-20", tonnes("2.3 tonnes", 2300)]), "revised");
  assert.equal(two(early, ["In total 1.1 tonnes of dead fish were removed from the stream.", "2027-10-20", tonnes("1.1 tonnes", 1100)]), "conflict");
  // with no word of a total to date, two masses of one week are rivals
  assert.equal(two(["Officials removed 1.5 tonnes of dead fish from the stream.", "2027-10-13", tonnes("1.5 tonnes", 1500)], ["Officials removed 2.3 tonnes of dead fish from the stream.", "2027-10-20", tonnes("2.3 tonnes", 2300)]), "conflict");
});

test("levels and totals to date in other languages, by their own words; a function phrase is no state", () => {
  const one = (language: string, id: string, text: string, published: string, figure: Figure): [Report, Mention] => {
    const r = { ...report(id, text, published), language };
    return [r, mentions(r, [figure])[0]];
  };
  const pair = (language: string, a: [string, string, Figure], b: [string, string, Figure]) => {
    const [ra, ma] = one(language, "a", ...a);
    const [rb, mb] = one(language, "b", ...b);
    return grouped([ra, rb], [ma, mb], ma, mb);
  };
  const boats = (text: string, low: number): Figure => ({ text, kind: "count", low, unit: "ship" });
  // French: a queue of boats read again two weeks on
  assert.equal(pair("fr", ["Au large, 47 bateaux attendaient encore lundi.", "2026-05-04", boats("47 bateaux", 47)], ["Il restait 12 bateaux au large mercredi.", "2026-05-20", boats("12 bateaux", 12)]), "revised");
  // Spanish: "sin embargo" (however) is no state; with it alone, a count that shrinks stays a conflict
  assert.equal(pair("es", ["Los astilleros botaron 47 barcos este año.", "2026-05-04", boats("47 barcos", 47)], ["Sin embargo, 12 barcos botaron los astilleros este año.", "2026-05-20", boats("12 barcos", 12)]), "conflict");
  // Russian: a total to date of a quantity ("всего") grows within a week
  const tonnes = (text: string, low: number): Figure => ({ text, kind: "quantity", low, unit: "kg" });
  assert.equal(pair("ru", ["С берега собрали 4 тонны мазута.", "2026-05-04", tonnes("4 тонны", 4000)], ["Всего с берега собрали 9 тонн мазута.", "2026-05-09", tonnes("9 тонн", 9000)]), "revised");
});

test("a queue's length is a level, not a size: read weeks apart it is revised; a bridge's length stays fixed", () => {
  const km = (text: string, low: number): Figure => ({ text, kind: "quantity", low, unit: "m" });
  assert.equal(two(["The queue of lorries at the border stretched 38 km on Friday.", "2026-11-17", km("38 km", 38000)], ["The longest queue at the crossing is now 31 km.", "2026-12-12", km("31 km", 31000)]), "revised");
  assert.equal(two(["The new bridge is 38 km long.", "2026-11-17", km("38 km", 38000)], ["The new bridge is 31 km long.", "2026-12-12", km("31 km", 31000)]), "conflict");
});

test("two counts of the missing whose sentences' dead add up to one sum are one tally moved on: the missing are found dead", () => {
  const count = (text: string, low: number): Figure => ({ text, kind: "count", low, unit: "person" });
  const pair = (b: string, dead: number, missing: number) => {
    const ra = report("a", "Four people died and 21 are missing after the landslide, officials said.", "2025-06-01");
    const rb = report("b", b, "2025-06-03");
    const ms = [...mentions(ra, [count("Four people", 4), count("21", 21)]), ...mentions(rb, [count(String(dead), dead), count(String(missing), missing)])];
    return grouped([ra, rb], ms, ms[1], ms[3]);
  };
  assert.equal(pair("By Tuesday 9 had died and 16 are missing, officials said.", 9, 16), "revised");
  // the sum moved: the two outlets count the missing two ways
  assert.equal(pair("By Tuesday 6 had died and 16 are missing, officials said.", 6, 16), "conflict");
});

test("a value its own report says was since replaced is no rival of a figure stated well before that report", () => {
  const eur = (text: string, low: number): Figure => ({ text, kind: "money", low, unit: "EUR" });
  assert.notEqual(
    two(["Torvane has set aside €520 million for the recall.", "2028-05-20", eur("€520 million", 520e6)], ["The carmaker had set aside €340 million when it announced the recall, and more since.", "2028-10-03", eur("€340 million", 340e6)]),
    "conflict",
  );
});

test("a speaker's own figure it moved ('lowered its demand to') revises the figure it gave before", () => {
  assert.equal(two(["The union is demanding a 6.5% pay rise.", "2028-02-11", pct("6.5%", 6.5)], ["The union lowered its pay demand to 5.5% on Friday.", "2028-02-19", pct("5.5%", 5.5)]), "revised");
  const fr = (text: string, day: string, id: string) => ({ ...report(id, text, day), language: "fr" });
  const ra = fr("La FOP réclame une hausse de 6,5 % des salaires.", "2028-02-11", "a"), rb = fr("La FOP a abaissé sa revendication à 5,5 % vendredi.", "2028-02-19", "b");
  const [ma] = mentions(ra, [pct("6,5 %", 6.5)]), [mb] = mentions(rb, [pct("5,5 %", 5.5)]);
  assert.equal(grouped([ra, rb], [ma, mb], ma, mb), "revised");
  // with no such verb, two outlets' shares of one week are rivals
  assert.equal(two(["The union is demanding a 6.5% pay rise.", "2028-02-11", pct("6.5%", 6.5)], ["The union wants 5.5%, its leader said on Friday.", "2028-02-19", pct("5.5%", 5.5)]), "conflict");
});
