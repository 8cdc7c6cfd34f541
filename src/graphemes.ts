/**
 * Characters as a reader sees them (Intl.Segmenter graphemes): an emoji, a flag, a CJK extension B
 * ideograph or a letter with its combining accent is one, never cut in half. One place for the idea:
 * every cut of shown text (titles, one-line views, feed summaries, chart labels) counts these.
 * @module
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** `s` split into whole characters. */
export const graphemes = (s: string): string[] => Array.from(segmenter.segment(s), (g) => g.segment);
