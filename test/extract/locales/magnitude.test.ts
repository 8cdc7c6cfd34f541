/**
 * An earthquake's magnitude in every locale that has the words (common/magnitude.ts): a quantity
 * in the unit "magnitude", its number no other figure's. Sentences written for these tests.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { extract } from "../../../src/extract/index.js";
import { expectFigure, REF } from "./util.js";

const M = (text: string, low: number, qualifier: "approx" | "upper" | "lower" | null = null) => ({ text, kind: "quantity" as const, low, unit: "magnitude", qualifier });

/** No magnitude read in `text` (other figures may stand there: "6,7 grados centígrados" is a temperature's count). */
function noMagnitude(language: string, text: string) {
  const ms = extract(text, { language, published: REF, source: "t" }).filter((m) => m.unit === "magnitude");
  assert.equal(ms.length, 0, `unexpected ${ms.map((m) => JSON.stringify(m.text)).join(", ")} in ${JSON.stringify(text)}`);
}

test("English: the word before or after, the Richter scale, the symbol", () => {
  expectFigure("en", "A magnitude 6.4 earthquake shook the valley before dawn.", M("magnitude 6.4", 6.4));
  expectFigure("en", "The 5.7-magnitude quake was felt 200 km away.", M("5.7-magnitude", 5.7));
  expectFigure("en", "A 4.9 magnitude aftershock followed within the hour.", M("4.9 magnitude", 4.9));
  expectFigure("en", "Seismologists put it at magnitude-6.2 after a review.", M("magnitude-6.2", 6.2));
  expectFigure("en", "The tremor registered 5.5 on the Richter scale.", M("5.5 on the Richter scale", 5.5));
  expectFigure("en", "The survey gave the quake a moment magnitude of 6.0.", M("moment magnitude of 6.0", 6));
  expectFigure("en", "The agency's preliminary magnitude of about 6.1 was later confirmed.", M("preliminary magnitude of about 6.1", 6.1, "approx"));
  expectFigure("en", "The quake, put at about magnitude 6.3, cut power to the island.", M("magnitude 6.3", 6.3, "approx"));
  expectFigure("en", "An M6.6 earthquake struck offshore.", M("M6.6", 6.6));
  expectFigure("en", "The Mw 7 event was followed by an ML 4.8 aftershock.", M("Mw 7", 7));
  expectFigure("en", "The Mw 7 event was followed by an ML 4.8 aftershock.", M("ML 4.8", 4.8));
});

test("English: no magnitude where none is stated", () => {
  // a motorway, an order of magnitude, a sum, a magnitude word with no number
  noMagnitude("en", "Traffic on the M25 was slow after the quake.");
  noMagnitude("en", "Costs rose by an order of magnitude in 2019.");
  noMagnitude("en", "The M4.5 upgrade shipped last week.");
  // the length after a magnitude stays a length
  expectFigure("en", "The magnitude 6.8 quake struck at a depth of 12 km.", { text: "12 km", kind: "quantity", low: 12000, unit: "m" });
});

test("German, French, Spanish, Italian, Portuguese", () => {
  expectFigure("de", "Ein Erdbeben der Stärke 6,2 traf die Küste.", M("Stärke 6,2", 6.2));
  expectFigure("de", "Das Institut gab eine Magnitude von 5,9 an.", M("Magnitude von 5,9", 5.9));
  expectFigure("de", "Das Beben erreichte 6,1 auf der Richterskala.", M("6,1 auf der Richterskala", 6.1));
  // "Stärke" alone is any force: a wind's with no earthquake near
  noMagnitude("de", "Der Sturm erreichte Stärke 9 an der Küste.");
  expectFigure("fr", "Un séisme de magnitude 5,8 a secoué la vallée.", M("magnitude 5,8", 5.8));
  expectFigure("fr", "La secousse, d'une magnitude de 4,6, a réveillé la ville.", M("magnitude de 4,6", 4.6));
  expectFigure("fr", "Le tremblement de terre a atteint 6,3 sur l'échelle de Richter.", M("6,3 sur l'échelle de Richter", 6.3));
  expectFigure("es", "Un sismo de magnitud 5,4 sacudió la capital.", M("magnitud 5,4", 5.4));
  expectFigure("es", "El terremoto de 6,7 grados dejó cientos de heridos.", M("6,7 grados", 6.7));
  noMagnitude("es", "La temperatura bajó a 6,7 grados centígrados.");
  expectFigure("it", "Una scossa di magnitudo 4.1 è stata avvertita in città.", M("magnitudo 4.1", 4.1));
  expectFigure("it", "Il terremoto di magnitudo 5,5 ha danneggiato la chiesa.", M("magnitudo 5,5", 5.5));
  expectFigure("pt", "Um sismo de magnitude 4,7 abalou a ilha.", M("magnitude 4,7", 4.7));
  expectFigure("pt", "O terremoto de 6,1 graus na escala de Richter destruiu casas.", M("6,1 graus na escala de Richter", 6.1));
});

