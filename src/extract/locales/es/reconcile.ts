/**
 * Spanish cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
const B = "(?<![\\p{L}])", E = "(?![\\p{L}])";

export const es = {
  // "inicialmente 3.000", "en un principio", "la estimación anterior"
  earlier: new RegExp(`${B}(?:inicialmente|originalmente|en un principio|previamente|anteriormente|anterior(?:es)?|en comparación con)${E}`, "iu"),
  earlierAfter: new RegExp(`${B}(?:inicialmente|originalmente|anteriormente|previstos? inicialmente)${E}`, "iu"),
  running: new RegExp(`${B}(?:hasta ahora|hasta el momento|ya|ascendió|asciende|aumentó|subió|elevó|en total|al menos|balance)${E}`, "iu"),
};
