/** Reconcile alone on the brief bench's 1,000 synthetic reports, three runs (min), with its steps timed. Not run by `npm run bench`. */
import { performance } from "node:perf_hooks";
import { extract } from "../src/extract/index.js";
import { withCopies } from "../src/app/copies.js";
import { reconcile } from "../src/reconcile/index.js";
import { prepare } from "../src/reconcile/prepare.js";
import { link } from "../src/reconcile/link.js";
import { propertiesOf } from "../src/reconcile/property.js";
import { MODEL } from "../src/reconcile/weights.js";
import { synthetic } from "./lib/synthetic.js";

const reports = withCopies(synthetic(1000));
const mentions = reports.flatMap((r) => extract(r.text, { published: r.published, source: r.id }));
const best = { all: Infinity, prep: Infinity, link: Infinity };
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  reconcile({ reports, mentions });
  best.all = Math.min(best.all, performance.now() - t);
  t = performance.now();
  const p = prepare(reports, mentions);
  best.prep = Math.min(best.prep, performance.now() - t);
  t = performance.now();
  link(p.items, propertiesOf(p.items), MODEL, p.texts);
  best.link = Math.min(best.link, performance.now() - t);
}
console.log(`reconcile ${mentions.length} mentions: ${best.all.toFixed(0)} ms (prepare ${best.prep.toFixed(0)} ms, link ${best.link.toFixed(0)} ms)`);