test("Romanian, Icelandic", () => {
  expectFigure("ro", "Un cutremur cu magnitudinea de 5,6 a zguduit orașul.", M("magnitudinea de 5,6", 5.6));
  expectFigure("ro", "Seismul a avut 4,9 grade pe scara Richter.", M("4,9 grade pe scara Richter", 4.9));
  expectFigure("is", "Jarðskjálfti af stærðinni 4,3 varð í nótt.", M("af stærðinni 4,3", 4.3));
  expectFigure("is", "Skjálftinn var 3,8 að stærð.", M("3,8 að stærð", 3.8));
});

test("Polish, Russian, Ukrainian", () => {
  expectFigure("pl", "Wstrząs o magnitudzie 5,3 odczuli mieszkańcy.", M("magnitudzie 5,3", 5.3));
  expectFigure("pl", "Trzęsienie ziemi o sile 6,0 w skali Richtera uszkodziło most.", M("o sile 6,0 w skali Richtera", 6));
  noMagnitude("pl", "Zespół grał z siłą 5 zawodników.");
  expectFigure("ru", "Землетрясение магнитудой 6,4 произошло у побережья.", M("магнитудой 6,4", 6.4));
  expectFigure("ru", "Магнитуда подземного толчка составила 5,1.", M("Магнитуда подземного толчка составила 5,1", 5.1));
  expectFigure("ru", "Толчок силой 5,6 по шкале Рихтера ощутили в столице.", M("5,6 по шкале Рихтера", 5.6));
  expectFigure("uk", "Землетрус магнітудою 4,8 зафіксували вночі.", M("магнітудою 4,8", 4.8));
  expectFigure("uk", "Поштовх сягнув 5,2 за шкалою Ріхтера.", M("5,2 за шкалою Ріхтера", 5.2));
});

test("Japanese, Korean, Chinese, Arabic", () => {
  expectFigure("ja", "マグニチュード6.3の地震が起きた。", M("マグニチュード6.3", 6.3));
  expectFigure("ja", "震源の深さは10キロで、M5.8と推定される地震。", M("M5.8", 5.8));
  // an intensity is another scale
  noMagnitude("ja", "最大震度5強を観測した。");
  expectFigure("ko", "규모 5.4의 지진이 남부를 흔들었다.", M("규모 5.4", 5.4));
  expectFigure("ko", "리히터 규모 6.0 지진으로 건물이 무너졌다.", M("리히터 규모 6.0", 6));
  noMagnitude("ko", "300명 규모의 구조대가 투입됐다.");
  noMagnitude("ko", "대규모 5개 단지가 지진 뒤 점검을 받았다.");
  expectFigure("zh", "当地发生5.9级地震。", M("5.9级", 5.9));
  expectFigure("zh", "里氏6.2级余震造成房屋倒塌。", M("里氏6.2级", 6.2));
  noMagnitude("zh", "明天将有6级大风。");
  expectFigure("ar", "ضربت هزة بقوة 5.3 درجات جنوب البلاد.", M("بقوة 5.3 درجات", 5.3));
  expectFigure("ar", "سجل الزلزال 6.1 على مقياس ريختر.", M("6.1 على مقياس ريختر", 6.1));
  noMagnitude("ar", "بلغت الحرارة 9 درجات مئوية.");
});

test("a number before the locale's own words of a percentage or a scale is no magnitude", () => {
  // "eine Stärke von 7 Prozent": a strength of 7 percent, an earthquake named in the sentence too
  noMagnitude("de", "Nach dem Beben zeigte der Franken eine Stärke von 7 Prozent.");
  noMagnitude("fr", "Après le séisme, la magnitude 4 pour cent des dons restait inconnue.");
  noMagnitude("de", "Nach dem Beben sagte die Regierung M5,5 Millionen Euro zu.");
  // their own magnitudes stay
  expectFigure("de", "Das Beben der Stärke 6,2 zerstörte 40 Häuser.", M("Stärke 6,2", 6.2));
});
