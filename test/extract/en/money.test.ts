import { test } from "node:test";
import { testSingleCase, testUnexpectedResult } from "./util.js";

test("money: symbols with attached and spaced scales", () => {
  testSingleCase("The club paid $100million for the striker.", { text: "$100million", kind: "money", low: 1e8, unit: "USD" });
  testSingleCase("A stadium priced at £73.7million was approved.", { text: "£73.7million", kind: "money", low: 73.7e6, unit: "GBP" });
  testSingleCase("The group raised US$3.4 billion last spring.", { text: "US$3.4 billion", kind: "money", low: 3.4e9, unit: "USD" });
  testSingleCase("Brussels pledged €1.2bn in grants.", { text: "€1.2bn", kind: "money", low: 1.2e9, unit: "EUR" });
  testSingleCase("It is building a $3bn terminal.", { text: "$3bn", kind: "money", low: 3e9, unit: "USD" });
  testSingleCase("Investors put in $500m.", { text: "$500m", kind: "money", low: 5e8, unit: "USD" });
  testSingleCase("Fees of USD 25 million were waived.", { text: "USD 25 million", kind: "money", low: 25e6, unit: "USD" });
  // tabloid capitals: the scale is still the scale, not a stray word after "$1.7"
  testSingleCase("The repair bill is put at $1.7BN.", { text: "$1.7BN", kind: "money", low: 1.7e9, unit: "USD" });
  testSingleCase("A £2 BN rescue was floated.", { text: "£2 BN", kind: "money", low: 2e9, unit: "GBP" });
  testSingleCase("The club lost €40MN last season.", { text: "€40MN", kind: "money", low: 40e6, unit: "EUR" });
  // the wire style of Russian and Chinese agencies' English services
  testSingleCase("Turnover reached 12.4 bln dollars.", { text: "12.4 bln dollars", kind: "money", low: 12.4e9, unit: "USD" });
  testSingleCase("The fund holds 3.1 trln rubles.", { text: "3.1 trln rubles", kind: "money", low: 3.1e12, unit: "RUB" });
  testSingleCase("The dam cost 68 billion liras.", { text: "68 billion liras", kind: "money", low: 68e9, unit: "TRY" });
});

test("money: currency names and codes after the amount", () => {
  testSingleCase("The budget sets aside 5 billion roubles for roads.", { text: "5 billion roubles", kind: "money", low: 5e9, unit: "RUB" });
  testSingleCase("Chip exports fell to 55.1bn won in May.", { text: "55.1bn won", kind: "money", low: 55.1e9, unit: "KRW" });
  testSingleCase("The stake cost 1.4 billion dollars.", { text: "1.4 billion dollars", kind: "money", low: 1.4e9, unit: "USD" });
  testSingleCase("A fine of 30 million euros was imposed.", { text: "30 million euros", kind: "money", low: 30e6, unit: "EUR" });
  testSingleCase("They lent 2 billion yuan to the mill.", { text: "2 billion yuan", kind: "money", low: 2e9, unit: "CNY" });
  testSingleCase("Sales reached 700 million USD.", { text: "700 million USD", kind: "money", low: 700e6, unit: "USD" });
  testSingleCase("Profits hit Rs 1,200 crore.", { text: "Rs 1,200 crore", kind: "money", low: 1.2e10, unit: "INR" });
  testSingleCase("The relief fund paid out 95 million meticais.", { text: "95 million meticais", kind: "money", low: 95e6, unit: "MZN" });
});

test("money: pounds without a scale are a weight, with one they are sterling", () => {
  testSingleCase("The parcel weighed 40 pounds.", { text: "40 pounds", kind: "quantity", low: 40 * 0.45359237, unit: "kg" });
  testSingleCase("The council spent 3 million pounds.", { text: "3 million pounds", kind: "money", low: 3e6, unit: "GBP" });
});

test("money: conversions in brackets share a statement and the qualifier", () => {
  const text = "The hall will cost around $100million to build (£73.7million).";
  testSingleCase(text, { text: "$100million", kind: "money", qualifier: "approx", statement: true });
  testSingleCase(text, { text: "£73.7million", kind: "money", low: 73.7e6, unit: "GBP", qualifier: "approx", statement: true });
});

