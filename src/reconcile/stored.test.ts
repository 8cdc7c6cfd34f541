import { test } from "node:test";
import assert from "node:assert/strict";
import { withCopies } from "../app/copies.js";
import { extract } from "../extract/index.js";
import { synthetic } from "../../bench/lib/synthetic.js";
import { reconcile, reportPrep } from "./index.js";
import { Bags } from "./features.js";
import { Grams } from "./labels.js";
import { fromPrep } from "./stored.js";
import { prepare } from "./prepare.js";
import type { Mention, Report } from "../types.js";
import type { Sparse } from "./similarity.js";

// synthetic reports in our own words (bench/lib/synthetic.ts), and one of our own in Korean
const reports: Report[] = withCopies(synthetic(60, 3));
reports.push({ id: "ko", url: null, publisher: null, published: "2025-03-02", language: "ko", title: null, hash: "ko", text: "다리 공사비는 3억 달러로 늘었다고 시청이 밝혔다. 길이는 1.2㎞다." });
const mentions: Mention[] = reports.flatMap((r) => extract(r.text, { published: r.published, source: r.id, language: r.language }));

function preps(of: (r: Report, ms: Mention[]) => Uint8Array | null): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const r of reports) {
    const p = of(r, JSON.parse(JSON.stringify(mentions.filter((m) => m.source === r.id))) as Mention[]);
    if (p) out.set(r.id, p);
  }
  return out;
}

test("stored prep: the facts made from each report's stored prep are the facts made without it", () => {
  const plain = JSON.stringify(reconcile({ reports, mentions, keep: true }));
  const stored = preps((r, ms) => reportPrep(r.text, ms, r.language ?? null));
  assert.equal(stored.size, reports.length);
  // read, not passed over
  for (const r of reports) assert.ok(fromPrep(stored.get(r.id)!, r.text, r.language ?? null, mentions.filter((m) => m.source === r.id).length, new Bags(), new Grams()), r.id);
  assert.equal(JSON.stringify(reconcile({ reports, mentions, keep: true, stored })), plain);
});

test("stored prep: an update's prepare of a few figures per report makes those from the stored prep as without it", () => {
  const stored = preps((r, ms) => reportPrep(r.text, ms, r.language ?? null));
  const global = prepare(reports, mentions, { count: true }).freq!();
  const only = mentions.map((_, i) => i % 3 === 1);
  // each vector by its own ids and weights: figures of one label share a vector, laid where it was first made
  const own = (v?: Sparse) => v && { ids: [...v.ids.subarray(v.from, v.to)], w: [...v.w.subarray(v.from, v.to)] };
  const items = (opts: { stored?: Map<string, Uint8Array> }) => JSON.stringify(prepare(reports, mentions, { global, only, ...opts }).items.map((it) => ({ ...it, text: "", vec: own(it.vec), lab: own(it.lab) })));
  assert.equal(items({ stored }), items({}));
  // read, not passed over (a prep read wrong is not used, and the figures are made without it)
  for (const r of reports) {
    const n = mentions.filter((m) => m.source === r.id).length;
    assert.ok(fromPrep(stored.get(r.id)!, r.text, r.language ?? null, n, new Bags(), new Grams(), Array.from({ length: n }, (_, i) => i % 3 === 1)), r.id);
  }
  // and each figure's period is the one it has when every figure is prepared
  const whole = new Map(prepare(reports, mentions).items.map((it) => [it.m, it.period]));
  const periods = prepare(reports, mentions, { global, only, stored }).items.map((it) => [it.period, whole.get(it.m)]);
  assert.ok(periods.some(([p]) => p !== null), "some figures have a period");
  for (const [p, q] of periods) assert.deepEqual(p, q);
});

test("stored prep: one that does not fit its report (other text, language or figures, cut short) is not read", () => {
  const plain = JSON.stringify(reconcile({ reports, mentions }));
  const misfits = preps((r, ms) => {
    const k = Number(r.id.replace(/\D/g, "") || 0) % 4;
    if (k === 0) return reportPrep(r.text + " More words.", ms, r.language ?? null);
    if (k === 1) return reportPrep(r.text, ms, "de");
    if (k === 2) return reportPrep(r.text, ms.slice(1), r.language ?? null);
    return reportPrep(r.text, ms, r.language ?? null)!.subarray(0, 40);
  });
  assert.equal(JSON.stringify(reconcile({ reports, mentions, stored: misfits })), plain);
});
