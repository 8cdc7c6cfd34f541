import { test } from "node:test";
import { testSingleCase } from "./util.js";

// published Monday 2024-05-20
const PUB = "2024-05-20";

test("the end of the week: its Friday to Sunday", () => {
  testSingleCase("Queues should clear by the end of the week.", { text: "end of the week", kind: "date", date: ["2024-05-24", "2024-05-26"] }, PUB);
  testSingleCase("The line reopens at the end of next week.", { text: "end of next week", kind: "date", date: ["2024-05-31", "2024-06-02"] }, PUB);
});
