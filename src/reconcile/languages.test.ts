// Every language reads what English reads of a figure: a law's entry into force, a figure set
// against another, a figure that moves, a whole area. Each locale's words
// (src/extract/locales/<lang>/reconcile.ts), one sentence of our own each.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Spec } from "../../test/reconcile/testkit.js";
import { mentions, report } from "../../test/reconcile/testkit.js";
import { prepare } from "./prepare.js";
import { propertiesOf } from "./property.js";
import { wholeArea } from "./own-clause.js";
import { localeFor } from "./locale.js";

interface Read {
  attribute: string | null;
  event: string | null;
  contrast: boolean;
  moving: boolean;
}

/** The property of one figure of a one-sentence report of `lang`. */
function read(lang: string, text: string, spec: Spec): Read {
  const r = { ...report("a", text, "2027-05-20"), language: lang };
  const { items } = prepare([r], mentions(r, [spec]));
  const [p] = propertiesOf(items);
  return { attribute: p.attribute, event: p.event, contrast: items[0].f.contrast, moving: items[0].f.moving };
}

const count = (text: string, low: number): Spec => ({ text, kind: "count", low, unit: null });
const money = (text: string, low: number, unit: string): Spec => ({ text, kind: "money", low, unit });
const metres = (text: string, low: number): Spec => ({ text, kind: "quantity", low, unit: "m" });
const day = (text: string): Spec => ({ text, kind: "date", date: ["2027-05-05", "2027-05-05"] });

/** [language, sentence, figure, what it must read] */
const CASES: Array<[string, string, Spec, Partial<Read>]> = [
  ["ru", "Ремонт обошёлся в 5 млрд рублей вместо трёх.", money("5 млрд рублей", 5e9, "RUB"), { contrast: true }],
  ["ru", "Число погибших возросло до 40.", count("40", 40), { attribute: "casualty", moving: true }],
  ["ru", "Закон вступает в силу 5 мая.", day("5 мая"), { event: "force" }],
  ["uk", "Кількість загиблих зросла до 40.", count("40", 40), { moving: true }],
  ["uk", "Витрати склали 5 млрд гривень замість трьох.", money("5 млрд гривень", 5e9, "UAH"), { contrast: true }],
  ["de", "Das Gesetz tritt am 5. Mai in Kraft.", day("5. Mai"), { event: "force" }],
  ["de", "Die Kosten stiegen auf 5 Millionen Euro statt der geplanten drei.", money("5 Millionen Euro", 5e6, "EUR"), { contrast: true }],
  ["de", "Die Zahl der Toten ist bislang auf 40 gestiegen.", count("40", 40), { moving: true }],
  ["es", "La ley entra en vigor el 5 de mayo.", day("5 de mayo"), { event: "force" }],
  ["es", "La reparación costó 5 millones de euros en lugar de tres.", money("5 millones de euros", 5e6, "EUR"), { attribute: "cost", contrast: true }],
  ["es", "El balance de muertos ascendió a 40.", count("40", 40), { moving: true }],
  ["it", "La legge entra in vigore il 5 maggio.", day("5 maggio"), { event: "force" }],
  ["it", "La spesa è di 5 milioni di euro invece di tre.", money("5 milioni di euro", 5e6, "EUR"), { contrast: true }],
  ["it", "Il bilancio delle vittime è salito a 40.", count("40", 40), { moving: true }],
  ["fr", "Le traité entre en vigueur le 5 mai.", day("5 mai"), { event: "force" }],
  ["fr", "Le chantier coûte 5 millions d'euros au lieu de trois.", money("5 millions d'euros", 5e6, "EUR"), { contrast: true }],
  ["fr", "Le bilan s'élève désormais à 40 morts.", count("40", 40), { moving: true }],
  ["ko", "사망자가 40명으로 늘어났다.", count("40명", 40), { attribute: "casualty", moving: true }],
  ["ko", "비용은 계획 대비 50억 원 늘었다.", money("50억 원", 5e9, "KRW"), { contrast: true }],
  ["zh", "死亡人数增至40人。", count("40人", 40), { attribute: "casualty", moving: true }],
  ["zh", "费用为50亿元，而非此前的30亿元。", money("50亿元", 5e9, "CNY"), { contrast: true }],
  ["ja", "死者は累計で40人となった。", count("40人", 40), { attribute: "casualty", moving: true }],
  // a compass word before the language's "of": a distance
  ["en", "The camp lies 40 kilometres north of the town.", metres("40 kilometres", 40_000), { attribute: "distance" }],
  ["fr", "Le camp se trouve à 40 kilomètres au nord de la ville.", metres("40 kilomètres", 40_000), { attribute: "distance" }],
  ["fr", "Le camp se trouve à 40 kilomètres à l'est de la ville.", metres("40 kilomètres", 40_000), { attribute: "distance" }],
  ["de", "Das Lager liegt 40 Kilometer nördlich der Stadt.", metres("40 Kilometer", 40_000), { attribute: "distance" }],
  ["es", "El campamento está a 40 kilómetros al norte de la ciudad.", metres("40 kilómetros", 40_000), { attribute: "distance" }],
  ["it", "Il campo si trova a 40 chilometri a nord della città.", metres("40 chilometri", 40_000), { attribute: "distance" }],
  ["pt", "O acampamento fica a 40 quilómetros a norte da cidade.", metres("40 quilómetros", 40_000), { attribute: "distance" }],
  ["pl", "Obóz leży 40 kilometrów na północ od miasta.", metres("40 kilometrów", 40_000), { attribute: "distance" }],
  ["ru", "Лагерь находится в 40 километрах к северу от города.", metres("40 километрах", 40_000), { attribute: "distance" }],
  ["uk", "Табір розташований за 40 кілометрів на північ від міста.", metres("40 кілометрів", 40_000), { attribute: "distance" }],
  // the French "est" ("is") before "de" is no compass word
  ["fr", "La digue est de 40 mètres.", metres("40 mètres", 40), { attribute: null }],
];

