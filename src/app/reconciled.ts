/**
 * The reconciled facts of a stored dossier, kept in the store between runs: a brief (or a page of
 * `serve`) reads them back instead of reading every mention and reconciling the world again, and
 * brings them up to date when a few reports came or went since (the reader pays that once, and it
 * reads the facts anyway; the unattended `update` of feeds does it itself, so pages stay quick). Kept under a key that
 * changes with the reports, decisions, figures and extractor (the store's stamps) and with the code
 * that made them (a hash of the reconcile, publish and extract stages' files), so an upgrade never
 * serves facts the new code would not make.
 *
 * Beside the facts, what an incremental update needs (src/reconcile/update.ts): when a few reports
 * came or went since the facts were made, and nothing else changed, only the facts those touch are
 * made again; otherwise everything is reconciled.
 * @module
 */
import { getHeapStatistics } from "node:v8";
import { addExcerpts, cardsToMake, withExcerpts, type Source } from "../publish/index.js";
import { buildTimeline, candidateFacts, neighbourhood, reconcile, UPDATE_SHARE, updating, type Skeleton, type UpkeepState } from "../reconcile/index.js";
import type { Fact, Report, TimelineEntry } from "../types.js";
import { codeKey } from "./code.js";
import { markCopies } from "./copies.js";
import { collectGarbage } from "./heap.js";
import { MD, metaOf, NAME, pack, packed, PIECES, piecesOf, SK, sourceMap, unpack, withCardsOf, type Head, type Meta, type Pieces } from "./kept.js";
import { storedFigures } from "./reports.js";
import type { Store } from "./store.js";

/** Facts with each member's excerpt attached (as the briefing has them), and the reports' timeline. */
export interface Reconciled {
  facts: Fact[];
  timeline: TimelineEntry[];
}

/** What an update needs, kept under the same key as the facts. */
const UPKEEP = "reconciled-upkeep";

interface Upkeep {
  state: UpkeepState;
  /** per report reconciled: what of it the facts depend on besides its text (reportSig) */
  reports: Record<string, string>;
  /** the analyst's decisions the facts were made under (decisionsSig) */
  decisions: string;
}
/** The key the facts of the store as it stands now are kept under. Read it before reading the data. */
export async function reconciledKey(store: Store): Promise<string> {
  // the extractions' stamp: a report's figures made again (a new publication date) changes the facts
  return `${await store.stamp()}|${await store.extractionStamp()}|${await codeKey()}`;
}


/** What is kept of the facts, as read: its stamp, and the facts when they can be read back whole. */
interface Kept {
  stamp: string;
  /** the version of the pieces kept beside the facts */
  md?: number;
  meta?: Meta[];
  reconciled: Reconciled | null;
}

/** The kept facts read back (a head and a row per fact, one snapshot), or null when none are kept. */
async function readKept(store: Store): Promise<Kept | null> {
  let md: number | undefined;
  const kept = await store.derived.getDerivedParts(NAME, { without: ":" });
  if (!kept) return null;
  try {
    const head = JSON.parse(kept.data) as Head;
    if (!Array.isArray(head.ids)) return { stamp: kept.stamp, reconciled: null };
    md = head.md;
    const meta = head.meta?.length === head.ids.length ? head.meta : undefined;
    const facts: Fact[] = [];
    for (const id of head.ids) {
      const part = kept.parts.get(id);
      // a part missing: written by a writer that lost a race, or by other code; made again
      if (part === undefined) return { stamp: kept.stamp, reconciled: null };
      const fact = unpack<Fact>(part);
      if (!fact) return { stamp: kept.stamp, reconciled: null };
      facts.push(fact);
    }
    return { stamp: kept.stamp, md, meta, reconciled: { facts, timeline: buildTimeline(facts.filter((f) => !f.hidden)) } };
  } catch {
    return { stamp: kept.stamp, reconciled: null };
  }
}

/** An update's starting point: the kept facts (or stand-ins) it started from, their stamp, and what was kept beside them. */
interface From {
  stamp: string;
  facts: Fact[];
  md?: number;
  /** the meta of the facts, parallel to `facts` */
  meta?: Meta[];
  /** the pieces of the facts the update made (and the cards it made of kept ones), when the caller made them */
  pieces?: Map<string, Pieces>;
}

