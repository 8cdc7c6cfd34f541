/**
 * The thread that makes the parts of a whole reconcile's facts (see kept-thread.ts): shares of
 * the facts in, their parts out, in order; the Markdown pieces when asked to finish.
 * @module
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Report } from "../types.js";
import { sourceMap, WholeParts } from "./kept-parts.js";

const parts = new WholeParts(sourceMap(workerData.reports as Report[]));

parentPort?.on("message", (msg: { id: number; facts?: string[] }) => {
  parentPort!.postMessage({ id: msg.id, result: msg.facts ? parts.add(msg.facts) : parts.finish() });
});
