/**
 * Ukrainian cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
const B = "(?<![\\p{L}'’])", E = "(?![\\p{L}])";

export const uk = {
  // "спочатку 3 000", "раніше повідомлялося", "за попередніми даними"
  earlier: new RegExp(`${B}(?:спочатку|початков\\p{L}*|раніше|попередн\\p{L}*|первісн\\p{L}*|порівняно з)${E}`, "iu"),
  earlierAfter: new RegExp(`${B}(?:раніше|спочатку|напередодні)${E}`, "iu"),
  running: new RegExp(`${B}(?:вже|наразі|на цей час|станом на|зросл\\p{L}*|зріс|збільшил\\p{L}*|сягнул\\p{L}*|досягл\\p{L}*|загалом|усього|щонайменше|не менше)${E}`, "iu"),
};
