/**
 * The briefing's published contract: docs/briefing.schema.json is generated from src/schema.ts
 * (`npm run schema` when it is stale), and real briefings satisfy the zod schema with no field it
 * does not declare (a new field must be added to the schema, and so to the published JSON Schema).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { BriefingJsonSchema, BriefingSchema, briefingJsonSchema, isMentionList, MENTION_KEYS, MentionSchema } from "../src/schema.js";
import { extract } from "../src/extract/index.js";
import { ROOT } from "./cli/helpers.js";
import { briefOfPaths } from "./golden/brief.js";

test("docs/briefing.schema.json is generated from the zod schema and current (else: npm run schema)", () => {
  assert.equal(readFileSync(join(ROOT, "docs/briefing.schema.json"), "utf8"), briefingJsonSchema());
});

/** Paths of keys in `data` that `schema` does not declare (zod strips them silently on parse). */
function undeclared(schema: z.ZodType, data: unknown, path = "$"): string[] {
  const def = (schema as unknown as { def: { type: string } }).def;
  const s = schema as unknown as Record<string, unknown> & { unwrap(): z.ZodType };
  if (data == null) return [];
  switch (def.type) {
    case "optional":
    case "nullable":
      return undeclared(s.unwrap(), data, path);
    case "array":
      return (data as unknown[]).flatMap((x, i) => undeclared(s.element as z.ZodType, x, `${path}[${i}]`));
    case "object": {
      const shape = s.shape as Record<string, z.ZodType>;
      return Object.entries(data as object).flatMap(([k, v]) => (k in shape ? undeclared(shape[k], v, `${path}.${k}`) : [`${path}.${k}`]));
    }
    case "union": {
      const options = s.options as z.ZodType[];
      const fits = options.map((o) => (o.safeParse(data).success ? undeclared(o, data, path) : null)).filter((x): x is string[] => x !== null);
      return fits.find((x) => !x.length) ?? fits[0] ?? [];
    }
    default:
      return [];
  }
}

test("the example's briefing JSON satisfies the schema, every field declared", async () => {
  const { json } = await briefOfPaths([join(ROOT, "examples/tumen-bridge")]);
  const data = JSON.parse(json);
  const parsed = BriefingJsonSchema.safeParse(data);
  assert.ok(parsed.success, parsed.success ? "" : parsed.error.message);
  assert.deepEqual(undeclared(BriefingJsonSchema, data), []);
  // every member's quote is in the passage it names, at the offsets it gives
  let quotes = 0;
  for (const f of data.facts)
    for (const m of f.members as Array<{ excerpt?: { passage: string; start: number; end: number } | null }>) {
      if (!m.excerpt) continue;
      const p = data.passages[m.excerpt.passage];
      assert.ok(p && p.start <= m.excerpt.start && m.excerpt.end <= p.start + p.text.length, m.excerpt.passage);
      quotes++;
    }
  assert.ok(quotes > 0);
});

test("the schema refuses what is not a briefing, with the path of the fault", () => {
  const bad = BriefingSchema.safeParse({ title: "t", generated: "x", facts: [{ id: 1 }], timeline: [], sources: [], method: "" });
  assert.ok(!bad.success);
  assert.match(bad.error.issues.map((i) => i.path.join(".")).join(" "), /facts\.0\.id/);
  assert.ok(!MentionSchema.safeParse({ source: "r", start: -1, end: 2, text: "x", kind: "count", low: 1, high: 1, unit: null, qualifier: null }).success);
});

test("the quick check of stored figures knows every key of MentionSchema and never passes what zod refuses", () => {
  assert.deepEqual([...MENTION_KEYS], Object.keys(MentionSchema.shape));
  const loose = MentionSchema.loose();
  const text = "The 850 m bridge (2,789 ft) opened on 2025-06-01, up from about 40% in May; up to $1.3 billion, the ministry said, 3 days later.";
  const real = extract(text, { published: "2025-06-10", source: "r1" });
  assert.ok(real.length >= 4 && isMentionList(real), "real figures take the quick path");
  assert.ok(isMentionList([]));
  const values: unknown[] = [undefined, null, -1, -0, 0, 1.5, 2 ** 53, Number.NaN, Infinity, "", "x", "2025-06-01", "2025-6-1", "2025-06-01\n", [], [1], [1, 2], [1, 2, 3], ["a"], {}, { start: "2025-06-01", end: "2025-06-02" }, { start: "2025-06-01" }, "count", "approx", true];
  let tried = 0;
  for (const m of real)
    for (const key of [...MENTION_KEYS, "extra"])
      for (const v of values) {
        const bad: Record<string, unknown> = { ...m };
        if (v === undefined) delete bad[key];
        else bad[key] = v;
        if (isMentionList([bad])) assert.ok(loose.safeParse(bad).success, `${key}: ${JSON.stringify(v)} passed the quick check, not zod`);
        tried++;
      }
  assert.ok(tried > 1000);
  for (const v of [null, {}, "x", [null], [[]], [1]]) assert.equal(isMentionList(v), false);
});
