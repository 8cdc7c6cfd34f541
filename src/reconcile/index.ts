/**
 * Reconciliation: mentions of many reports → facts (grouped claims with a verdict) and a timeline.
 * Pure and deterministic over mentions + report metadata.
 * (First version: every mention is its own single-source fact; no timeline.)
 * @module
 */
import type { Fact, Mention, Report, TimelineEntry } from "../types.js";

export interface ReconcileInput {
  reports: Report[];
  mentions: Mention[];
}

export interface Reconciled {
  facts: Fact[];
  timeline: TimelineEntry[];
}

export function reconcile(input: ReconcileInput): Reconciled {
  void input;
  return { facts: [], timeline: [] };
}
