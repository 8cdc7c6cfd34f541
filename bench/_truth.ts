/**
 * How the brief bench's facts group its template figures: a check of grouping on a dossier whose
 * blocks are far larger than any labelled cluster's (only one dev cluster has a block over the
 * 150 figures where candidate pairs are chosen, and its crowded posting lists hold ≤ 33 figures;
 * the bench's hold up to ~1,200). Not run by `npm run bench`.
 *
 * The truth is the generator's own (bench/lib/synthetic.ts): a figure of a template sentence is one
 * fact with the figure in the same place (its kind and unit, then its order among those) of the same
 * template in every report about the same project ("by project"), or about the same project and
 * place ("by project and place"). Figures outside template sentences (leads, tails, names) are not
 * scored. Values are drawn at random, so every such fact disagrees with itself: no verdict is
 * scored, and the B-cubed figures are low whatever groups them. They compare two trees, not a tree
 * with a bar.
 *
 *   node --import tsx bench/_truth.ts [count]
 */
import { extract } from "../src/extract/index.js";
import { withCopies } from "../src/app/copies.js";
import { reconcile } from "../src/reconcile/index.js";
import type { Mention } from "../src/types.js";
import { syntheticTruth, type TemplateSpan } from "./lib/synthetic.js";

const N = Number(process.argv[2] ?? 1000);
const { reports: made, spans } = syntheticTruth(N);
const reports = withCopies(made);
const mentions = reports.flatMap((r) => extract(r.text, { published: r.published, source: r.id }));
const { facts } = reconcile({ reports, mentions });

const key = (m: { source: string; start: number }) => `${m.source}@${m.start}`;
const factOf = new Map<string, number>();
facts.forEach((f, k) => {
  for (const m of f.members) factOf.set(key(m), k);
});

/** Each template figure's true fact, by project (`wide`) and by project and place (`narrow`). */
function truths(): { wide: Map<string, string>; narrow: Map<string, string> } {
  const wide = new Map<string, string>(), narrow = new Map<string, string>();
  const bySource = new Map<string, Mention[]>();
  for (const m of mentions) (bySource.get(m.source) ?? bySource.set(m.source, []).get(m.source)!).push(m);
  for (const [source, ms] of bySource) {
    ms.sort((a, b) => a.start - b.start);
    for (const s of spans.get(source) ?? ([] as TemplateSpan[])) {
      const seen = new Map<string, number>();
      for (const m of ms) {
        if (m.start < s.start || m.start >= s.end) continue;
        const slot = `${m.kind}:${m.unit ?? ""}`;
        const q = seen.get(slot) ?? 0;
        seen.set(slot, q + 1);
        wide.set(key(m), `${s.project}|${s.template}|${slot}|${q}`);
        narrow.set(key(m), `${s.project}|${s.place}|${s.template}|${slot}|${q}`);
      }
    }
  }
  return { wide, narrow };
}

/** B-cubed precision, recall and F1 of the facts over the figures `truth` holds (a figure in no fact is its own). */
function bcubed(truth: Map<string, string>): string {
  const predicted = (x: string) => String(factOf.get(x) ?? `alone ${x}`);
  const count = (f: (x: string) => string) => {
    const c = new Map<string, number>();
    for (const x of truth.keys()) c.set(f(x), (c.get(f(x)) ?? 0) + 1);
    return c;
  };
  const gold = count((x) => truth.get(x)!), pred = count(predicted), both = count((x) => `${truth.get(x)}#${predicted(x)}`);
  let P = 0, R = 0;
  for (const x of truth.keys()) {
    const c = both.get(`${truth.get(x)}#${predicted(x)}`)!;
    P += c / pred.get(predicted(x))!;
    R += c / gold.get(truth.get(x)!)!;
  }
  P /= truth.size || 1;
  R /= truth.size || 1;
  return `P ${P.toFixed(4)} R ${R.toFixed(4)} F1 ${(P + R ? (2 * P * R) / (P + R) : 0).toFixed(4)} (${truth.size} figures, ${gold.size} facts)`;
}

const { wide, narrow } = truths();
console.log(`truth bench: ${N} reports, ${mentions.length} mentions, ${facts.length} facts`);
console.log(`  by project            ${bcubed(wide)}`);
console.log(`  by project and place  ${bcubed(narrow)}`);
