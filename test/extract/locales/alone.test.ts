/**
 * Figures other languages write with nothing beside them: a count with no noun, a month with no day
 * or year, a unit in an oblique case; and a word that only looks like a figure. Sentences written
 * for these tests.
 */
import { test } from "node:test";
import { expectFigure, expectNone } from "./util.js";

test("a count with no noun, what it counts named before", () => {
  expectFigure("es", "Siete, según la empresa, seguían bajo tierra.", { text: "Siete", kind: "count", low: 7, unit: null });
  expectFigure("es", "En el derrumbe murieron nueve.", { text: "nueve", kind: "count", low: 9 });
  expectFigure("fr", "D'après la préfecture, 11 sont morts dans la galerie.", { text: "11", kind: "count", low: 11 });
  expectFigure("fr", "Les mineurs bloqués étaient onze.", { text: "onze", kind: "count", low: 11 });
  expectFigure("de", "Sieben wurden schwer verletzt.", { text: "Sieben", kind: "count", low: 7 });
  expectFigure("it", "Nel crollo ne sono morti nove.", { text: "nove", kind: "count", low: 9 });
  expectFigure("pt", "Sete, segundo a polícia, continuam desaparecidos.", { text: "Sete", kind: "count", low: 7 });
  expectFigure("ru", "Трое горняков остаются под завалом.", { text: "Трое горняков", kind: "count", low: 3 });
  expectFigure("ru", "Из шахты подняли пятеро.", { text: "пятеро", kind: "count", low: 5 });
  expectFigure("uk", "Під землею досі залишаються четверо.", { text: "четверо", kind: "count", low: 4 });
  // an English headline's object: the toll's verb before it, nothing after
  expectFigure("en", "Tunnel collapse kills three\n\nThe collapse happened overnight.", { text: "three", kind: "count", low: 3, unit: null });
  expectFigure("en", "Gas blast injures 12 in harbour town", { text: "12", kind: "count", low: 12 });
  expectFigure("en", "The shelling killed three soldiers.", { text: "three soldiers", kind: "count", low: 3, unit: "soldier" });
});

test("a number with no noun that counts nothing", () => {
  expectNone("es", "La reunión empezó a las nueve, y duró poco.", "nueve");
  expectNone("fr", "Le pont est tout neuf.", "neuf");
  expectNone("it", "Sei in ritardo, disse lui.", "Sei");
  expectNone("de", "Wir treffen uns um neun, sagte sie.", "neun");
  expectNone("de", "Siehe Artikel 5, Absatz 3.", "5");
  expectNone("es", "Uno, dijo, era suficiente.", "Uno");
});

test("a month with no day or year, after a preposition", () => {
  // in a clause of the past (the locale's `past`) the latest on or before the report's; else the nearest
  expectFigure("de", "Die Bohrungen begannen im Juli.", { text: "Juli", kind: "date", date: ["2023-07-01", "2023-07-31"] });
  expectFigure("ru", "Испытания перенесли с июля на октябрь.", { text: "июля", kind: "date", date: ["2024-07-01", "2024-07-31"] });
  expectFigure("ru", "В октябре шахту закрыли.", { text: "октябре", kind: "date", date: ["2023-10-01", "2023-10-31"] });
  expectFigure("uk", "У травні роботи відновлять.", { text: "травні", kind: "date", date: ["2024-05-01", "2024-05-31"] });
  expectFigure("es", "La excavación se reanudó en junio.", { text: "junio", kind: "date", date: ["2023-06-01", "2023-06-30"] });
  expectFigure("fr", "Le chantier est à l'arrêt depuis février.", { text: "février", kind: "date", date: ["2024-02-01", "2024-02-29"] });
  expectFigure("it", "Il cantiere riaprirà a maggio.", { text: "maggio", kind: "date", date: ["2024-05-01", "2024-05-31"] });
  expectFigure("pt", "A obra parou em abril.", { text: "abril", kind: "date", date: ["2023-04-01", "2023-04-30"] });
  // "mar" is the sea, and the short form of March
  expectNone("es", "El buque quedó en mar abierto.", "mar");
  expectNone("pt", "O navio ficou em mar aberto.", "mar");
  // with its year the month is the month parser's, as before
  expectFigure("de", "Die Bohrungen begannen im Juli 2021.", { text: "Juli 2021", kind: "date", date: ["2021-07-01", "2021-07-31"] });
  // two months of one span: the second follows the first (nearest the report's date, October would be 2023's)
  expectFigure("ru", "Испытания перенесли с июля на октябрь.", { text: "октябрь", kind: "date", date: ["2024-10-01", "2024-10-31"] });
  expectFigure("de", "Von Juli bis Oktober ruhten die Bohrungen.", { text: "Oktober", kind: "date", date: ["2024-10-01", "2024-10-31"] });
  expectFigure("es", "El pozo cierra del 28 de diciembre al 3 de enero.", { text: "3 de enero", kind: "date", date: ["2025-01-03", "2025-01-03"] }, "2024-06-20");
  // in the past, both the latest on or before the report's
  expectFigure("es", "El pozo cerró del 28 de diciembre al 3 de enero.", { text: "28 de diciembre", kind: "date", date: ["2023-12-28", "2023-12-28"] }, "2024-06-20");
  expectFigure("es", "El pozo cerró del 28 de diciembre al 3 de enero.", { text: "3 de enero", kind: "date", date: ["2024-01-03", "2024-01-03"] }, "2024-06-20");
  // a month's short form alone is another word ("лист": a letter)
  expectNone("uk", "Він відповів на лист із міністерства.", "лист");
  // in an undated report the year cannot be told
  expectNone("de", "Die Bohrungen begannen im Juli.", "Juli", null);
});

