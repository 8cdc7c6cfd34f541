/**
 * A new date a plan was moved to lies ahead, in every locale that reconciles, as English's
 * "postponed until June": "aplazado hasta", "rinviato a", "adiado para", "отложили до". Sentences
 * written for these tests; the report is of 15 September 2024, so June is nearer behind.
 */
import { test } from "node:test";
import { expectFigure } from "./util.js";

const PUB = "2024-09-15";
const NEXT_JUNE = ["2025-06-01", "2025-06-30"] as [string, string];
const LAST_JUNE = ["2024-06-01", "2024-06-30"] as [string, string];

test("a month a plan was moved to is the coming one", () => {
  expectFigure("es", "La apertura del puente fue aplazada hasta junio.", { text: "junio", kind: "date", date: NEXT_JUNE }, PUB);
  expectFigure("it", "L'apertura del ponte è stata rinviata a giugno.", { text: "giugno", kind: "date", date: NEXT_JUNE }, PUB);
  expectFigure("ru", "Открытие моста отложили до июня.", { text: "июня", kind: "date", date: NEXT_JUNE }, PUB);
  expectFigure("uk", "Відкриття мосту відклали до червня.", { text: "червня", kind: "date", date: NEXT_JUNE }, PUB);
  // with no move, the nearest
  expectFigure("es", "La apertura del puente, en junio.", { text: "junio", kind: "date", date: LAST_JUNE }, PUB);
});
