/**
 * Figures other languages write, eighth pass: the classes missed in Romanian sentences of our own
 * (eval/sentences/ro.ts) and the leftovers of earlier passes. Sentences written for these tests. REF
 * is 15 March 2024, a Friday.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectFigure, expectNone } from "./util.js";

test("rain in litres per square metre is a depth in millimetres", () => {
  for (const [lang, text, span, mm] of [
    ["es", "Cayeron 180 litros de agua por metro cuadrado en la comarca.", "180 litros de agua por metro cuadrado", 180],
    ["pt", "Choveu 95 litros por metro quadrado em seis horas.", "95 litros por metro quadrado", 95],
    ["it", "Sono caduti 300 litri per metro quadro sulla costa.", "300 litri per metro quadro", 300],
    ["fr", "Il est tombé 150 litres d'eau par mètre carré.", "150 litres d'eau par mètre carré", 150],
    ["de", "In der Nacht fielen 80 Liter Regen pro Quadratmeter.", "80 Liter Regen pro Quadratmeter", 80],
    ["ro", "Au căzut 70 de litri pe metru pătrat la Galați.", "70 de litri pe metru pătrat", 70],
    ["ru", "Выпало 60 литров воды на квадратный метр.", "60 литров воды на квадратный метр", 60],
    ["uk", "Випало 45 літрів на квадратний метр.", "45 літрів на квадратний метр", 45],
    ["pl", "Spadło 110 litrów wody na metr kwadratowy.", "110 litrów wody na metr kwadratowy", 110],
    ["ar", "هطل 90 لترا من الأمطار في المتر المربع.", "90 لترا من الأمطار في المتر المربع", 90],
    ["es", "Se registraron 200 l/m² en Valencia.", "200 l/m²", 200],
  ] as const)
    expectFigure(lang, text, { text: span, kind: "quantity", unit: "m", low: mm / 1000 });
  // metres per second stay a speed, no flow: only the compound signs' own keys are theirs
  for (const [lang, text] of [
    ["de", "Böen erreichten 30 m/s an der Küste."],
    ["es", "Las rachas alcanzaron 30 m/s en la costa."],
    ["fr", "Les rafales ont atteint 30 m/s sur la côte."],
  ] as const)
    expectFigure(lang, text, { text: "30 m/s", kind: "quantity", unit: "m/s", low: 30 });
  // litres alone stay a volume
  expectFigure("es", "El depósito guarda 5.000 litros de gasóleo.", { text: "5.000 litros", kind: "quantity", unit: "m3", low: 5 });
});

test("Romanian: months, weekdays with their article, since, a night of two days", () => {
  expectFigure("ro", "Exporturile au scăzut în noiembrie.", { text: "noiembrie", kind: "date", date: ["2023-11-01", "2023-11-30"] });
  expectFigure("ro", "Podul va fi deschis în luna iunie.", { text: "iunie", kind: "date", date: ["2024-06-01", "2024-06-30"] });
  expectFigure("ro", "Ministrul a anunțat vinerea trecută noi măsuri.", { text: "vinerea", kind: "date", date: ["2024-03-08", "2024-03-08"] });
  expectFigure("ro", "Drumul este blocat din 2 septembrie.", { text: "2 septembrie", kind: "date", date: ["2023-09-02", "2023-09-02"] });
  expectFigure("ro", "Furtuna a lovit în noaptea de 20 spre 21 ianuarie.", { text: "20 spre 21 ianuarie", kind: "date", date: ["2024-01-20", "2024-01-21"] });
  // "noua" is "the new", no nine; "cele două orașe", the two cities, no count
  expectNone("ro", "Noua autostradă leagă cele două orașe.", "Noua");
  expectNone("ro", "Noua autostradă leagă cele două orașe.", "două");
});

test("Romanian: a year's parts, a change, hours, a share, a multiplier, a decade, in a span", () => {
  expectFigure("ro", "Vânzările au crescut în al treilea trimestru al anului 2023.", { text: "al treilea trimestru al anului 2023", kind: "date", date: ["2023-07-01", "2023-09-30"] });
  expectFigure("ro", "Profitul a scăzut în prima jumătate a anului trecut.", { text: "prima jumătate a anului trecut", kind: "date", date: ["2023-01-01", "2023-06-30"] });
  expectFigure("ro", "Proiectul se va încheia la sfârșitul anului 2025.", { text: "sfârșitul anului 2025", kind: "date", date: ["2025-10-01", "2025-12-31"] });
  expectFigure("ro", "Numărul turiștilor a scăzut de la 900.000 la 650.000 de vizitatori.", { text: "900.000", kind: "count", low: 900000, high: 900000 });
  expectFigure("ro", "Drumul durează două ore și 30 de minute.", { text: "două ore și 30 de minute", kind: "duration", low: 2.5 / 24 });
  expectFigure("ro", "Jumătate din locuitori au plecat.", { text: "Jumătate", kind: "percent", low: 50 });
  expectFigure("ro", "Producția s-a dublat anul acesta.", { text: "dublat", kind: "ratio", low: 2 });
  expectFigure("ro", "Costurile sunt de patru ori mai mari.", { text: "de patru ori", kind: "ratio", low: 4 });
  expectFigure("ro", "Orașul a crescut mult în ultimul deceniu.", { text: "deceniu", kind: "duration", low: 3652.5 });
  expectFigure("ro", "Lucrările vor începe peste trei luni.", { text: "trei luni", kind: "duration", qualifier: null });
  expectFigure("ro", "Traficul este oprit de peste trei zile.", { text: "trei zile", kind: "duration", qualifier: "lower" });
  const m = expectFigure("ro", "Au fost evacuate 400 de familii.", { text: "400 de familii", kind: "count", low: 400 });
  assert.equal(m.qualifier, null);
});

test("a weekday then the locale's word of last, on the report's own weekday, is a week back", () => {
  for (const [lang, text, span] of [
    ["fr", "Le ministre a signé l'accord vendredi dernier.", "vendredi"],
    ["es", "El ministro firmó el acuerdo el viernes pasado.", "viernes"],
    ["it", "Il ministro ha firmato l'accordo venerdì scorso.", "venerdì"],
    ["ar", "وقع الوزير الاتفاق يوم الجمعة الماضي.", "الجمعة"],
  ] as const)
    expectFigure(lang, text, { text: span, kind: "date", date: ["2024-03-08", "2024-03-08"] });
  // another weekday stays the latest such day
  expectFigure("fr", "Le ministre a signé l'accord mardi dernier.", { text: "mardi", kind: "date", date: ["2024-03-12", "2024-03-12"] });
});

test("Italian \"dal\" after a state is since; alone it stays from", () => {
  expectFigure("it", "Le squadre sono al lavoro dal 5 settembre.", { text: "5 settembre", kind: "date", date: ["2023-09-05", "2023-09-05"] });
  expectFigure("it", "La strada è chiusa dal 20 agosto per una frana.", { text: "20 agosto", kind: "date", date: ["2023-08-20", "2023-08-20"] });
  expectFigure("it", "Il nuovo orario vale dal 5 settembre.", { text: "5 settembre", kind: "date", date: ["2024-09-05", "2024-09-05"] });
});

test("the present of a timetable looks ahead", () => {
  for (const [lang, text, span] of [
    ["es", "Las obras comienzan en octubre.", "octubre"],
    ["pt", "As obras começam em outubro.", "outubro"],
    ["it", "I lavori iniziano a ottobre.", "ottobre"],
    ["fr", "Les travaux commencent en octobre.", "octobre"],
    ["de", "Der Bau beginnt im Oktober.", "Oktober"],
  ] as const)
    expectFigure(lang, text, { text: span, kind: "date", date: ["2024-10-01", "2024-10-31"] });
  // a past tense keeps the nearest
  expectFigure("es", "Las obras comenzaron en octubre.", { text: "octubre", kind: "date", date: ["2023-10-01", "2023-10-31"] });
  expectFigure("fr", "La ligne rouvre lundi.", { text: "lundi", kind: "date", date: ["2024-03-18", "2024-03-18"] });
});

test("Korean \"A에서 B\" and Chinese \"从A到B\" are ranges, a change's start and end two figures", () => {
  expectFigure("ko", "실종자는 200명에서 300명으로 추정된다.", { text: "200명에서 300명", kind: "count", low: 200, high: 300 });
  expectFigure("ko", "요금은 1000원에서 1500원으로 올랐다.", { text: "1000원", kind: "money", low: 1000, high: 1000 });
  expectFigure("zh", "失踪人数从200人到300人不等。", { text: "200人到300人", kind: "count", low: 200, high: 300 });
  expectFigure("zh", "失踪人数增加20人到300人。", { text: "20人", kind: "count", low: 20, high: 20 });
  expectFigure("zh", "失踪人数增加20人到300人。", { text: "300人", kind: "count", low: 300, high: 300 });
});

test("Japanese \"キロ\" and Korean \"킬로\" alone: km or kg by their sentence", () => {
  expectFigure("ja", "全長3.2キロのトンネルが開通した。", { text: "3.2キロ", kind: "quantity", unit: "m", low: 3200 });
  expectFigure("ja", "倉庫から麻薬12キロを押収した。", { text: "12キロ", kind: "quantity", unit: "kg", low: 12 });
  expectFigure("ja", "車は時速80キロで走っていた。", { text: "80キロ", kind: "quantity", unit: "m/s" });
  expectNone("ja", "彼は3キロ太った。", "3キロ");
  expectFigure("ko", "길이 3.2킬로의 터널이 개통됐다.", { text: "3.2킬로", kind: "quantity", unit: "m", low: 3200 });
  // the start of another unit is no kilo alone, whatever the sentence's words
  expectNone("ja", "パイプラインで原油10万キロリットルを送った。", "キロリットル");
  expectNone("ja", "送電線の出力は500キロワットだった。", "キロワット");
  expectNone("ko", "도로 옆 저장소에서 원유 300킬로리터가 새어 나왔다.", "킬로리터");
});

test("Icelandic: verbs after a count, months and weekdays, since, a year's parts", () => {
  expectFigure("is", "Alls hafa 9 farist í snjóflóðinu.", { text: "9", kind: "count", low: 9 });
  expectFigure("is", "Vöruskipti drógust saman í nóvember.", { text: "nóvember", kind: "date", date: ["2023-11-01", "2023-11-30"] });
  expectFigure("is", "Fundurinn var haldinn á fimmtudag.", { text: "fimmtudag", kind: "date", date: ["2024-03-14", "2024-03-14"] });
  expectFigure("is", "Vegurinn hefur verið lokaður síðan 4. september.", { text: "4. september", kind: "date", date: ["2023-09-04", "2023-09-04"] });
  expectFigure("is", "Salan jókst á þriðja ársfjórðungi ársins 2023.", { text: "þriðja ársfjórðungi ársins 2023", kind: "date", date: ["2023-07-01", "2023-09-30"] });
  expectFigure("is", "Höllin verður opnuð í lok árs 2028.", { text: "lok árs 2028", kind: "date", date: ["2028-10-01", "2028-12-31"] });
  // the first half of a match is no half of the year
  expectNone("is", "Liðið skoraði tvö mörk í fyrri hluta leiksins.", "fyrri hluta");
});

test("Icelandic: \"um\" after a verb of change is by, a change, number words, units, shares, multipliers", () => {
  expectFigure("is", "Vextir hækkuðu um 0,5 prósentustig.", { text: "0,5 prósentustig", kind: "percent", qualifier: null });
  expectFigure("is", "Um 400 manns sóttu fundinn.", { text: "400 manns", kind: "count", qualifier: "approx" });
  expectFigure("is", "Fjöldinn fór úr 300 í 450 gesti.", { text: "300", kind: "count", low: 300, high: 300 });
  expectFigure("is", "Þrjátíu og tveir slösuðust.", { text: "Þrjátíu og tveir", kind: "count", low: 32 });
  expectFigure("is", "Hviðurnar náðu 35 metrum á sekúndu.", { text: "35 metrum á sekúndu", kind: "quantity", unit: "m/s", low: 35 });
  expectFigure("is", "Lónið geymir 2 milljónir rúmmetra.", { text: "2 milljónir rúmmetra", kind: "quantity", unit: "m3", low: 2e6 });
  expectFigure("is", "Helmingur íbúa flúði.", { text: "Helmingur", kind: "percent", low: 50 });
  expectFigure("is", "Kostnaðurinn hefur tvöfaldast.", { text: "tvöfaldast", kind: "ratio", low: 2 });
  expectFigure("is", "Ferðin tekur tvær klukkustundir og 20 mínútur.", { text: "tvær klukkustundir og 20 mínútur", kind: "duration", low: (2 + 20 / 60) / 24 });
});

test("a timetable's verb that is also a noun looks ahead only as a verb; Icelandic \"frá\" is since only in a perfect; Romanian \"m\" is metres", () => {
  // the noun before a past month keeps the nearest: "most of", "the farm", pt-PT's "the recovery"
  expectFigure("it", "La maggior parte delle case è stata distrutta a ottobre.", { text: "ottobre", kind: "date", date: ["2023-10-01", "2023-10-31"] });
  expectFigure("fr", "La ferme a brûlé en octobre.", { text: "octobre", kind: "date", date: ["2023-10-01", "2023-10-31"] });
  expectFigure("fr", "Le syndicat a pris une position ferme en octobre.", { text: "octobre", kind: "date", date: ["2023-10-01", "2023-10-31"] });
  expectFigure("pt", "A retoma da economia foi forte em outubro.", { text: "outubro", kind: "date", date: ["2023-10-01", "2023-10-31"] });
  // the verb looks ahead
  expectFigure("it", "Il nuovo servizio parte a ottobre.", { text: "ottobre", kind: "date", date: ["2024-10-01", "2024-10-31"] });
  expectFigure("fr", "Le musée ferme ses portes en octobre.", { text: "octobre", kind: "date", date: ["2024-10-01", "2024-10-31"] });
  expectFigure("pt", "A fábrica retoma a produção em outubro.", { text: "outubro", kind: "date", date: ["2024-10-01", "2024-10-31"] });
  // "valid from 1 April" is this year's; "have fought the fires from 3 August" since last year's
  expectFigure("is", "Nýju reglurnar gilda frá 1. apríl.", { text: "1. apríl", kind: "date", date: ["2024-04-01", "2024-04-01"] });
  expectFigure("is", "Slökkviliðið hefur barist við eldana frá 3. ágúst.", { text: "3. ágúst", kind: "date", date: ["2023-08-03", "2023-08-03"] });
  expectFigure("ro", "Noul pod are o lungime de 200 m.", { text: "200 m", kind: "quantity", unit: "m", low: 200 });
});
