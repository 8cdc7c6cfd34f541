/**
 * `dossier fact`: the analyst's decisions are stored, shape the facts and the briefing, survive
 * re-adding the reports and the arrival of new ones, and can be taken back.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run, tempDir } from "./helpers.js";

const dir = tempDir("dossier-fact-");
const db = join(dir, "db");
const write = (name: string, body: string) => {
  mkdirSync(join(dir, "in"), { recursive: true });
  writeFileSync(join(dir, "in", name), body);
  return join(dir, "in", name);
};
// Three short reports written for this test: two lengths of one footbridge, and a ferry's crew.
const a = write("a.md", "---\npublisher: Lakeside Post\npublished: 2025-03-02\n---\nThe new footbridge over the canal is 120 metres long, the council said.\n");
const b = write("b.md", "---\npublisher: Canal Times\npublished: 2025-03-03\n---\nCouncil engineers said the footbridge over the canal will be 180 metres long.\n");
const facts = async () => (await run(["fact", "list", "--all", "--json", "--db", db])).out.map((l) => JSON.parse(l));
const lengthFact = async () => (await facts()).find((f) => f.about.includes("footbridge") || f.figures.length === 2);

test("fact: a verdict set by the analyst shows in the list and the briefing; undo restores the computed one", async () => {
  assert.equal((await run(["add", a, b, "--db", db])).code, 0);
  const before = await lengthFact();
  assert.ok(before, "the two lengths are one fact");
  assert.equal(before.verdict, "conflict");
  const set = await run(["fact", "verdict", before.id, "agree", "--reason", "one figure counts the ramps", "--db", db]);
  assert.equal(set.code, 0, set.err.join("\n"));
  assert.match(set.err.join("\n"), /decision 1: verdict agree/);
  const after = await lengthFact();
  assert.equal(after.verdict, "agree");
  assert.equal(after.decisions[0].reason, "one figure counts the ramps");
  const json = JSON.parse((await run(["brief", "--format", "json", "--db", db])).out.join("\n"));
  const inBrief = json.facts.find((f: { id: string }) => f.id === before.id);
  assert.equal(inBrief.verdict, "agree");
  assert.equal(inBrief.decidedVerdict, true);
  const md = (await run(["brief", "--db", db])).out.join("\n");
  assert.match(md, /\| ✓ agree \(analyst\) \|/, "the key facts table says who set the verdict");
  const revised = await run(["fact", "verdict", before.id, "revised", "--reason", "the council updated its figure", "--db", db]);
  assert.equal(revised.code, 0, revised.err.join("\n"));
  assert.match((await run(["brief", "--db", db])).out.join("\n"), /An analyst set this verdict to revised on \d+ \w+ \d{4}: the council updated its figure\./);
  assert.equal((await run(["fact", "undo", "2", "--db", db])).code, 0);

  // the decision names figures, not fact ids: a new report joining the dossier leaves it in force
  const c = write("c.md", "---\npublisher: Ferry News\npublished: 2025-03-04\n---\nThe ferry that the footbridge replaces had a crew of four.\n");
  assert.equal((await run(["add", c, "--db", db])).code, 0);
  assert.equal((await lengthFact()).verdict, "agree");

  assert.equal((await run(["fact", "undo", "1", "--db", db])).code, 0);
  assert.equal((await lengthFact()).verdict, "conflict");
});

test("fact: split, hide and merge; wrong requests are one clear line and exit 1", async () => {
  const f = await lengthFact();
  const [first, second] = f.figures as string[];
  const split = await run(["fact", "split", f.id, second, "--db", db]);
  assert.equal(split.code, 0, split.err.join("\n"));
  const parts = (await facts()).filter((x) => x.figures.includes(first) || x.figures.includes(second));
  assert.equal(parts.length, 2);
  assert.ok(parts.every((x) => x.verdict === "single"));

  const merge = await run(["fact", "merge", parts[0].id, parts[1].id, "--db", db]);
  assert.equal(merge.code, 0, merge.err.join("\n"));
  assert.equal((await facts()).filter((x) => x.figures.includes(first)).at(0)?.figures.length, 2);

  const hide = await run(["fact", "hide", f.id, "--db", db]);
  assert.equal(hide.code, 0, hide.err.join("\n"));
  const listed = await run(["fact", "list", "--json", "--db", db]);
  assert.ok(!listed.out.some((l) => l.includes(first)), "hidden facts leave the list unless --all");
  const md = (await run(["brief", "--db", db])).out.join("\n");
  // (the sources list may still name the report by its first line, which states the length)
  const tables = md.split("\n").filter((l) => l.startsWith("|"));
  assert.ok(!tables.some((l) => /180 metres|180 m\b/.test(l)), "a hidden fact is not in the briefing's tables");

  const decisions = (await run(["fact", "decisions", "--json", "--db", db])).out.map((l) => JSON.parse(l));
  assert.deepEqual(decisions.map((d) => d.action), ["split", "merge", "hide"]);

  const cost = write("d.md", "---\npublisher: Canal Times\npublished: 2025-03-05\n---\nThe footbridge will cost $4 million, the council said.\n");
  assert.equal((await run(["add", cost, "--db", db])).code, 0);
  const other = (await facts()).find((x) => x.id.startsWith("money-"))?.id;
  assert.ok(other, "the cost is a fact");
  for (const argv of [
    ["fact", "verdict", "no-such-fact", "agree"],
    ["fact", "verdict", f.id, "maybe"],
    ["fact", "merge", f.id],
    // a length and a sum of money are no one fact
    ["fact", "merge", f.id, other],
    ["fact", "split", f.id, "nowhere@1"],
    ["fact", "undo", "77"],
  ]) {
    const r = await run([...argv, "--db", db]);
    assert.equal(r.code, 1, argv.join(" "));
    assert.equal(r.err.length, 1, `${argv.join(" ")}: ${r.err.join(" | ")}`);
    assert.deepEqual(r.out, []);
  }
  assert.equal((await run(["fact", "explode", "--db", db])).code, 2);
});

test("fact list shows each value once with its count of sources; fact decisions names the fact by its label", async () => {
  const db2 = join(dir, "db2");
  const e = write("e.md", "---\npublisher: Harbour Herald\npublished: 2025-03-06\n---\nThe footbridge over the canal is 120 metres long, a council spokesman confirmed.\n");
  assert.equal((await run(["add", a, b, e, "--db", db2])).code, 0);
  const list = await run(["fact", "list", "--db", db2]);
  const row = list.out.find((l) => l.includes("120 m")) ?? "";
  assert.match(row, /120 m \(2\) \/ 180 m \(1\)/, list.out.join("\n"));
  assert.equal(row.split("120 m").length, 2, "an equal value is shown once");
  const f = (await run(["fact", "list", "--json", "--db", db2])).out.map((l) => JSON.parse(l)).find((x) => x.figures.length === 3);
  assert.ok(f, "the three lengths are one fact");
  assert.equal((await run(["fact", "verdict", f.id, "agree", "--reason", "ramps counted", "--db", db2])).code, 0);
  const shown = await run(["fact", "decisions", "--db", db2]);
  assert.match(shown.out.join("\n"), new RegExp(`verdict agree +${f.id} +${f.about} +ramps counted`));
  assert.ok(!shown.out.some((l) => /\d figures/.test(l)), shown.out.join("\n"));
  const json = JSON.parse((await run(["fact", "decisions", "--json", "--db", db2])).out[0]);
  assert.deepEqual([json.fact, json.about], [f.id, f.about]);
});
