/**
 * Figures other languages write, fifth pass: a part of something else's year, Spanish periods,
 * spans of years, the perfective futures of Slavic verbs and a timetable's present. Sentences
 * written for these tests. REF is 15 March 2024, a Friday.
 */
import { test } from "node:test";
import { expectFigure, expectNone } from "./util.js";

test("the first months, a half or a quarter of something else is no date of the year", () => {
  // the first N months of a war are N months, as English reads "the first three months of the war"
  expectFigure("fr", "Au cours des trois premiers mois de la guerre, les prix ont bondi.", { text: "trois premiers mois", kind: "duration", low: 3 * 30.44 });
  expectNone("fr", "Au premier semestre de la présidence, le déficit a filé.", "semestre");
  expectNone("fr", "Les patientes au troisième trimestre de grossesse sont prioritaires.", "trimestre");
  expectNone("fr", "La seconde moitié du match a été disputée sous la pluie.", "moitié");
  expectNone("de", "Im ersten Halbjahr der Amtszeit sanken die Steuern.", "Halbjahr");
  expectNone("it", "Nel primo semestre del mandato il governo ha tagliato le tasse.", "semestre");
  expectNone("pt", "No primeiro trimestre da gravidez o risco é maior.", "trimestre");
  // the year's own: "de l'année", "des laufenden Jahres", "dell'anno", "do ano", a year's digits
  expectFigure("fr", "Au premier semestre de l'année, les ventes ont chuté.", { text: "premier semestre", kind: "date", date: ["2024-01-01", "2024-06-30"] });
  expectFigure("fr", "Au troisième trimestre de 2023, le PIB a reculé.", { text: "troisième trimestre de 2023", kind: "date", date: ["2023-07-01", "2023-09-30"] });
  expectFigure("de", "Im ersten Halbjahr des laufenden Jahres stieg der Umsatz.", { text: "ersten Halbjahr", kind: "date", date: ["2024-01-01", "2024-06-30"] });
  expectFigure("it", "Nel primo semestre dell'anno l'export è cresciuto.", { text: "primo semestre", kind: "date", date: ["2024-01-01", "2024-06-30"] });
  expectFigure("pt", "No primeiro semestre do ano as vendas caíram.", { text: "primeiro semestre", kind: "date", date: ["2024-01-01", "2024-06-30"] });
});

test("a half said as a half of the year", () => {
  expectFigure("fr", "La livraison est attendue dans la première moitié de 2025.", { text: "première moitié de 2025", kind: "date", date: ["2025-01-01", "2025-06-30"] });
  expectFigure("it", "I lavori riprenderanno nella seconda metà del 2025.", { text: "seconda metà del 2025", kind: "date", date: ["2025-07-01", "2025-12-31"] });
  expectFigure("pt", "A obra termina na primeira metade de 2026.", { text: "primeira metade de 2026", kind: "date", date: ["2026-01-01", "2026-06-30"] });
});

test("a year's end as a noun's attribute is no date", () => {
  expectNone("fr", "Les fêtes de fin d'année se sont déroulées sans incident.", "fin d'année");
  expectNone("it", "Le feste di fine anno sono state tranquille.", "fine anno");
  expectNone("pt", "As festas de fim de ano lotaram os hotéis.", "fim de ano");
  // a year's end that dates the clause still does
  expectFigure("fr", "Le chantier sera terminé fin d'année.", { text: "fin d'année", kind: "date", date: ["2024-10-01", "2024-12-31"] });
});

test("Spanish periods: a quarter, a half, the first months, a year's end", () => {
  expectFigure("es", "En el tercer trimestre de 2023 el PIB creció un 0,4 %.", { text: "tercer trimestre de 2023", kind: "date", date: ["2023-07-01", "2023-09-30"] });
  expectFigure("es", "Las exportaciones cayeron en el primer semestre.", { text: "primer semestre", kind: "date", date: ["2024-01-01", "2024-06-30"] });
  expectFigure("es", "La obra se completará en el segundo semestre.", { text: "segundo semestre", kind: "date", date: ["2024-07-01", "2024-12-31"] });
  expectFigure("es", "Los equipos llegarán en la primera mitad de 2025.", { text: "primera mitad de 2025", kind: "date", date: ["2025-01-01", "2025-06-30"] });
  expectFigure("es", "En los primeros nueve meses de 2023 se exportaron 3 millones de toneladas.", { text: "primeros nueve meses de 2023", kind: "date", date: ["2023-01-01", "2023-09-30"] });
  expectFigure("es", "El primer semestre del año pasado cerró con pérdidas.", { text: "primer semestre del año pasado", kind: "date", date: ["2023-01-01", "2023-06-30"] });
  expectFigure("es", "La planta volverá a abrir a finales de año.", { text: "finales de año", kind: "date", date: ["2024-10-01", "2024-12-31"] });
  // of something else, or a year's end as a noun's attribute: no date
  expectFigure("es", "En los primeros tres meses de la guerra huyeron 200 familias.", { text: "primeros tres meses", kind: "duration", low: 3 * 30.44 });
  expectNone("es", "Las embarazadas en el tercer trimestre de gestación son prioritarias.", "trimestre");
  expectNone("es", "La segunda mitad del partido se jugó bajo la lluvia.", "mitad");
  expectNone("es", "Las fiestas de final de año transcurrieron sin incidentes.", "final de año");
});

