/**
 * Figures other languages write, second pass: number words joined into one ("dix-sept",
 * "einundzwanzig"), the part of a month ("Ende Oktober", "в конце октября"), barrels outside
 * English, and a weekday in a clause that speaks of the future. Sentences written for these tests.
 */
import { test } from "node:test";
import { expectFigure, expectNone } from "./util.js";

test("number words joined into one number", () => {
  expectFigure("fr", "Dix-sept ouvriers ont été évacués.", { text: "Dix-sept ouvriers", kind: "count", low: 17 });
  expectFigure("fr", "On compte dix-huit blessés.", { text: "dix-huit blessés", kind: "count", low: 18 });
  expectFigure("fr", "Vingt-sept camions attendaient.", { text: "Vingt-sept camions", kind: "count", low: 27 });
  expectFigure("fr", "Il reste vingt et un bateaux au port.", { text: "vingt et un bateaux", kind: "count", low: 21 });
  expectFigure("fr", "Soixante-dix-sept maisons ont brûlé.", { text: "Soixante-dix-sept maisons", kind: "count", low: 77 });
  expectFigure("fr", "Quatre-vingt-dix pompiers sont venus.", { text: "Quatre-vingt-dix pompiers", kind: "count", low: 90 });
  expectFigure("fr", "Quatre-vingts familles ont été relogées.", { text: "Quatre-vingts familles", kind: "count", low: 80 });
  expectFigure("de", "Siebzehn Arbeiter wurden gerettet.", { text: "Siebzehn Arbeiter", kind: "count", low: 17 });
  expectFigure("de", "Einundzwanzig Boote lagen im Hafen.", { text: "Einundzwanzig Boote", kind: "count", low: 21 });
  expectFigure("de", "Es kamen siebenundvierzig Helfer.", { text: "siebenundvierzig Helfer", kind: "count", low: 47 });
  expectFigure("es", "Diecisiete obreros fueron rescatados.", { text: "Diecisiete obreros", kind: "count", low: 17 });
  expectFigure("es", "Llegaron treinta y cinco camiones.", { text: "treinta y cinco camiones", kind: "count", low: 35 });
  expectFigure("es", "Veintiún barcos siguen en el puerto.", { text: "Veintiún barcos", kind: "count", low: 21 });
  expectFigure("it", "Diciassette operai sono stati salvati.", { text: "Diciassette operai", kind: "count", low: 17 });
  expectFigure("it", "Sono arrivati ventotto camion.", { text: "ventotto camion", kind: "count", low: 28 });
  expectFigure("it", "Restano trentatré case vuote.", { text: "trentatré case", kind: "count", low: 33 });
  expectFigure("pt", "Dezessete operários foram resgatados.", { text: "Dezessete operários", kind: "count", low: 17 });
  expectFigure("pt", "Chegaram vinte e cinco caminhões.", { text: "vinte e cinco caminhões", kind: "count", low: 25 });
  expectFigure("ru", "Семнадцать рабочих эвакуировали.", { text: "Семнадцать рабочих", kind: "count", low: 17 });
  expectFigure("ru", "На месте работали двадцать пять пожарных.", { text: "двадцать пять пожарных", kind: "count", low: 25 });
  expectFigure("uk", "Сімнадцять робітників евакуювали.", { text: "Сімнадцять робітників", kind: "count", low: 17 });
  expectFigure("uk", "Прибули тридцять два рятувальники.", { text: "тридцять два рятувальники", kind: "count", low: 32 });
  expectFigure("ro", "Au sosit douăzeci și cinci de pompieri.", { text: "douăzeci și cinci de pompieri", kind: "count", low: 25 });
});

test("two numbers that are no joined number", () => {
  expectFigure("es", "Entre veinte y treinta casas quedaron dañadas.", { text: "veinte y treinta casas", kind: "count", low: 20, high: 30 });
  expectNone("fr", "Le bâtiment neuf a été fermé.", "neuf");
});

