// Polish cue words (locales/pl/reconcile.ts) as reconciliation reads them: what a figure measures,
// the event of a date, a said verb, a counted noun, a figure dated earlier. Sentences in our own words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract/index.js";
import { countedOf } from "./counted.js";
import { reportFeatures } from "./features.js";
import { localeFor } from "./locale.js";
import { statedEarlier } from "./time.js";

const read = (text: string) => {
  const ms = extract(text, { language: "pl", published: "2024-03-15", source: "t" });
  return { ms, fs: reportFeatures(text, ms, "pl") };
};

test("pl: what a figure measures, by its words in their cases", () => {
  const cases: Array<[string, string]> = [
    ["Długość nowego mostu wynosi 1,2 km.", "#length"],
    ["Koszt inwestycji sięgnie 4 mld zł.", "#cost"],
    ["W ataku zginęło 12 osób.", "#casualty"],
    ["Rannych zostało 40 osób.", "#injured"],
    ["Ewakuowano 2 tys. mieszkańców.", "#displaced"],
    ["Zaginionych jest 7 osób.", "#missing"],
    ["Liczba zabitych i rannych sięgnęła 60 osób.", "#hurt"],
  ];
  for (const [text, want] of cases) assert.equal(read(text).fs[0].measure, want, text);
});

test("pl: a date's event, a said verb's date, a counted noun, a figure dated earlier", () => {
  assert.equal(read("Most otwarto 12 marca 2025 roku.").fs[0].event, "#complete");
  assert.equal(read("Ministerstwo poinformowało 3 lutego, że port jest zamknięty.").fs[0].event, "#say");
  const text = "W nocy nadleciało 40 dronów.";
  const { ms } = read(text);
  assert.equal(countedOf(text, ms[0], localeFor("pl")), "drone");
  const t2 = "Początkowo mówiono o 40 rannych, teraz służby podają 52 rannych.";
  const m2 = extract(t2, { language: "pl", published: "2024-03-15", source: "t" });
  assert.equal(statedEarlier(t2, m2.find((m) => m.text === "40 rannych")!, "pl"), true);
  assert.equal(statedEarlier(t2, m2.find((m) => m.text === "52 rannych")!, "pl"), false);
});