test("two years joined by a dash are one span of years, as English's \"2022-2023\"", () => {
  expectFigure("fr", "En 2022-2023, les ventes de la filière ont reculé de 3 %.", { text: "2022-2023", kind: "date", date: ["2022-01-01", "2023-12-31"] });
  expectFigure("fr", "Le plan 2024-2030 prévoit 5 000 logements.", { text: "2024-2030", kind: "date", date: ["2024-01-01", "2030-12-31"] });
  expectFigure("es", "La temporada 2023/24 terminó con pérdidas.", { text: "2023/24", kind: "date", date: ["2023-01-01", "2024-12-31"] });
  expectFigure("de", "Im Haushalt 2025/2026 fehlen 4 Milliarden Euro.", { text: "2025/2026", kind: "date", date: ["2025-01-01", "2026-12-31"] });
  expectFigure("ru", "В 2022–2023 годах экспорт зерна вырос.", { text: "2022–2023 годах", kind: "date", date: ["2022-01-01", "2023-12-31"] });
  expectFigure("uk", "У 2022-2023 роках врожай зменшився.", { text: "2022-2023 роках", kind: "date", date: ["2022-01-01", "2023-12-31"] });
  expectFigure("pl", "W latach 2022–2023 sprzedaż spadła o 4 proc.", { text: "2022–2023", kind: "date", date: ["2022-01-01", "2023-12-31"] });
  // a date, or numbers too far apart for years, are not
  expectFigure("fr", "Le décret du 2022-03-01 reste en vigueur.", { text: "2022-03-01", kind: "date", date: ["2022-03-01", "2022-03-01"] });
  expectFigure("ru", "Пострадали 2000-3000 человек.", { text: "2000-3000 человек", kind: "count", low: 2000, high: 3000 });
});

test("a Slavic perfective future looks ahead, as English's \"will open\"", () => {
  // REF is Friday 15 March 2024: the next Wednesday is the 20th, the last the 13th
  expectFigure("ru", "Новый мост откроют в среду.", { text: "среду", kind: "date", date: ["2024-03-20", "2024-03-20"] });
  expectFigure("ru", "Переговоры состоятся в четверг в Женеве.", { text: "четверг", kind: "date", date: ["2024-03-21", "2024-03-21"] });
  expectFigure("ru", "Строительство второй очереди завершат в январе.", { text: "январе", kind: "date", date: ["2025-01-01", "2025-01-31"] });
  expectFigure("ru", "Закон вступит в силу в январе.", { text: "январе", kind: "date", date: ["2025-01-01", "2025-01-31"] });
  expectFigure("uk", "Міст відкриють у середу після ремонту.", { text: "середу", kind: "date", date: ["2024-03-20", "2024-03-20"] });
  expectFigure("uk", "Закон набуде чинності у січні.", { text: "січні", kind: "date", date: ["2025-01-01", "2025-01-31"] });
  expectFigure("pl", "Most zostanie otwarty w środę.", { text: "środę", kind: "date", date: ["2024-03-20", "2024-03-20"] });
  expectFigure("pl", "Ustawa wejdzie w życie w styczniu.", { text: "styczniu", kind: "date", date: ["2025-01-01", "2025-01-31"] });
  // scheduled, expected: as English's "scheduled for", "expected in"
  expectFigure("ru", "Открытие моста запланировано на среду.", { text: "среду", kind: "date", date: ["2024-03-20", "2024-03-20"] });
  expectFigure("ru", "Запуск второго блока ожидается в октябре.", { text: "октябре", kind: "date", date: ["2024-10-01", "2024-10-31"] });
  expectFigure("uk", "Відкриття мосту заплановано на середу.", { text: "середу", kind: "date", date: ["2024-03-20", "2024-03-20"] });
  expectFigure("pl", "Otwarcie mostu zaplanowano na środę.", { text: "środę", kind: "date", date: ["2024-03-20", "2024-03-20"] });
  // the past still looks back
  expectFigure("ru", "Новый мост открыли в среду.", { text: "среду", kind: "date", date: ["2024-03-13", "2024-03-13"] });
  expectFigure("ru", "Мост проводят через реку с января.", { text: "января", kind: "date", date: ["2024-01-01", "2024-01-31"] });
  expectFigure("pl", "Most otwarto w środę.", { text: "środę", kind: "date", date: ["2024-03-13", "2024-03-13"] });
});

