/**
 * Characters as a reader sees them (Intl.Segmenter graphemes): an emoji, a flag, a CJK extension B
 * ideograph or a letter with its combining accent is one, never cut in half. One place for the idea:
 * every cut of shown text (titles, one-line views, feed summaries, chart labels) counts these.
 * @module
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** `s` split into whole characters. */
export const graphemes = (s: string): string[] => Array.from(segmenter.segment(s), (g) => g.segment);

/**
 * Whole characters `kept` (a longer text's start) shown as cut: ended at their last space when it
 * stands at `wordFrom` or after (a word is not cut in half when one ends late enough), the marks
 * `trim` matches dropped from the end, "…" after.
 */
export function ellipsis(kept: readonly string[], wordFrom: number, trim = /[\s,;:/–—-]+$/): string {
  const space = kept.lastIndexOf(" ");
  return `${(space >= wordFrom ? kept.slice(0, space) : kept).join("").replace(trim, "")}…`;
}
