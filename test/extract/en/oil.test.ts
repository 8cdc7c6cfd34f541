import { test } from "node:test";
import { testSingleCase, testUnexpectedResult } from "./util.js";

const BBL = 0.158987294928;

test("oil: barrels are a volume in cubic metres", () => {
  testSingleCase("The terminal stores 13 million barrels in its tanks.", { text: "13 million barrels", kind: "quantity", low: 13e6 * BBL, unit: "m3" });
  testSingleCase("Tankers loaded 640,000 barrels of crude last week.", { text: "640,000 barrels of crude", kind: "quantity", low: 640000 * BBL, unit: "m3" });
  testSingleCase("Reserves stand at 3 MMbbl after the survey.", { text: "3 MMbbl", kind: "quantity", low: 3e6 * BBL, unit: "m3" });
  testSingleCase("A 2-million-barrel carrier waited offshore.", { text: "2-million-barrel", kind: "quantity", low: 2e6 * BBL, unit: "m3" });
});

test("oil: rates per day, written out or abbreviated", () => {
  testSingleCase("The cartel pumps 1.2 million barrels a day more than in spring.", { text: "1.2 million barrels", kind: "quantity", low: 1.2e6 * BBL, unit: "m3", per: "day" });
  testSingleCase("Shipments averaged nine hundred thousand barrels per day.", { text: "nine hundred thousand barrels", kind: "quantity", low: 9e5 * BBL, per: "day" });
  testSingleCase("Output hit 870,000 bbl/d in the quarter.", { text: "870,000 bbl/d", kind: "quantity", low: 870000 * BBL, unit: "m3", per: "day" });
  testSingleCase("Flows through the pipe fell to 310,000 b/d.", { text: "310,000 b/d", kind: "quantity", low: 310000 * BBL, per: "day" });
  testSingleCase("The agency sees demand growth of 1.3 mb/d next year.", { text: "1.3 mb/d", kind: "quantity", low: 1.3e6 * BBL, per: "day" });
  testSingleCase("Condensate adds 45 kb/d at the plant.", { text: "45 kb/d", kind: "quantity", low: 45000 * BBL, per: "day" });
  testSingleCase("The new 250,000-barrel-per-day refinery opens soon.", { text: "250,000-barrel-per-day", kind: "quantity", low: 250000 * BBL, per: "day" });
});

test("oil: ranges of barrels stay one volume", () => {
  testSingleCase("Cuts of 1.1-1.4 mb/d were discussed.", { text: "1.1-1.4 mb/d", kind: "quantity", low: 1.1e6 * BBL, high: 1.4e6 * BBL, unit: "m3" });
});

test("oil: a price per barrel is money, not a volume", () => {
  testSingleCase("Brent traded at $82 a barrel on Monday.", { text: "$82", kind: "money", low: 82, unit: "USD" });
  testUnexpectedResult("Brent traded at $82 a barrel on Monday.", "barrel");
});
