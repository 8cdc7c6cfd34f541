/**
 * The parts of a whole reconcile's facts made on a thread of its own, while this one writes them
 * to the store as they come (a first brief at 2,000 reports: ~1 s of packing, skeletons and
 * Markdown pieces, beside ~0.5 s of Postgres writing them). Started before the reconcile, so that
 * the thread has loaded its modules by the time the facts are made. What it makes is what
 * `WholeParts` makes in this thread, the same pure code over the facts' JSON (which this thread
 * makes anyway: it is what is packed; a structured clone of the facts cost twice as much).
 * @module
 */
import type { Worker } from "node:worker_threads";
import type { Fact, Report } from "../types.js";
import { startThread } from "./extract-pool.js";
import type { Pieces, Share } from "./kept-parts.js";

/** Facts per message: the thread starts on the first while this one clones the next. */
const SHARE = 32;

export class KeptThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  private next = 0;
  private broken: Error | null = null;

  constructor(reports: Report[]) {
    const sources = reports.map((r) => ({ id: r.id, url: r.url, publisher: r.publisher, published: r.published, title: r.title, copyOf: r.copyOf }));
    this.worker = startThread("kept-worker", { workerData: { reports: sources }, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    this.worker.on("message", (msg: { id: number; result: never }) => {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      p?.resolve(msg.result);
    });
    this.worker.on("error", (e) => this.fail(e));
    this.worker.on("exit", (code) => this.fail(new Error(`the thread making the kept parts stopped (exit ${code})`)));
  }

  private ask<T>(msg: object): Promise<T> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: never) => void, reject });
      this.worker.postMessage({ id, ...msg });
    });
  }

  /**
   * The parts of `facts` (in order: each packed, each skeleton, each Markdown piece), as the thread
   * makes them; `pieces` is called with the pieces once all are made.
   */
  async *parts(facts: Fact[], pieces: (p: Pieces[]) => void): AsyncGenerator<[string, string]> {
    // all asked at once: the thread works through them while this one writes what came back
    const shares: Array<Promise<Share>> = [];
    for (let i = 0; i < facts.length; i += SHARE) shares.push(this.ask<Share>({ facts: facts.slice(i, i + SHARE).map((f) => JSON.stringify(f)) }));
    const finished = this.ask<{ pieces: Pieces[]; parts: Array<[string, string]> }>({});
    // a failed share must not be left unhandled while an earlier one is awaited
    for (const s of shares) s.catch(() => {});
    finished.catch(() => {});
    const skeletons: Array<[string, string]> = [];
    for (const s of shares) {
      const share = await s;
      yield* share.packed;
      for (const k of share.skeletons) skeletons.push(k);
    }
    yield* skeletons;
    const done = await finished;
    pieces(done.pieces);
    yield* done.parts;
  }

  async close(): Promise<void> {
    this.fail(new Error("the thread making the kept parts was closed"));
    await this.worker.terminate();
  }

  private fail(e: Error): void {
    this.broken ??= e;
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(e);
  }
}
