/**
 * An incremental update judges a kept fact's members as a full run does: what the verdict reads
 * of each member beyond its own fields (a level, a total to date, a quantity that moves, progress)
 * is kept with the facts, so reports added one at a time to a store give the facts and verdicts
 * of one full reconcile of them all (test/store/readings.fixture.ts: a made-up flood).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { addReports } from "../../src/app/add.js";
import { factsOfStore } from "../../src/app/reconciled.js";
import { openStore } from "../../src/store/index.js";
import type { Fact } from "../../src/types.js";
import { tempDir } from "../cli/helpers.js";
import { base, filler, later, type Told } from "./readings.fixture.js";

const dir = tempDir("dossier-readings-");
const write = (folder: string, rs: Told[]) => {
  mkdirSync(folder, { recursive: true });
  for (const r of rs) writeFileSync(join(folder, `${r.id}.md`), `---\nid: ${r.id}\npublisher: ${r.publisher}\npublished: ${r.published}\n---\n${r.text}\n`);
};
const others = filler;
write(join(dir, "first"), [...others, ...base]);
later.forEach((r, i) => write(join(dir, `later-${i}`), [r]));
write(join(dir, "all"), [...others, ...base, ...later]);

/** A fact as the comparison reads it: its members, verdict and why. */
const seen = (f: Fact) => ({ members: f.members.map((m) => `${m.source}@${m.start}`), verdict: f.verdict, reason: f.reason, about: f.about, values: f.values });

test("reports added one at a time: the facts and verdicts of one full reconcile, levels, totals to date, moves and progress among them", async () => {
  const one = await openStore({ db: "memory" });
  const whole = await openStore({ db: "memory" });
  try {
    await addReports(one, [join(dir, "first")], { workers: 0 });
    assert.equal((await factsOfStore(one)).how, "reconciled");
    for (let i = 0; i < later.length; i++) {
      await addReports(one, [join(dir, `later-${i}`)], { workers: 0 });
      assert.equal((await factsOfStore(one)).how, "updated", later[i].id);
    }
    const updated = (await factsOfStore(one)).reconciled.facts;
    await addReports(whole, [join(dir, "all")], { workers: 0 });
    const full = await factsOfStore(whole);
    assert.equal(full.how, "reconciled");
    // the flood's four facts, each of a kind whose later value replaces the earlier one
    const flood = full.reconciled.facts.filter((f) => f.members.length === 3 && f.members.every((m) => m.source.startsWith("brenna-")));
    assert.deepEqual(flood.map((f) => f.verdict), ["revised", "revised", "revised", "revised"]);
    assert.deepEqual(new Set(flood.flatMap((f) => (f.reason?.verdict === "revised" ? f.reason.revisions.map((r) => r.why) : []))), new Set(["reading", "running-count"]));
    assert.deepEqual(updated.map(seen), full.reconciled.facts.map(seen));
  } finally {
    await one.close();
    await whole.close();
  }
});
