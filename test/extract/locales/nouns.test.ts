/**
 * The counted noun of a count: a word after a number that names no thing (an adverb, a preposition,
 * a verb, a rate, a word of the next line) leaves the count without one; a currency's hundredth makes
 * money, a unit's short form a duration, a month's a date; an adjective gives way to its noun.
 * Sentences written for these tests.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectFigure, expectNone } from "./util.js";

test("closed-class words after a number are no counted noun, and the count stays", () => {
  expectFigure("fr", "On compte 40 blessés, dont 12 grièvement, selon la mairie.", { text: "12", kind: "count", low: 12, unit: null });
  expectFigure("it", "Dei feriti, 5 gravemente, sono stati trasferiti.", { text: "5", kind: "count", low: 5, unit: null });
  expectFigure("es", "De los mineros, 14 fueron rescatados el martes.", { text: "14", kind: "count", low: 14, unit: null });
  expectFigure("it", "Delle vittime, 7 sono state identificate.", { text: "7", kind: "count", low: 7, unit: null });
  expectFigure("ro", "Trei dintre pasageri au fost răniți.", { text: "Trei", kind: "count", low: 3, unit: null });
  expectFigure("ru", "Ещё 8 считаются пропавшими.", { text: "8", kind: "count", low: 8, unit: null });
  // German nouns have capitals: a word in lower case is none, and a rate after it is read as one
  expectFigure("de", "Die Zahl der Verletzten ist auf 14 gestiegen.", { text: "14", kind: "count", low: 14, unit: null });
  const m = expectFigure("de", "Es fahren höchstens 300 pro Tag über die Grenze.", { text: "300", kind: "count", low: 300, unit: null });
  if (m.per !== "day") throw new Error(`per of 300: ${m.per}`);
  const r = expectFigure("pl", "Eksport sięga 90 tys. rocznie.", { text: "90 tys.", kind: "count", low: 90000, unit: null });
  if (r.per !== "year") throw new Error(`per of 90 tys.: ${r.per}`);
});

test("a number ending a line takes no noun from the next", () => {
  expectFigure("de", "Zahl der Opfer steigt auf neun\n\nBerlinhof, 3. Mai – Die Polizei meldet", { text: "neun", kind: "count", low: 9, unit: null });
  expectFigure("ru", "Число пострадавших выросло до 40\nВласти города сообщили", { text: "40", kind: "count", low: 40, unit: null });
});

test("an adjective after a number gives way to the noun it counts", () => {
  expectFigure("de", "An vier gesperrten Übergängen stauen sich Lastwagen.", { text: "vier gesperrten", kind: "count", low: 4, unit: "übergängen" });
  expectFigure("pl", "Zamknięto pięć drogowych mostów.", { text: "pięć drogowych", kind: "count", low: 5, unit: "mostów" });
  expectFigure("uk", "На двох закритих переходах стоять вантажівки.", { text: "двох закритих", kind: "count", low: 2, unit: "переходах" });
  // an adjective with no noun after it is the noun ("раненых")
  expectFigure("ru", "В больницу доставили 12 раненых.", { text: "12 раненых", kind: "count", low: 12, unit: "раненых" });
});

test("a currency's hundredth is money, a unit's short form a duration, a month's a date", () => {
  expectFigure("it", "Il biglietto è salito di 30 centesimi.", { text: "30 centesimi", kind: "money", low: 0.3, unit: "EUR" });
  expectFigure("de", "Der Liter kostet 9 Cent mehr.", { text: "9 Cent", kind: "money", low: 0.09, unit: "EUR" });
  expectFigure("es", "El billete subió 20 céntimos.", { text: "20 céntimos", kind: "money", low: 0.2, unit: "EUR" });
  expectFigure("ru", "Цена выросла на 50 копеек.", { text: "50 копеек", kind: "money", low: 0.5, unit: "RUB" });
  // every locale's hundredths: of its own currency, of the euro, of the dollar when none is named
  // divided, not multiplied by 0.01: the value is 0.7, not 0.7000000000000001
  assert.equal(expectFigure("de", "Das Porto steigt um 70 Cent.", { text: "70 Cent", kind: "money", unit: "EUR" }).low, 0.7);
  expectFigure("de", "Ein Brötchen kostet in Basel 80 Rappen.", { text: "80 Rappen", kind: "money", low: 0.8, unit: "CHF" });
  expectFigure("es", "El litro de leche subió 35 centavos.", { text: "35 centavos", kind: "money", low: 0.35, unit: "MXN" });
  expectFigure("ru", "Проезд подорожал на 40 центов.", { text: "40 центов", kind: "money", low: 0.4, unit: "USD" });
  expectFigure("ru", "Тариф снизили на 12 евроцентов.", { text: "12 евроцентов", kind: "money", low: 0.12, unit: "EUR" });
  expectFigure("uk", "Квиток подорожчав на 25 центів.", { text: "25 центів", kind: "money", low: 0.25, unit: "USD" });
  expectFigure("pl", "Bilet zdrożał o 60 eurocentów.", { text: "60 eurocentów", kind: "money", low: 0.6, unit: "EUR" });
  expectFigure("ro", "Cafeaua s-a scumpit cu 30 de cenți.", { text: "30 de cenți", kind: "money", low: 0.3, unit: "USD" });
  expectFigure("ar", "ارتفع سعر الرغيف 25 قرشا.", { text: "25 قرشا", kind: "money", low: 0.25, unit: "EGP" });
  expectFigure("ja", "切符は30セント値上がりした。", { text: "30セント", kind: "money", low: 0.3, unit: "USD" });
  expectFigure("ko", "요금이 45센트 올랐다.", { text: "45센트", kind: "money", low: 0.45, unit: "USD" });
  expectFigure("zh", "车票涨了70美分。", { text: "70美分", kind: "money", low: 0.7, unit: "USD" });
  // Chinese "分" alone is minutes; Korean "전" alone is "before"
  expectFigure("zh", "会议持续了20分钟。", { text: "20分钟", kind: "duration" });
  expectFigure("es", "La ambulancia tardó 6 min en llegar.", { text: "6 min", kind: "duration", low: 6 / 1440 });
  expectFigure("es", "MADRID, 9 sep (EFE) - El incendio sigue activo.", { text: "9 sep", kind: "date", date: ["2024-09-09", "2024-09-09"] });
  // degrees (a temperature, an angle) are no count
  expectNone("pl", "W nocy było minus 15 stopni.", "15");
});

test("a round year's digits before a noun count it; a weekday after a count is no noun", () => {
  expectFigure("de", "Am Grenzübergang warten 2000 Lastwagen.", { text: "2000 Lastwagen", kind: "count", low: 2000, unit: "lastwagen" });
  expectFigure("ru", "На площадь вышли 1500 человек.", { text: "1500 человек", kind: "count", low: 1500, unit: "человек" });
  expectFigure("pl", "Przed przejściem stoi 1950 ciężarówek.", { text: "1950 ciężarówek", kind: "count", low: 1950, unit: "ciężarówek" });
  // the year's own word, a year not round to fifty, a noun in capitals where nouns are lower-case: years
  expectFigure("ru", "В 2000 году мост закрыли.", { text: "2000 году", kind: "date", date: ["2000-01-01", "2000-12-31"] });
  expectFigure("fr", "En 2013 personne ne l'attendait.", { text: "2013", kind: "date", date: ["2013-01-01", "2013-12-31"] });
  expectFigure("it", "Nel 2000 Roma ospitò il Giubileo.", { text: "2000", kind: "date", date: ["2000-01-01", "2000-12-31"] });
  expectFigure("fr", "La file a atteint 47 samedi matin.", { text: "47", kind: "count", low: 47, unit: null });
  expectFigure("de", "Die Warteschlange wuchs auf 47 Sonntag früh.", { text: "47", kind: "count", low: 47, unit: null });
});

test("a ship's deadweight in French and German is its tonnes", () => {
  expectFigure("fr", "Le vraquier de 58 000 tpl s'est échoué.", { text: "58 000 tpl", kind: "quantity", low: 58e6, unit: "kg" });
  expectFigure("de", "Der Frachter mit 58.000 tdw lief auf Grund.", { text: "58.000 tdw", kind: "quantity", low: 58e6, unit: "kg" });
});
