import { test } from "node:test";
import { testSingleCase, testUnexpectedResult } from "./util.js";

test("count: number and counted noun", () => {
  testSingleCase("Kyiv says 15,000 troops were sent.", { text: "15,000 troops", kind: "count", low: 15000, unit: "troop" });
  testSingleCase("Crews erected six bridge supports.", { text: "six bridge supports", kind: "count", low: 6 });
  testSingleCase("The road has two lanes each way.", { text: "two lanes", kind: "count", low: 2, unit: "lane" });
  testSingleCase("The hub handles one million TEU.", { text: "one million TEU", kind: "count", low: 1e6, unit: "TEU" });
  testSingleCase("They counted 160 thousand vehicles.", { text: "160 thousand vehicles", kind: "count", low: 160000, unit: "vehicle" });
  testSingleCase("About 600 North Korean soldiers died.", { text: "600 North Korean soldiers", kind: "count", low: 600, unit: "soldier", qualifier: "approx" });
  testSingleCase("The firm hires 1,300 direct workers.", { text: "1,300 direct workers", kind: "count", low: 1300, unit: "worker" });
  testSingleCase("It opened two direct container shipping routes.", { text: "two direct container shipping routes", kind: "count", low: 2, unit: "route" });
  testSingleCase("The town has only one railway bridge left.", { text: "one railway bridge", kind: "count", low: 1 });
  testSingleCase("A 15-berth terminal was unveiled.", { text: "15-berth", kind: "count", low: 15, unit: "berth" });
  testSingleCase("Some 4,700 casualties were reported.", { text: "4,700 casualties", kind: "count", low: 4700, unit: "casualty", qualifier: "approx" });
  testSingleCase("The fleet has 12 Su-27 jets.", { text: "12 Su-27 jets", kind: "count", low: 12, unit: "jet" });
  testSingleCase("The army sent 2000 soldiers.", { text: "2000 soldiers", kind: "count", low: 2000 });
  testSingleCase("A dozen soldiers were hurt.", { text: "A dozen soldiers", kind: "count", low: 12 });
});

test("count: bare numbers after of/total are kept; rates spread along lists", () => {
  testSingleCase("It lost 600 men out of a total deployment of 15,000, officials said.", { text: "15,000", kind: "count", low: 15000, unit: null });
  const t = "The crossing can take 300 lorries and 2,850 passengers daily.";
  testSingleCase(t, { text: "300 lorries", kind: "count", per: "day" });
  testSingleCase(t, { text: "2,850 passengers", kind: "count", per: "day" });
  testSingleCase("Up to 300 cars per day may cross.", { text: "300 cars", kind: "count", qualifier: "upper", per: "day" });
});

test("count: definite and vague spelled-out numbers are not counts", () => {
  testUnexpectedResult("The two countries signed a pact.");
  testUnexpectedResult("It will be built from two sides.");
  testUnexpectedResult("One thing is certain: nobody knows.");
  testUnexpectedResult("The first round of talks failed.");
  testUnexpectedResult("Both nations gain, one of them more.");
});

test("count: modifiers with digits and abbreviations stay inside the phrase", () => {
  testSingleCase("The army fired 10,000 155mm shells.", { text: "10,000 155mm shells", kind: "count", low: 10000, unit: "shell" });
  testSingleCase("Some 200 U.S. military advisers left.", { text: "200 U.S. military advisers", kind: "count", low: 200, qualifier: "approx" });
  testSingleCase("It hired 263 daily news reporters.", { text: "263 daily news reporters", kind: "count", low: 263, unit: "reporter" });
  // after a determiner a spelled-out count still counts (the corpus rule): "the region's two largest ports"
  testSingleCase("The region's two largest ports were shut.", { text: "two largest ports", kind: "count", low: 2, unit: "port" });
  testUnexpectedResult("Type 2 immune responses and phase 3 trials were studied.");
});

test("count: elliptical counts take the noun of the count they split", () => {
  const t = "The terminal has six berths – two for tankers and four for bulk carriers.";
  testSingleCase(t, { text: "two", kind: "count", low: 2, unit: "berth" });
  testSingleCase(t, { text: "four", kind: "count", low: 4, unit: "berth" });
  testUnexpectedResult("Buy two for the price of one.");
});

test("count: an acronym before the counted noun", () => {
  testSingleCase("The deal includes 18 HIMARS launchers.", { text: "18 HIMARS launchers", kind: "count", low: 18, unit: "launcher" });
  testSingleCase("The port moved 2 million TEUs last year.", { text: "2 million TEUs", kind: "count", low: 2e6, unit: "TEU" });
});

