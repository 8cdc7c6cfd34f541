/**
 * Debug (not run by `npm run eval`): every two dev clusters reconciled as one store, the stories
 * stories.ts reads in them: one story (no constraint), two, or two of which one mixes both.
 *
 *   node --import tsx eval/_stories.ts
 * @module
 */
import { basename } from "node:path";
import { prepare } from "../src/reconcile/prepare.js";
import { markStories } from "../src/reconcile/stories.js";
import { clusterDirs, trainingCluster } from "./facts.js";
const cs = clusterDirs([]).map((d) => ({ name: basename(d).slice(0, 10), c: trainingCluster(d) }));
for (let a = 0; a < cs.length; a++)
  for (let b = a + 1; b < cs.length; b++) {
    const reports = [...cs[a].c.reports.map((r) => ({ ...r, id: `A${r.id}` })), ...cs[b].c.reports.map((r) => ({ ...r, id: `B${r.id}` }))];
    const mentions = [...cs[a].c.mentions.map((m) => ({ ...m, source: `A${m.source}` })), ...cs[b].c.mentions.map((m) => ({ ...m, source: `B${m.source}` }))];
    const { items, all, texts } = prepare(reports, mentions);
    markStories(items, all, texts);
    const mixed = new Map<number, Set<string>>();
    for (const it of items) if (it.story) (mixed.get(it.story) ?? mixed.set(it.story, new Set()).get(it.story)!).add(it.m.source[0]);
    const pure = [...mixed.values()].every((s) => s.size === 1);
    console.log(cs[a].name.padEnd(11), cs[b].name.padEnd(11), mixed.size ? `${mixed.size} stories${pure ? "" : " (one mixes both)"}` : "one story");
  }
