/**
 * An extraction process of `add` (see extract-pool.ts): takes a list of jobs, answers their
 * results in the same order.
 * @module
 */
import { extractJob, withPrep, type ExtractJob } from "./extract-job.js";

process.on("message", async (msg: { id: number; jobs: ExtractJob[] }) => {
  await withPrep(msg.jobs);
  process.send?.({ id: msg.id, results: msg.jobs.map(extractJob) });
});
// the pool closed, or the process that opened it is gone
process.on("disconnect", () => process.exit(0));
