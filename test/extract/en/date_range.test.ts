import { test } from "node:test";
import { testSingleCase } from "./util.js";

const PUB = "2024-05-20";

test("date ranges: two calendar dates joined into one span", () => {
  testSingleCase("Shipments slowed from January to April 2023.", { text: "January to April 2023", kind: "date", date: ["2023-01-01", "2023-04-30"] }, PUB);
  testSingleCase("Output grew between 2019 and 2022.", { text: "2019 and 2022", kind: "date", date: ["2019-01-01", "2022-12-31"] }, PUB);
  testSingleCase("The fair ran June 4 to June 9, 2022.", { text: "June 4 to June 9, 2022", kind: "date", date: ["2022-06-04", "2022-06-09"] }, PUB);
  testSingleCase("Drought lasted from 2015 until 2017.", { text: "2015 until 2017", kind: "date", date: ["2015-01-01", "2017-12-31"] }, PUB);
});

test("date ranges: years implied for both ends point back unless the clause looks ahead", () => {
  testSingleCase("Frost hit the valley from November through January.", { text: "November through January", kind: "date", date: ["2023-11-01", "2024-01-31"] }, PUB);
  testSingleCase("Strikes spread from February to April.", { text: "February to April", kind: "date", date: ["2024-02-01", "2024-04-30"] }, PUB);
  testSingleCase("Repairs will last from July to September.", { text: "July to September", kind: "date", date: ["2024-07-01", "2024-09-30"] }, PUB);
});

test("date ranges: a moved date or a list stays two dates", () => {
  const moved = "The vote was pushed back from March to June 2023.";
  testSingleCase(moved, { text: "June 2023", kind: "date", date: ["2023-06-01", "2023-06-30"] }, PUB);
  testSingleCase(moved, { text: "March", kind: "date", date: ["2023-03-01", "2023-03-31"] }, PUB);
  const list = "Harvests failed in 2020 and 2021.";
  testSingleCase(list, { text: "2020", kind: "date", date: ["2020-01-01", "2020-12-31"] }, PUB);
  testSingleCase(list, { text: "2021", kind: "date", date: ["2021-01-01", "2021-12-31"] }, PUB);
});

test("date ranges: 'between' two dates each whole in itself is a start and an end", () => {
  const span = "Cars built between May 2021 and August 2023 are affected.";
  testSingleCase(span, { text: "May 2021", kind: "date", date: ["2021-05-01", "2021-05-31"] }, PUB);
  testSingleCase(span, { text: "August 2023", kind: "date", date: ["2023-08-01", "2023-08-31"] }, PUB);
  const days = "Ferries stopped between April 2 and April 9.";
  testSingleCase(days, { text: "April 2", kind: "date", date: ["2024-04-02", "2024-04-02"] }, PUB);
  testSingleCase(days, { text: "April 9", kind: "date", date: ["2024-04-09", "2024-04-09"] }, PUB);
  testSingleCase("Talks stalled between January and March 2023.", { text: "January and March 2023", kind: "date", date: ["2023-01-01", "2023-03-31"] }, PUB);
});
