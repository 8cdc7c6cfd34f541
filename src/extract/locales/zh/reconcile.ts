/**
 * Chinese cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
export const zh = {
  // "最初估计", "此前报道", "原计划", "较前一日的53人"
  earlier: /(?:最初|起初|原本|原先|原计划|此前|先前|早前|之前|较前|前一日)/u,
  earlierAfter: /^\s*(?:此前|之前|最初)/u,
  running: /(?:已|至今|目前|截至|累计|增至|升至|上升至|增加|达到|共|至少)/u,
};
