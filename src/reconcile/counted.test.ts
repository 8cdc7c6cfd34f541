import { test } from "node:test";
import assert from "node:assert/strict";
import { countedOf, ownCounted } from "./counted.js";
import { cuesFor } from "./words.js";
import { localeFor } from "./locale.js";
import type { Mention } from "../types.js";

// our own sentences: a count, its counted word as extraction gives it
const count = (text: string, figure: string, unit: string): [string, Mention] => {
  const start = text.indexOf(figure);
  return [text, { source: "t", start, end: start + figure.length, text: figure, kind: "count", low: 1, high: 1, unit, qualifier: null, per: null, date: null }];
};

test("a counted noun reads as one English noun whatever the language", () => {
  assert.equal(countedOf(...count("Мост имеет четыре полосы движения.", "четыре полосы", "полосы"), localeFor("ru")), "lane");
  assert.equal(countedOf(...count("Міст має чотири смуги руху.", "чотири смуги", "смуги"), localeFor("uk")), "lane");
  assert.equal(countedOf(...count("El puente tiene cuatro carriles.", "cuatro carriles", "carriles"), localeFor("es")), "lane");
  assert.equal(countedOf(...count("Il ponte ha due binari.", "due binari", "binari"), localeFor("it")), "track");
});

test("an adjective after the number gives way to the noun after it", () => {
  assert.equal(countedOf(...count("Сгорели пять топливных цистерн поезда.", "пять топливных", "топливных"), localeFor("ru")), "wagon");
  assert.equal(countedOf(...count("Згоріли п'ять паливних цистерн.", "п'ять паливних", "паливних"), localeFor("uk")), "wagon");
});

test("nouns outside the lists, and English, stay as they were", () => {
  assert.equal(countedOf(...count("Прибыли три делегации.", "три делегации", "делегации"), localeFor("ru")), "делегации");
  assert.equal(countedOf(...count("Some 40 residents left.", "40 residents", "residents"), localeFor("en")), "person");
  assert.equal(countedOf(...count("Some 40 lanes.", "40 lanes", "lanes"), localeFor("en")), "lanes");
});

test("people, passengers and rail carriages read as one noun in every language that has them", () => {
  assert.equal(countedOf(...count("Beim Unglück starben 14 Menschen.", "14 Menschen", "menschen"), localeFor("de")), "person");
  assert.equal(countedOf(...count("L'incendie a touché 300 habitants.", "300 habitants", "habitants"), localeFor("fr")), "person");
  assert.equal(countedOf(...count("Evacuaron a 300 personas.", "300 personas", "personas"), localeFor("es")), "person");
  assert.equal(countedOf(...count("Sono state evacuate 300 persone.", "300 persone", "persone"), localeFor("it")), "person");
  assert.equal(countedOf(...count("Foram retiradas 300 pessoas.", "300 pessoas", "pessoas"), localeFor("pt")), "person");
  assert.equal(countedOf(...count("Эвакуировали 300 человек.", "300 человек", "человек"), localeFor("ru")), "person");
  assert.equal(countedOf(...count("Im Zug saßen 240 Fahrgäste.", "240 Fahrgäste", "fahrgäste"), localeFor("de")), "passenger");
  assert.equal(countedOf(...count("Le train transportait 212 passagers.", "212 passagers", "passagers"), localeFor("fr")), "passenger");
  assert.equal(countedOf(...count("A bordo c'erano 212 passeggeri.", "212 passeggeri", "passeggeri"), localeFor("it")), "passenger");
  // "viajeros" (travellers) begins as "vía" (a track) does: the track is read whole
  assert.equal(countedOf(...count("A bordo viajaban 200 viajeros.", "200 viajeros", "viajeros"), localeFor("es")), "passenger");
  assert.equal(countedOf(...count("Sei carrozze sono uscite dai binari.", "Sei carrozze", "carrozze"), localeFor("it")), "wagon");
  assert.equal(countedOf(...count("Le ferry transportait 150 camions.", "150 camions", "camions"), localeFor("fr")), "truck");
  assert.equal(countedOf(...count("Le ferry transportait 150 véhicules.", "150 véhicules", "véhicules"), localeFor("fr")), "vehicle");
  // lorries are trucks, in English as "Lkw" and "ciężarówek" are; cars are neither; carriages are rail wagons as "Wagen" are
  assert.equal(countedOf(...count("Some 900 lorries queued at the border.", "900 lorries", "lorry"), localeFor("en")), "truck");
  assert.equal(countedOf(...count("Am Grenzübergang warteten 900 Lkw.", "900 Lkw", "lkw"), localeFor("de")), "truck");
  assert.equal(countedOf(...count("Na granicy czekało 900 ciężarówek.", "900 ciężarówek", "ciężarówek"), localeFor("pl")), "truck");
  assert.equal(countedOf(...count("Auf der Brücke standen 300 Autos.", "300 Autos", "autos"), localeFor("de")), "car");
  assert.equal(countedOf(...count("Four carriages left the rails.", "Four carriages", "carriage"), localeFor("en")), "wagon");
});

