/**
 * Copies kept up to date in the store (src/app/copies.ts markCopies): after each add or removal,
 * only the reports without kept copy keys are compared, with the kept reports that share a bucket;
 * what the store then says of every report is what one pass over the whole store would say.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { markCopies } from "../../src/app/copies.js";
import { factsOfStore } from "../../src/app/reconciled.js";
import { removeReports } from "../../src/app/remove.js";
import { findCopies } from "../../src/reconcile/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { sampleReport } from "./store.common.js";

const PLACES = ["Northport", "Vell Bay", "Kestrel Ridge", "Amberfield", "Lowmarsh", "Tarn Crossing", "Easthaven", "Granite Point"];
/** A story of its own for each n (numbers and places differ), with a stock closing line all share. */
const story = (n: number) =>
  `Crews at ${PLACES[n % 8]} finished pier ${n} of the crossing on day ${n * 3 + 1}, poured ${120 + n * 7} tonnes of concrete and hired ${n + 14} welders from ${PLACES[(n * 3) % 8]}. The regional office expects ${n % 5} more piers before the ${n % 2 ? "summer" : "winter"} break, its engineer ${n * 11} said. The contractor declined to comment.`;

let added = 0;
async function add(store: Store, text: string, published: string): Promise<string> {
  const n = 1000 + added++;
  const { report } = await store.addReport(sampleReport(n, { text, published, hash: `copy-${n}`.padEnd(64, "0") }));
  await markCopies(store);
  return report.id;
}

/** The store's marks are those of one pass over all its reports, and every report's keys are kept. */
async function matchesFullPass(store: Store, what: string): Promise<Map<string, string>> {
  const reports = await store.listReports();
  const kept = new Map(reports.filter((r) => r.copyOf).map((r) => [r.id, r.copyOf!]));
  assert.deepEqual(kept, findCopies(reports), what);
  assert.deepEqual((await store.unkeyedReports()).ids, [], `${what}: every report's copy keys are kept`);
  return kept;
}

test("adds and removals one at a time: the store's copies are always those of a pass over all", async () => {
  const store = await openStore({ db: "memory" });
  try {
    for (let n = 0; n < 40; n++) await store.addReport(sampleReport(n, { text: story(n), published: "2025-03-10" }));
    assert.equal(await markCopies(store), 0);
    await matchesFullPass(store, "40 stories, none a copy");

    const first = await add(store, `${story(5)} Distributed by a wire service.`, "2025-03-11");
    assert.equal((await matchesFullPass(store, "a copy of t5")).get(first), "t5");

    // an earlier copy of the same story becomes the original of the group
    const earlier = await add(store, `Wire: ${story(5)}`, "2025-03-01");
    const marks = await matchesFullPass(store, "an earlier copy");
    assert.equal(marks.get("t5"), earlier);
    assert.equal(marks.get(first), earlier);

    // a copy of the copy, and a report of another story
    const copyOfCopy = await add(store, `${story(5)} Distributed by a wire service. Updated with a photo caption.`, "2025-03-12");
    await add(store, story(77), "2025-03-12");
    assert.equal((await matchesFullPass(store, "a copy of a copy")).get(copyOfCopy), earlier);

    // the group's original goes: what is left is grouped again under its earliest report
    await removeReports(store, { ids: [earlier] });
    const after = await matchesFullPass(store, "the original removed");
    assert.equal(after.get(first), "t5");
    assert.equal(after.get(copyOfCopy), "t5");
    // and a copy goes: the others stay as they were
    await removeReports(store, { ids: [first] });
    assert.equal((await matchesFullPass(store, "a copy removed")).get(copyOfCopy), "t5");
  } finally {
    await store.close();
  }
});

test("a copy pass cut short after a removal is finished by the next reader of the facts", async () => {
  const store = await openStore({ db: "memory" });
  try {
    for (let n = 0; n < 6; n++) await store.addReport(sampleReport(n, { text: story(n), published: "2025-03-10" }));
    const original = await add(store, `Wire: ${story(2)}`, "2025-03-01");
    await matchesFullPass(store, "t2 a copy of the wire story");
    // the store's removal alone: the process died before `remove` ran its copy pass
    await store.removeReports([original]);
    assert.deepEqual((await store.unkeyedReports()).ids, ["t2"]);
    await factsOfStore(store);
    await matchesFullPass(store, "the brief after the crash");
  } finally {
    await store.close();
  }
});
