/**
 * Figures other languages write, fourth pass: amounts with a sign after them or a code before
 * them. Sentences written for these tests. REF is 15 March 2024, a Friday.
 */
import { test } from "node:test";
import { expectFigure, expectNone } from "./util.js";

test("a dollar sign after the amount, as French Canada writes it", () => {
  expectFigure("fr", "Le billet de train coûte désormais 45,30 $ aller simple.", { text: "45,30 $", kind: "money", low: 45.3, unit: "USD" });
  expectFigure("fr", "La rénovation du musée coûtera 2,5 millions $.", { text: "2,5 millions $", kind: "money", low: 2.5e6, unit: "USD" });
  expectFigure("fr", "Chaque famille recevra 300 $ par mois.", { text: "300 $", kind: "money", low: 300, unit: "USD" });
});

test("a country's dollar and an ISO code before the amount", () => {
  expectFigure("pt", "A passagem de ônibus subiu para R$ 5,40 na capital.", { text: "R$ 5,40", kind: "money", low: 5.4, unit: "BRL" });
  expectFigure("pt", "O prêmio chegou a R$1.234,56 por cabeça.", { text: "R$1.234,56", kind: "money", low: 1234.56, unit: "BRL" });
  expectFigure("de", "Eine Übernachtung kostet EUR 89,90 pro Person.", { text: "EUR 89,90", kind: "money", low: 89.9, unit: "EUR" });
  expectFigure("de", "Die Gemeinde zahlte CHF 1.250,50 Gebühren.", { text: "CHF 1.250,50", kind: "money", low: 1250.5, unit: "CHF" });
  expectFigure("es", "La tonelada de cobre cotizaba a USD 8.450,75 en la bolsa.", { text: "USD 8.450,75", kind: "money", low: 8450.75, unit: "USD" });
  expectFigure("pl", "Opłata wynosi PLN 1 234,56 rocznie.", { text: "PLN 1 234,56", kind: "money", low: 1234.56, unit: "PLN" });
  // a code in small letters is a word, not a currency
  expectNone("de", "Das Paket ging an eur 12 Kunden.", "eur ");
});

test("a round number's noun is about that many", () => {
  expectFigure("fr", "Une dizaine de maisons ont été inondées dans la nuit.", { text: "Une dizaine de maisons", kind: "count", low: 10, qualifier: "approx" });
  expectFigure("fr", "Près d'une centaine de pompiers sont mobilisés.", { text: "une centaine de pompiers", kind: "count", low: 100, qualifier: "approx" });
  expectFigure("fr", "Plus d'un millier de manifestants ont défilé.", { text: "un millier de manifestants", kind: "count", low: 1000, qualifier: "lower" });
  expectFigure("fr", "Une centaine de milliers de foyers sont privés de courant.", { text: "Une centaine de milliers de foyers", kind: "count", low: 1e5, qualifier: "approx" });
  expectFigure("fr", "Ils étaient une vingtaine, selon la mairie.", { text: "une vingtaine", kind: "count", low: 20, qualifier: "approx" });
  expectFigure("es", "Un centenar de soldados llegó a la frontera.", { text: "Un centenar de soldados", kind: "count", low: 100, qualifier: "approx" });
  expectFigure("es", "Más de un millar de vecinos fueron evacuados.", { text: "un millar de vecinos", kind: "count", low: 1000, qualifier: "lower" });
  expectFigure("it", "Una decina di case sono crollate.", { text: "Una decina di case", kind: "count", low: 10, qualifier: "approx" });
  expectFigure("it", "Circa un migliaio di persone hanno lasciato la zona.", { text: "un migliaio di persone", kind: "count", low: 1000, qualifier: "approx" });
  expectFigure("pt", "Uma dezena de casas ficou sem telhado.", { text: "Uma dezena de casas", kind: "count", low: 10, qualifier: "approx" });
  expectFigure("ru", "Около десятка домов остались без света.", { text: "десятка домов", kind: "count", low: 10, qualifier: "approx" });
  expectFigure("ru", "Полтора десятка машин сгорели на стоянке.", { text: "Полтора десятка машин", kind: "count", low: 15, qualifier: "approx" });
  expectFigure("uk", "Сотня рятувальників працює на місці.", { text: "Сотня рятувальників", kind: "count", low: 100, qualifier: "approx" });
  // their plurals are vague amounts ("hundreds"), and "a quarantine" is no forty
  expectNone("fr", "Des centaines de familles ont quitté le quartier.", "centaines");
  expectNone("ru", "Сотни семей покинули район.", "Сотни");
  expectNone("ru", "Команда вошла в десятку лучших.", "десятку");
  expectNone("fr", "La ville a imposé une quarantaine aux voyageurs.", "quarantaine");
});

