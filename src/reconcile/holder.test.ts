// Whose a figure is (holder.ts holderOf), and two figures of two holders kept from contradicting
// each other (pairs.ts holdersDiffer). Sentences in our own words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mentions, report, type Spec } from "../../test/reconcile/testkit.js";
import { holderNamed, holderOf } from "./holder.js";
import { localeFor } from "./locale.js";
import { prepare } from "./prepare.js";
import { propertiesOf } from "./property.js";
import { holdersDiffer, sidesOf } from "./pairs.js";

const holder = (text: string, spec: Spec, language = "en") => holderOf(text, mentions(report("a", text), [spec])[0], localeFor(language));
const money = (text: string, low: number): Spec => ({ text, kind: "money", low, unit: "EUR" });
const pct = (text: string, low: number): Spec => ({ text, kind: "percent", low, unit: "%" });
const count = (text: string, low: number, unit: string | null = null): Spec => ({ text, kind: "count", low, unit });

test("a possessor, an of-phrase, a subject or a 'for' names whose a figure is", () => {
  const brill = holder("Last year Brillco's turnover was €4.1 billion, the filing shows.", money("€4.1 billion", 4.1e9));
  assert.deepEqual(brill, holder("Brillco, based in Tarn, had turnover of €4.4 billion in 2025.", money("€4.4 billion", 4.4e9)));
  assert.ok(holderNamed(brill));
  assert.notDeepEqual(brill, holder("Haskel's turnover was €9 billion.", money("€9 billion", 9e9)));
  // a definite noun is a holder of its own kind, never set against a name
  const gate = holder("The cost of the gatehouse was €3 million.", money("€3 million", 3e6));
  assert.equal(gate.length, 1);
  assert.ok(!holderNamed(gate));
  assert.deepEqual(gate, holder("Officials said the gatehouse's cost now stands at €5 million.", money("€5 million", 5e6)));
  // a thing that costs or is worth a sum holds it; a capital that only starts a sentence is no name
  const checkpoint = holder("The new checkpoint will cost €40 million.", money("€40 million", 4e7));
  assert.notDeepEqual(checkpoint, holder("Officials said the bridge is expected to cost €900 million.", money("€900 million", 9e8)));
  const repairs = holder("Repairs cost €19 million. The repairs took weeks.", money("€19 million", 1.9e7));
  assert.ok(repairs.length && !holderNamed(repairs));
  // shares for two candidates
  const text = "A late poll gave 52% for Amsel and 39% for Berrow.";
  assert.notDeepEqual(holder(text, pct("52%", 52)), holder(text, pct("39%", 39)));
  assert.ok(holder("Ona Berrow: 41% of the vote.", pct("41%", 41)).includes(holder(text, pct("39%", 39))[0]));
  // right before a count with nothing between, the possessor holds it
  assert.ok(holder("It will keep Brillco's 900 workers.", count("900 workers", 900, "worker")).length);
  // a name between the number and its noun: whose they are, for the verdict only (not the pair features)
  const within = (text: string, spec: Spec) => holderOf(text, mentions(report("a", text), [spec])[0], localeFor("en"), true);
  const t = "Officials say 2,000 Ostmark soldiers have been wounded.", ost = count("2,000 Ostmark soldiers", 2000, "soldier");
  assert.ok(holderNamed(within(t, ost)));
  assert.equal(holder(t, ost).length, 0);
  assert.notDeepEqual(within(t, ost), holder("Tarnia has had 90,000 soldiers wounded.", count("90,000 soldiers", 90000, "soldier")));
  assert.equal(within("About 2,000 soldiers were wounded in Tarnia.", count("2,000 soldiers", 2000, "soldier")).length, 0);
});

