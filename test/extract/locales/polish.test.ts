/**
 * Polish (locales/pl): figures of every class, in the cases a number governs, the language guess
 * against Czech, Slovak and Cyrillic text, and the edges. Sentences written for these tests.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../../src/extract/index.js";
import { detectLanguage } from "../../../src/extract/language.js";
import { rng } from "../../rng.js";
import { expectFigure, expectNone, REF } from "./util.js";

test("pl: money, in złoty and others, with scale words", () => {
  expectFigure("pl", "Budowa tunelu ma kosztować 4,2 mld zł.", { text: "4,2 mld zł", kind: "money", low: 4.2e9, unit: "PLN" });
  expectFigure("pl", "Elektrownia kosztowała 15 mld PLN.", { text: "15 mld PLN", kind: "money", low: 15e9, unit: "PLN" });
  expectFigure("pl", "Budżet programu wynosi 1,2 bln złotych.", { text: "1,2 bln złotych", kind: "money", low: 1.2e12, unit: "PLN" });
  expectFigure("pl", "Kontrakt jest wart 300 mln euro.", { text: "300 mln euro", kind: "money", low: 3e8, unit: "EUR" });
  expectFigure("pl", "Pakiet pomocy wyniesie ponad 2 mld dolarów.", { text: "2 mld dolarów", kind: "money", low: 2e9, unit: "USD", qualifier: "lower" });
  expectFigure("pl", "Grzywna sięga 40 tysięcy hrywien.", { text: "40 tysięcy hrywien", kind: "money", low: 4e4, unit: "UAH" });
});

test("pl: quantities in their cases, decimal comma, space-grouped thousands", () => {
  expectFigure("pl", "Most ma długość 1 250,5 metrów.", { text: "1 250,5 metrów", kind: "quantity", low: 1250.5, unit: "m" });
  expectFigure("pl", "Odcinek ma 45 kilometrów.", { text: "45 kilometrów", kind: "quantity", low: 45000, unit: "m" });
  expectFigure("pl", "Rurociąg ma 210 km długości.", { text: "210 km", kind: "quantity", low: 210000, unit: "m" });
  expectFigure("pl", "Statek przewoził 25 tysięcy ton zboża.", { text: "25 tysięcy ton", kind: "quantity", low: 25e6, unit: "kg" });
  expectFigure("pl", "Pożar strawił 300 hektarów lasu.", { text: "300 hektarów", kind: "quantity", low: 3e6, unit: "m2" });
  expectFigure("pl", "Woda zalała 12 km² pól.", { text: "12 km²", kind: "quantity", low: 12e6, unit: "m2" });
  expectFigure("pl", "Statek był 12 mil morskich od brzegu.", { text: "12 mil morskich", kind: "quantity", low: 22224, unit: "m" });
  expectFigure("pl", "Poziom rzeki podniósł się o 3,4 metra.", { text: "3,4 metra", kind: "quantity", low: 3.4, unit: "m" });
});

test("pl: a rate by its period words", () => {
  const m = expectFigure("pl", "Rafineria przerabia 240 tys. baryłek dziennie.", { text: "240 tys. baryłek", kind: "quantity", unit: "m3" });
  assert.equal(m.per, "day");
});

test("pl: percent, with its words and points", () => {
  expectFigure("pl", "Inflacja wyniosła 4,5 proc. w marcu.", { text: "4,5 proc.", kind: "percent", low: 4.5 });
  expectFigure("pl", "Ceny wzrosły o 7,5%.", { text: "7,5%", kind: "percent", low: 7.5 });
  expectFigure("pl", "Eksport spadł o 12 procent.", { text: "12 procent", kind: "percent", low: 12 });
  expectFigure("pl", "Stopa wzrosła o 2 punkty procentowe.", { text: "2 punkty procentowe", kind: "percent", low: 2 });
});

test("pl: counts with their nouns, number words and compounds, qualifiers", () => {
  expectFigure("pl", "W ataku zginęło 12 osób.", { text: "12 osób", kind: "count", low: 12 });
  expectFigure("pl", "Na granicę wysłano około 3 tys. żołnierzy.", { text: "3 tys. żołnierzy", kind: "count", low: 3000, qualifier: "approx" });
  expectFigure("pl", "Zginęło co najmniej 7 ludzi.", { text: "7 ludzi", kind: "count", low: 7, qualifier: "lower" });
  expectFigure("pl", "Prawie 1,5 mln ludzi opuściło domy.", { text: "1,5 mln ludzi", kind: "count", low: 1.5e6, qualifier: "approx" });
  expectFigure("pl", "Rannych zostało dwadzieścia jeden osób.", { text: "dwadzieścia jeden osób", kind: "count", low: 21 });
  expectFigure("pl", "W ciągu miesiąca zginęło czterdzieści dwie osoby.", { text: "czterdzieści dwie osoby", kind: "count", low: 42 });
  expectFigure("pl", "Na miejscu pracuje dwustu ratowników.", { text: "dwustu ratowników", kind: "count", low: 200 });
  expectFigure("pl", "W szpitalu jest tysiąc rannych.", { text: "tysiąc rannych", kind: "count", low: 1000 });
  expectFigure("pl", "Służby podały, że 5 zabitych i 18 rannych to cywile.", { text: "18 rannych", kind: "count", low: 18 });
  expectFigure("pl", "W nocy nadleciało 40 dronów.", { text: "40 dronów", kind: "count", low: 40 });
  expectFigure("pl", "Do portu wpłynęło do 30 tankowców.", { text: "30 tankowców", kind: "count", low: 30, qualifier: "upper" });
  // "40 zostało rannych": a count with no noun, the passive's auxiliary after it
  expectFigure("pl", "W wybuchu zginęło 12 osób, a ponad 40 zostało rannych.", { text: "40", kind: "count", low: 40, qualifier: "lower" });
});

test("pl: dates, with the year word, locative months and relative words", () => {
  expectFigure("pl", "Rakieta spadła 12 marca 2025 roku.", { text: "12 marca 2025 roku", kind: "date", date: ["2025-03-12", "2025-03-12"] });
  expectFigure("pl", "Umowę podpisano 3 lutego 2023 r.", { text: "3 lutego 2023 r.", kind: "date", date: ["2023-02-03", "2023-02-03"] });
  expectFigure("pl", "Przez cieśninę przepłynęło 180 tankowców w lutym.", { text: "lutym", kind: "date", date: ["2024-02-01", "2024-02-29"] });
  expectFigure("pl", "Prace ruszyły w październiku 2021 roku.", { text: "październiku 2021 roku", kind: "date", date: ["2021-10-01", "2021-10-31"] });
  expectFigure("pl", "Umowę podpisano pod koniec października.", { text: "pod koniec października", kind: "date", date: ["2023-10-21", "2023-10-31"] });
  expectFigure("pl", "Na początku marca zamknięto port.", { text: "początku marca", kind: "date", date: ["2024-03-01", "2024-03-10"] });
  // a weekday of a clause in the future tense is the next one
  expectFigure("pl", "Szczyt będzie w środę.", { text: "środę", kind: "date", date: ["2024-03-20", "2024-03-20"] });
  expectFigure("pl", "Blok ma ruszyć pod koniec 2026 roku.", { text: "pod koniec 2026 roku", kind: "date", date: ["2026-10-01", "2026-12-31"] });
  expectFigure("pl", "Most otwarto trzy lata temu.", { text: "trzy lata temu", kind: "date", date: ["2021-03-15", "2021-03-15"] });
  expectFigure("pl", "Wczoraj wieczorem doszło do wybuchu.", { text: "Wczoraj", kind: "date", date: ["2024-03-14", "2024-03-14"] });
  expectFigure("pl", "W zeszłym roku sprzedaż spadła.", { text: "W zeszłym roku", kind: "date", date: ["2023-01-01", "2023-12-31"] });
  expectFigure("pl", "Do 2030 roku zbudują nowe bloki.", { text: "2030 roku", kind: "date", qualifier: "upper" });
  expectFigure("pl", "Prace trwały osiem miesięcy.", { text: "osiem miesięcy", kind: "duration", low: 8 * 30.44 });
});

test("pl: articles, years and ordinals are no counts", () => {
  expectNone("pl", "Jeden z urzędników potwierdził te dane.", "Jeden");
  expectNone("pl", "W 2023 roku port się rozrósł.", "port");
  expectNone("pl", "Oba mosty są zamknięte.", "Oba");
});

test("pl: the language guess reads Polish, and not Czech, Slovak or Cyrillic text", () => {
  assert.equal(detectLanguage("Most na rzece został otwarty w maju, a według ministerstwa jego budowa kosztowała 40 mln zł, które są już wydane."), "pl");
  assert.equal(detectLanguage("Ministerstwo poinformowało, że w ataku na port zginęło 12 osób, a ranni zostali przewiezieni do szpitala przez służby."), "pl");
  // Czech and Slovak share "na", "do", "po", "nie", "je" with Polish, not its markers
  assert.notEqual(detectLanguage("Most přes řeku byl otevřen v květnu a podle ministerstva stál 40 milionů korun, uvedl mluvčí úřadu, který je za stavbu odpovědný."), "pl");
  assert.notEqual(detectLanguage("Most cez rieku bol otvorený v máji a podľa ministerstva stál 40 miliónov eur, povedal hovorca úradu, ktorý nie je za stavbu zodpovedný."), "pl");
  assert.equal(detectLanguage("Міст через річку відкрили у травні, і він коштував 40 мільйонів гривень."), "uk");
  assert.equal(detectLanguage("Мост через реку открыли в мае, и он стоил 40 миллионов рублей."), "ru");
});

test("pl: any mix of its words at the edges: no throw, offsets inside", () => {
  const pieces = [
    "12", "1 250,5", "dwadzieścia", "jeden", "tysiąc", "tysięcy", "mln", "mld", "bln", "zł", "złotych", "proc.", "%", "metrów", "ton",
    "marca", "2025", "roku", "r.", "w", "marcu", "pod koniec", "października", "około", "ponad", "co najmniej", "do", "osób", "rannych",
    "temu", "lata", ",", ".", " ", "ą", "-",
  ];
  const r = rng(20261218);
  for (let i = 0; i < 400; i++) {
    let text = "";
    for (let n = Math.floor(r() * 12); n > 0; n--) text += pieces[Math.floor(r() * pieces.length)] + (r() < 0.6 ? " " : "");
    for (const m of extract(text, { language: "pl", published: REF, source: "t" })) {
      assert.ok(0 <= m.start && m.start < m.end && m.end <= text.length, `${JSON.stringify(text)}: ${m.start}-${m.end}`);
      assert.equal(text.slice(m.start, m.end), m.text);
    }
  }
});
