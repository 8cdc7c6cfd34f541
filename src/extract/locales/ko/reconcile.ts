/**
 * Korean cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * Korean attaches particles to the figure: "154명에서 1명 추가돼 155명" (from 154, one more, 155).
 * @module
 */
export const ko = {
  // "당초 3천명", "기존 추정치", "종전 집계"
  earlier: /(?:당초|애초|기존|종전|처음에는)/u,
  // right after the figure: "154명에서 … 늘어" (from 154), "(전날) 대비"
  earlierAfter: /^\s*(?:에서|으로부터|보다|대비)/u,
  running: /(?:늘어|늘었|증가|추가|현재|기준|집계|누적|모두|총|최소|적어도)/u,
};