test("count: compounds of -men and -people, and numbers counted by a verb", () => {
  testSingleCase("Some two dozen fishermen are missing.", { text: "two dozen fishermen", kind: "count", low: 24, unit: "fisherman", qualifier: "approx" });
  testSingleCase("Police said 40 gunmen stormed the camp.", { text: "40 gunmen", kind: "count", low: 40, unit: "gunman" });
  testSingleCase("Forty people died and twenty-five were injured.", { text: "twenty-five", kind: "count", low: 25 });
  testSingleCase("Of the 40 passengers, 3 were killed.", { text: "3", kind: "count", low: 3, start: 22 });
  testSingleCase("Eleven members voted yes, while four abstained.", { text: "four", kind: "count", low: 4 });
  testUnexpectedResult("The two were arrested at the border.");
  testUnexpectedResult("One was hurt in the blast.");
  // a toll's shorthand: a number and the state of the people it counts
  testSingleCase("Tanker fire: three dead, 11 hurt", { text: "three", kind: "count", low: 3 });
  testSingleCase("Tanker fire: three dead, 11 hurt", { text: "11", kind: "count", low: 11, start: 25 });
  testSingleCase("Two crew still missing after the trawler sank", { text: "Two crew", kind: "count", low: 2 });
  testSingleCase("Five still missing after the trawler sank", { text: "Five", kind: "count", low: 5 });
  testSingleCase("The crash left two missing hikers.", { text: "two missing hikers", kind: "count", unit: "hiker" });
  testSingleCase("Of the crew of nine, four of them cooks, all survived.", { text: "four", kind: "count", low: 4, unit: "cook" });
  testUnexpectedResult("The two of them spoke by phone.");
  testSingleCase("The port will add three new berths.", { text: "three new berths", kind: "count", low: 3, unit: "berth" });
  // a model number after a count is a name, not a second count; a date's day before a count is not a count
  testUnexpectedResult("The carrier grounded all of its 40 737 Max jets.");
  testSingleCase("On March 3 200 Ukrainian troops crossed the river.", { text: "200 Ukrainian troops", kind: "count", low: 200, unit: "troop" });
  testSingleCase("The lab kept 12 specimen jars.", { text: "12 specimen jars", kind: "count", unit: "jar" });
});

test("count: whole thousands grouped with a plain space, other digits after a space left apart", () => {
  testSingleCase("The flood reached 120 000 residents of the valley.", { text: "120 000 residents", kind: "count", low: 120000 });
  testSingleCase("Since June 6 100 people have left.", { text: "100 people", kind: "count", low: 100 });
});

test("count: thousands grouped with a no-break or thin space", () => {
  testSingleCase("Some 12\u00a0000 people fled the valley.", { text: "12\u00a0000 people", kind: "count", low: 12000, qualifier: "approx" });
  testSingleCase("A loss of 1\u202f250\u202f000 tonnes was logged.", { text: "1\u202f250\u202f000 tonnes", kind: "quantity", low: 1.25e9, unit: "kg" });
  testSingleCase("In 2023 300 people left.", { text: "300 people", kind: "count", low: 300 });
});

test("count: 'more' or 'fewer' between the number and its noun", () => {
  testSingleCase("The city needs 1,000 more buses.", { text: "1,000 more buses", kind: "count", low: 1000, unit: "bus" });
  testSingleCase("There were 200 fewer cars on the road.", { text: "200 fewer cars", kind: "count", low: 200, unit: "car" });
});

test("count: title-case headlines", () => {
  testSingleCase("Bank Cuts 2,000 Jobs as Profit Falls 30%", { text: "2,000 Jobs", kind: "count", low: 2000, unit: "job" });
  testSingleCase("Typhoon Kills 12, Displaces 40,000 in Philippines", { text: "12", kind: "count", low: 12 });
  testSingleCase("Oil Giant Agrees $4.5 Billion Deal for Shale Rival", { text: "$4.5 Billion", kind: "money", low: 4.5e9, unit: "USD" });
  testUnexpectedResult("Boeing 737 Max Grounded After Crash");
  testUnexpectedResult("Windows 11 Launches Across Europe", "11");
});

test("count: a number in a list of numbers is not counted by the verb after it", () => {
  testUnexpectedResult("The numbers 5 and 6 were drawn.");
});

