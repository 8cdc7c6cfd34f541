/**
 * Every locale the extractor reads, by BCP 47 primary tag. Each non-English locale is one folder
 * (vocab.generated.ts from ICU + index.ts by hand) over the shared core in common/; its extractor is
 * built on first use, so a run over English reports never compiles the others.
 * @module
 */
import type { Extractor } from "../common/engine.js";
import { createLocaleExtractor } from "../common/locale.js";
import type { LocaleVocab } from "../common/vocab.js";
import { registerWords } from "../words.js";
import { RECONCILE_CUES } from "./reconcile.js";
import { vocab as ru } from "./ru/index.js";
import { vocab as uk } from "./uk/index.js";
import { vocab as ko } from "./ko/index.js";
import { vocab as zh } from "./zh/index.js";
import { vocab as ja } from "./ja/index.js";
import { vocab as de } from "./de/index.js";
import { vocab as es } from "./es/index.js";
import { vocab as it } from "./it/index.js";
import { vocab as fr } from "./fr/index.js";
import { vocab as pt } from "./pt/index.js";
import { vocab as ro } from "./ro/index.js";
import { vocab as ar } from "./ar/index.js";
import { vocab as is } from "./is/index.js";
import { vocab as pl } from "./pl/index.js";

const VOCABS: Readonly<Record<string, LocaleVocab>> = { ru, uk, ko, zh, ja, de, es, it, fr, pt, ro, ar, is, pl };

for (const [code, v] of Object.entries(VOCABS)) registerWords(code, v.stop ?? [], RECONCILE_CUES[code]?.credit?.reader, RECONCILE_CUES[code]?.holder?.quiet);

const built = new Map<string, Extractor>();

/** The languages with a locale of their own besides English. */
export const LOCALE_CODES: readonly string[] = Object.keys(VOCABS);

/** Each locale's marker words (its `markers`), for the language guess, in the order above. */
export const LOCALE_MARKERS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(VOCABS).flatMap(([code, v]) => (v.markers ? [[code, v.markers]] : [])),
);

/** The extractor of a non-English locale, or undefined when there is none. */
export function localeExtractor(code: string): Extractor | undefined {
  const v = VOCABS[code];
  if (!v) return undefined;
  let x = built.get(code);
  if (!x) built.set(code, (x = createLocaleExtractor(v)));
  return x;
}
