import { test } from "node:test";
import { testSingleCase } from "./util.js";

test("spoken numbers: decimals said as 'point'", () => {
  testSingleCase("Exports jumped one hundred twenty-four point eight percent, the anchor said.", { text: "one hundred twenty-four point eight percent", kind: "percent", low: 124.8 });
  testSingleCase("Inflation cooled to three point five percent.", { text: "three point five percent", kind: "percent", low: 3.5 });
  testSingleCase("The index slipped two point zero five percent.", { text: "two point zero five percent", kind: "percent", low: 2.05 });
});

test("spoken numbers: thousands with smaller words after them", () => {
  testSingleCase("Some twenty-one thousand, four hundred people left the valley.", { text: "twenty-one thousand, four hundred people", kind: "count", low: 21400, unit: "person" });
  testSingleCase("The fleet counts two thousand and five trucks.", { text: "two thousand and five trucks", kind: "count", low: 2005, unit: "truck" });
  testSingleCase("Nine thousand soldiers marched past.", { text: "Nine thousand soldiers", kind: "count", low: 9000 });
});
