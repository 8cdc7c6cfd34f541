/**
 * The facts of a stored dossier as a Markdown brief reads them: the pieces kept beside each fact
 * (its row, its card, its timeline entry; kept.ts), read without the facts themselves when nothing
 * changed, or brought up to date by an update that reads only the facts new figures may join.
 * @module
 */
import { cardsToMake, type EntryMarkdown, type FactMarkdown } from "../publish/index.js";
import { byTimeline, skeletonOf, type Skeleton } from "../reconcile/index.js";
import type { Fact, Report } from "../types.js";
import { MD, NAME, PIECES, piecesOf, SK, sourceMap, standIn, unpack, withCardsOf, type Head, type Meta, type Pieces } from "./kept.js";
import { type Current, type CurrentOptions, factsOfStore, madeWhole, reconciledKey, updateKept } from "./reconciled.js";
import { unpackSkeleton } from "./skeleton.js";
import type { Store } from "./store.js";

/** The facts of the store as a Markdown brief reads them: their pieces, and their timeline entries' (in the timeline's order). */
export interface MarkdownFacts {
  reports: Report[];
  facts: FactMarkdown[];
  timeline: EntryMarkdown[];
  how: Current["how"];
}

/** The kept pieces of every fact (in the facts' order), with their stamp and head; null when none are kept whole. */
async function readPieces(store: Store): Promise<{ stamp: string; head: string; meta?: Meta[]; ids: string[]; pieces: Pieces[] } | null> {
  const kept = await store.derived.getDerivedParts(NAME, { prefix: MD });
  if (!kept) return null;
  const head = JSON.parse(kept.data) as Head;
  if (!Array.isArray(head.ids) || head.md !== PIECES) return null;
  const pieces: Pieces[] = [];
  for (const id of head.ids) {
    const p = kept.parts.get(MD + id);
    if (p === undefined) return null;
    pieces.push(JSON.parse(p) as Pieces);
  }
  return { stamp: kept.stamp, head: kept.data, meta: head.meta?.length === head.ids.length ? head.meta : undefined, ids: head.ids, pieces };
}

/**
 * `factsOfStore` for a brief in Markdown: the kept pieces of the facts when nothing changed since
 * they were made (the facts themselves are not read); after reports were added, an update that
 * reads only the facts the new figures may join (the others stand in by their meta) and keeps
 * what it made; else the facts brought up to date (or reconciled) whole, and their pieces. The
 * cards a brief shows that were not made yet are made from their facts, and kept.
 */