test("each language's words read the property English's do", () => {
  for (const [lang, text, spec, want] of CASES) {
    const got = read(lang, text, spec);
    for (const k of Object.keys(want) as Array<keyof Read>) assert.equal(got[k], want[k], `${lang} "${text}" ${k}`);
  }
});

test("each language's words say a figure covers a whole area", () => {
  const whole = (lang: string, text: string, spec: Spec) => {
    const r = { ...report("a", text), language: lang };
    return wholeArea(text, mentions(r, [spec])[0], localeFor(lang));
  };
  assert.equal(whole("ru", "В среднем по области вода поднялась на 4 метра.", metres("4 метра", 4)), true);
  assert.equal(whole("uk", "По всій країні випало 30 сантиметрів снігу.", metres("30 сантиметрів", 0.3)), true);
  assert.equal(whole("de", "Bundesweit lag der Schnee 30 Zentimeter hoch.", metres("30 Zentimeter", 0.3)), true);
  assert.equal(whole("es", "La nieve alcanzó en promedio 30 centímetros.", metres("30 centímetros", 0.3)), true);
  assert.equal(whole("it", "In media la neve ha raggiunto 30 centimetri.", metres("30 centimetri", 0.3)), true);
  assert.equal(whole("fr", "La neige atteint en moyenne 30 centimètres.", metres("30 centimètres", 0.3)), true);
  assert.equal(whole("ko", "전국 평균 적설량은 30cm였다.", metres("30cm", 0.3)), true);
  assert.equal(whole("zh", "全省平均积雪30厘米。", metres("30厘米", 0.3)), true);
  assert.equal(whole("ja", "全国の平均積雪は30センチだった。", metres("30センチ", 0.3)), true);
  // one place's reading says none
  assert.equal(whole("ru", "У моста вода поднялась на 4 метра.", metres("4 метра", 4)), false);
});

test("a word of another meaning says nothing", () => {
  // the German "toll" (great) moves nothing
  assert.equal(read("de", "Die Stimmung war toll, 40 Besucher kamen.", count("40", 40)).moving, false);
});