test("French elides the word before a number", () => {
  expectFigure("fr", "Près d'un million d'électeurs se sont abstenus.", { text: "un million d'électeurs", kind: "count", low: 1e6, qualifier: "approx" });
  expectFigure("fr", "Moins d'un an après l'inauguration, la passerelle a fermé.", { text: "un an", kind: "duration", low: 365.25, qualifier: "upper" });
  expectNone("fr", "La construction d'un pont est à l'étude.", "un pont");
});

test("a weekday after a preposition, in its genitive", () => {
  expectFigure("ru", "Ремонт моста продлится до четверга.", { text: "четверга", kind: "date" });
  expectFigure("ru", "С понедельника паром не ходит.", { text: "понедельника", kind: "date", date: ["2024-03-11", "2024-03-11"] });
  expectFigure("ru", "Со среды школы закрыты.", { text: "среды", kind: "date", date: ["2024-03-13", "2024-03-13"] });
  expectFigure("uk", "З понеділка поромна переправа не працює.", { text: "понеділка", kind: "date", date: ["2024-03-11", "2024-03-11"] });
  expectFigure("uk", "Після неділі ціни на пальне зросли.", { text: "неділі", kind: "date", date: ["2024-03-10", "2024-03-10"] });
  expectFigure("pl", "Od poniedziałku prom nie kursuje.", { text: "poniedziałku", kind: "date", date: ["2024-03-11", "2024-03-11"] });
  // the same words are other words without the preposition: "среда" is also the environment
  expectNone("ru", "Загрязнение окружающей среды растёт.", "среды");
  expectNone("ru", "Окружающая среда страдает от выбросов.", "среда");
});

test("a metre's symbol, and a million's letter before a currency sign", () => {
  expectFigure("fr", "La digue mesure 1 200 m de long.", { text: "1 200 m", kind: "quantity", low: 1200, unit: "m" });
  expectFigure("es", "La torre de control mide 45 m de altura.", { text: "45 m", kind: "quantity", low: 45, unit: "m" });
  expectFigure("it", "Il viadotto è alto 80 m.", { text: "80 m", kind: "quantity", low: 80, unit: "m" });
  expectFigure("pt", "O túnel tem 900 m de extensão.", { text: "900 m", kind: "quantity", low: 900, unit: "m" });
  expectFigure("de", "Der Damm ist 30 m hoch.", { text: "30 m", kind: "quantity", low: 30, unit: "m" });
  expectFigure("fr", "Le lac retient 2,5 km³ d'eau.", { text: "2,5 km³", kind: "quantity", low: 2.5e9, unit: "m3" });
  expectFigure("es", "El embalse guarda 120 hm³.", { text: "120 hm³", kind: "quantity", low: 1.2e8, unit: "m3" });
  expectFigure("fr", "La rénovation coûtera 3 M€ à la commune.", { text: "3 M€", kind: "money", low: 3e6, unit: "EUR" });
  expectFigure("fr", "Le projet est chiffré à 1,2 Md€.", { text: "1,2 Md€", kind: "money", low: 1.2e9, unit: "EUR" });
  expectFigure("es", "La obra costó 20 M€ en total.", { text: "20 M€", kind: "money", low: 2e7, unit: "EUR" });
});

