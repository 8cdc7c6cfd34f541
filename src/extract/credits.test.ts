import { test } from "node:test";
import assert from "node:assert/strict";
import "./locales/registry.js";
import { annotateContext } from "./context.js";
import { wordsFor } from "./words.js";
import { speakerKey } from "../reconcile/origins.js";
import type { Mention } from "../types.js";

/** The speaker each figure (given by its text, first occurrence) is credited to, read in `lang`. */
function speakers(lang: string, text: string, ...figures: string[]): Array<string | null> {
  const ms: Mention[] = figures.map((s) => {
    const start = text.indexOf(s);
    assert.ok(start >= 0, s);
    return { source: "t", start, end: start + s.length, text: s, kind: "count", low: 1, high: 1, unit: null, qualifier: null };
  });
  return annotateContext(text, ms, wordsFor(lang)).map((m) => m.speaker ?? null);
}

test("French: selon X, X a indiqué, an incise after a quote; a pronoun credits no one", () => {
  assert.deepEqual(
    speakers("fr", "Selon la préfecture de police, 3 200 personnes ont défilé dimanche, 9 000 selon le syndicat.", "3 200", "9 000"),
    ["la préfecture de police", "le syndicat"],
  );
  assert.deepEqual(speakers("fr", "Le parquet de Rennes a indiqué que 14 suspects avaient été interpellés.", "14"), ["Le parquet de Rennes"]);
  assert.deepEqual(speakers("fr", "« Nous avons compté 40 bateaux au large », a précisé la capitainerie de Morlaix.", "40"), ["la capitainerie de Morlaix"]);
  assert.deepEqual(speakers("fr", "D'après l'exploitant, 17 rames restent au dépôt.", "17"), ["l'exploitant"]);
  assert.deepEqual(speakers("fr", "Il a annoncé 12 suppressions de postes.", "12"), [null]);
  // a verb of saying with its object after it, no incise: no credit of the object
  assert.deepEqual(speakers("fr", "Le conseil a voté hier et annonce la fermeture de 6 écoles.", "6"), [null]);
});

test("a date takes no credit: the day a credited sentence names is the day of what it reports", () => {
  const text = "La crue de mardi a inondé 240 caves, selon les pompiers.";
  const ms: Mention[] = [
    { source: "t", start: text.indexOf("mardi"), end: text.indexOf("mardi") + 5, text: "mardi", kind: "date", low: null, high: null, unit: null, qualifier: null },
    { source: "t", start: text.indexOf("240"), end: text.indexOf("240") + 3, text: "240", kind: "count", low: 240, high: 240, unit: null, qualifier: null },
  ];
  assert.deepEqual(annotateContext(text, ms, wordsFor("fr")).map((m) => m.speaker), [null, "les pompiers"]);
});

test("a short credit takes the one full name before it that has its word", () => {
  const text = "Selon la capitainerie de Brest, 31 navires attendent. Mardi, 36 navires attendaient, selon la capitainerie.";
  assert.deepEqual(speakers("fr", text, "31", "36"), ["la capitainerie de Brest", "la capitainerie de Brest"]);
  const ru = "Вице-премьер Иван Сомов заявил, что построено 12 опор. По словам Сомова, ещё 3 опоры будут готовы к маю. Сомов добавил, что 40 рабочих заняты.";
  assert.deepEqual(speakers("ru", ru, "12", "40"), ["Вице-премьер Иван Сомов", "Вице-премьер Иван Сомов"]);
});

test("German: laut, nach Angaben, zufolge, and a subject after its verb when the object comes first", () => {
  assert.deepEqual(speakers("de", "Laut Feuerwehr brannten 12 Hallen nieder.", "12"), ["Feuerwehr"]);
  assert.deepEqual(speakers("de", "Nach Angaben der Stadtwerke stürzten 300 Masten um.", "300"), ["der Stadtwerke"]);
  assert.deepEqual(speakers("de", "Dem Landratsamt zufolge sind 70 Häuser ohne Strom.", "70"), ["Dem Landratsamt"]);
  assert.deepEqual(speakers("de", "Den Schaden beziffert der Versicherer auf 8 Millionen Euro.", "8 Millionen"), ["der Versicherer"]);
  assert.deepEqual(speakers("de", "Die Ernteausfälle schätzt die Kammer auf 5 Millionen Euro.", "5 Millionen"), ["die Kammer"]);
  assert.deepEqual(speakers("de", "Die Polizei teilte mit, dass 45 Personen festgenommen wurden.", "45"), ["Die Polizei"]);
});

test("Spanish, Italian, Portuguese: según, secondo, segundo; a verb's subject before it or in an incise", () => {
  assert.deepEqual(speakers("es", "Según el Ministerio de Salud, 27 pacientes siguen ingresados.", "27"), ["el Ministerio de Salud"]);
  assert.deepEqual(speakers("es", "Hubo 80 detenidos, indicó la policía local.", "80"), ["la policía"]);
  assert.deepEqual(speakers("es", "La empresa informó que 150 empleados fueron evacuados.", "150"), ["La empresa"]);
  assert.deepEqual(speakers("it", "Secondo i vigili del fuoco, 12 famiglie sono rimaste senza casa.", "12"), ["i vigili del fuoco"]);
  assert.deepEqual(speakers("it", "Il sindaco ha detto che 30 edifici sono inagibili.", "30"), ["Il sindaco"]);
  assert.deepEqual(speakers("it", "Il secondo giorno di sciopero ha fermato 60 treni.", "60"), [null]);
  assert.deepEqual(speakers("pt", "Segundo a Defesa Civil, 1.200 pessoas ficaram desalojadas.", "1.200"), ["a Defesa Civil"]);
  assert.deepEqual(speakers("pt", "O segundo dia terminou com 40 feridos.", "40"), [null]);
});

