/**
 * The migrations are numbered 1, 2, 3… without a gap or a repeat: `migrate` skips a version it has
 * applied, so a second migration given a number already used would silently never run.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { MIGRATIONS } from "../../src/store/migrations.js";

test("migrations are numbered one after another, each number once", () => {
  assert.deepEqual(
    MIGRATIONS.map((m) => m.version),
    MIGRATIONS.map((_, i) => i + 1),
  );
  for (const m of MIGRATIONS) assert.ok(m.name.trim() && m.sql.trim(), `migration ${m.version} has a name and SQL`);
});
