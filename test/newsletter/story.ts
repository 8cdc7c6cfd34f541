/**
 * A small dam story written for these tests, and its briefing from the store (the same
 * composition `dossier brief` uses).
 */
import { createHash } from "node:crypto";
import type { Store } from "../../src/store/index.js";
import type { Briefing } from "../../src/types.js";
import { extract, EXTRACTOR_VERSION } from "../../src/extract/index.js";
import { reconcile } from "../../src/reconcile/index.js";
import { buildBriefing } from "../../src/publish/index.js";

export const STORY = [
  { id: "d1", publisher: "Valley Post", published: "2025-03-01", text: "The Karst reservoir dam will be 140 m high, the ministry said on Monday. Building it is expected to cost $2.1 billion." },
  { id: "d2", publisher: "River Gazette", published: "2025-03-05", text: "Engineers confirmed that the dam will rise 140 m above the riverbed. The site employs 3,000 workers." },
  { id: "d3", publisher: "Valley Post", published: "2025-09-10", text: "The ministry now says the dam will cost $2.6 billion, up from $2.1 billion." },
  { id: "d4", publisher: "Hill Herald", published: "2025-10-02", text: "About 4,500 workers are now on the dam site, the contractor said." },
];

export async function addStory(store: Store, items: typeof STORY): Promise<void> {
  for (const s of items) {
    const hash = createHash("sha256").update(s.text).digest("hex");
    const { report } = await store.addReport({ id: s.id, url: `https://news.example.org/${s.id}`, publisher: s.publisher, published: s.published, language: "en", title: null, text: s.text, hash });
    await store.setMentions(report.id, EXTRACTOR_VERSION, extract(report.text, { published: report.published, source: report.id }));
  }
}

export async function briefingOf(store: Store): Promise<Briefing> {
  const reports = await store.listReports();
  const mentions = await store.getMentions();
  const { facts, timeline } = reconcile({ reports, mentions });
  return buildBriefing({ reports, mentions, facts, timeline, title: "Dam watch" });
}