/**
 * Keeps facts made from the store as it stood under `key`, a row per fact, and the Markdown pieces
 * of each. `from` is an update's: the kept facts it started from, and their stamp; only the facts
 * it made anew are written, and only if no other writer kept facts since. The head written, or
 * null when nothing was.
 */
async function keepReconciled(store: Store, key: string, value: Reconciled, reports: Report[], from?: From): Promise<string | null> {
  const sources = sourceMap(reports);
  // the cards a brief shows are made now; the others when a brief first shows them
  const pieces = (facts: Fact[], all: boolean) => {
    let made = facts.map((f) => from?.pieces?.get(f.id) ?? piecesOf(f, sources, false));
    if (all) {
      const byId = new Map(facts.map((f) => [f.id, f]));
      made = withCardsOf(made, (id) => byId.get(id)!, sources);
    }
    return new Map(made.map((p) => [p.fact.id, p]));
  };
  // packed as the store writes them, a few at a time: at 100,000 reports all of them at once are
  // ~200 MB more on a heap that already holds every fact
  if (!from) {
    const head = JSON.stringify({ ids: value.facts.map((f) => f.id), md: PIECES, meta: value.facts.map(metaOf) } satisfies Head);
    const made = pieces(value.facts, true);
    madeWhole.set(value, value.facts.map((f) => made.get(f.id)!));
    return (await store.derived.setDerivedParts(NAME, key, head, { put: packed(value.facts, made), drop: "rest" })) ? head : null;
  }
  const before = new Map(from.facts.map((f) => [f.id, f]));
  const metaBefore = new Map(from.meta?.map((m, i) => [from.facts[i].id, m]));
  // an update hands back the facts it did not touch as the very objects it was given
  const changed = value.facts.filter((f) => before.get(f.id) !== f);
  const fresh = new Set(changed);
  const head = JSON.stringify({ ids: value.facts.map((f) => f.id), md: PIECES, meta: value.facts.map((f) => (!fresh.has(f) && metaBefore.get(f.id)) || metaOf(f)) } satisfies Head);
  const now = new Set(value.facts.map((f) => f.id));
  // pieces made by other code are all made again; else those of the facts made, and the cards
  // made of kept ones (`withCardsMade`)
  const put = packed(changed, pieces(from.md === PIECES ? value.facts.filter((f) => fresh.has(f) || from.pieces?.has(f.id)) : value.facts, false));
  const drop = [...before.keys()].filter((id) => !now.has(id)).flatMap((id) => [id, MD + id, SK + id]);
  return (await store.derived.setDerivedParts(NAME, key, head, { put, drop, from: from.stamp })) ? head : null;
}

/**
 * The pieces a whole reconcile's keeping made of its facts (every one, cards included; in the
 * facts' order): a Markdown brief shows them as they are, not read back from the store.
 */
export const madeWhole = new WeakMap<Reconciled, Pieces[]>();

/** What of a report its facts and their pieces depend on besides its text and figures (and the mark of those figures). */
const reportSig = (r: Report, mark: string | undefined) => JSON.stringify([r.copyOf ?? null, r.published, r.publisher, r.language, mark ?? null, r.title]);

const decisionsSig = (ds: Array<{ id: number; at: string }>) => ds.map((d) => `${d.id}@${d.at}`).join(",");

export interface Current {
  /** the stored reports (without their texts) */
  reports: Report[];
  reconciled: Reconciled;
  /** how the facts were had: read back as kept, updated for the reports that came or went, or reconciled whole */
  how: "kept" | "updated" | "reconciled";
}

export interface CurrentOptions {
  /** figures are about to be read or found in `total` reports (a whole reconcile: for a progress bar) */
  onExtracting?: (total: number) => void;
  onExtracted?: () => void;
  /** something the reader should know that is not a failure (the facts could not be kept) */
  onNote?: (message: string) => void;
}

/**
 * The facts of the store as it stands: kept ones when nothing changed since they were made, else
 * brought up to date (or reconciled whole) and kept, so the next reader only reads.
 */
export async function factsOfStore(store: Store, opts: CurrentOptions = {}): Promise<Current> {
  // the key first: data read after it is at least as new, so what is kept is never older than its key
  return factsAt(store, await reconciledKey(store), opts);
}

