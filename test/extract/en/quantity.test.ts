import { test } from "node:test";
import { testSingleCase, testUnexpectedResult } from "./util.js";

test("quantity: lengths converted to metres", () => {
  testSingleCase("The causeway will span 4.7km in total.", { text: "4.7km", kind: "quantity", low: 4700, unit: "m" });
  testSingleCase("A pier of 850 metres was planned.", { text: "850 metres", kind: "quantity", low: 850, unit: "m" });
  testSingleCase("The quay runs 1,500 linear meters.", { text: "1,500 linear meters", kind: "quantity", low: 1500, unit: "m" });
  testSingleCase("The town lies 50 miles inland.", { text: "50 miles", kind: "quantity", low: 80467.2, unit: "m" });
  testSingleCase("A 1.8-kilometer tunnel links the yard.", { text: "1.8-kilometer", kind: "quantity", low: 1800, unit: "m" });
  testSingleCase("The mast is seven meters tall.", { text: "seven meters", kind: "quantity", low: 7, unit: "m" });
  testSingleCase("The dam is 185 m high.", { text: "185 m", kind: "quantity", low: 185, unit: "m" });
  testSingleCase("The channel is -17.8 meters deep.", { text: "17.8 meters", kind: "quantity", low: 17.8, unit: "m" });
});

test("quantity: hyphenated units and bracketed conversions", () => {
  const text = "The 850-meter-long (2,788-foot-long) viaduct opened.";
  testSingleCase(text, { text: "850-meter", kind: "quantity", low: 850, statement: true });
  testSingleCase(text, { text: "2,788-foot", kind: "quantity", low: 2788 * 0.3048, unit: "m", statement: true });
  const t2 = "The road will be 4.7km (2.9 miles) long.";
  testSingleCase(t2, { text: "2.9 miles", kind: "quantity", low: 2.9 * 1609.344, statement: true });
});

test("quantity: area, mass, volume, speed", () => {
  testSingleCase("The park covers 1,100 hectares.", { text: "1,100 hectares", kind: "quantity", low: 1.1e7, unit: "m2" });
  testSingleCase("Drilling spans 2,500 sq km of tundra.", { text: "2,500 sq km", kind: "quantity", low: 2.5e9, unit: "m2" });
  testSingleCase("The yard moves six million tons of ore.", { text: "six million tons", kind: "quantity", low: 6e9, unit: "kg" });
  testSingleCase("A hull of 7,300 tonnes was launched.", { text: "7,300 tonnes", kind: "quantity", low: 7.3e6, unit: "kg" });
  testSingleCase("The lake holds 39.3 billion cubic metres.", { text: "39.3 billion cubic metres", kind: "quantity", low: 39.3e9, unit: "m3" });
  testSingleCase("Trains run at 360 km/h on the line.", { text: "360 km/h", kind: "quantity", low: 100, unit: "m/s" });
  testSingleCase("The ferry cruises at 22 knots.", { text: "22 knots", kind: "quantity", low: 22 * 1852 / 3600, unit: "m/s" });
});

test("quantity: m after a number is a million before a plural noun", () => {
  testSingleCase("It can handle 1m containers a year.", { text: "1m containers", kind: "count", low: 1e6, per: "year" });
  testSingleCase("They built a 50m tower.", { text: "50m", kind: "quantity", low: 50, unit: "m" });
});

test("quantity: power, energy, cubic feet, microns", () => {
  testSingleCase("The farm adds 2.1 GW of capacity.", { text: "2.1 GW", kind: "quantity", low: 2.1e9, unit: "W" });
  testSingleCase("Output reached 5 TWh last year.", { text: "5 TWh", kind: "quantity", low: 5 * 3.6e15, unit: "J" });
  testSingleCase("The trunk holds 20.7 cubic feet.", { text: "20.7 cubic feet", kind: "quantity", low: 20.7 * 0.3048 ** 3, unit: "m3" });
  testSingleCase("Particles under 2.5 microns are harmful.", { text: "2.5 microns", kind: "quantity", low: 2.5e-6, unit: "m", qualifier: "upper" });
  testSingleCase("The plants range from 30-600 MW.", { text: "30-600 MW", kind: "quantity", low: 3e7, high: 6e8, unit: "W" });
});

test("quantity: temperatures in degrees Celsius (Fahrenheit converted)", () => {
  testSingleCase("The mercury hit 45°C in the capital.", { text: "45°C", kind: "quantity", low: 45, unit: "°C" });
  testSingleCase("Readings of 113°F were logged.", { text: "113°F", kind: "quantity", low: 45, unit: "°C" });
  testSingleCase("Nights fell to -12°C on the plateau.", { text: "-12°C", kind: "quantity", low: -12, unit: "°C" });
  testSingleCase("It was minus 30 degrees Celsius at the pass.", { text: "minus 30 degrees Celsius", kind: "quantity", low: -30, unit: "°C" });
  testSingleCase("Forecasters expect 30-35°C by Sunday.", { text: "30-35°C", kind: "quantity", low: 30, high: 35, unit: "°C" });
  testSingleCase("The reactor core stayed at 38.5 °C.", { text: "38.5 °C", kind: "quantity", low: 38.5, unit: "°C" });
});

test("quantity: angles and degree-less temperatures are not read", () => {
  testUnexpectedResult("The turret turned 90 degrees to the left.");
  testUnexpectedResult("A 360-degree camera filmed the site.");
  testUnexpectedResult("The meeting moved to Room 40C.", "40C");
});