test("Polish, Russian, Ukrainian: według, по данным, за даними, and a subject after its verb", () => {
  assert.deepEqual(speakers("pl", "Według straży pożarnej 18 osób zostało rannych.", "18"), ["straży pożarnej"]);
  assert.deepEqual(speakers("pl", "Zatrzymano 9 osób — podała prokuratura.", "9"), ["prokuratura"]);
  assert.deepEqual(speakers("ru", "По данным МЧС, пострадали 15 человек.", "15"), ["МЧС"]);
  assert.deepEqual(speakers("ru", "Как сообщила пресс-служба мэрии, эвакуированы 300 жителей.", "300"), ["пресс-служба мэрии"]);
  assert.deepEqual(speakers("ru", "Он заявил, что 5 домов разрушены.", "5"), [null]);
  assert.deepEqual(speakers("uk", "За даними ДСНС, загинули 4 людини.", "4"), ["ДСНС"]);
  assert.deepEqual(speakers("uk", "Про це повідомив очільник ОВА: знеструмлено 20 сіл.", "20"), ["очільник ОВА"]);
});

test("Korean, Chinese, Japanese: the name glued to its cue", () => {
  assert.deepEqual(speakers("ko", "소방청에 따르면 이번 화재로 12명이 다쳤다.", "12명"), ["소방청"]);
  assert.deepEqual(speakers("zh", "据应急管理部通报，共有35人受伤。", "35人"), ["应急管理部"]);
  assert.deepEqual(speakers("zh", "数据显示共有35人受伤。", "35人"), [null]);
  assert.deepEqual(speakers("ja", "警察庁によると、8人がけがをした。", "8人"), ["警察庁"]);
});

test("a credit's key: each language's articles and generic words off, vague credits none", () => {
  assert.equal(speakerKey("la capitainerie"), speakerKey("La capitainerie"));
  assert.equal(speakerKey("la capitainerie"), "capitainerie");
  assert.equal(speakerKey("des sources"), null);
  assert.equal(speakerKey("der Stadtwerke"), "stadtwerke");
  assert.equal(speakerKey("el Ministerio de Salud"), "ministerio salud");
  assert.equal(speakerKey("외신들"), null);
  assert.equal(speakerKey("the ministry"), "ministry");
  // a tally or its adjectives name no one, in English as "le bilan", "la última" do
  assert.equal(speakerKey("the last"), null);
  assert.equal(speakerKey("the latest tally"), null);
  assert.equal(speakerKey("the ministry's figures"), speakerKey("the ministry"));
});

test("a name before an apposition or a relative pronoun's comma speaks for its verb; an acronym takes the name it spells", () => {
  assert.deepEqual(speakers("fr", "Jean Morel, maire de Brest, a indiqué que 40 maisons ont brûlé.", "40"), ["Jean Morel"]);
  assert.deepEqual(
    speakers("fr", "Les armateurs estiment la perte à 12 millions, trois fois plus que la chambre de commerce, qui avance 4 millions.", "12 millions", "4 millions"),
    ["Les armateurs", "la chambre de commerce"],
  );
  assert.deepEqual(speakers("ru", "В МЧС, которое сообщило о 30 погибших, работают спасатели.", "30"), ["МЧС"]);
  assert.deepEqual(
    speakers("fr", "Selon la Fédération des Ouvriers Portuaires, 900 dockers ont défilé. La FOP a précisé que 200 venaient de Brest.", "900", "200"),
    ["la Fédération des Ouvriers Portuaires", "la Fédération des Ouvriers Portuaires"],
  );
});

test("a passive's agent credits the figure right before it only", () => {
  assert.deepEqual(
    speakers("es", "El regulador estimó en 3,4 millones el volumen, casi el triple de los 1,2 millones informados por la minera.", "3,4 millones", "1,2 millones"),
    ["El regulador", "la minera"],
  );
  assert.deepEqual(speakers("fr", "Les pertes atteignent 12 millions, contre 4 millions annoncés par la chambre de commerce.", "12 millions", "4 millions"), [null, "la chambre de commerce"]);
});

test("a language's credit patterns are compiled once, not for each sentence, and read alike each time", () => {
  const text = "Laut Polizei wurden 40 Personen verletzt, der Feuerwehr zufolge 52. Die Stadt hat 9 Schulen geschlossen, sagte ein Sprecher.";
  const once = speakers("de", text, "40", "52", "9");
  const Real = globalThis.RegExp;
  let built = 0;
  globalThis.RegExp = new Proxy(Real, {
    construct(target, args) {
      built++;
      return Reflect.construct(target, args);
    },
  });
  let again: Array<string | null>;
  let ko: Array<string | null>;
  try {
    again = speakers("de", text, "40", "52", "9");
    ko = speakers("ko", "소방청에 따르면 12명이 다쳤다.", "12");
  } finally {
    globalThis.RegExp = Real;
  }
  assert.equal(built, 0);
  assert.deepEqual(again, once);
  assert.deepEqual(once, ["Polizei", "der Feuerwehr", "ein Sprecher"]);
  assert.deepEqual(ko, ["소방청"]);
});