// REF is 15 March 2024: a month with no year is of the year nearest it
test("the part of a month, as English's late October", () => {
  expectFigure("de", "Die Anlage soll Ende Oktober wieder laufen.", { text: "Ende Oktober", kind: "date", date: ["2024-10-21", "2024-10-31"] });
  expectFigure("de", "Anfang März begannen die Arbeiten.", { text: "Anfang März", kind: "date", date: ["2024-03-01", "2024-03-10"] });
  expectFigure("de", "Mitte Juni 2025 endet der Vertrag.", { text: "Mitte Juni 2025", kind: "date", date: ["2025-06-11", "2025-06-20"] });
  expectFigure("es", "La planta volverá a funcionar a finales de octubre.", { text: "finales de octubre", kind: "date", date: ["2024-10-21", "2024-10-31"] });
  expectFigure("es", "Las obras empezaron a principios de febrero.", { text: "principios de febrero", kind: "date", date: ["2024-02-01", "2024-02-10"] });
  expectFigure("es", "El contrato vence a mediados de mayo de 2026.", { text: "mediados de mayo de 2026", kind: "date", date: ["2026-05-11", "2026-05-20"] });
  expectFigure("fr", "Le site rouvrira fin octobre.", { text: "fin octobre", kind: "date", date: ["2024-10-21", "2024-10-31"] });
  expectFigure("fr", "Les travaux ont commencé début mars.", { text: "début mars", kind: "date", date: ["2024-03-01", "2024-03-10"] });
  expectFigure("fr", "Une réunion est prévue mi-juin.", { text: "mi-juin", kind: "date", date: ["2024-06-11", "2024-06-20"] });
  expectFigure("fr", "Le chantier s'achèvera fin d'avril.", { text: "fin d'avril", kind: "date", date: ["2024-04-21", "2024-04-30"] });
  expectFigure("it", "L'impianto riaprirà a fine ottobre.", { text: "fine ottobre", kind: "date", date: ["2024-10-21", "2024-10-31"] });
  expectFigure("it", "I lavori sono iniziati a metà febbraio.", { text: "metà febbraio", kind: "date", date: ["2024-02-11", "2024-02-20"] });
  expectFigure("pt", "A fábrica reabrirá no final de outubro.", { text: "final de outubro", kind: "date", date: ["2024-10-21", "2024-10-31"] });
  expectFigure("ru", "Завод планируют запустить в конце октября.", { text: "конце октября", kind: "date", date: ["2024-10-21", "2024-10-31"] });
  expectFigure("ru", "Работы начались в начале марта.", { text: "начале марта", kind: "date", date: ["2024-03-01", "2024-03-10"] });
  expectFigure("ru", "Пожар потушили в середине февраля.", { text: "середине февраля", kind: "date", date: ["2024-02-11", "2024-02-20"] });
  expectFigure("uk", "Завод планують запустити наприкінці жовтня.", { text: "наприкінці жовтня", kind: "date", date: ["2024-10-21", "2024-10-31"] });
  // the part before a year stays the year's
  expectFigure("de", "Ende 2023 wurde die Anlage verkauft.", { text: "Ende 2023", kind: "date", date: ["2023-10-01", "2023-12-31"] });
});

const BARREL = 0.158987294928;

