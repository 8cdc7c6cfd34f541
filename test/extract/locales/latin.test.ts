import { test } from "node:test";
import assert from "node:assert/strict";
import { expectFigure, expectNone } from "./util.js";

test("de", () => {
  expectFigure("de", "Die Strecke ist rund 42 Kilometer lang.", { text: "42 Kilometer", kind: "quantity", low: 42000, qualifier: "approx" });
  expectFigure("de", "Das Projekt kostet 2,4 Mrd. Euro.", { text: "2,4 Mrd. Euro", kind: "money", low: 2.4e9, unit: "EUR" });
  expectFigure("de", "Drei Arbeiter wurden verletzt.", { text: "Drei Arbeiter", kind: "count", low: 3 });
  expectFigure("de", "Die Brücke wurde am 4. März 2020 eröffnet.", { text: "4. März 2020", kind: "date", date: ["2020-03-04", "2020-03-04"] });
  expectFigure("de", "Die Arbeiten enden Ende 2026.", { text: "Ende 2026", kind: "date", date: ["2026-10-01", "2026-12-31"] });
  expectFigure("de", "Der Anteil stieg auf 12 Prozent.", { text: "12 Prozent", kind: "percent", low: 12 });
  expectNone("de", "Ein Sprecher bestätigte das.", "Ein");
});

test("es", () => {
  expectFigure("es", "La obra costó 1.500 millones de dólares.", { text: "1.500 millones de dólares", kind: "money", low: 1.5e9, unit: "USD" });
  expectFigure("es", "El túnel mide 3,2 kilómetros.", { text: "3,2 kilómetros", kind: "quantity", low: 3200 });
  expectFigure("es", "Más de 300 personas fueron evacuadas.", { text: "300 personas", kind: "count", low: 300, qualifier: "lower" });
  expectFigure("es", "Se inauguró el 6 de junio de 2023.", { text: "6 de junio de 2023", kind: "date", date: ["2023-06-06", "2023-06-06"] });
  expectFigure("es", "Las obras empezaron en marzo de 2019.", { text: "marzo de 2019", kind: "date", date: ["2019-03-01", "2019-03-31"] });
  expectFigure("es", "Llegaron cinco camiones.", { text: "cinco camiones", kind: "count", low: 5 });
});

test("it, fr, pt, ro", () => {
  expectFigure("it", "Il viadotto è lungo 2,7 chilometri.", { text: "2,7 chilometri", kind: "quantity", low: 2700 });
  expectFigure("it", "Sono morte quattro persone.", { text: "quattro persone", kind: "count", low: 4 });
  expectFigure("it", "Il ponte fu aperto il 12 luglio 2018.", { text: "12 luglio 2018", kind: "date", date: ["2018-07-12", "2018-07-12"] });
  expectFigure("fr", "Le chantier a coûté 3 milliards d'euros.", { text: "3 milliards d'euros", kind: "money", low: 3e9, unit: "EUR" });
  expectFigure("fr", "Environ 250 soldats ont été déployés.", { text: "250 soldats", kind: "count", low: 250, qualifier: "approx" });
  expectFigure("fr", "Le pont a ouvert le 2 février 2021.", { text: "2 février 2021", kind: "date", date: ["2021-02-02", "2021-02-02"] });
  expectFigure("pt", "A ponte tem 13,5 quilômetros.", { text: "13,5 quilômetros", kind: "quantity", low: 13500 });
  expectFigure("pt", "O custo foi de 2 bilhões de reais.", { text: "2 bilhões de reais", kind: "money", low: 2e9, unit: "BRL" });
  expectFigure("ro", "Podul are 2,3 kilometri.", { text: "2,3 kilometri", kind: "quantity", low: 2300 });
  expectFigure("ro", "Lucrările au costat 150 de milioane de euro.", { text: "150 de milioane de euro", kind: "money", low: 1.5e8, unit: "EUR" });
  expectFigure("ro", "Podul a fost deschis pe 5 mai 2022.", { text: "5 mai 2022", kind: "date", date: ["2022-05-05", "2022-05-05"] });
});

