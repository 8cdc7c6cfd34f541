/**
 * `dossier remove`: the report, its figures and the facts it alone made go; everything else stays.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run, tempDir } from "../cli/helpers.js";
import { openStore } from "../../src/store/index.js";

const STORY =
  "The harbour authority at Vell Bay said the new container quay will be 640 m long and cost $310 million. Dredging began on 4 March 2024 and should take 18 months, officials told a briefing on Tuesday. About 1,200 workers are on site, and the quay should handle 40 ships a month when it opens.";

function folder(): string {
  const dir = join(tempDir("dossier-remove-"), "in");
  mkdirSync(dir);
  const md = (id: string, published: string | null, text: string) =>
    writeFileSync(join(dir, `${id}.md`), `---\nid: ${id}\npublisher: ${id.toUpperCase()} News\n${published ? `published: ${published}\n` : ""}---\n${text}\n`);
  md("wire", "2024-05-02", STORY);
  md("repost", "2024-05-03", `${STORY}\n\nThis story was distributed by a wire service.`);
  md("old", "2023-11-20", "The old ferry pier at Vell Bay is 90 m long, the council said in a notice posted on its website.");
  md("undated", null, "Residents counted 14 cranes along the quay on a walk last weekend, a local blog reported.");
  md("other", "2024-06-01", "The quay will be 650 m long, a contractor said, slightly more than the harbour authority's figure.");
  return dir;
}

test("remove: by id, --copies-of, --before; figures go, other reports stay, brief still works", async () => {
  const src = folder();
  const db = join(src, "..", "db");
  assert.equal((await run(["add", "--db", db, src])).code, 0);
  const store = async () => openStore({ db });
  let s = await store();
  try {
    assert.equal((await s.getReport("repost"))?.copyOf, "wire");
  } finally {
    await s.close();
  }

  let r = await run(["remove", "--db", db, "--copies-of", "wire"]);
  assert.equal(r.code, 0, r.err.join("\n"));
  assert.deepEqual(r.out, ["removed  repost"]);

  r = await run(["remove", "--db", db, "--before", "2024-01-01"]);
  assert.deepEqual(r.out, ["removed  old"]);

  for (const bad of ["01/01/2024", "2024-02-30"]) {
    r = await run(["remove", "--db", db, "--before", bad]);
    assert.equal(r.code, 2, bad);
    assert.match(r.err.join("\n"), /YYYY-MM-DD/);
  }

  r = await run(["remove", "--db", db, "--json", "wire", "nosuch"]);
  assert.equal(r.code, 1);
  assert.deepEqual(r.out.map((l) => JSON.parse(l)), [{ id: "wire", removed: true }]);
  assert.match(r.err.join("\n"), /no report nosuch/);

  // nothing named: a usage error, nothing removed
  r = await run(["remove", "--db", db]);
  assert.notEqual(r.code, 0);
  assert.match(r.err.join("\n"), /--copies-of|--before/);

  s = await store();
  try {
    assert.deepEqual((await s.listReports()).map((x) => x.id).sort(), ["other", "undated"]);
    const [{ n }] = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM extractions WHERE report_id IN ('wire', 'repost', 'old')`);
    assert.equal(n, 0);
    assert.ok((await s.getMentions(["other"])).length > 0);
    assert.ok((await s.getMentions(["undated"])).length > 0);
  } finally {
    await s.close();
  }
  // the briefing of what remains cites no removed report
  const b = await run(["brief", "--db", db, "--format", "json"]);
  assert.equal(b.code, 0, b.err.join("\n"));
  const briefing = JSON.parse(b.out.join("\n"));
  assert.deepEqual(briefing.sources.map((x: { id: string }) => x.id).sort(), ["other", "undated"]);
  for (const f of briefing.facts) for (const m of f.members) assert.ok(["other", "undated"].includes(m.source));
});
