/**
 * Figures Arabic writes, first pass: the classes missed in sentences of our own (eval/sentences/ar.ts),
 * tested on other sentences written for these tests. REF is 15 March 2024, a Friday.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { extract } from "../../../src/extract/index.js";
import { expectFigure, expectNone, REF } from "./util.js";

test("a bound or an about after the figure", () => {
  expectFigure("ar", "لقي 30 شخصا على الأقل حتفهم في الانهيار.", { text: "30 شخصا", kind: "count", low: 30, qualifier: "lower" });
  expectFigure("ar", "تضرر 800 منزل تقريبا جراء العاصفة.", { text: "800 منزل", kind: "count", low: 800, qualifier: "approx" });
  expectFigure("ar", "وصل 12 طبيبا إلى المدينة.", { text: "12 طبيبا", kind: "count", qualifier: null });
});

test("number words: teens, tens joined by و, a scale word alone, its dual", () => {
  expectFigure("ar", "أصيب أربعة عشر عاملا في الحادث.", { text: "أربعة عشر عاملا", kind: "count", low: 14 });
  expectFigure("ar", "أنقذت الفرق ثلاثة وأربعين شخصا.", { text: "ثلاثة وأربعين شخصا", kind: "count", low: 43 });
  expectFigure("ar", "يعيش في المدينة مليون نسمة.", { text: "مليون نسمة", kind: "count", low: 1e6 });
  expectFigure("ar", "نشرت الحكومة ألفي جندي على الحدود.", { text: "ألفي جندي", kind: "count", low: 2000 });
  expectFigure("ar", "يعاني نصف مليون طفل من سوء التغذية.", { text: "نصف مليون طفل", kind: "count", low: 5e5 });
  // a scale word after digits stays the scale of those digits
  expectFigure("ar", "فر 40 ألف شخص من القرى.", { text: "40 ألف شخص", kind: "count", low: 40000 });
});

test("units: millimetres, a speed, a flow", () => {
  expectFigure("ar", "سجلت المحطة 180 ملم من الأمطار.", { text: "180 ملم", kind: "quantity", low: 0.18, unit: "m" });
  expectFigure("ar", "هبت رياح بسرعة 90 كيلومترا في الساعة.", { text: "90 كيلومترا في الساعة", kind: "quantity", unit: "m/s", low: 25 });
  const m = expectFigure("ar", "بلغ تدفق النهر 1200 متر مكعب في الثانية.", { text: "1200 متر مكعب في الثانية", kind: "quantity", unit: "m3", low: 1200 });
  assert.equal(m.per, "second");
});

test("a month alone, since a day, a day said as an ordinal", () => {
  expectFigure("ar", "افتتح المعبر في يوليو.", { text: "يوليو", kind: "date", date: ["2024-07-01", "2024-07-31"] });
  expectFigure("ar", "وفي شهر نوفمبر وقعت الحكومة العقد.", { text: "نوفمبر", kind: "date", date: ["2023-11-01", "2023-11-30"] });
  // "مارس" alone is as often the verb "practised"
  expectNone("ar", "مارس الوزير ضغوطا على الشركة.", "مارس");
  expectFigure("ar", "يعمل المتطوعون منذ 20 سبتمبر.", { text: "20 سبتمبر", kind: "date", date: ["2023-09-20", "2023-09-20"] });
  expectFigure("ar", "تبدأ الرحلات في العاشر من أبريل.", { text: "العاشر من أبريل", kind: "date", date: ["2024-04-10", "2024-04-10"] });
  expectFigure("ar", "وقع الانفجار في الخامس والعشرين من آب 2020.", { text: "الخامس والعشرين من آب 2020", kind: "date", date: ["2020-08-25", "2020-08-25"] });
});

test("a year's parts: the ordinal after its noun, the year's word", () => {
  expectFigure("ar", "تراجعت المبيعات في الربع الثالث من عام 2023.", { text: "الربع الثالث من عام 2023", kind: "date", date: ["2023-07-01", "2023-09-30"] });
  expectFigure("ar", "نما الاقتصاد في النصف الأول من العام الماضي.", { text: "النصف الأول من العام الماضي", kind: "date", date: ["2023-01-01", "2023-06-30"] });
  expectFigure("ar", "ستكتمل المحطة في نهاية عام 2028.", { text: "نهاية عام 2028", kind: "date", date: ["2028-10-01", "2028-12-31"] });
});

test("durations: the dual, hours and minutes, a decade", () => {
  expectFigure("ar", "استمر الإضراب شهرين كاملين.", { text: "شهرين", kind: "duration", low: 60.88 });
  expectFigure("ar", "يستغرق العبور ساعتين و15 دقيقة.", { text: "ساعتين و15 دقيقة", kind: "duration", low: 2.25 / 24 });
  expectFigure("ar", "تستغرق الرحلة 3 ساعات و20 دقيقة.", { text: "3 ساعات و20 دقيقة", kind: "duration", low: (3 + 20 / 60) / 24 });
  // "العقد" is the contract
  expectNone("ar", "وقعت الشركة العقد أمس.", "العقد");
});

test("ago: one span or the dual's two, with no number", () => {
  expectFigure("ar", "انهار المبنى قبل أسبوعين.", { text: "قبل أسبوعين", kind: "date", date: ["2024-03-01", "2024-03-01"] });
  expectFigure("ar", "افتتح الجسر قبل عام.", { text: "قبل عام", kind: "date", date: ["2023-03-15", "2023-03-15"] });
  // before the year 2020, no span ago
  const ms = extract("كان المصنع يعمل قبل عام 2020.", { language: "ar", published: REF, source: "t" });
  assert.ok(!ms.some((m) => m.text.includes("قبل")), JSON.stringify(ms.map((m) => m.text)));
});

test("a change from one figure to another, a share, a multiplier", () => {
  expectFigure("ar", "انخفض عدد السياح من 3 ملايين إلى 1.8 مليون.", { text: "3 ملايين", kind: "count", low: 3e6, high: 3e6 });
  expectFigure("ar", "انخفض عدد السياح من 3 ملايين إلى 1.8 مليون.", { text: "1.8 مليون", kind: "count", low: 1.8e6, qualifier: null });
  // a range stays one
  expectFigure("ar", "يتراوح الطول بين 200 و300 متر.", { text: "200 و300 متر", kind: "quantity", low: 200, high: 300 });
  expectFigure("ar", "دمرت الفيضانات ربع المحاصيل.", { text: "ربع", kind: "percent", low: 25 });
  expectNone("ar", "انتظر الركاب ربع ساعة.", "ربع");
  expectFigure("ar", "تضاعفت أسعار القمح أربع مرات.", { text: "تضاعفت أسعار القمح أربع مرات", kind: "ratio", low: 4 });
  expectFigure("ar", "تضاعفت أسعار القمح منذ الحرب.", { text: "تضاعفت", kind: "ratio", low: 2 });
  expectFigure("ar", "ارتفع الإنتاج خمسة أضعاف.", { text: "خمسة أضعاف", kind: "ratio", low: 5 });
});

test("about a year's digits, then a noun, is a count in every locale", () => {
  expectFigure("ar", "غمرت المياه نحو 1500 فدان.", { text: "1500 فدان", kind: "count", low: 1500, qualifier: "approx" });
  expectFigure("ru", "Вода затопила около 2000 домов.", { text: "2000 домов", kind: "count", low: 2000, qualifier: "approx" });
  expectFigure("fr", "Les eaux ont inondé environ 1900 maisons.", { text: "1900 maisons", kind: "count", low: 1900, qualifier: "approx" });
  // the year's own word, or a bound (since), keeps a year
  expectFigure("ru", "Мост построили около 2000 года.", { text: "2000 года", kind: "date" });
  expectFigure("es", "La planta opera desde 2001 junto al puerto.", { text: "2001", kind: "date" });
});