test("ar, is", () => {
  expectFigure("ar", "يبلغ طول الجسر نحو 19 كيلومترا.", { text: "19 كيلومترا", kind: "quantity", low: 19000, qualifier: "approx" });
  expectFigure("ar", "افتتح الجسر في 15 مايو 2018.", { text: "15 مايو 2018", kind: "date", date: ["2018-05-15", "2018-05-15"] });
  expectFigure("ar", "بلغت الكلفة 3 مليارات دولار.", { text: "3 مليارات دولار", kind: "money", low: 3e9, unit: "USD" });
  expectFigure("ar", "قتل ٣ أشخاص في الانفجار.", { text: "٣ أشخاص", kind: "count", low: 3 });
  expectFigure("is", "Brúin er um 19 kílómetrar að lengd.", { text: "19 kílómetrar", kind: "quantity", low: 19000, qualifier: "approx" });
  expectFigure("is", "Brúin var opnuð 15. maí 2018.", { text: "15. maí 2018", kind: "date", date: ["2018-05-15", "2018-05-15"] });
  expectFigure("is", "Kostnaðurinn nam 4 milljörðum króna.", { text: "4 milljörðum króna", kind: "money", low: 4e9, unit: "ISK" });
});

test("forms seen in news of several languages", () => {
  expectFigure("de", "Eine 15-jährige wurde verletzt.", { text: "15-jährige", kind: "duration", low: 15 * 365.25 });
  expectFigure("ar", "وقع الحادث في 9 أكتوبر/تشرين الأول 2021.", { text: "9 أكتوبر/تشرين الأول 2021", kind: "date", date: ["2021-10-09", "2021-10-09"] });
  expectFigure("ar", "يمتد الطريق 12 كيلومترا، ويربط المدينتين.", { text: "12 كيلومترا", kind: "quantity", low: 12000 });
  expectFigure("ko", "사고는 2년 전 일어났다.", { text: "2년 전", kind: "date", date: ["2022-03-15", "2022-03-15"] });
  expectFigure("es", "Hace dos años se abrió el túnel.", { text: "Hace dos años", kind: "date", date: ["2022-03-15", "2022-03-15"] });
});

test("percent words ICU lacks, ordinal days, clock minutes", () => {
  expectFigure("ro", "Inflația a scăzut la 5 la sută.", { text: "5 la sută", kind: "percent", low: 5 });
  expectFigure("ar", "ارتفعت الأسعار 7 في المئة.", { text: "7 في المئة", kind: "percent", low: 7 });
  expectFigure("it", "Il traffico è calato del 30 per cento.", { text: "30 per cento", kind: "percent", low: 30 });
  expectFigure("fr", "La loi entre en vigueur le 1er janvier 2025.", { text: "1er janvier 2025", kind: "date", date: ["2025-01-01", "2025-01-01"] });
  expectNone("ko", "사고는 오후 10시 22분쯤 일어났다.", "22분");
});

test("relative months, numeric dates, a million with an article", () => {
  expectFigure("ru", "Работы начались в прошлом месяце.", { text: "в прошлом месяце", kind: "date", date: ["2024-02-01", "2024-02-29"] });
  expectFigure("es", "Los precios subieron el mes pasado.", { text: "el mes pasado", kind: "date", date: ["2024-02-01", "2024-02-29"] });
  expectFigure("de", "Der Vertrag wurde am 08.10.2022 unterzeichnet.", { text: "08.10.2022", kind: "date", date: ["2022-10-08", "2022-10-08"] });
  expectFigure("it", "Hanno votato un milione di persone.", { text: "un milione di persone", kind: "count", low: 1e6 });
});

test("a long run of spaces after a date's joining word or a part of the year is read once, not split every way", () => {
  // quadratic before: "Ende" and 20,000 spaces took 1.5 s, 50,000 near 10 s; linear, a few ms
  for (const [lang, text] of [["de", `Ende${" ".repeat(50_000)}x`], ["es", `finales de${" ".repeat(50_000)}x`], ["es", `4${" ".repeat(50_000)}x`], ["fr", `fin${" ".repeat(50_000)}x`]]) {
    const t0 = performance.now();
    expectNone(lang, text, "x");
    const ms = performance.now() - t0;
    assert.ok(ms < 2000, `${lang} ${text.slice(0, 10).trim()}…: ${ms.toFixed(0)} ms`);
  }
});