/** `factsOfStore` under a key its caller read before any data. */
async function factsAt(store: Store, key: string, opts: CurrentOptions): Promise<Current> {
  // the kept facts are read once (tens of MB at thousands of reports): to serve them, or to update them
  const kept = await readKept(store);
  if (kept?.stamp === key && kept.reconciled) return { reports: await store.listReports({ text: false }), reconciled: kept.reconciled, how: "kept" };
  // a copy pass cut short (a crash between `add`'s or `remove`'s transaction and its copy pass)
  // is finished first: facts never count a copy as a source of its own
  if ((await finishCopies(store)) > 0) key = await reconciledKey(store);
  const updated = await tryUpdate(store, key, kept).catch(() => null);
  if (updated) return updated;
  const reports = await store.listReports();
  if (!reports.length) return { reports, reconciled: { facts: [], timeline: [] }, how: "reconciled" };
  const { reconciled, upkeep } = await reconcileWhole(store, reports, opts);
  // the reconcile's garbage (twice what it returns) collected before keeping allocates on top of
  // it: at 2,000 reports a bulk add's peak was there, ~50 MB above the reconcile's own (~0.1 s of CPU)
  collectGarbage();
  // kept to save the next brief the work; a store that cannot take it (read-only) still briefs
  await keep(store, key, reconciled, upkeep, reports).catch((e) => opts.onNote?.(`the facts could not be kept in the store, so the next brief reconciles them again: ${(e as Error).message}`));
  return { reports, reconciled, how: "reconciled" };
}

/**
 * Every stored figure reconciled, with excerpts, and what an update will need. A function of its
 * own so that the figures and the facts before their excerpts are garbage when it returns: at
 * 100,000 reports each is gigabytes, and the facts are kept and rendered after. The reports'
 * texts are dropped once quoted.
 */
async function reconcileWhole(store: Store, reports: Report[], opts: CurrentOptions): Promise<{ reconciled: Reconciled; upkeep: Upkeep }> {
  opts.onExtracting?.(reports.length);
  const { mentions, prep } = await storedFigures(reports, store, opts.onExtracted);
  const decisions = await store.listDecisions();
  const marks = await store.extractionMarks();
  const { facts, timeline, state } = reconcile({ reports, mentions, decisions, keep: true, stored: prep });
  prep.clear();
  // the figures are not needed past here: freed before the excerpts are made
  mentions.length = 0;
  // the facts are this function's own: their members take their excerpts in place (not copied)
  const reconciled = { facts: addExcerpts(facts, reports), timeline };
  for (const r of reports) r.text = "";
  const upkeep: Upkeep = { state: state!, reports: Object.fromEntries(reports.map((r) => [r.id, reportSig(r, marks.get(r.id))])), decisions: decisionsSig(decisions) };
  return { reconciled, upkeep };
}

/** Marks the copies among reports the copy pass has not seen; how many reports it changed (0 when it cannot write). */
async function finishCopies(store: Store): Promise<number> {
  try {
    return await markCopies(store);
  } catch {
    return 0;
  }
}

/** Keeps the facts and what updating them needs, under one key (see `keepReconciled` for `from`). */
async function keep(store: Store, key: string, value: Reconciled, upkeep: Upkeep, reports: Report[], from?: From): Promise<string | null> {
  const head = await keepReconciled(store, key, value, reports, from);
  if (head === null) return null;
  await store.derived.setDerived(UPKEEP, key, pack(upkeep));
  return head;
}

/**
 * The kept facts updated for the reports added or removed since they were made, when that is all
 * that changed (same code, same decisions, no other report's date, publisher, copy or figures
 * changed) and few figures changed; else null.
 */
async function tryUpdate(store: Store, key: string, kept: Kept | null): Promise<Current | null> {
  if (!kept?.reconciled) return null;
  const done = await updateKept(store, key, { stamp: kept.stamp, md: kept.md, meta: kept.meta, facts: kept.reconciled.facts });
  return done && { reports: done.reports, reconciled: done.reconciled, how: "updated" };
}

/** Kept facts an update starts from: every one, or stand-ins (`standIn`) of which `load` reads those it may touch. */
interface Start {
  stamp: string;
  md?: number;
  meta?: Meta[];
  facts: Fact[];
  /**
   * The skeletons of the kept facts at these indices (null: they moved on meanwhile), a reader of
   * each whole, and `fetch`, which reads those at its indices first (false: they moved on).
   */
  load?: (at: number[]) => Promise<{ skeleton: (i: number) => Skeleton; whole: (i: number) => Fact; fetch: (at: number[]) => Promise<boolean> } | null>;
  /** the kept pieces of the facts, by id (with `load`): the cards due are then made before keeping */
  pieces?: Map<string, Pieces>;
}