test("quantity: energy-trade units and their periods", () => {
  testSingleCase("The field could pump 200,000 bpd by 2027.", { text: "200,000 bpd", kind: "quantity", low: 200000 * 0.158987294928, unit: "m3", per: "day" });
  testSingleCase("Output was 150,000 b/d in May.", { text: "150,000 b/d", kind: "quantity", low: 150000 * 0.158987294928, unit: "m3", per: "day" });
  testSingleCase("The LNG train adds 7.5 mtpa of capacity.", { text: "7.5 mtpa", kind: "quantity", low: 7.5e9, unit: "kg", per: "year" });
  testSingleCase("The mine holds 3 Mt of ore.", { text: "3 Mt", kind: "quantity", low: 3e9, unit: "kg" });
  testSingleCase("Reserves stand at 12 tcf.", { text: "12 tcf", kind: "quantity", low: 12e12 * 0.3048 ** 3, unit: "m3" });
  testSingleCase("The reservoir holds 300 mcm.", { text: "300 mcm", kind: "quantity", low: 3e8, unit: "m3" });
  testSingleCase("A 15-megaton device was tested.", { text: "15-megaton", kind: "quantity", low: 1.5e10, unit: "kg" });
  testUnexpectedResult("Climbers left Mt Kenya at dawn.");
});

test("quantity: nautical miles and knots at sea, nanometres in chip news, vulgar fractions", () => {
  testSingleCase("The frigate stayed 12 nm off the coast at 18 kts.", { text: "12 nm", kind: "quantity", low: 12 * 1852, unit: "m" });
  testSingleCase("The frigate stayed 12 nm off the coast at 18 kts.", { text: "18 kts", kind: "quantity", low: 18 * 1852 / 3600, unit: "m/s" });
  testSingleCase("The foundry will make 2nm chips next year.", { text: "2nm", kind: "quantity", low: 2e-9, unit: "m" });
  testSingleCase("The trail runs 2 ¼ miles uphill.", { text: "2 ¼ miles", kind: "quantity", low: 2.25 * 1609.344 });
  testSingleCase("He was jailed for 3 1/2 years.", { text: "3 1/2 years", kind: "duration", low: 3.5 * 365.25 });
  testSingleCase("A 2½-hour meeting followed.", { text: "2½-hour", kind: "duration", low: 2.5 / 24 });
  testSingleCase("Some 1½ million people fled.", { text: "1½ million people", kind: "count", low: 1.5e6, qualifier: "approx" });
});

test("quantity: flows in volume per second; voltages are no counts", () => {
  testSingleCase("The river carried 3,000 cubic metres per second.", { text: "3,000 cubic metres per second", kind: "quantity", low: 3000, unit: "m3", per: "second" });
  testSingleCase("Its spillway passes 350 m3/sec at most.", { text: "350 m3/sec", kind: "quantity", low: 350, unit: "m3", per: "second" });
  testSingleCase("The spillway could pass 350m3 /\nsec in a flood.", { text: "350m3 /\nsec", kind: "quantity", low: 350, unit: "m3", per: "second" });
  testSingleCase("The spillway passes 12,000 m³/s at its peak.", { text: "12,000 m³/s", kind: "quantity", low: 12000, unit: "m3", per: "second" });
  testSingleCase("The creek runs at 50 cubic feet per second.", { text: "50 cubic feet per second", kind: "quantity", low: 50 * 0.3048 ** 3, unit: "m3" });
  testUnexpectedResult("The line carries 400 kV across the valley.");
});

test("quantity: ranges of weapons as a compound (1,000km-range missiles)", () => {
  testSingleCase("It fired 1,000km-range missiles.", { text: "1,000km", kind: "quantity", low: 1e6, unit: "m" });
  testSingleCase("They use 300-km-range rockets.", { text: "300-km", kind: "quantity", low: 3e5, unit: "m" });
});

test("quantity: a unit with its period after a slash; a metre before '-long'", () => {
  testSingleCase("The line will carry 38 bcm/y at full capacity.", { text: "38 bcm/y", kind: "quantity", low: 38e9, unit: "m3", per: "year" });
  testSingleCase("The mine ships 9 Mt/yr of ore.", { text: "9 Mt/yr", kind: "quantity", low: 9e9, unit: "kg", per: "year" });
  testSingleCase("A 330m-long freighter ran aground.", { text: "330m", kind: "quantity", low: 330, unit: "m" });
});

test("quantity: reservoir volumes in cubic kilo- and hectometres and Mm3", () => {
  testSingleCase("The upper reservoir stored 2.4Mm3 before the storm.", { text: "2.4Mm3", kind: "quantity", low: 2.4e6, unit: "m3" });
  testSingleCase("Its basin can take 35 hm³ in spring.", { text: "35 hm³", kind: "quantity", low: 35e6, unit: "m3" });
  testSingleCase("The inland sea lost 4.1 km3 of water.", { text: "4.1 km3", kind: "quantity", low: 4.1e9, unit: "m3" });
  // a cubic millimetre is no unit of ours: "mm3" in lower case is left alone
  testUnexpectedResult("Each grain is under 2 mm3 in size.", "mm3");
});

test("quantity: a ship's deadweight is its tonnes", () => {
  testSingleCase("The seized tanker, of 74,000 dwt, sails under a new flag.", { text: "74,000 dwt", kind: "quantity", low: 74e6, unit: "kg" });
  testSingleCase("A bulk carrier of 58,000 deadweight tonnes ran aground.", { text: "58,000 deadweight tonnes", kind: "quantity", low: 58e6, unit: "kg" });
});
