import { test } from "node:test";
import assert from "node:assert/strict";
import { lookupUnit, poweredUnit, UNITS, writtenAs } from "./units.js";
import { currencyCode } from "./currency.js";

test("units: aliases convert to SI", () => {
  assert.deepEqual(lookupUnit("Kilometres"), { dimension: "length", factor: 1000, unit: "m" });
  assert.equal(lookupUnit("sq. km")?.factor, 1e6);
  assert.equal(lookupUnit("miles")?.factor, 1609.344);
  assert.equal(lookupUnit("tons")?.factor, 1000);
  assert.equal(lookupUnit("hectares")?.unit, "m2");
  assert.equal(lookupUnit("TEUs")?.unit, "TEU");
  assert.equal(lookupUnit("furlongs"), undefined);
  assert.equal(poweredUnit(3, "foot")?.factor, 0.3048 ** 3);
  assert.equal(poweredUnit(2, "kg"), undefined);
  for (const [k, d] of Object.entries(UNITS)) {
    assert.equal(k, k.toLowerCase().replace(/\s+/g, " "), `alias ${k} must be lower case`);
    assert.ok(d.factor > 0);
  }
});

test("units: an alias whose case tells two units apart is read only as written", () => {
  assert.equal(lookupUnit("Mm3")?.factor, 1e6);
  assert.ok(writtenAs("Mm3") && writtenAs("Mm³") && writtenAs("km3"));
  assert.ok(!writtenAs("mm3"));
});

test("currency: symbols, codes and names", () => {
  assert.equal(currencyCode("$"), "USD");
  assert.equal(currencyCode("US$"), "USD");
  assert.equal(currencyCode("£"), "GBP");
  assert.equal(currencyCode("roubles"), "RUB");
  assert.equal(currencyCode("won"), "KRW");
  assert.equal(currencyCode("USD"), "USD");
  assert.equal(currencyCode("usd"), undefined); // codes are written in capitals
  assert.equal(currencyCode("doubloons"), undefined);
});
