/**
 * Italian cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
const B = "(?<![\\p{L}])", E = "(?![\\p{L}])";

export const it = {
  // "inizialmente 3.000", "in precedenza", "la stima precedente"
  earlier: new RegExp(`${B}(?:inizialmente|originariamente|in precedenza|precedentemente|precedent[ei]|in origine|rispetto a)${E}`, "iu"),
  earlierAfter: new RegExp(`${B}(?:inizialmente|in precedenza|precedentemente)${E}`, "iu"),
  running: new RegExp(`${B}(?:finora|fino ad ora|già|salit[oa]|aumentat[oa]|in totale|almeno|bilancio)${E}`, "iu"),
};
