/**
 * Extraction spread over the machine's cores: a few worker threads, each extracting a contiguous
 * share of a batch of reports, the results put back in the batch's order (identical to extracting
 * in this thread: the same pure function runs there). `add` opens a pool only when there are many
 * reports (a thread costs ~0.2 s to start, about a hundred reports' extraction).
 * @module
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ExtractJob, Extracted } from "./extract-job.js";

/**
 * A small young generation: a thread's garbage is short-lived (one report's candidates), and the
 * default one added ~40 MB to add's peak per thread for no gain in time (measured).
 */
const LIMITS = { resourceLimits: { maxYoungGenerationSizeMb: 8 } };

interface Pending {
  resolve: (results: Extracted[]) => void;
  reject: (e: Error) => void;
}

export class ExtractPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  /** why the pool cannot run any more (a thread died, or it was closed) */
  private broken: Error | null = null;

  /**
   * `size` threads; by default one per core the machine offers but one, which stays with this
   * thread (it reads the files and writes the store meanwhile; and each thread is ~50 MB more).
   */
  constructor(size = Math.max(1, availableParallelism() - 1)) {
    // run from src/ under tsx (tests) the thread loads the .ts file, from dist/ the .js
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      const w = import.meta.url.endsWith(".ts") ? tsWorker() : new Worker(new URL("./extract-worker.js", import.meta.url), LIMITS);
      w.on("message", (msg: { id: number; results: Extracted[] }) => {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        p?.resolve(msg.results);
      });
      // a thread that dies fails what it held; the caller extracts that batch itself
      w.on("error", (e) => this.fail(e));
      w.on("exit", (code) => this.fail(new Error(`an extraction thread stopped (exit ${code})`)));
      return w;
    });
  }

  /** The results of `jobs`, in their order. Rejects if a thread fails. */
  async run(jobs: ExtractJob[]): Promise<Extracted[]> {
    // a dead thread would never answer: once one is gone, every run fails at once
    if (this.broken) throw this.broken;
    const parts = shares(jobs, this.workers.length);
    const results = await Promise.all(
      parts.map(
        (part, k) =>
          new Promise<Extracted[]>((resolve, reject) => {
            const id = this.next++;
            this.pending.set(id, { resolve, reject });
            this.workers[k].postMessage({ id, jobs: part });
          }),
      ),
    );
    const out: Extracted[] = [];
    for (const r of results) for (const x of r) out.push(x);
    return out;
  }

  async close(): Promise<void> {
    this.fail(new Error("the extraction pool was closed"));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private fail(e: Error): void {
    this.broken ??= e;
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(e);
  }
}

/** Run from src/ under tsx (the tests), the thread registers tsx before loading the .ts file. */
function tsWorker(): Worker {
  const file = new URL("./extract-worker.ts", import.meta.url).href;
  return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(file)}); });`, { eval: true, ...LIMITS });
}

/** `jobs` cut into at most `n` contiguous runs of about equal text length (in order). */
function shares(jobs: ExtractJob[], n: number): ExtractJob[][] {
  let total = 0;
  for (const j of jobs) total += j.text.length;
  const out: ExtractJob[][] = [];
  let cur: ExtractJob[] = [];
  let acc = 0;
  for (const j of jobs) {
    cur.push(j);
    acc += j.text.length;
    if (out.length < n - 1 && acc >= (total * (out.length + 1)) / n) (out.push(cur), (cur = []));
  }
  if (cur.length) out.push(cur);
  return out;
}
