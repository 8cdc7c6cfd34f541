/**
 * Periods other languages write: a quarter, a half, the first months of a year by their order, and
 * the end of a year said in words. Sentences written for these tests. REF is 15 March 2024: a part
 * with no year is the latest begun by then, or the next not over when the clause looks ahead.
 */
import { test } from "node:test";
import { expectFigure, expectNone } from "./util.js";

test("a quarter by its order", () => {
  expectFigure("de", "Im dritten Quartal 2023 sank der Umsatz.", { text: "dritten Quartal 2023", kind: "date", date: ["2023-07-01", "2023-09-30"] });
  expectFigure("de", "Im 3. Quartal sank der Umsatz.", { text: "3. Quartal", kind: "date", date: ["2023-07-01", "2023-09-30"] });
  expectFigure("fr", "Au troisième trimestre, les ventes ont reculé.", { text: "troisième trimestre", kind: "date", date: ["2023-07-01", "2023-09-30"] });
  expectFigure("it", "Nel terzo trimestre le vendite sono calate.", { text: "terzo trimestre", kind: "date", date: ["2023-07-01", "2023-09-30"] });
  expectFigure("pt", "No segundo trimestre as vendas caíram.", { text: "segundo trimestre", kind: "date", date: ["2023-04-01", "2023-06-30"] });
  expectFigure("ru", "В третьем квартале 2025 года выручка выросла.", { text: "третьем квартале 2025 года", kind: "date", date: ["2025-07-01", "2025-09-30"] });
  expectFigure("ru", "В четвёртом квартале прошлого года продажи упали.", { text: "четвёртом квартале прошлого года", kind: "date", date: ["2023-10-01", "2023-12-31"] });
  expectFigure("uk", "У третьому кварталі виручка зросла.", { text: "третьому кварталі", kind: "date", date: ["2023-07-01", "2023-09-30"] });
  // a clause that looks ahead: the next such quarter
  expectFigure("de", "Die Anlage soll im dritten Quartal wieder laufen.", { text: "dritten Quartal", kind: "date", date: ["2024-07-01", "2024-09-30"] });
  expectFigure("fr", "Le site rouvrira au troisième trimestre.", { text: "troisième trimestre", kind: "date", date: ["2024-07-01", "2024-09-30"] });
});

test("a half by its order", () => {
  expectFigure("de", "Im ersten Halbjahr stieg der Absatz.", { text: "ersten Halbjahr", kind: "date", date: ["2024-01-01", "2024-06-30"] });
  expectFigure("fr", "Au second semestre 2023, la production a chuté.", { text: "second semestre 2023", kind: "date", date: ["2023-07-01", "2023-12-31"] });
  expectFigure("it", "Nel secondo semestre la produzione è scesa.", { text: "secondo semestre", kind: "date", date: ["2023-07-01", "2023-12-31"] });
  expectFigure("ru", "В первом полугодии экспорт вырос.", { text: "первом полугодии", kind: "date", date: ["2024-01-01", "2024-06-30"] });
  expectFigure("uk", "У першому півріччі експорт зріс.", { text: "першому півріччі", kind: "date", date: ["2024-01-01", "2024-06-30"] });
});

test("the first months of a year", () => {
  expectFigure("de", "In den ersten neun Monaten 2023 fiel der Gewinn.", { text: "ersten neun Monaten 2023", kind: "date", date: ["2023-01-01", "2023-09-30"] });
  expectFigure("fr", "Au cours des neuf premiers mois de 2023, le bénéfice a baissé.", { text: "neuf premiers mois de 2023", kind: "date", date: ["2023-01-01", "2023-09-30"] });
  expectFigure("it", "Nei primi due mesi le vendite sono salite.", { text: "primi due mesi", kind: "date", date: ["2024-01-01", "2024-02-29"] });
  expectFigure("ru", "За первые девять месяцев 2023 года прибыль снизилась.", { text: "первые девять месяцев 2023 года", kind: "date", date: ["2023-01-01", "2023-09-30"] });
  // "nine months" with no "first" is a span, not a part of a year
  expectNone("de", "Die Reparatur dauerte neun Monate.", "neun Monate ");
});

test("the end of a year said in words", () => {
  expectFigure("de", "Die Anlage soll Ende des Jahres fertig sein.", { text: "Ende des Jahres", kind: "date", date: ["2024-10-01", "2024-12-31"] });
  expectFigure("de", "Die Halle wird bis zum Jahresende gebaut.", { text: "Jahresende", kind: "date", date: ["2024-10-01", "2024-12-31"] });
  expectFigure("fr", "Le chantier sera fini en fin d'année.", { text: "fin d'année", kind: "date", date: ["2024-10-01", "2024-12-31"] });
  expectFigure("ru", "Завод будет достроен в конце года.", { text: "конце года", kind: "date", date: ["2024-10-01", "2024-12-31"] });
  expectFigure("ru", "Завод закрыли в конце прошлого года.", { text: "конце прошлого года", kind: "date", date: ["2023-10-01", "2023-12-31"] });
  expectFigure("uk", "Завод добудують наприкінці року.", { text: "наприкінці року", kind: "date", date: ["2023-10-01", "2023-12-31"] });
  // the future's words after the part, as English's "In August, the plant will reopen"
  expectFigure("de", "Ende des Jahres soll die Anlage fertig sein.", { text: "Ende des Jahres", kind: "date", date: ["2024-10-01", "2024-12-31"] });
  // past, with no look ahead: the last year's end
});

test("periods in Polish", () => {
  expectFigure("pl", "W trzecim kwartale 2023 roku sprzedaż spadła.", { text: "trzecim kwartale 2023 roku", kind: "date", date: ["2023-07-01", "2023-09-30"] });
  expectFigure("pl", "W pierwszym półroczu eksport wzrósł.", { text: "pierwszym półroczu", kind: "date", date: ["2024-01-01", "2024-06-30"] });
  expectFigure("pl", "W ciągu pierwszych dziewięciu miesięcy 2023 roku zysk spadł.", { text: "pierwszych dziewięciu miesięcy 2023 roku", kind: "date", date: ["2023-01-01", "2023-09-30"] });
  expectFigure("pl", "Zakład będzie gotowy pod koniec roku.", { text: "pod koniec roku", kind: "date", date: ["2024-10-01", "2024-12-31"] });
});
