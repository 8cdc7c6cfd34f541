/**
 * An extraction thread of `add` (see extract-pool.ts): takes a list of jobs, answers their
 * results in the same order.
 * @module
 */
import { parentPort } from "node:worker_threads";
import { extractJob, withPrep, type ExtractJob } from "./extract-job.js";

parentPort?.on("message", async (msg: { id: number; jobs: ExtractJob[] }) => {
  await withPrep(msg.jobs);
  parentPort!.postMessage({ id: msg.id, results: msg.jobs.map(extractJob) });
});