/**
 * The update of `tryUpdate`, from kept facts or stand-ins (whose timeline is then not made: the
 * caller has it in the pieces). With stand-ins, the pieces of the facts it made are made here, and
 * returned beside the head it kept (null: not kept).
 */
export async function updateKept(store: Store, key: string, start: Start, listed?: Report[]): Promise<{ reports: Report[]; reconciled: Reconciled; head: string | null; made: Map<string, Pieces> } | null> {
  if (!start.stamp.endsWith(`|${await codeKey()}`)) return null;
  const up = await store.derived.getDerived(UPKEEP);
  if (!up || up.stamp !== start.stamp) return null;
  const upkeep = unpack<Upkeep>(up.data);
  if (!upkeep?.state || !upkeep.reports) return null;
  const decisions = await store.listDecisions();
  if (decisionsSig(decisions) !== upkeep.decisions) return null;
  const reports = listed ?? (await store.listReports({ text: false }));
  const marks = await store.extractionMarks();
  const now = new Set(reports.map((r) => r.id));
  const removed = Object.keys(upkeep.reports).filter((id) => !now.has(id));
  const fresh = new Set<string>();
  for (const r of reports) {
    const was = upkeep.reports[r.id];
    if (was === undefined) fresh.add(r.id);
    else if (was !== reportSig(r, marks.get(r.id))) return null;
  }
  // a new report not extracted yet, or by an older extractor: a whole run extracts it again
  const { EXTRACTOR_VERSION } = await import("../extract/vocabulary.js");
  if ([...fresh].some((id) => !marks.get(id)?.startsWith(`${EXTRACTOR_VERSION}|`))) return null;
  // a removal with the analyst's decisions about: a whole run finds which decisions went stale
  if (removed.length && decisions.length) return null;
  // a removal reads every fact for the members of the reports gone
  if (start.load && (removed.length || !start.meta)) return null;
  const code = await codeKey();
  const none = { mentions: [], prep: new Map<string, Uint8Array>() };
  const fromNew = fresh.size ? await store.getMentionsWithPrep(code, [...fresh]) : none;
  const added = fromNew.mentions;
  // a bulk add is a whole reconcile's work: known before the neighbourhood is looked for
  if (added.length > UPDATE_SHARE * upkeep.state.words.n) return null;
  const facts = start.facts;
  let near;
  let whole: ((i: number) => Fact) | undefined;
  let fetch: ((at: number[]) => Promise<boolean>) | undefined;
  if (start.load) {
    // the facts the new figures may join are sampled from their skeletons, and those they join
    // read whole; the others stay stand-ins
    const read = await start.load(candidateFacts(start.meta!, added));
    if (!read) return null;
    near = neighbourhood(facts, added, start.meta, read.skeleton);
    ({ whole, fetch } = read);
  } else near = neighbourhood(facts, added);
  const fromNear = near.reports.length ? await store.getMentionsWithPrep(code, near.reports) : none;
  const context = fromNear.mentions;
  // what the reports read give alone, as stored when they were added (src/reconcile/stored.ts)
  const stored = new Map([...fromNew.prep, ...fromNear.prep]);
  const texts = new Map((await store.reportsById([...fresh, ...near.reports])).map((r) => [r.id, r.text]));
  const withTexts = reports.map((r) => (texts.has(r.id) ? { ...r, text: texts.get(r.id)! } : r));
  // the kept facts it reads whole are read when it asks for them (most candidates are only sampled)
  const steps = updating({ reports: withTexts, previous: { facts, state: upkeep.state }, added, context, removed, decisions, near, whole, timeline: !start.load, stored });
  let step = steps.next();
  for (; !step.done; step = steps.next()) if (fetch && !(await fetch(step.value))) return null;
  const next = step.value;
  if (!next) return null;
  // excerpts of the new members (the kept ones carry theirs); the facts it did not touch stay the
  // objects they were, which tells `keep` what to write
  const untouched = new Set(facts);
  const redone = withExcerpts(next.facts.filter((f) => !untouched.has(f)), withTexts.filter((r) => texts.has(r.id)));
  let at = 0;
  const reconciled = { facts: next.facts.map((f) => (untouched.has(f) ? f : redone[at++])), timeline: next.timeline };
  const sigs = { ...upkeep.reports };
  for (const id of removed) delete sigs[id];
  for (const r of reports) if (fresh.has(r.id)) sigs[r.id] = reportSig(r, marks.get(r.id));
  const made = new Map<string, Pieces>();
  if (start.load) {
    const sources = sourceMap(reports);
    for (const f of redone) made.set(f.id, piecesOf(f, sources, false));
    if (start.pieces && fetch && whole) await withCardsMade(reconciled.facts, made, start.pieces, facts, redone, { fetch, whole }, sources);
  }
  const head = await keep(store, key, reconciled, { state: next.state, reports: sigs, decisions: upkeep.decisions }, reports, { stamp: start.stamp, facts, md: start.md, meta: start.meta, pieces: made }).catch(() => null);
  return { reports, reconciled, head, made };
}