test("a timetable's present of entry into force looks ahead, as English's \"comes into force\"", () => {
  expectFigure("fr", "Le décret, publié hier, entre en vigueur en janvier.", { text: "janvier", kind: "date", date: ["2025-01-01", "2025-01-31"] });
  expectFigure("es", "La norma entra en vigor en enero.", { text: "enero", kind: "date", date: ["2025-01-01", "2025-01-31"] });
  expectFigure("it", "La norma entra in vigore a gennaio.", { text: "gennaio", kind: "date", date: ["2025-01-01", "2025-01-31"] });
  expectFigure("pt", "A lei entra em vigor em janeiro.", { text: "janeiro", kind: "date", date: ["2025-01-01", "2025-01-31"] });
  expectFigure("de", "Das Gesetz tritt im Januar in Kraft.", { text: "Januar", kind: "date", date: ["2025-01-01", "2025-01-31"] });
  expectFigure("ru", "Запрет вступает в силу в январе.", { text: "январе", kind: "date", date: ["2025-01-01", "2025-01-31"] });
  // entered into force: past
  expectFigure("fr", "Le décret est entré en vigueur en janvier.", { text: "janvier", kind: "date", date: ["2024-01-01", "2024-01-31"] });
  expectFigure("de", "Das Gesetz trat im Januar in Kraft.", { text: "Januar", kind: "date", date: ["2024-01-01", "2024-01-31"] });
  // a day and month keep the nearest year: the future's reach is not read for them
  expectFigure("fr", "L'accord entre en vigueur le 1er janvier.", { text: "1er janvier", kind: "date", date: ["2024-01-01", "2024-01-01"] });
});

test("a multiplier is a ratio, as English's \"tripled\", \"three times as\"", () => {
  expectFigure("fr", "Le nombre de visiteurs a été multiplié par trois en dix ans.", { text: "multiplié par trois", kind: "ratio", low: 3, unit: "x" });
  expectFigure("fr", "Les ventes de voitures électriques ont doublé depuis 2020.", { text: "doublé", kind: "ratio", low: 2, unit: "x" });
  expectFigure("fr", "Le loyer est trois fois plus élevé qu'en province.", { text: "trois fois", kind: "ratio", low: 3, unit: "x" });
  expectFigure("es", "Las importaciones se triplicaron en cinco años.", { text: "triplicaron", kind: "ratio", low: 3, unit: "x" });
  expectFigure("es", "El precio es cuatro veces mayor que en 2019.", { text: "cuatro veces", kind: "ratio", low: 4, unit: "x" });
  expectFigure("it", "Le richieste sono raddoppiate in un anno.", { text: "raddoppiate", kind: "ratio", low: 2, unit: "x" });
  expectFigure("pt", "As exportações dobraram desde 2021.", { text: "dobraram", kind: "ratio", low: 2, unit: "x" });
  expectFigure("de", "Die Zahl der Anträge hat sich verdoppelt.", { text: "verdoppelt", kind: "ratio", low: 2, unit: "x" });
  expectFigure("de", "Der Strompreis ist dreimal so hoch wie 2020.", { text: "dreimal so", kind: "ratio", low: 3, unit: "x" });
  expectFigure("ru", "Цены на зерно выросли вдвое.", { text: "вдвое", kind: "ratio", low: 2, unit: "x" });
  expectFigure("ru", "Добыча угля сократилась в 2,5 раза.", { text: "2,5 раза", kind: "ratio", low: 2.5, unit: "x" });
  expectFigure("uk", "Ціни на пальне зросли у три рази.", { text: "три рази", kind: "ratio", low: 3, unit: "x" });
  expectFigure("pl", "Ceny energii wzrosły dwukrotnie.", { text: "dwukrotnie", kind: "ratio", low: 2, unit: "x" });
  expectFigure("pl", "To trzy razy więcej niż przed wojną.", { text: "trzy razy", kind: "ratio", low: 3, unit: "x" });
  // a number of times that is no multiplier, an adjective
  expectNone("fr", "Le train passe trois fois par jour.", "trois fois");
  expectNone("fr", "Un double meurtre a été commis.", "double");
});

