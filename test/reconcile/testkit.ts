/**
 * Test helpers for reconcile: build reports and mentions from short texts written for the tests.
 * (Not exported from the package; used by *.test.ts only.)
 * @module
 */
import type { Mention, MentionKind, Qualifier, Report } from "../../src/types.js";
import { annotateContext } from "../../src/extract/context.js";

export const report = (id: string, text: string, published: string | null = null, publisher: string | null = null): Report => ({
  id, text, published, publisher, url: null, language: "en", title: null, hash: `h-${id}`,
});

export interface Spec {
  /** the exact text of the figure; the nth occurrence (default first) */
  text: string;
  nth?: number;
  kind: MentionKind;
  low?: number | null;
  high?: number | null;
  unit?: string | null;
  date?: [string, string];
  qualifier?: Qualifier;
  per?: string | null;
}

/** Mentions of one report, located by their text, with context annotated. */
export function mentions(r: Report, specs: Spec[]): Mention[] {
  const ms = specs.map((s): Mention => {
    let at = -1;
    for (let k = 0; k <= (s.nth ?? 0); k++) at = r.text.indexOf(s.text, at + 1);
    if (at < 0) throw new Error(`"${s.text}" not in ${r.id}`);
    const low = s.low ?? null;
    return {
      source: r.id, start: at, end: at + s.text.length, text: s.text, kind: s.kind,
      low, high: s.high ?? low, unit: s.unit ?? null, qualifier: s.qualifier ?? null, per: s.per ?? null,
      date: s.date ? { start: s.date[0], end: s.date[1] } : null,
    };
  });
  return annotateContext(r.text, ms);
}