test("another language's toll noun counts people, as English's bare toll does; English's own nouns stay", () => {
  const de = localeFor("de"), fr = localeFor("fr"), es = localeFor("es"), en = localeFor("en");
  assert.equal(countedOf(...count("Beim Brand gab es 12 Tote.", "12 Tote", "tote"), de, cuesFor(de.cues)), "person");
  assert.equal(countedOf(...count("L'accident a fait 9 morts.", "9 morts", "morts"), fr, cuesFor(fr.cues)), "person");
  assert.equal(countedOf(...count("El choque dejó 30 heridos.", "30 heridos", "heridos"), es, cuesFor(es.cues)), "person");
  // an analyst's English unit in a report of another language, and English's own, are kept
  assert.equal(countedOf(...count("Beim Brand gab es 12 Tote.", "12 Tote", "death"), de, cuesFor(de.cues)), "death");
  assert.equal(countedOf(...count("The storm caused 21 deaths.", "21 deaths", "death"), en, cuesFor(en.cues)), "death");
  // without the cue reader (a caller that has none) the noun stays as written
  assert.equal(countedOf(...count("L'accident a fait 9 morts.", "9 morts", "morts"), fr), "morts");
});

test("a count's own untranslated noun in another language is its own word; a listed one or an analyst's is not", () => {
  const m = (text: string, figure: string, unit: string) => count(text, figure, unit)[1];
  assert.equal(ownCounted(m("Gesperrt sind drei Übergänge.", "drei Übergänge", "übergänge"), "de"), true);
  assert.equal(ownCounted(m("Gesperrt sind drei Übergänge.", "drei Übergänge", "crossing"), "de"), false);
  assert.equal(ownCounted(m("Im Zug saßen 240 Fahrgäste.", "240 Fahrgäste", "fahrgäste"), "de"), false);
  assert.equal(ownCounted(m("Some 2,600 trucks wait.", "2,600 trucks", "truck"), "en"), false);
});

test("women, men and children read as English's nouns in every language with a list", () => {
  const cases: Array<[string, string, string, string, string]> = [
    ["de", "Unter den Toten sind 12 Frauen.", "12 Frauen", "frauen", "woman"],
    ["fr", "Parmi eux, 40 hommes.", "40 hommes", "hommes", "man"],
    ["es", "Entre ellos hay 9 niños.", "9 niños", "niños", "child"],
    ["it", "Tra le vittime 7 donne.", "7 donne", "donne", "woman"],
    ["pt", "Entre eles, 5 crianças.", "5 crianças", "crianças", "child"],
    ["ru", "Среди погибших 102 женщины.", "102 женщины", "женщины", "woman"],
    ["uk", "Серед них 3 дітей.", "3 дітей", "дітей", "child"],
    ["pl", "Wśród nich 56 mężczyzn.", "56 mężczyzn", "mężczyzn", "man"],
  ];
  for (const [lang, text, figure, unit, want] of cases) assert.equal(countedOf(...count(text, figure, unit), localeFor(lang)), want, text);
  // a word that only begins as one of them stays ("детали": parts)
  assert.equal(countedOf(...count("Заменили 5 детали.", "5 детали", "детали"), localeFor("ru")), "детали");
});
