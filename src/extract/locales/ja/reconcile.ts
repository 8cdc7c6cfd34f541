/**
 * Japanese cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
export const ja = {
  // "当初の見積もり", "以前の発表", "前回の"
  earlier: /(?:当初|もともと|元々|以前|前回|従来|先の)/u,
  earlierAfter: /^\s*(?:から(?:増|減)|とされていた)/u,
  running: /(?:これまでに|現在|時点|累計|増え|増加|に達|計|少なくとも)/u,
};
