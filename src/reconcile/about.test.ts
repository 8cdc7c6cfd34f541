import { test } from "node:test";
import assert from "node:assert/strict";
import { reconcile } from "./index.js";
import { report, mentions, type Spec } from "../../test/reconcile/testkit.js";

/**
 * The label of the fact holding the first report's figure: `spec` found in every text, or one spec
 * per text; `language` the reports'; `grouped` gives all the figures as one fact.
 */
function labelOf(texts: string[], spec: Spec | Spec[], opts: { language?: string; grouped?: boolean } = {}): string {
  const reports = texts.map((t, i) => ({ ...report(`r${i}`, t, `2024-03-0${i + 1}`), language: opts.language ?? "en" }));
  const ms = reports.flatMap((r, i) => mentions(r, [Array.isArray(spec) ? spec[i] : spec]));
  const { facts } = reconcile({ reports, mentions: ms, groups: opts.grouped ? [ms.map((m) => `${m.source}@${m.start}`)] : undefined });
  const f = facts.find((f) => f.members.some((m) => m.source === "r0"));
  assert.ok(f, "a fact for the figure");
  return f.about;
}

test("a length is labelled with the thing measured, modifier kept", () => {
  const about = labelOf(
    ["The new road bridge will be 640 metres long, engineers said.", "Officials expect the road bridge to span 640 metres."],
    { text: "640 metres", kind: "quantity", low: 640, unit: "m" },
  );
  assert.equal(about, "length of the road bridge");
});

test("a sum is a cost of the project named next to it", () => {
  const about = labelOf(
    ["The pipeline will cost $3 billion to build, the ministry said.", "Building the pipeline is expected to cost $3 billion in all."],
    { text: "$3 billion", kind: "money", low: 3e9, unit: "USD" },
  );
  assert.equal(about, "cost of the pipeline");
});

test("counted things take the participle that says what happened to them", () => {
  const about = labelOf(
    ["Some 12,000 people displaced by the floods are sheltering in schools.", "The floods left 12,000 people displaced, aid groups say."],
    { text: "12,000 people", kind: "count", low: 12000, unit: "person" },
  );
  assert.equal(about, "people displaced");
});

test("a rate of counted things reads as things per period", () => {
  const about = labelOf(
    ["About 900 trucks a day will use the crossing.", "The crossing should carry 900 trucks a day."],
    { text: "900 trucks", kind: "count", low: 900, unit: "truck", per: "day" },
  );
  assert.equal(about, "trucks per day");
});

test("a date names its event; speakers and verbs never enter the label", () => {
  const about = labelOf(
    ["Russian officials said the canal will be completed in 2027.", "Completion of the canal is planned for 2027, officials said."],
    { text: "2027", kind: "date", date: ["2027-01-01", "2027-12-31"] },
  );
  assert.equal(about, "completion of the canal");
  assert.doesNotMatch(about, /officials|said|russian/);
});

test("the label names the thing measured, not a noun from a place adjunct", () => {
  const about = labelOf(
    ["The new highway, with its ramps on both banks, will run to 12 km.", "Officials said the new highway will run to 12 km on both banks."],
    { text: "12 km", kind: "quantity", low: 12000, unit: "m" },
  );
  assert.equal(about, "length of the highway");
});

test("a noun before another noun modifies it: the head is the last noun of the phrase", () => {
  const about = labelOf(
    ["The gas pipeline will cost $5 billion.", "Building the gas pipeline will cost $5 billion, the operator said."],
    { text: "$5 billion", kind: "money", low: 5e9, unit: "USD" },
  );
  assert.equal(about, "cost of the gas pipeline");
});

test("verbs, pronouns and a speaker's title never become the thing measured", () => {
  const about = labelOf(
    ["The tunnel will take 30 months to finish, and this becomes a test, the regional transport officer told local reporters.", "Digging the tunnel will take 30 months, the officer said."],
    { text: "30 months", kind: "duration", low: 30, unit: "month" },
  );
  assert.match(about, /tunnel$/);
});