test("a month's first or second half", () => {
  expectFigure("fr", "Le vote est prévu dans la seconde quinzaine de juin.", { text: "seconde quinzaine de juin", kind: "date", date: ["2024-06-16", "2024-06-30"] });
  expectFigure("fr", "Les crues ont culminé dans la première quinzaine de février 2023.", { text: "première quinzaine de février 2023", kind: "date", date: ["2023-02-01", "2023-02-15"] });
  expectFigure("fr", "Le chantier reprendra la dernière quinzaine d'août.", { text: "dernière quinzaine d'août", kind: "date", date: ["2024-08-16", "2024-08-31"] });
  expectFigure("es", "Las obras terminarán en la segunda quincena de junio.", { text: "segunda quincena de junio", kind: "date", date: ["2024-06-16", "2024-06-30"] });
  expectFigure("it", "La nave arriverà nella prima quindicina di luglio.", { text: "prima quindicina di luglio", kind: "date", date: ["2024-07-01", "2024-07-15"] });
  expectFigure("pt", "O leilão ocorre na segunda quinzena de maio.", { text: "segunda quinzena de maio", kind: "date", date: ["2024-05-16", "2024-05-31"] });
});

test("a change from one figure to another is two figures, as English's \"rose from 1.2 to 1.9 billion\"", () => {
  expectFigure("fr", "Le coût du projet est passé de 1,2 à 1,9 milliard d'euros.", { text: "1,2", kind: "money", low: 1.2e9, unit: "EUR" });
  expectFigure("fr", "Le coût du projet est passé de 1,2 à 1,9 milliard d'euros.", { text: "1,9 milliard d'euros", kind: "money", low: 1.9e9, high: 1.9e9 });
  expectFigure("fr", "La population est passée de 3 000 à 2 500 habitants.", { text: "3 000", kind: "count", low: 3000 });
  expectFigure("fr", "La vitesse a été ramenée de 90 à 80 km/h sur le pont.", { text: "80 km/h", kind: "quantity", low: 80 / 3.6, high: 80 / 3.6 });
  expectFigure("es", "El coste pasó de 1,2 a 1,9 millones de euros.", { text: "1,9 millones de euros", kind: "money", low: 1.9e6, high: 1.9e6 });
  expectFigure("it", "Il costo è passato da 1,2 a 1,9 miliardi di euro.", { text: "1,2", kind: "money", low: 1.2e9, unit: "EUR" });
  expectFigure("pt", "O custo passou de 1,2 a 1,9 bilhão de reais.", { text: "1,9 bilhão de reais", kind: "money", low: 1.9e9, high: 1.9e9 });
  // the second's "до", "do" is no bound ("up to")
  expectFigure("ru", "Стоимость выросла с 1,2 до 1,9 млрд рублей.", { text: "1,9 млрд рублей", kind: "money", low: 1.9e9, high: 1.9e9, qualifier: null });
  expectFigure("ru", "Стоимость выросла с 1,2 до 1,9 млрд рублей.", { text: "1,2", kind: "money", low: 1.2e9, unit: "RUB" });
  expectFigure("uk", "Ціна зросла з 20 до 30 гривень.", { text: "30 гривень", kind: "money", low: 30, high: 30, qualifier: null });
  expectFigure("pl", "Cena wzrosła z 5 do 7 zł.", { text: "7 zł", kind: "money", low: 7, high: 7, qualifier: null });
  // a range stays one
  expectFigure("fr", "Le bilan varie de 20 à 30 morts.", { text: "20 à 30 morts", kind: "count", low: 20, high: 30 });
  expectFigure("fr", "Les autorités ont recensé entre 5 000 et 7 000 sinistrés.", { text: "5 000 et 7 000 sinistrés", kind: "count", low: 5000, high: 7000 });
  expectFigure("ru", "Погибли до 30 человек.", { text: "30 человек", kind: "count", low: 30, qualifier: "upper" });
});
