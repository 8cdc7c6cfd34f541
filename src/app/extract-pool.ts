/**
 * Extraction spread over the machine's cores: a few child processes, each extracting a contiguous
 * share of a batch of reports, the results put back in the batch's order (identical to extracting
 * in this process: the same pure function runs there). `add` opens a pool only when there are many
 * reports (a process costs ~0.2 s to start, about a hundred reports' extraction).
 *
 * Processes, not worker threads: a thread's allocations (the results it serializes, its buffers)
 * sit in a malloc arena of its own that glibc keeps, free but resident, after the thread ends:
 * ~50 MB at 2,000 reports, under the whole reconcile a bulk `add` runs next (its peak). A process
 * gives all of it back when it exits.
 * @module
 */
import { fork, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { ExtractJob, Extracted } from "./extract-job.js";

/**
 * A small young generation: a process's garbage is short-lived (one report's candidates), and the
 * default one added ~40 MB per thread when these were threads, for no gain in time (measured).
 */
const FLAGS = ["--max-semi-space-size=2"];

interface Pending {
  resolve: (results: Extracted[]) => void;
  reject: (e: Error) => void;
}

export class ExtractPool {
  private readonly workers: ChildProcess[];
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  /** why the pool cannot run any more (a process died, or the pool was closed) */
  private broken: Error | null = null;

  /**
   * `size` processes; by default one per core the machine offers but one, which stays with this
   * process (it reads the files and writes the store meanwhile; and each process is ~50 MB more).
   */
  constructor(size = Math.max(1, availableParallelism() - 1)) {
    // run from src/ under tsx (tests) the process loads the .ts file through tsx, from dist/ the .js
    const ts = import.meta.url.endsWith(".ts");
    const file = fileURLToPath(new URL(ts ? "./extract-worker.ts" : "./extract-worker.js", import.meta.url));
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      // the IPC channel's own serializer (V8's, as between threads): bytes arrive as bytes
      const w = fork(file, [], { serialization: "advanced", execArgv: ts ? ["--import", "tsx", ...FLAGS] : FLAGS, stdio: ["ignore", "ignore", "inherit", "ipc"] });
      w.on("message", (msg: { id: number; results: Extracted[] }) => {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        p?.resolve(msg.results);
      });
      // a process that dies fails what it held; the caller extracts that batch itself
      w.on("error", (e) => this.fail(e));
      w.on("exit", (code, signal) => this.fail(new Error(`an extraction process stopped (${signal ?? `exit ${code}`})`)));
      return w;
    });
  }

  /** The results of `jobs`, in their order. Rejects if a process fails. */
  async run(jobs: ExtractJob[]): Promise<Extracted[]> {
    // a dead process would never answer: once one is gone, every run fails at once
    if (this.broken) throw this.broken;
    const parts = shares(jobs, this.workers.length);
    const results = await Promise.all(
      parts.map(
        (part, k) =>
          new Promise<Extracted[]>((resolve, reject) => {
            const id = this.next++;
            this.pending.set(id, { resolve, reject });
            this.workers[k].send({ id, jobs: part }, (e) => {
              if (!e) return;
              this.pending.delete(id);
              reject(e);
            });
          }),
      ),
    );
    const out: Extracted[] = [];
    for (const r of results) for (const x of r) out.push(x);
    return out;
  }

  /** Stops the processes, and returns once they are gone (their memory with them). */
  async close(): Promise<void> {
    this.fail(new Error("the extraction pool was closed"));
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.exitCode !== null || w.signalCode !== null) return resolve();
            w.once("exit", () => resolve());
            w.kill();
          }),
      ),
    );
  }

  private fail(e: Error): void {
    this.broken ??= e;
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(e);
  }
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