test("barrels and nautical miles outside English, as English reads them", () => {
  expectFigure("en", "The refinery processes 180,000 barrels of crude.", { text: "180,000 barrels of crude", kind: "quantity", low: 180000 * BARREL, unit: "m3" });
  expectFigure("de", "Die Raffinerie verarbeitet 180.000 Barrel Rohöl.", { text: "180.000 Barrel", kind: "quantity", low: 180000 * BARREL, unit: "m3" });
  expectFigure("es", "La planta procesa 210.000 barriles de crudo.", { text: "210.000 barriles", kind: "quantity", low: 210000 * BARREL, unit: "m3" });
  expectFigure("fr", "Le site traite 150 000 barils de brut.", { text: "150 000 barils", kind: "quantity", low: 150000 * BARREL, unit: "m3" });
  expectFigure("it", "La raffineria lavora 90.000 barili.", { text: "90.000 barili", kind: "quantity", low: 90000 * BARREL, unit: "m3" });
  expectFigure("pt", "A refinaria processa 70 mil barris.", { text: "70 mil barris", kind: "quantity", low: 70000 * BARREL, unit: "m3" });
  expectFigure("ru", "Завод перерабатывает 3,6 млн баррелей нефти.", { text: "3,6 млн баррелей", kind: "quantity", low: 3.6e6 * BARREL, unit: "m3" });
  expectFigure("uk", "Завод переробляє 40 тисяч барелів нафти.", { text: "40 тисяч барелів", kind: "quantity", low: 40000 * BARREL, unit: "m3" });
  expectFigure("fr", "Le navire a coulé à 5 milles nautiques de la côte.", { text: "5 milles nautiques", kind: "quantity", low: 5 * 1852, unit: "m" });
  expectFigure("es", "El buque se hundió a 12 millas náuticas.", { text: "12 millas náuticas", kind: "quantity", low: 12 * 1852, unit: "m" });
});

// REF is Friday 15 March 2024: the future's Thursday is the 21st, the past's the 14th
test("a weekday in a clause that speaks of the future is the next one", () => {
  expectFigure("fr", "La production reprendra jeudi.", { text: "jeudi", kind: "date", date: ["2024-03-21", "2024-03-21"] });
  expectFigure("fr", "La production a repris jeudi.", { text: "jeudi", kind: "date", date: ["2024-03-14", "2024-03-14"] });
  expectFigure("fr", "Le site restera fermé jusqu'à mercredi.", { text: "mercredi", kind: "date", date: ["2024-03-20", "2024-03-20"] });
  expectFigure("es", "La planta volverá a abrir el jueves.", { text: "jueves", kind: "date", date: ["2024-03-21", "2024-03-21"] });
  expectFigure("es", "La planta volvió a abrir el jueves.", { text: "jueves", kind: "date", date: ["2024-03-14", "2024-03-14"] });
  expectFigure("it", "Lo stabilimento riaprirà giovedì.", { text: "giovedì", kind: "date", date: ["2024-03-21", "2024-03-21"] });
  expectFigure("pt", "A fábrica reabrirá na quinta-feira.", { text: "quinta-feira", kind: "date", date: ["2024-03-21", "2024-03-21"] });
  expectFigure("de", "Die Anlage soll am Donnerstag wieder anlaufen.", { text: "Donnerstag", kind: "date", date: ["2024-03-21", "2024-03-21"] });
  expectFigure("de", "Die Anlage lief am Donnerstag wieder an.", { text: "Donnerstag", kind: "date", date: ["2024-03-14", "2024-03-14"] });
  // a part of the day written onto the weekday (the German locale's `weekdayParts`)
  expectFigure("de", "Die Anlage lief am Donnerstagabend wieder an.", { text: "Donnerstagabend", kind: "date", date: ["2024-03-14", "2024-03-14"] });
  expectFigure("ru", "Завод будет закрыт в четверг.", { text: "четверг", kind: "date", date: ["2024-03-21", "2024-03-21"] });
  expectFigure("uk", "Завод працюватиме у четвер.", { text: "четвер", kind: "date", date: ["2024-03-21", "2024-03-21"] });
  // a month alone, too: "hasta octubre" in a March report that looks ahead is this October
  expectFigure("es", "La planta seguirá cerrada hasta octubre.", { text: "octubre", kind: "date", date: ["2024-10-01", "2024-10-31"] });
});

test("a month alone after 'by', 'before', 'after'", () => {
  expectFigure("fr", "Le site sera réparé d'ici décembre.", { text: "décembre", kind: "date", date: ["2024-12-01", "2024-12-31"] });
  expectFigure("fr", "Rien ne bougera avant juin.", { text: "juin", kind: "date", date: ["2024-06-01", "2024-06-30"] });
  expectFigure("es", "La obra terminó antes de febrero.", { text: "febrero", kind: "date", date: ["2024-02-01", "2024-02-29"] });
  expectFigure("it", "Il cantiere riaprirà dopo maggio.", { text: "maggio", kind: "date", date: ["2024-05-01", "2024-05-31"] });
  expectFigure("pt", "A obra parou após janeiro.", { text: "janeiro", kind: "date", date: ["2024-01-01", "2024-01-31"] });
});