/**
 * The cards a brief shows, made before an update's facts are kept (`made`: the pieces it made;
 * `kept`: the others', by id), so that they are written with the facts in one transaction, not
 * by a second one after it (as `withCards` makes them). A kept fact whose card is due is read
 * whole (`fetch`, `whole`: by its index among the kept facts, `start`); its pieces join `made`.
 * Nothing when one cannot be read: `withCards` makes them then.
 */
async function withCardsMade(facts: Fact[], made: Map<string, Pieces>, kept: Map<string, Pieces>, start: Fact[], redone: Fact[], read: { fetch: (at: number[]) => Promise<boolean>; whole: (i: number) => Fact }, sources: Map<string, Source>): Promise<void> {
  const pieces: Pieces[] = [];
  for (const f of facts) {
    const p = made.get(f.id) ?? kept.get(f.id);
    if (!p) return;
    pieces.push(p);
  }
  const need = new Set(cardsToMake(pieces.map((p) => p.fact)));
  if (!need.size) return;
  const byId = new Map(redone.map((f) => [f.id, f]));
  const index = new Map(start.map((f, i) => [f.id, i]));
  const unread = [...need].filter((id) => !byId.has(id)).map((id) => index.get(id));
  if (unread.some((i) => i === undefined) || (unread.length && !(await read.fetch(unread as number[])))) return;
  for (const p of withCardsOf(pieces, (id) => byId.get(id) ?? read.whole(index.get(id)!), sources)) if (need.has(p.fact.id)) made.set(p.fact.id, p);
}

/**
 * After a command changed the store (`add`, `update` of feeds): its kept facts brought up to date
 * when that is an update (few reports added or removed since they were made), so that the next
 * brief or page only reads them. With `whole` (a bulk `add`, whose reports an update cannot take),
 * the store is reconciled whole and kept when its figures fit the heap (`wholeFits`): the work a
 * first `brief` would do, done while Postgres is started and warm in this process, so no later
 * reader recomputes the world. Without it, never whole: an unattended run leaves a large change to
 * the next brief. Returns "kept" (nothing to do), "updated", "reconciled", or null (left to the
 * next reader). A failure here fails nothing: the next reader does the work.
 */
export async function keepFactsCurrent(store: Store, opts: { whole?: boolean } = {}): Promise<Current["how"] | null> {
  try {
    const key = await reconciledKey(store);
    // the stamp alone first: when nothing changed, the facts need not be read
    if ((await store.derived.derivedStamp(NAME)) === key) return "kept";
    if (opts.whole && wholeFits(await store.countReports())) return (await factsAt(store, key, {})).how;
    return (await tryUpdate(store, key, await readKept(store)))?.how ?? null;
  } catch {
    return null;
  }
}

/**
 * Heap a whole reconcile may take per report: its text, figures, prepared figures and facts
 * (measured: 390 MB at 2,000 synthetic reports, 1.1 GB at 10,000, 10.3 GB at 100,000, so ~100 KB;
 * half again for real reports, which are longer).
 */
const WHOLE_BYTES_PER_REPORT = 150_000;

/** Whether a whole reconcile of `reports` fits in half of this process's heap limit. */
function wholeFits(reports: number): boolean {
  return reports * WHOLE_BYTES_PER_REPORT <= getHeapStatistics().heap_size_limit / 2;
}

