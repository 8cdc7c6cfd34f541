/**
 * The explorer's data from the store: every report, its mentions (extracted and saved when the
 * stored ones are missing or from an older extractor), reconciled once per change of the store.
 * @module
 */
import { extract, EXTRACTOR_VERSION } from "../extract/index.js";
import type { Store } from "../store/index.js";
import type { Mention } from "../types.js";
import { buildDossier, cachedLoader, type Dossier } from "./dossier.js";

export interface StoreLoaderOptions {
  title?: string;
}

/** A cached loader over an open store: rebuilt when the report count, latest ingest or observations change. */
export function storeLoader(store: Store, opts: StoreLoaderOptions = {}): () => Promise<Dossier> {
  const stamp = async () => {
    const [r] = await store.db.query<{ n: number; latest: string | Date | null; obs: number }>(
      `SELECT (SELECT count(*)::int FROM reports) AS n, (SELECT max(added_at) FROM reports) AS latest, (SELECT count(*)::int FROM observations) AS obs`,
    );
    return `${r.n}|${r.latest ? new Date(r.latest).toISOString() : ""}|${r.obs}`;
  };
  const build = async () => {
    const reports = await store.listReports();
    const mentions: Mention[] = [];
    for (const r of reports) {
      if ((await store.extractedWith(r.id)) === EXTRACTOR_VERSION) {
        mentions.push(...(await store.getMentions([r.id])));
        continue;
      }
      const ms = extract(r.text, { published: r.published, source: r.id, language: r.language });
      await store.setMentions(r.id, EXTRACTOR_VERSION, ms);
      mentions.push(...ms);
    }
    const observations = await store.listObservations();
    return buildDossier({ reports, mentions, observations, title: opts.title });
  };
  return cachedLoader(stamp, build);
}