test("every Latin-script language names a holder by its own words", () => {
  const amsel = (text: string, figure: string, language: string) => holder(text, pct(figure, Number.parseFloat(figure)), language);
  const en = amsel("A late poll gave 52% for Amsel.", "52%", "en");
  for (const [text, figure, language] of [
    ["Un sondage donne 51 % pour Amsel.", "51 %", "fr"],
    ["Eine Umfrage sieht 50 % für Amsel.", "50 %", "de"],
    ["Una encuesta da un 49 % para Amsel.", "49 %", "es"],
    ["Un sondaggio dà il 48% per Amsel.", "48%", "it"],
    ["Uma sondagem dá 47% para Amsel.", "47%", "pt"],
    ["Sondaż daje 46% dla Amsel.", "46%", "pl"],
  ] as const)
    assert.deepEqual(amsel(text, figure, language), en, language);
  // a name's case ending leaves its key alone
  assert.deepEqual(amsel("Опрос дал 45% за Амселя.", "45%", "ru"), amsel("Другой опрос дал 44% за Амселем.", "44%", "ru"));
  // a French past tense's auxiliary is no verb of having; a German noun after its article is no name
  assert.equal(holder("Le marché de Tarn a attiré 9 000 visiteurs.", count("9 000 visiteurs", 9000, "visitor"), "fr").length, 0);
  assert.equal(holder("Das Werk beschäftigt 400 Menschen.", count("400 Menschen", 400, "person"), "de").length, 0);
  assert.ok(holder("Brillco beschäftigt 400 Menschen.", count("400 Menschen", 400, "person"), "de").length);
});

test("a language without capitals names a holder by its possessive particle, compared within that language", () => {
  const a = holder("선사의 지난해 매출은 412억 원이었다.", money("412억 원", 4.12e10), "ko");
  assert.deepEqual(a, holder("선사의 매출은 400억 원이다.", money("400억 원", 4e10), "ko"));
  assert.ok(a.length && !holderNamed(a));
  assert.notDeepEqual(a, holder("항만의 매출은 90억 원이다.", money("90억 원", 9e9), "ko"));
});

test("a speaker, a verb between or a pronoun names no holder", () => {
  // whose count or estimate it is, not whose thing
  assert.equal(holder("The agency's estimate is 4,000 people.", count("4,000 people", 4000, "person")).length, 0);
  assert.equal(holder("Tarn's largest town fell to 12% of its stock.", pct("12%", 12)).length, 0);
  // a share right after a possessor is as often whose count it is
  assert.equal(holder("The commission's 48% is no count.", pct("48%", 48)).length, 0);
  assert.equal(holder("We had 300 members there.", count("300 members", 300, "member")).length, 0);
  assert.equal(holder("In May, output rose 3%.", pct("3%", 3)).length, 0);
  // a language without the words names none
  assert.equal(holder("Brillco의 매출은 4조 원이었다.", money("4조 원", 4e12), "xx").length, 0);
});

test("two holders of one kind that share no word differ; a name and a common noun are not compared", () => {
  const withLanguage = (id: string, text: string, language: string) => ({ ...report(id, text), language });
  const a = withLanguage("a", "Brillco's turnover was €4.1 billion.", "en");
  const b = withLanguage("b", "Haskel's turnover was €9 billion.", "en");
  const c = withLanguage("c", "The group's turnover was €4.4 billion.", "en");
  const d = withLanguage("d", "항만의 매출은 90억 원이다.", "ko");
  const e = withLanguage("e", "The port's turnover was €80 million.", "en");
  const ms = [
    ...mentions(a, [money("€4.1 billion", 4.1e9)]), ...mentions(b, [money("€9 billion", 9e9)]), ...mentions(c, [money("€4.4 billion", 4.4e9)]),
    ...mentions(d, [money("90억 원", 9e9)]), ...mentions(e, [money("€80 million", 8e7)]),
  ];
  const { items } = prepare([a, b, c, d, e], ms);
  const sides = sidesOf(items, propertiesOf(items));
  assert.equal(holdersDiffer(sides[0], sides[1]), true);
  assert.equal(holdersDiffer(sides[0], sides[2]), false);
  // common nouns of two languages are never compared; of one language they are
  assert.equal(holdersDiffer(sides[3], sides[4]), false);
  assert.equal(holdersDiffer(sides[2], sides[4]), true);
});