export async function markdownOfStore(store: Store, opts: CurrentOptions = {}): Promise<MarkdownFacts> {
  const key = await reconciledKey(store);
  const kept = await readPieces(store).catch(() => null);
  // the reports without their texts only when the facts are not reconciled whole (which reads them with)
  if (kept?.stamp === key) return withCards(store, await store.listReports({ text: false }), { stamp: key, head: kept.head }, kept.pieces, new Map(), "kept", opts);
  if (kept?.meta) {
    const reports = await store.listReports({ text: false });
    const { stamp, meta, ids } = kept;
    const load = async (at: number[]) => {
      // the skeletons first: most candidates are only sampled, and the few the new figures join
      // are read whole when the update asks for them (at 2,000 reports, ~0.5–1 M characters fewer)
      const parts = await store.derived.getDerivedParts(NAME, { keys: at.map((i) => SK + ids[i]) });
      if (parts?.stamp !== stamp) return null;
      const skeletons = new Map<number, Skeleton>();
      for (const i of at) {
        const kept = parts.parts.get(SK + ids[i]);
        const sk = kept === undefined ? null : unpackSkeleton(kept);
        if (sk) skeletons.set(i, sk);
      }
      const packed = new Map<number, string>();
      const fetch = async (want: number[]) => {
        const unread = want.filter((i) => !packed.has(i));
        if (!unread.length) return true;
        const more = await store.derived.getDerivedParts(NAME, { keys: unread.map((i) => ids[i]) });
        if (more?.stamp !== stamp) return false;
        for (const i of unread) {
          const part = more.parts.get(ids[i]);
          if (part === undefined) return false;
          packed.set(i, part);
        }
        return true;
      };
      // a skeleton missing or unreadable (kept by other code): made from its fact, read whole
      const bare = at.filter((i) => !skeletons.has(i));
      if (bare.length && !(await fetch(bare))) return null;
      // unpacked when asked for
      const read = new Map<number, Fact>();
      const whole = (i: number) => {
        let f = read.get(i);
        if (!f) {
          f = unpack<Fact>(packed.get(i) ?? "") ?? undefined;
          if (!f) throw new Error(`kept fact ${ids[i]} cannot be read`);
          read.set(i, f);
        }
        return f;
      };
      const skeleton = (i: number) => skeletons.get(i) ?? skeletons.set(i, skeletonOf(whole(i))).get(i)!;
      return { skeleton, whole, fetch };
    };
    const before = new Map(ids.map((id, i) => [id, kept.pieces[i]]));
    const start = { stamp, md: PIECES, meta, facts: ids.map((id, i) => standIn(id, meta[i])), load, pieces: before };
    const done = await updateKept(store, key, start, reports).catch(() => null);
    if (done) {
      const pieces = done.reconciled.facts.map((f) => done.made.get(f.id) ?? before.get(f.id)!);
      // the facts it made (those it did not are the stand-ins it was given)
      const standing = new Set(start.facts);
      const whole = new Map(done.reconciled.facts.filter((f) => !standing.has(f)).map((f) => [f.id, f]));
      // not kept (another writer was first): cards are made, not written
      return withCards(store, reports, done.head === null ? null : { stamp: key, head: done.head }, pieces, whole, "updated", opts);
    }
  }
  const current = await factsOfStore(store, opts);
  const whole = new Map(current.reconciled.facts.map((f) => [f.id, f]));
  const made = madeWhole.get(current.reconciled);
  if (made) return withCards(store, current.reports, null, made, whole, current.how, opts);
  const again = await readPieces(store).catch(() => null);
  if (again?.stamp === (await reconciledKey(store)) && again.ids.length === whole.size) return withCards(store, current.reports, { stamp: again.stamp, head: again.head }, again.pieces, whole, current.how, opts);
  return markdownOf(current);
}

/**
 * The Markdown facts of pieces, with the cards a brief shows made where they were not: from the
 * facts at hand (`whole`), else read from the store (`kept`: where they were kept, and under what
 * head: the cards made are written there).
 */
async function withCards(store: Store, reports: Report[], kept: { stamp: string; head: string } | null, pieces: Pieces[], whole: Map<string, Fact>, how: Current["how"], opts: CurrentOptions): Promise<MarkdownFacts> {
  const need = cardsToMake(pieces.map((p) => p.fact));
  if (need.length) {
    const sources = sourceMap(reports);
    const unread = need.filter((id) => !whole.has(id));
    if (unread.length) {
      const parts = kept ? await store.derived.getDerivedParts(NAME, { keys: unread }) : null;
      for (const id of unread) {
        const f = parts?.stamp === kept?.stamp ? unpack<Fact>(parts?.parts.get(id) ?? "") : null;
        // the facts moved on meanwhile: read whole
        if (!f) return markdownOf(await factsOfStore(store, opts));
        whole.set(id, f);
      }
    }
    pieces = withCardsOf(pieces, (id) => whole.get(id)!, sources);
    if (kept) {
      const at = new Map(pieces.map((p, i) => [p.fact.id, i]));
      const made = need.map((id): [string, string] => [MD + id, JSON.stringify(pieces[at.get(id)!])]);
      await store.derived.setDerivedParts(NAME, kept.stamp, kept.head, { put: made, drop: [], from: kept.stamp }).catch(() => false);
    }
  }
  return { reports, facts: pieces.map((p) => p.fact), timeline: entriesOf(pieces), how };
}

/** The pieces of facts had whole. */
function markdownOf(current: Current): MarkdownFacts {
  const sources = sourceMap(current.reports);
  const byId = new Map(current.reconciled.facts.map((f) => [f.id, f]));
  const pieces = withCardsOf(current.reconciled.facts.map((f) => piecesOf(f, sources, false)), (id) => byId.get(id)!, sources);
  return { reports: current.reports, facts: pieces.map((p) => p.fact), timeline: entriesOf(pieces), how: current.how };
}

/** The timeline entries of facts' pieces, as `buildTimeline` orders them. */
const entriesOf = (pieces: Pieces[]) => pieces.flatMap((p) => (p.entry ? [p.entry] : [])).sort(byTimeline);
