import { test } from "node:test";
import { testSingleCase, testUnexpectedResult } from "./util.js";
import { extract } from "../../../src/extract/index.js";
import assert from "node:assert/strict";

test("negative: numbers that are part of names", () => {
  testUnexpectedResult("G7 leaders met near the Boeing 737 plant.");
  testUnexpectedResult("Traffic on Route 66 was light.");
  testUnexpectedResult("Schools shut during COVID-19 restrictions.");
  testUnexpectedResult("Article 5 of the treaty was cited.");
  testUnexpectedResult("The F-16 pilot landed safely.");
  testUnexpectedResult("They unveiled Vision 2030 on the coast.", "2030");
});

test("negative: URLs, phone numbers, list numbering, furniture", () => {
  testUnexpectedResult("See https://example.org/news/2024/05/12/story-123.html for more.");
  testUnexpectedResult("Call +44 20 7946 0958 or (202) 555-0143 today.", "+44 20 7946 0958 or (202) 555-0143");
  testUnexpectedResult("1. Reuters – Trade surges");
  testUnexpectedResult("2 months ago");
  testUnexpectedResult("5 Articles");
  testUnexpectedResult("Back to top\nGoldcoin (GLD) $ 1,204.50 0.85%\nSilvercoin (SLV) $ 0.9981 -1.2%");
});

test("negative: ordinals, times, scores, verbs", () => {
  testUnexpectedResult("It was the first road link and the 3rd parties agreed.");
  testUnexpectedResult("The meeting started at 10:30 a.m. sharp.");
  testUnexpectedResult("He may go, and they may stay.");
  testUnexpectedResult("A 5G network and 40C heat.", "5G");
});

test("never throws, offsets always inside the text", () => {
  const nasty = ["", "$", "£.", "1,", "-1-", "between and", "from to", "(", ")", "1(2)3", "\u0000\uffff", "9".repeat(400), "one ".repeat(200), "May ".repeat(100), "\n\n1.\n2)\n", "$1e9", "₩", "1,000,000,000,000,000,000,000"];
  for (const s of nasty) {
    const ms = extract(s, { published: "2024-01-01" });
    for (const m of ms) {
      assert.ok(m.start >= 0 && m.end <= s.length && m.start < m.end);
      assert.equal(s.slice(m.start, m.end), m.text);
    }
  }
  // wrong types from JS callers are handled too
  assert.deepEqual(extract(undefined as unknown as string), []);
  assert.deepEqual(extract("In 2024.", { published: "not a date" }).length, 1);
});

test("negative: model codes, ages in apposition, times, tables", () => {
  testUnexpectedResult("The airline bought its popular 737 Max jet and the 787-9 variant.", "737");
  testUnexpectedResult("The airline bought the 787-9 variant.");
  testUnexpectedResult("The actor, 42, was voted off.");
  testUnexpectedResult("The session began at 10 p.m. local time.");
  testUnexpectedResult("Pos 1 17 27 2 15 24 3 19 26");
  testUnexpectedResult("Prices on Black Friday fell.");
});

test("negative: widget lines and citation numbers", () => {
  testUnexpectedResult("Posted 3 hours ago | 12 comments | Share");
  testUnexpectedResult("Join the debate: 87 comments");
  testUnexpectedResult("Read the full story here.\nComments (57)\nMore from this section");
  testUnexpectedResult("Shares: 1,204");
  testUnexpectedResult("Journal of Logistics, 14(3), pp. 45-67.");
});

test("negative: month names that are people's names", () => {
  testUnexpectedResult("The question came from reporter April Ryan, said June Smith.");
});

test("negative: military and wire times of day are no years or counts", () => {
  testUnexpectedResult("The quake struck at 1814 GMT on the coast.");
  testUnexpectedResult("Troops moved at 0630 hrs towards the ridge.");
  testUnexpectedResult("The blast came at 2314 local time.");
});

test("negative: round-the-clock, even splits, product names, summit codes", () => {
  testUnexpectedResult("The help line now runs 24/7 across the region.");
  testUnexpectedResult("Both sides agreed a 50-50 split of the revenue.");
  testUnexpectedResult("Queues formed for the iPhone 15 in the mall.");
  testUnexpectedResult("Delegates flew to the COP28 summit in Dubai.");
});

test("negative: page timestamps, photo credits and the wire's exchange-rate note", () => {
  testUnexpectedResult("By Jane Doe | Updated 14 March 2024, 09:41 GMT | 4 min read");
  testUnexpectedResult("Published: 10:32 AM EST, Thu March 14, 2024");
  testUnexpectedResult("Photo: 2024 Getty Images");
  testUnexpectedResult("(Reporting by Ana Lee; $1 = 1,330.5 won)");
  testSingleCase("The report, published on 3 May, said so.", { text: "3 May", kind: "date", date: ["2023-05-03", "2023-05-03"] });
});

test("negative: honorifics are no rupees", () => {
  testUnexpectedResult("Mrs 500 was the code name.", "Mrs 500");
});