test("dates of when someone spoke are labelled so, not by the event their sentences name", () => {
  const about = labelOf(
    ["The canal will open next year, a regional official said on 3 March.", "An official told reporters on 3 March that the canal would open next year."],
    { text: "3 March", kind: "date", date: ["2024-03-03", "2024-03-03"] },
  );
  assert.equal(about, "date of the statement");
});

test("a date is labelled by what its own clause says happened on it", () => {
  const about = labelOf(
    ["Heavy rain fell for days, and two levees collapsed on 3 March, flooding the valley.", "The town was cut off after two levees collapsed on 3 March."],
    { text: "3 March", kind: "date", date: ["2024-03-03", "2024-03-03"] },
  );
  assert.equal(about, "when the levees collapsed");
});

test("a fact of another language's reports: its measure and what happened, none of its words", () => {
  const about = labelOf(
    ["При обрушении моста погибли 12 человек, сообщили власти.", "Власти сообщили, что погибли 12 человек."],
    { text: "12 человек", kind: "count", low: 12, unit: "person" },
    { language: "ru" },
  );
  assert.equal(about, "people killed");
});

test("a length of another language's reports takes no thing from the words after it", () => {
  // the words after a figure are read as English ("12 metres deep", "a 400m-long ship"): an Italian "di lunghezza" is no thing
  const about = labelOf(
    ["Il ponte ha una campata di 320 m di lunghezza sopra il fiume.", "La campata principale misura 320 m di lunghezza."],
    { text: "320 m", kind: "quantity", low: 320, unit: "m" },
    { language: "it" },
  );
  assert.doesNotMatch(about, /lunghezza|\bdi\b/);
});

test("a toll broken down by sex is labelled so", () => {
  const about = labelOf(
    ["The crush killed 150 people, among them 98 women, police said.", "Of the dead, 98 women and 52 men were identified."],
    { text: "98 women", kind: "count", low: 98, unit: "person" },
  );
  assert.match(about, /^women\b/);
});

test("a thing that is itself a measure is the label alone, not the length of it", () => {
  const about = labelOf(
    ["The river level at the gauge stood at 4 metres on Monday, officials said.", "By noon the river level had reached 4 metres at the gauge."],
    { text: "4 metres", kind: "quantity", low: 4, unit: "m" },
  );
  assert.equal(about, "river level");
});

test("a length written before its thing is labelled with that thing, though a cue word names it", () => {
  const about = labelOf(
    ["The 300-metre main span and the approach spans fell into the river.", "Divers reached the 300-metre main span on Friday."],
    { text: "300-metre", kind: "quantity", low: 300, unit: "m" },
  );
  assert.equal(about, "length of the main span");
});

test("a count is labelled by the noun most of its members count, not by the first member's neighbours", () => {
  const about = labelOf(
    [
      "Out of a total force of 9,000, lawmakers in the capital said on Monday, a few hundred have returned.",
      "The government is believed to have sent some 9,000 soldiers to the front this year.",
      "Around 9,000 soldiers were sent to the front, officials said.",
    ],
    [
      { text: "9,000", kind: "count", low: 9000 },
      { text: "9,000 soldiers", kind: "count", low: 9000, unit: "soldier" },
      { text: "9,000 soldiers", kind: "count", low: 9000, unit: "soldier" },
    ],
    { grouped: true },
  );
  assert.match(about, /soldiers/);
  assert.doesNotMatch(about, /lawmakers/);
});

test("an adjective or a verb near a figure is never its thing", () => {
  const cost = labelOf(
    ["Shipments through the canal hit a record $9 billion last year.", "Officials said shipments through the canal reached a record $9 billion."],
    { text: "$9 billion", kind: "money", low: 9e9, unit: "USD" },
  );
  assert.doesNotMatch(cost, /record/);
  const share = labelOf(
    ["Early surveys suggest 40 percent, the agency said.", "Surveys suggest 40 percent, according to the agency."],
    { text: "40 percent", kind: "percent", low: 40 },
  );
  assert.equal(share, "percentage");
});

test("the thing comes from the figure's own clause, not the next one", () => {
  const about = labelOf(
    ["The ferry trip will take 12 days, improving the competitiveness of local farmers.", "Crossing will take 12 days, lifting the competitiveness of exporters."],
    { text: "12 days", kind: "duration", low: 12, unit: "day" },
  );
  assert.doesNotMatch(about, /competitiveness|farmers|exporters/);
});

