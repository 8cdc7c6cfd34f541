/**
 * Portuguese cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
const B = "(?<![\\p{L}])", E = "(?![\\p{L}])";

export const pt = {
  // "inicialmente 3.000", "anteriormente", "a estimativa anterior"
  earlier: new RegExp(`${B}(?:inicialmente|originalmente|anteriormente|anterior(?:es)?|previamente|em comparação com)${E}`, "iu"),
  earlierAfter: new RegExp(`${B}(?:inicialmente|anteriormente|previamente)${E}`, "iu"),
  running: new RegExp(`${B}(?:até agora|até o momento|já|subiu|aumentou|chegou a|no total|pelo menos|balanço)${E}`, "iu"),
};