test("a month with no day or year that modifies a noun dates a thing named by it, not a plan", () => {
  // the article is the noun's and so is the clause's verb: "due to approve the July accord" does not
  // put July ahead; the accord is named by the month it was made in, the latest such month
  expectFigure("en", "Lawmakers are due to approve the July fisheries accord next week.", { text: "July", kind: "date", date: ["2023-07-01", "2023-07-31"] });
  expectFigure("en", "The October Ceasefire Agreement is to be signed again.", { text: "October", kind: "date", date: ["2023-10-01", "2023-10-31"] });
  expectFigure("en", "Turnout in the March elections fell.", { text: "March", kind: "date", date: ["2024-03-01", "2024-03-31"] });
  // a month that is no noun's modifier still reads a clause's cue ("in July" ahead when it looks ahead)
  expectFigure("en", "Lawmakers will vote on the accord in July.", { text: "July", kind: "date", date: ["2024-07-01", "2024-07-31"] });
  expectFigure("en", "That July, the harbour froze.", { text: "July", kind: "date", date: ["2023-07-01", "2023-07-31"] });
  // other languages put such a month after its noun ("l'accord de juillet") or make it an adjective
  // or part of a compound ("июльское соглашение", "das Juli-Abkommen"): none is read as a date
  expectNone("fr", "Les députés doivent approuver l'accord de juillet la semaine prochaine.", "juillet");
  expectNone("es", "Los diputados deben aprobar el acuerdo de julio la próxima semana.", "julio");
  expectNone("de", "Die Abgeordneten sollen das Juli-Abkommen nächste Woche billigen.", "Juli");
  expectNone("ru", "Депутаты должны одобрить июльское соглашение на следующей неделе.", "июльское");
});

test("a unit in an oblique case is a length, not a count", () => {
  expectFigure("de", "Die Kammer liegt in 640 Metern Tiefe, in 3 Kilometern Entfernung.", { text: "640 Metern", kind: "quantity", low: 640, unit: "m" });
  expectFigure("de", "Die Kammer liegt in 640 Metern Tiefe, in 3 Kilometern Entfernung.", { text: "3 Kilometern", kind: "quantity", low: 3000, unit: "m" });
  expectFigure("ru", "Трещина прошла в 40 сантиметрах от опоры.", { text: "40 сантиметрах", kind: "quantity", low: 0.4, unit: "m" });
  expectFigure("uk", "Судно зупинилося за 12 милях від берега.", { text: "12 милях", kind: "quantity", low: 19312.128, unit: "m" });
});

test("a French participle is no summer", () => {
  expectNone("fr", "Au total, onze mineurs ont été secourus.", "été");
  expectNone("fr", "Le puits a déjà été fermé, puis il a rapidement été rouvert.", "été");
  expectFigure("fr", "Les travaux ont repris l'été dernier.", { text: "été dernier", kind: "date", date: ["2023-06-01", "2023-08-31"] });
  expectFigure("fr", "La mine a fermé à l'été 2021.", { text: "été 2021", kind: "date", date: ["2021-06-01", "2021-08-31"] });
});