test("money: ranges and rates", () => {
  testSingleCase("Repairs will cost $1.3-1.5 billion.", { text: "$1.3-1.5 billion", kind: "money", low: 1.3e9, high: 1.5e9, unit: "USD" });
  testSingleCase("The line earns $4.5 billion in annual revenues.", { text: "$4.5 billion", kind: "money", per: "year" });
  testSingleCase("The levy brings in £2.5bn a year.", { text: "£2.5bn", kind: "money", per: "year" });
});

test("money: less common currency names", () => {
  testSingleCase("The plant earns 1 billion birr a month.", { text: "1 billion birr", kind: "money", low: 1e9, unit: "ETB", per: "month" });
  testSingleCase("Farmers lost 40 million shillings.", { text: "40 million shillings", kind: "money", low: 4e7, unit: "KES" });
});

test("money: letter prefixes of regional papers", () => {
  testSingleCase("The budget is W1.3 trillion this year.", { text: "W1.3 trillion", kind: "money", low: 1.3e12, unit: "KRW" });
  testSingleCase("Funding reached RM5 million.", { text: "RM5 million", kind: "money", low: 5e6, unit: "MYR" });
  testUnexpectedResult("He drove the W3 model.");
});

test("money: cents and pence", () => {
  testSingleCase("It pays a dividend of 35 cents a share.", { text: "35 cents", kind: "money", low: 0.35, unit: "USD" });
  testSingleCase("Stamps rose by 50 pence.", { text: "50 pence", kind: "money", low: 0.5, unit: "GBP" });
});

test("money: yen and won as names, in any case", () => {
  testSingleCase("Tokyo will spend 1.2 trillion yen ($8.1 billion) on chips.", { text: "1.2 trillion yen", kind: "money", low: 1.2e12, unit: "JPY" });
  testSingleCase("The fine was 90 billion won.", { text: "90 billion won", kind: "money", low: 9e10, unit: "KRW" });
});

test("money: 'a year earlier' is a comparison, not a rate", () => {
  testSingleCase("It lost $12 million, against a profit of $88 million a year earlier.", { text: "$88 million", kind: "money", per: null });
  testSingleCase("It lost $12 million, against revenue of $88 million a year.", { text: "$88 million", kind: "money", per: "year" });
});

test("money: currency names with their country, and regional letter prefixes", () => {
  testSingleCase("The rescue costs 45 billion Swiss francs.", { text: "45 billion Swiss francs", kind: "money", low: 45e9, unit: "CHF" });
  testSingleCase("Copenhagen set aside 3 billion Danish kroner.", { text: "3 billion Danish kroner", kind: "money", low: 3e9, unit: "DKK" });
  testSingleCase("Cairo borrowed 20 billion Egyptian pounds.", { text: "20 billion Egyptian pounds", kind: "money", low: 2e10, unit: "EGP" });
  testSingleCase("Manila earmarked 8 billion Philippine pesos.", { text: "8 billion Philippine pesos", kind: "money", low: 8e9, unit: "PHP" });
  testSingleCase("The county raised KSh 50 billion in bonds.", { text: "KSh 50 billion", kind: "money", low: 5e10, unit: "KES" });
  testSingleCase("A levy of Sh2 billion was dropped.", { text: "Sh2 billion", kind: "money", low: 2e9, unit: "KES" });
  testSingleCase("Dhaka allotted Tk 3,000 crore for embankments.", { text: "Tk 3,000 crore", kind: "money", low: 3e10, unit: "BDT" });
  testSingleCase("Jakarta pledged Rp 5 trillion.", { text: "Rp 5 trillion", kind: "money", low: 5e12, unit: "IDR" });
  testUnexpectedResult("The SR71 flew over the Sh3 lane.");
});

test("money: ISO codes spaced, or glued with a scale", () => {
  testSingleCase("The loan was CAD 300 in fees.", { text: "CAD 300", kind: "money", low: 300, unit: "CAD" });
  testSingleCase("The loan was EUR5m.", { text: "EUR5m", kind: "money", low: 5e6, unit: "EUR" });
});

test("money: ¥ is the yen, unless the text speaks of China", () => {
  testSingleCase("Tokyo set aside ¥3 trillion for chips.", { text: "¥3 trillion", kind: "money", low: 3e12, unit: "JPY" });
  testSingleCase("Beijing will lend ¥500 billion to Chinese developers.", { text: "¥500 billion", kind: "money", low: 5e11, unit: "CNY" });
});

test("money: a scale word in capitals, as in shouting headlines", () => {
  testSingleCase("OWNERS DEMAND $600MILLION FOR THE DELAY", { text: "$600MILLION", kind: "money", low: 6e8, unit: "USD" });
});