test("the subject of a coordinated verb, of a verb of serving, or of the sentence before holds a figure", () => {
  const brill = holder("Brillco, based in Tarn, had turnover of €4.4 billion in 2025.", money("€4.4 billion", 4.4e9));
  // "employs … and had": the subject of the first verb holds what the second has
  assert.deepEqual(holder("Brillco employs 900 people in two towns and had turnover of €4.1 billion.", money("€4.1 billion", 4.1e9)), brill);
  assert.ok(holder("Brillco beschäftigt 900 Menschen und erzielte 4,1 Milliarden Euro.", money("4,1 Milliarden Euro", 4.1e9), "de").length);
  assert.ok(holder("Brillco serves broadband and phone lines to 3 million homes.", count("3 million homes", 3e6, "home")).length);
  // a verb of serving in every language that reads a subject's holder (sentences of our own)
  for (const [language, text, figure] of [
    ["de", "Brillco versorgt rund 3 Millionen Haushalte.", "3 Millionen Haushalte"],
    ["de", "Brillco liefert Strom an 3 Millionen Haushalte.", "3 Millionen Haushalte"],
    ["fr", "Brillco fournit l'électricité à 3 millions de foyers.", "3 millions de foyers"],
    ["es", "Brillco suministra electricidad a 3 millones de hogares.", "3 millones de hogares"],
    ["it", "Brillco fornisce elettricità a 3 milioni di famiglie.", "3 milioni di famiglie"],
    ["pt", "Brillco fornece eletricidade a 3 milhões de casas.", "3 milhões de casas"],
    ["pl", "Brillco dostarcza prąd do 3 mln gospodarstw.", "3 mln gospodarstw"],
    ["ru", "Brillco обслуживает 3 млн абонентов.", "3 млн абонентов"],
    ["uk", "Brillco обслуговує 3 млн абонентів.", "3 млн абонентів"],
  ]) {
    const keys = holder(text, count(figure, 3e6, "household"), language);
    assert.ok(holderNamed(keys) && keys[0].startsWith("=brill"), `${language}: ${text} → ${keys}`);
  }
  // and the subject of a verb of serving coordinated with one of having
  assert.ok(holder("Brillco fournit l'électricité aux fermes et emploie 900 personnes.", count("900 personnes", 900, "person"), "fr").length);
  // a sentence that starts with a bare noun carries the holder of the one before; "The dam is" does not
  const carried = (text: string, spec: Spec, language = "en") => {
    const m = mentions(report("a", text), [spec])[0];
    const start = text.lastIndexOf(". ", m.start) + 2;
    return holderOf(text, { ...m, sentence: [start, text.indexOf(".", m.end)] }, localeFor(language));
  };
  assert.deepEqual(carried("Brillco sells pumps to farms in the Tarn valley. Turnover in 2025 was €4.1 billion.", money("€4.1 billion", 4.1e9)), brill);
  assert.equal(carried("Brillco built the weir in the valley. The weir is 30 metres tall.", count("30 metres", 30, "m")).length, 0);
  assert.ok(carried("Brillco продаёт насосы фермерам. Выручка в 2025 году составила 4,1 млрд евро.", money("4,1 млрд евро", 4.1e9), "ru").length);
  // the subject before: one script-wide pattern (holder.ts SUBJECT) for each language that carries a holder
  assert.ok(carried("Brillco verkauft Pumpen an Höfe. Sein Umsatz im Jahr 2025 lag bei 4,1 Milliarden Euro.", money("4,1 Milliarden Euro", 4.1e9), "de").length);
  assert.ok(carried("Brillco vend des pompes aux fermes. Son chiffre en 2025 était de 4,1 milliards d'euros.", money("4,1 milliards d'euros", 4.1e9), "fr").length);
  assert.equal(carried("Brillco vend des pompes aux fermes. Son chiffre en 2025 était de 4,1 milliards d'euros.", money("4,1 milliards d'euros", 4.1e9), "ko").length, 0);
});
