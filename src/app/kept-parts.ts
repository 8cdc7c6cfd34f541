/**
 * The parts a store keeps of reconciled facts (src/app/reconciled.ts), as made from the facts: each
 * fact packed, its skeleton, its Markdown pieces. Pure (no store), so that a thread of its own can
 * make them (kept-thread.ts) while this one writes them.
 * @module
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { entryMarkdown, factMarkdown, sourcesOf, withShownCards, type EntryMarkdown, type FactMarkdown, type Source } from "../publish/index.js";
import { buildTimeline, skeletonOf } from "../reconcile/index.js";
import type { Fact, Report } from "../types.js";

/**
 * Beside each fact (key: its id), what a brief in Markdown shows of it (key: MD + its id): its row,
 * its card when made, its timeline entry. A Markdown brief of a store reads those, not the facts
 * (~450 facts of 36,000 members at 2,000 reports: ~25 MB of JSON to unpack and render).
 */
export const MD = "md:";

/**
 * Beside each fact too (key: SK + its id), its skeleton: where its members are and what they read
 * (`skeletonOf`), what an update reads of a fact it only samples. Fact ids hold no ':'.
 */
export const SK = "sk:";

export interface Pieces {
  fact: FactMarkdown;
  entry: EntryMarkdown | null;
}

/** The pieces of a fact (its card too when `full`): those of its entry as `buildTimeline` makes it. */
export function piecesOf(f: Fact, sources: Map<string, Source>, full: boolean): Pieces {
  const t = f.hidden ? undefined : buildTimeline([f])[0];
  return { fact: factMarkdown(f, sources, full), entry: t ? entryMarkdown(t, sources) : null };
}

/** The pieces, with the cards a brief shows made where they are not (`factOf` gives each such fact whole). */
export function withCardsOf(pieces: Pieces[], factOf: (id: string) => Fact, sources: Map<string, Source>): Pieces[] {
  const facts = withShownCards(pieces.map((p) => p.fact), factOf, sources);
  return pieces.map((p, i) => (facts[i] === p.fact ? p : { ...p, fact: facts[i] }));
}

export const sourceMap = (reports: Report[]) => new Map(sourcesOf(reports).map((s) => [s.id, s]));

/**
 * A value as gzipped JSON in base64: a fact's JSON shrinks ~6 times, and Postgres in WebAssembly
 * moves ~100 MB/s, so reading and writing fewer bytes pays for the (de)compression several times.
 */
export function pack(value: unknown): string {
  return packJson(JSON.stringify(value));
}

/** `pack` of a value given as its JSON. */
const packJson = (json: string) => gzipSync(json, { level: 1 }).toString("base64");

/** Gzipped JSON in base64 back to a value, or null when it cannot be read. */
export function unpack<T>(data: string): T | null {
  try {
    return JSON.parse(gunzipSync(Buffer.from(data, "base64")).toString("utf8")) as T;
  } catch {
    return null;
  }
}

/**
 * The parts of every fact of a whole reconcile, made in this thread: each packed, each skeleton,
 * each Markdown piece (with the cards a brief shows), in the facts' order; `pieces` is called with
 * the pieces before the first part is read. Made as they are read: at 100,000 reports all of them
 * at once are ~200 MB more on a heap that already holds every fact.
 */
export function* partsOf(facts: Fact[], sources: Map<string, Source>, pieces: (p: Pieces[]) => void): Generator<[string, string]> {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const made = withCardsOf(facts.map((f) => piecesOf(f, sources, false)), (id) => byId.get(id)!, sources);
  pieces(made);
  for (const f of facts) yield [f.id, pack(f)];
  for (const f of facts) yield [SK + f.id, JSON.stringify(skeletonOf(f))];
  for (const p of made) yield [MD + p.fact.id, JSON.stringify(p)];
}

/** A share of the facts' parts: each packed (key: its id), and each skeleton (key: SK + its id). */
export interface Share {
  packed: Array<[string, string]>;
  skeletons: Array<[string, string]>;
}

/**
 * The parts of every fact of a whole reconcile, made a share of the facts at a time (in their
 * order); the Markdown pieces, with the cards a brief shows, once all are in.
 */
export class WholeParts {
  /**
   * The facts, for the cards made at the end: the values their pieces read are kept beside each
   * (publish's valuesOf), which the cards read again (held as JSON and parsed again, the cards
   * took 3–5 times as long, and the peak was no lower).
   */
  private readonly facts = new Map<string, Fact>();
  private readonly pieces: Pieces[] = [];
  constructor(private readonly sources: Map<string, Source>) {}

  /** The parts of facts given as their JSON (what is packed is that very text). */
  add(json: string[]): Share {
    const share: Share = { packed: [], skeletons: [] };
    for (const text of json) {
      const f = JSON.parse(text) as Fact;
      this.facts.set(f.id, f);
      this.pieces.push(piecesOf(f, this.sources, false));
      share.packed.push([f.id, packJson(text)]);
      share.skeletons.push([SK + f.id, JSON.stringify(skeletonOf(f))]);
    }
    return share;
  }

  /** Every fact's pieces (in the facts' order) and each as its part (key: MD + its id). */
  finish(): { pieces: Pieces[]; parts: Array<[string, string]> } {
    const pieces = withCardsOf(this.pieces, (id) => this.facts.get(id)!, this.sources);
    return { pieces, parts: pieces.map((p) => [MD + p.fact.id, JSON.stringify(p)]) };
  }
}
