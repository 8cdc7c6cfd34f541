/**
 * New embedded stores start from a kept empty cluster (src/store/template.ts): the first one made
 * the slow way leaves the template, the next ones unpack it; a broken template is replaced, and
 * `DOSSIER_CACHE=off` keeps nothing.
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openStore } from "../../src/store/index.js";
import { templatePath } from "../../src/store/template.js";
import { tempDir } from "../cli/helpers.js";
import { sampleReport } from "./store.common.js";

const dir = tempDir("dossier-template-");
const saved = process.env.DOSSIER_CACHE;
after(() => {
  if (saved == null) delete process.env.DOSSIER_CACHE;
  else process.env.DOSSIER_CACHE = saved;
});

/** A new store at `db` takes a report and gives it back. */
async function roundTrip(db: string): Promise<void> {
  const store = await openStore({ db });
  try {
    await store.addReport(sampleReport(1));
    assert.deepEqual((await store.listReports()).map((r) => r.id), [sampleReport(1).id]);
  } finally {
    await store.close();
  }
}

test("the first new store leaves a template; the next new stores (folder or memory) start from it", async () => {
  process.env.DOSSIER_CACHE = join(dir, "cache");
  const path = templatePath()!;
  assert.ok(path.startsWith(join(dir, "cache")), path);
  await roundTrip(join(dir, "a"));
  assert.ok(existsSync(path), "the template is kept");
  await roundTrip(join(dir, "b"));
  await roundTrip("memory");
  // only the finished file: no temporary left behind
  assert.deepEqual(readdirSync(join(dir, "cache")), [path.split("/").pop()]);
  // a store reopened is its own, not the template's: its report is still there
  const again = await openStore({ db: join(dir, "a") });
  assert.equal((await again.listReports()).length, 1);
  await again.close();
});

test("a broken template is replaced; DOSSIER_CACHE=off keeps none", async () => {
  process.env.DOSSIER_CACHE = join(dir, "cache");
  writeFileSync(templatePath()!, "not a tarball");
  await roundTrip(join(dir, "c"));
  // a copy cut short (a full disk): its gzip fails before PGlite unpacks it, not inside PGlite
  writeFileSync(templatePath()!, readFileSync(templatePath()!).subarray(0, 20_000));
  await roundTrip(join(dir, "d"));
  // off: no path, so a new store is made by initdb and nothing is written
  process.env.DOSSIER_CACHE = "off";
  assert.equal(templatePath(), null);
});
