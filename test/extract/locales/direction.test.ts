/**
 * A count per direction: "dos en cada dirección" after "cuatro carriles" counts lanes, per
 * direction; a count with its noun and those words is per direction too. Sentences written for
 * these tests.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../../src/extract/index.js";
import { rng } from "../../rng.js";
import { expectFigure, expectNone } from "./util.js";

test("a count per direction takes the noun of the count it is a part of", () => {
  const es = expectFigure("es", "La autovía tendrá seis carriles, tres en cada sentido.", { text: "tres en cada sentido", kind: "count", low: 3, unit: "carriles" });
  assert.equal(es.per, "direction");
  const de = expectFigure("de", "Die Straße bekommt vier Spuren, zwei pro Richtung.", { text: "zwei pro Richtung", kind: "count", low: 2, unit: "spuren" });
  assert.equal(de.per, "direction");
  const whole = expectFigure("de", "Die Straße bekommt vier Spuren, zwei pro Richtung.", { text: "vier Spuren", kind: "count", low: 4 });
  assert.equal(whole.per, null);
  const en = expectFigure("en", "The new road has six lanes, three in each direction.", { text: "three in each direction", kind: "count", low: 3, unit: "lane" });
  assert.equal(en.per, "direction");
  const noun = expectFigure("uk", "На мосту буде по дві смуги у кожному напрямку.", { text: "дві смуги", kind: "count", low: 2 });
  assert.equal(noun.per, "direction");
  // nothing before it that it is a part of, or not smaller than it: no count
  expectNone("es", "Habrá tres en cada sentido.", "tres");
  expectNone("es", "Tiene dos carriles y tres en cada sentido.", "tres en cada sentido");
});

test("per-direction words at the edges: no throw, offsets inside", () => {
  const pieces = ["dos", "en cada dirección", "cuatro carriles", "una", ",", "-", " ", "por sentido", "3"];
  const r = rng(20261208);
  for (let i = 0; i < 200; i++) {
    let text = "";
    for (let n = Math.floor(r() * 10); n > 0; n--) text += pieces[Math.floor(r() * pieces.length)] + (r() < 0.5 ? " " : "");
    for (const m of extract(text, { language: "es", published: "2024-03-15", source: "t" })) {
      assert.ok(0 <= m.start && m.start < m.end && m.end <= text.length, `${JSON.stringify(text)}: ${m.start}-${m.end}`);
      assert.equal(text.slice(m.start, m.end), m.text);
    }
  }
});