test("a date its clauses tie to deaths is the date of the deaths, not casualties of a thing", () => {
  const about = labelOf(
    ["Forty miners died in the tunnel on 3 March, the company said.", "The death toll in the tunnel reached forty on 3 March."],
    { text: "3 March", kind: "date", date: ["2024-03-03", "2024-03-03"] },
  );
  assert.equal(about, "date of the deaths");
});

test("a pact's entry into force is named so, with the pact its clauses name", () => {
  const about = labelOf(
    ["The trade treaty came into force on 4 December after months of delay.", "Ministers confirmed the trade treaty entered into force on 4 December."],
    { text: "4 December", kind: "date", date: ["2024-12-04", "2024-12-04"] },
  );
  assert.equal(about, "entry into force of the trade treaty");
});

test("a distance is told by the point it is measured from", () => {
  const about = labelOf(
    ["The new terminal, set in a farming province, lies 60 km north of Valdora.", "Located 60 kilometres north of Valdora, the terminal opens next year."],
    [
      { text: "60 km", kind: "quantity", low: 60000, unit: "m" },
      { text: "60 kilometres", kind: "quantity", low: 60000, unit: "m" },
    ],
  );
  assert.equal(about, "distance from Valdora");
});

test("an area beside a length's word is still an area", () => {
  const about = labelOf(
    ["The dam, 4 km long, holds back a lake of 1,300 square kilometres.", "Behind the 4 km dam lies a lake of 1,300 square kilometres."],
    { text: "1,300 square kilometres", kind: "quantity", low: 1.3e9, unit: "m2" },
  );
  assert.ok(!about.startsWith("length"), about);
  assert.match(about, /^area/);
});

test("a word the members' sentences use as a verb, or a closed-class word, is no thing", () => {
  // "pays" takes a figure ("Lestria pays 55%"): a verb, not the thing of the share
  const share = labelOf(
    ["Under the treaty Lestria pays 55% of the tunnel.", "Lestria pays 55% and Ossvald the rest."],
    { text: "55%", kind: "percent", low: 55, unit: "%" },
    { grouped: true },
  );
  assert.equal(share, "percentage of the tunnel");
  // "won't" is a contraction
  const done = labelOf(
    ["The first frigate won't be completed before 2031, the yard said.", "Completion of the first ship won't come before 2031."],
    { text: "2031", kind: "date", date: ["2031-01-01", "2031-12-31"] },
    { grouped: true },
  );
  assert.equal(done, "completion date");
});

test("a verb after its subject or before its object is no word of the thing", () => {
  // "applies" after "limit", "raise" after "to", "supplies" after a name: verbs, not a compound noun
  const limit = labelOf(
    ["A lower speed limit applies on the 9 km stretch past the quarry.", "On the 9 km stretch past the quarry a lower speed limit applies."],
    { text: "9 km", kind: "quantity", low: 9000, unit: "m" },
    { grouped: true },
  );
  assert.doesNotMatch(limit, /applies/);
  const pensions = labelOf(
    ["The mayor vowed to raise pensions by 6% next spring.", "A promise to raise pensions by 6% was his first."],
    { text: "6%", kind: "percent", low: 6, unit: "%" },
    { grouped: true },
  );
  assert.doesNotMatch(pensions, /raise/);
  const cells = labelOf(
    ["Ostmark supplies cells to three bus makers and earned $700 million last year.", "With $700 million in sales, Ostmark supplies cells to bus makers."],
    { text: "$700 million", kind: "money", low: 7e8, unit: "USD" },
    { grouped: true },
  );
  assert.doesNotMatch(cells, /supplies/);
});

test("a count's noun of another language keeps the form its report wrote, though a range's first end lacks it", () => {
  const about = labelOf(
    ["Les équipes sont passées de 90 à 70 personnes.", "Les équipes comptaient 90 personnes avant les coupes."],
    [{ text: "90", kind: "count", low: 90, unit: "personnes" }, { text: "90 personnes", kind: "count", low: 90, unit: "personnes" }],
    { language: "fr", grouped: true },
  );
  assert.equal(about, "number of personnes");
});