test("an adjective between a number and what it counts", () => {
  expectFigure("fr", "Au cours des deux dernières années, la ligne a perdu des voyageurs.", { text: "deux dernières années", kind: "duration", low: 730.5 });
  expectFigure("fr", "Trois autres marins ont été hélitreuillés.", { text: "Trois autres marins", kind: "count", low: 3, unit: "marins" });
  expectFigure("es", "En los dos últimos años cerraron cuatro fábricas.", { text: "dos últimos años", kind: "duration", low: 730.5 });
  expectFigure("es", "Se confirmaron tres nuevos casos en la provincia.", { text: "tres nuevos casos", kind: "count", low: 3, unit: "casos" });
  expectFigure("de", "Drei weitere Bergleute wurden gerettet.", { text: "Drei weitere Bergleute", kind: "count", low: 3, unit: "bergleute" });
  expectFigure("pl", "Elektrownia dostanie 4 nowe bloki.", { text: "4 nowe bloki", kind: "count", low: 4, unit: "bloki" });
  expectFigure("ru", "На станции построят пять новых энергоблоков.", { text: "пять новых энергоблоков", kind: "count", low: 5, unit: "энергоблоков" });
  expectFigure("uk", "На станції збудують п'ять нових енергоблоків.", { text: "п'ять нових енергоблоків", kind: "count", low: 5, unit: "енергоблоків" });
  // "first" makes a period, not a span
  expectFigure("fr", "Au cours des neuf premiers mois, la ligne a perdu des voyageurs.", { text: "neuf premiers mois", kind: "date" });
});

test("a week relative to the report's, a weekday said to be next, a clock's hour", () => {
  expectFigure("fr", "La semaine dernière, trois chalutiers ont été arraisonnés.", { text: "La semaine dernière", kind: "date", date: ["2024-03-04", "2024-03-10"] });
  expectFigure("es", "Esta semana el puerto sigue cerrado.", { text: "Esta semana", kind: "date", date: ["2024-03-11", "2024-03-17"] });
  expectFigure("de", "In der kommenden Woche beginnt die Räumung.", { text: "In der kommenden Woche", kind: "date", date: ["2024-03-18", "2024-03-24"] });
  expectFigure("ru", "На прошлой неделе паром не ходил.", { text: "На прошлой неделе", kind: "date", date: ["2024-03-04", "2024-03-10"] });
  expectFigure("pl", "W przyszłym tygodniu prom wróci na trasę.", { text: "W przyszłym tygodniu", kind: "date", date: ["2024-03-18", "2024-03-24"] });
  expectFigure("fr", "Lundi prochain, le bac reprendra son service.", { text: "Lundi", kind: "date", date: ["2024-03-18", "2024-03-18"] });
  expectFigure("es", "El lunes que viene se votará la ley.", { text: "lunes", kind: "date", date: ["2024-03-18", "2024-03-18"] });
  expectFigure("fr", "Lundi dernier, le bac était à quai.", { text: "Lundi", kind: "date", date: ["2024-03-11", "2024-03-11"] });
  expectFigure("fr", "Du 1er au 15 juin, la halle sera fermée.", { text: "1er au 15 juin", kind: "date", date: ["2024-06-01", "2024-06-15"] });
  expectFigure("es", "Del 3 al 5 de mayo se celebra la feria.", { text: "3 al 5 de mayo", kind: "date", date: ["2024-05-03", "2024-05-05"] });
  // an hour after a clock's words is a time of day; after "pendant" a span
  expectNone("fr", "L'alerte a été levée vers 18 heures.", "18 heures");
  expectNone("es", "El incendio se declaró a las 18 horas.", "18 horas");
  expectFigure("fr", "Les sauveteurs ont creusé pendant 18 heures.", { text: "18 heures", kind: "duration", low: 0.75 });
});

test("one span ago with no number, knots, megatonnes, CFA francs", () => {
  expectFigure("pl", "Rok temu most był jeszcze zamknięty.", { text: "Rok temu", kind: "date", date: ["2023-03-15", "2023-03-15"] });
  expectFigure("ru", "Месяц назад паром ещё ходил.", { text: "Месяц назад", kind: "date", date: ["2024-02-15", "2024-02-15"] });
  expectFigure("uk", "Тиждень тому пором ще курсував.", { text: "Тиждень тому", kind: "date", date: ["2024-03-08", "2024-03-08"] });
  expectNone("pl", "Wiele lat temu most był zamknięty.", "lat temu");
  expectFigure("fr", "Le cargo filait à 14 nœuds vers le nord.", { text: "14 nœuds", kind: "quantity", unit: "m/s" });
  expectFigure("es", "El buque avanzaba a 9 nudos.", { text: "9 nudos", kind: "quantity", unit: "m/s" });
  expectFigure("de", "Das Schiff machte nur noch 6 Knoten Fahrt.", { text: "6 Knoten", kind: "quantity", unit: "m/s" });
  expectFigure("ru", "Судно шло со скоростью 11 узлов.", { text: "11 узлов", kind: "quantity", unit: "m/s" });
  expectFigure("fr", "La mine produit 2,4 Mt de minerai par an.", { text: "2,4 Mt", kind: "quantity", low: 2.4e9, unit: "kg" });
  expectFigure("fr", "Le prêt atteint 20 milliards de francs CFA.", { text: "20 milliards de francs CFA", kind: "money", low: 2e10, unit: "XOF" });
});

