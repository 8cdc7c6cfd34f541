/**
 * How a store keeps its reconciled facts (reconciled.ts): under one name, a head (the facts' ids in
 * order, and what an update reads of each without reading it), a row per fact (gzipped JSON), its
 * skeleton (skeleton.ts) and the Markdown pieces a brief shows of it. One place for the layout, so
 * the reader of whole facts and the reader of pieces (markdown-facts.ts) read what the writer wrote.
 * @module
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { entryMarkdown, factMarkdown, sourcesOf, withShownCards, type EntryMarkdown, type FactMarkdown, type Source } from "../publish/index.js";
import { buildTimeline, factMeta, skeletonOf, type FactMeta } from "../reconcile/index.js";
import type { Fact, Report } from "../types.js";
import { packSkeleton } from "./skeleton.js";

/** The name the facts are kept under. */
export const NAME = "reconciled";

/**
 * The head of the kept facts: their ids in order (each fact is a part of its own). The timeline is
 * not kept: it is made from the facts on reading, as reconcile makes it (kept, it was 7 MB of the
 * head at 10,000 reports).
 */
export interface Head {
  ids: string[];
  /** the version of the facts' Markdown pieces kept beside them (none kept: absent) */
  md?: number;
  /** per fact (parallel to `ids`): what an update reads of it without reading the fact */
  meta?: Meta[];
}

/** What an update reads of a kept fact it does not touch: its place in the order (origins, members) and `FactMeta`. */
export type Meta = FactMeta & { origins: number };

export const metaOf = (f: Fact): Meta => ({ ...factMeta(f), origins: f.origins });

/** A kept fact not read, standing in for it in an update (which only orders it and hands it back). */
export const standIn = (id: string, m: Meta) => ({ id, origins: m.origins, members: new Array(m.n) }) as unknown as Fact;

/**
 * Beside each fact (key: its id), what a brief in Markdown shows of it (key: MD + its id): its row,
 * its card when made, its timeline entry. A Markdown brief of a store reads those, not the facts
 * (~450 facts of 36,000 members at 2,000 reports: ~25 MB of JSON to unpack and render).
 */
export const MD = "md:";

/**
 * Beside each fact too (key: SK + its id), its skeleton: where its members are and what they read
 * (`skeletonOf`, kept as bytes: skeleton.ts), what an update reads of a fact it only samples. Fact
 * ids hold no ':'.
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
 * The pieces' version. They read the reports' publisher, title, date and copies: a change of any of
 * those changes the store's stamp, and no update keeps pieces across it (`reportSig`).
 */
export const PIECES = 1;

/** Each fact as [id, packed], packed when asked for. */
export function* packed(facts: Fact[], pieces: Map<string, Pieces>): Generator<[string, string]> {
  for (const f of facts) yield [f.id, pack(f)];
  for (const f of facts) yield [SK + f.id, packSkeleton(skeletonOf(f))];
  for (const [id, p] of pieces) yield [MD + id, JSON.stringify(p)];
}

/**
 * A value as gzipped JSON in base64: a fact's JSON shrinks ~6 times, and Postgres in WebAssembly
 * moves ~100 MB/s, so reading and writing fewer bytes pays for the (de)compression several times.
 */
export function pack(value: unknown): string {
  return gzipSync(JSON.stringify(value), { level: 1 }).toString("base64");
}

/** Gzipped JSON in base64 back to a value, or null when it cannot be read. */
export function unpack<T>(data: string): T | null {
  try {
    return JSON.parse(gunzipSync(Buffer.from(data, "base64")).toString("utf8")) as T;
  } catch {
    return null;
  }
}