test("count: '200-plus vehicles' is at least 200 vehicles", () => {
  testSingleCase("A convoy of 200-plus vehicles left.", { text: "200-plus vehicles", kind: "count", low: 200, unit: "vehicle", qualifier: "lower" });
});

test("count: spelled-out counts after a determiner, 'of the', 'others', 'other', 'more'", () => {
  testSingleCase("Police questioned the eight individuals for hours.", { text: "eight individuals", kind: "count", low: 8, unit: "person" });
  testSingleCase("Two were killed and six others were hurt in the blast.", { text: "six others", kind: "count", low: 6 });
  testSingleCase("Four of the crew members swam ashore.", { text: "Four", kind: "count", low: 4 });
  testSingleCase("Inspectors closed five of its eleven warehouses.", { text: "five", kind: "count", low: 5, unit: "warehouse" });
  testSingleCase("Rescuers found three other hikers near the ridge.", { text: "three other hikers", kind: "count", low: 3, unit: "hiker" });
  testSingleCase("Nine died upstream and two more downstream, officials said.", { text: "two", start: 23, kind: "count", low: 2 });
});

test("count: no count where the number refers back or is vague", () => {
  testUnexpectedResult("The two countries signed a border pact.", "two countries");
  testUnexpectedResult("One of the ferries was late.", "One");
  testUnexpectedResult("A few ferries were late.");
  testUnexpectedResult("Two of the region's largest nations objected.", "Two");
});

test("count: hyphenated spelled-out modifiers", () => {
  testSingleCase("Crews widened a two-lane road near the port.", { text: "two-lane", kind: "count", low: 2, unit: "lane" });
  testUnexpectedResult("It was a one-off payment.");
  // no count of two: a share (the corpus reads "a two-thirds majority" as 66.7 %)
  testSingleCase("Two-thirds majority needed.", { text: "Two-thirds", kind: "percent", low: 66.7 });
});

test("quantity: dimensions written as one modifier", () => {
  const t = "Workers dug a 40-meter-by-95-meter basin.";
  testSingleCase(t, { text: "40-meter", kind: "quantity", low: 40, unit: "m" });
  testSingleCase(t, { text: "95-meter", kind: "quantity", low: 95, unit: "m" });
});

test("four bare digits before a plural: a round number counts, another names its year", () => {
  testSingleCase("The ministry sent 2000 soldiers.", { text: "2000 soldiers", kind: "count", low: 2000 });
  testSingleCase("He would not keep raising 2016 elections.", { text: "2016", kind: "date" });
});

test("count: a clause's 'number of' names a bare count's noun; '-strong' names none", () => {
  testSingleCase("By noon the number of people hurt in the blast stood at 64.", { text: "64", kind: "count", low: 64, unit: "person" });
  testSingleCase("In 2023 the weekly number of freight trucks on the pass was 640.", { text: "640", kind: "count", low: 640, unit: "truck", per: "week" });
  testSingleCase("The agency puts the number of families without power at 12,500.", { text: "12,500", kind: "count", low: 12500, unit: "family" });
  // "a number of" is vague: the count after it keeps no noun from it
  testSingleCase("A number of towns flooded, and 12,500 left.", { text: "12,500", kind: "count", low: 12500, unit: null });
  testSingleCase("A 12,000-strong army crossed the river.", { text: "12,000", kind: "count", low: 12000, unit: null });
});

test("count: a rate at the end of the figure's clause", () => {
  testSingleCase("Some 300 lorries cross the old bridge each day.", { text: "300 lorries", kind: "count", per: "day", qualifier: "approx" });
  testSingleCase("The airline forfeits $2 million of income for each day of the strike.", { text: "$2 million", kind: "money", per: "day" });
  testSingleCase("The pipeline moves $80m worth of daily output to the coast.", { text: "$80m", kind: "money", per: "day" });
  // a time or a duration, not a rate
  testSingleCase("Crews moved 300 tonnes of rock in a day.", { text: "300 tonnes", kind: "quantity", per: null });
  testSingleCase("The town housed 400 refugees for a year.", { text: "400 refugees", kind: "count", per: null });
});

test("count: 'in the region of' is about", () => {
  testSingleCase("Repairs will cost in the region of £40m, the council said.", { text: "£40m", kind: "money", qualifier: "approx" });
  testSingleCase("Losses are on the order of $3 billion.", { text: "$3 billion", kind: "money", qualifier: "approx" });
});