test("a share said as a fraction is a percent", () => {
  expectFigure("fr", "Plus de la moitié des digues ont cédé.", { text: "la moitié", kind: "percent", low: 50, qualifier: "lower" });
  expectFigure("fr", "Deux tiers des électeurs se sont abstenus.", { text: "Deux tiers", kind: "percent", low: 66.7 });
  expectFigure("es", "Un tercio de la cosecha se perdió.", { text: "Un tercio", kind: "percent", low: 33.3 });
  expectFigure("it", "La metà dei negozi è rimasta chiusa.", { text: "La metà", kind: "percent", low: 50 });
  expectFigure("pt", "Dois terços dos alunos faltaram.", { text: "Dois terços", kind: "percent", low: 66.7 });
  expectFigure("de", "Ein Viertel der Felder stand unter Wasser.", { text: "Ein Viertel", kind: "percent", low: 25 });
  expectFigure("ru", "Треть посевов погибла.", { text: "Треть", kind: "percent", low: 33.3 });
  expectFigure("uk", "Половина крамниць зачинена.", { text: "Половина", kind: "percent", low: 50 });
  expectFigure("pl", "Połowa sklepów jest zamknięta.", { text: "Połowa", kind: "percent", low: 50 });
  // a part of a time, a period, a manner
  expectNone("fr", "Un quart d'heure plus tard, la sirène a retenti.", "quart");
  expectNone("fr", "Dans la première moitié de la saison, le club a gagné.", "moitié");
  expectNone("fr", "Le hangar est à moitié effondré.", "moitié");
  expectNone("es", "Un cuarto de hora después volvió la luz.", "cuarto");
  expectNone("de", "In der ersten Hälfte des Jahres stieg der Absatz.", "Hälfte");
  expectNone("ru", "В первой половине года продажи росли.", "половине");
  expectNone("ru", "С тех пор прошла четверть века.", "четверть");
});

test("a Japanese fiscal year from April, and its parts", () => {
  expectFigure("ja", "2023年度第3四半期の営業利益は45億円だった。", { text: "2023年度第3四半期", kind: "date", date: ["2023-10-01", "2023-12-31"] });
  expectFigure("ja", "2023年度第4四半期に赤字に転落した。", { text: "2023年度第4四半期", kind: "date", date: ["2024-01-01", "2024-03-31"] });
  expectFigure("ja", "2024年度上半期に新工場が稼働する。", { text: "2024年度上半期", kind: "date", date: ["2024-04-01", "2024-09-30"] });
  expectFigure("ja", "2023年度の輸出額は過去最高だった。", { text: "2023年度", kind: "date", date: ["2023-04-01", "2024-03-31"] });
  expectFigure("ja", "今年度下半期の見通しを引き下げた。", { text: "今年度下半期", kind: "date", date: ["2023-10-01", "2024-03-31"] });
  // a calendar year stays one; a quarter with no fiscal year is left alone
  expectFigure("ja", "2023年の輸出額は過去最高だった。", { text: "2023年", kind: "date", date: ["2023-01-01", "2023-12-31"] });
  expectNone("ja", "第3四半期の営業利益は減った。", "第3四半期");
});

test("two months as one span", () => {
  expectFigure("fr", "Entre janvier et mars, le trafic du port a reculé.", { text: "janvier et mars", kind: "date", date: ["2024-01-01", "2024-03-31"] });
  expectFigure("fr", "Entre novembre et février, la route reste fermée.", { text: "novembre et février", kind: "date", date: ["2023-11-01", "2024-02-29"] });
  expectFigure("de", "Zwischen Januar und März 2023 sank der Umsatz.", { text: "Januar und März 2023", kind: "date", date: ["2023-01-01", "2023-03-31"] });
  expectFigure("es", "Entre enero y marzo cayeron las ventas.", { text: "enero y marzo", kind: "date", date: ["2024-01-01", "2024-03-31"] });
  expectFigure("it", "Tra gennaio e marzo le vendite sono calate.", { text: "gennaio e marzo", kind: "date", date: ["2024-01-01", "2024-03-31"] });
});