test("a rate right after a figure, as English's 'a day'", () => {
  const per = (l: string, t: string, text: string, p: string | null) => {
    const m = expectFigure(l, t, { text, kind: "quantity" });
    if (m.per !== p) throw new Error(`per of ${text}: ${m.per} ≠ ${p}`);
  };
  per("es", "La planta procesa 210.000 barriles diarios.", "210.000 barriles", "day");
  per("fr", "Le site traite 150 000 barils par jour.", "150 000 barils", "day");
  per("de", "Die Raffinerie verarbeitet 180.000 Barrel pro Tag.", "180.000 Barrel", "day");
  per("it", "La raffineria lavora 90.000 barili al giorno.", "90.000 barili", "day");
  per("pt", "A refinaria processa 70 mil barris por dia.", "70 mil barris", "day");
  per("ru", "Завод перерабатывает 240 тыс. баррелей в сутки.", "240 тыс. баррелей", "day");
  per("uk", "Завод переробляє 40 тисяч барелів на добу.", "40 тисяч барелів", "day");
  per("es", "Se vertieron 300 toneladas al día siguiente.", "300 toneladas", null);
  per("ru", "Вылилось 30 тонн в день аварии.", "30 тонн", null);
  // after the word of what the quantity measures ("barrels of crude a day")
  per("es", "La planta procesa 120.000 barriles de petróleo al día.", "120.000 barriles", "day");
  per("fr", "Le site traite 150 000 barils de brut par jour.", "150 000 barils", "day");
  per("it", "La raffineria lavora 90.000 barili di greggio al giorno.", "90.000 barili", "day");
  per("pt", "A refinaria processa 70 mil barris de petróleo por dia.", "70 mil barris", "day");
  per("ru", "Завод перерабатывает 240 тыс. баррелей нефти в сутки.", "240 тыс. баррелей", "day");
  per("de", "Die Raffinerie verarbeitet 180.000 Barrel Rohöl pro Tag.", "180.000 Barrel", "day");
  per("es", "Se vertieron 300 toneladas de crudo al día siguiente.", "300 toneladas", null);
});

test("an adverb of rate right before a figure, in the languages that put it there", () => {
  const per = (l: string, t: string, text: string, p: string | null) => {
    const m = expectFigure(l, t, { text, kind: "quantity" });
    if (m.per !== p) throw new Error(`per of ${text}: ${m.per} ≠ ${p}`);
  };
  per("de", "Die Anlage kann täglich 95.000 Barrel verarbeiten.", "95.000 Barrel", "day");
  per("de", "Der Hafen soll jährlich 4 Millionen Tonnen umschlagen.", "4 Millionen Tonnen", "year");
  per("ru", "Порт ежегодно 12 млн тонн не принимал.", "12 млн тонн", "year");
  per("es", "La mina produce anualmente 30.000 toneladas.", "30.000 toneladas", "year");
  per("de", "Im Jahr 2025 wurden 500 Tonnen verladen.", "500 Tonnen", null);
});

test("a mission's elapsed time ('T+88 s') is a duration in every language; 'T+2' with no unit is none", () => {
  expectFigure("en", "Tracking puts the breakup at T+88 s, earlier than the operator said.", { text: "T+88 s", kind: "duration", low: 88 / 86400 });
  expectFigure("en", "Main engine cutoff came at T+152 seconds.", { text: "T+152 seconds", kind: "duration", low: 152 / 86400 });
  expectFigure("fr", "La rupture est survenue à T+88 s, selon l'agence.", { text: "T+88 s", kind: "duration", low: 88 / 86400 });
  expectFigure("de", "Der Bruch kam bei T+2 min, so die Behörde.", { text: "T+2 min", kind: "duration", low: 120 / 86400 });
  expectNone("en", "Trades settle at T+2 under the new rules.", "T+2");
});
