/**
 * French cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
const B = "(?<![\\p{L}])", E = "(?![\\p{L}])";

export const fr = {
  // "initialement 3 000", "à l'origine", "l'estimation précédente"
  earlier: new RegExp(`${B}(?:initialement|à l['’]origine|auparavant|précédemment|précédent(?:e|es|s)?|d['’]abord|par rapport à)${E}`, "iu"),
  earlierAfter: new RegExp(`${B}(?:initialement|auparavant|précédemment|la veille)${E}`, "iu"),
  running: new RegExp(`${B}(?:jusqu['’]à présent|jusqu['’]ici|déjà|s['’]élève|grimpé|passé à|au total|au moins|bilan)${E}`, "iu"),
};
