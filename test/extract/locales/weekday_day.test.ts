/**
 * A weekday with its day's number and no month ("martes 12", "Tuesday 12", "le mardi 12", "am
 * Dienstag, den 12."): the day of that number falling on that weekday nearest the report's date; a
 * word after the number that may be what it counts leaves the weekday alone and the count its own.
 * Sentences written for these tests. REF is 15 March 2024, a Friday; 12 March 2024 is a Tuesday.
 */
import { test } from "node:test";
import { expectFigure } from "./util.js";

const TUE = ["2024-03-12", "2024-03-12"] as [string, string];

test("a weekday and its day's number is that day", () => {
  for (const [lang, text, span] of [
    ["es", "Desde el cierre del martes 12, el puerto no ha recibido buques.", "martes 12"],
    ["fr", "Le mardi 12, les grévistes ont levé le piquet.", "mardi 12"],
    ["de", "Am Dienstag, den 12., tagte der Krisenstab erneut.", "Dienstag, den 12."],
    ["de", "Am Dienstag, 12., tagte der Krisenstab erneut.", "Dienstag, 12."],
    ["it", "La ministra ha parlato martedì 12 alla Camera.", "martedì 12"],
    ["pt", "A empresa informou nesta terça-feira (12) que a barragem cedeu.", "terça-feira (12)"],
    ["en", "On Tuesday 12, the board voted to close the plant.", "Tuesday 12"],
    ["en", "The board voted on Tuesday the 12th to close the plant.", "Tuesday the 12th"],
  ] as const)
    expectFigure(lang, text, { text: span, kind: "date", date: TUE });
});

test("a weekday whose day's number does not fall on it: the day of that number nearest the report", () => {
  // 14 March 2024 is a Thursday, and no 14th a month either side is a Tuesday
  for (const [lang, text, span] of [
    ["es", "El martes 14, la junta se reunió de urgencia.", "martes 14"],
    ["en", "On Tuesday 14, the board met again.", "Tuesday 14"],
  ] as const)
    expectFigure(lang, text, { text: span, kind: "date", date: ["2024-03-14", "2024-03-14"] });
});

test("a weekday then a number and its noun is the weekday and a count", () => {
  for (const [lang, text, wd, count, n] of [
    ["es", "El martes 12 personas fueron evacuadas del barrio.", "martes", "12 personas", 12],
    ["fr", "Il restait mardi 12 navires au large du port.", "mardi", "12 navires", 12],
    ["de", "Am Dienstag 12 Menschen aus dem Gebäude gerettet.", "Dienstag", "12 Menschen", 12],
    ["it", "Martedì 12 persone sono state ricoverate.", "Martedì", "12 persone", 12],
    ["en", "On Tuesday 12 people were taken to hospital.", "Tuesday", "12 people", 12],
  ] as const) {
    expectFigure(lang, text, { text: wd, kind: "date", date: TUE });
    expectFigure(lang, text, { text: count, kind: "count", low: n });
  }
});

test("a weekday before a number with more digits or a month keeps to the weekday", () => {
  expectFigure("de", "Die Stadt hat am Dienstag 2.000 Anwohner in Sicherheit gebracht.", { text: "2.000 Anwohner", kind: "count", low: 2000 });
  expectFigure("en", "By noon on Tuesday, 48.5% of the votes had been counted.", { text: "48.5%", kind: "percent", low: 48.5 });
  expectFigure("es", "El martes 12 de marzo se abrió la compuerta.", { text: "martes 12 de marzo", kind: "date", date: TUE });
  expectFigure("de", "Am Dienstag, 12. März, tagte der Krisenstab.", { text: "Dienstag, 12. März", kind: "date", date: TUE });
});

test("two weekdays with their days' numbers, from one to the other, are one span of days", () => {
  // 15 March 2024 is a Friday, the 17th a Sunday; 8 to 10 April 2024 run Monday to Wednesday
  for (const [lang, text, span] of [
    ["it", "La fiera si tiene da venerdì 15 a domenica 17 in piazza.", "venerdì 15 a domenica 17"],
    ["fr", "Le salon se tient du vendredi 15 au dimanche 17 sur le port.", "vendredi 15 au dimanche 17"],
    ["es", "La feria se celebra del viernes 15 al domingo 17 en la plaza.", "viernes 15 al domingo 17"],
    ["pt", "A feira decorre de sexta-feira 15 a domingo 17 na praça.", "sexta-feira 15 a domingo 17"],
    ["de", "Die Messe läuft von Freitag, 15., bis Sonntag, 17., am Hafen.", "Freitag, 15., bis Sonntag, 17."],
    ["en", "The fair runs from Friday 15 to Sunday 17 on the quay.", "Friday 15 to Sunday 17"],
  ] as const)
    expectFigure(lang, text, { text: span, kind: "date", date: ["2024-03-15", "2024-03-17"] });
  // the first day takes the month the last one states
  for (const [lang, text, span] of [
    ["it", "Lo sciopero andrà da lunedì 8 a mercoledì 10 aprile.", "lunedì 8 a mercoledì 10 aprile"],
    ["fr", "La grève durera du lundi 8 au mercredi 10 avril.", "lundi 8 au mercredi 10 avril"],
    ["es", "La huelga irá del lunes 8 al miércoles 10 de abril.", "lunes 8 al miércoles 10 de abril"],
    ["en", "The strike lasts from Monday 8 to Wednesday 10 April.", "Monday 8 to Wednesday 10 April"],
  ] as const)
    expectFigure(lang, text, { text: span, kind: "date", date: ["2024-04-08", "2024-04-10"] });
  // "dal 8 al 10 aprile": two days before their month
  expectFigure("it", "Lo sciopero andrà dal 8 al 10 aprile.", { text: "8 al 10 aprile", kind: "date", date: ["2024-04-08", "2024-04-10"] });
});

test("two weekdays with their numbers as a list or a move stay two days", () => {
  expectFigure("it", "Si è votato venerdì 15 e domenica 17.", { text: "venerdì 15", kind: "date", date: ["2024-03-15", "2024-03-15"] });
  expectFigure("en", "The vote was moved from Friday 15 to Sunday 17.", { text: "Sunday 17", kind: "date", date: ["2024-03-17", "2024-03-17"] });
});
