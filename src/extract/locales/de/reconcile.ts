/**
 * German cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
const B = "(?<![\\p{L}])", E = "(?![\\p{L}])";

export const de = {
  // "ursprünglich 3.000", "zunächst", "zuvor", "nach früheren Angaben"
  earlier: new RegExp(`${B}(?:ursprünglich\\p{L}*|zunächst|anfangs|zuvor|vorher|früher\\p{L}*|bisherig\\p{L}*|vorherig\\p{L}*|im Vergleich zu)${E}`, "iu"),
  earlierAfter: new RegExp(`${B}(?:zuvor|ursprünglich|zunächst|früher)${E}`, "iu"),
  running: new RegExp(`${B}(?:bislang|bisher|inzwischen|mittlerweile|gestiegen|stieg|steigt|erhöht\\p{L}*|insgesamt|mindestens|Zahl der Toten)${E}`, "iu"),
};
