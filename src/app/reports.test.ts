import { test } from "node:test";
import assert from "node:assert/strict";
import { memoryReports } from "./reports.js";
import type { ReportInput } from "../types.js";

const input = (id: string, hash: string, text: string): ReportInput => ({ id, hash, text, url: null, publisher: null, published: null, language: "en", title: null, copyOf: null, origin: null });

test("reports briefed in memory: two collections' 'r01' are both kept, the second suffixed; the same bytes twice are one", () => {
  const rs = memoryReports([input("r01", "aaaaaa111", "The flood killed 140."), input("r02", "bbbbbb222", "Rescuers counted 152."), input("r01", "cccccc333", "The mine collapse killed 145."), input("r01", "aaaaaa111", "The flood killed 140.")]);
  assert.deepEqual(rs.map((r) => r.id), ["r01", "r02", "r01-cccccc"]);
  assert.deepEqual(rs.map((r) => r.text), ["The flood killed 140.", "Rescuers counted 152.", "The mine collapse killed 145."]);
});
