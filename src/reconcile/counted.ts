/**
 * What a count counts, as one English noun whatever the report's language.
 * @module
 */
import type { Mention } from "../types.js";
import { localeFor, type ReconcileLocale } from "./locale.js";
import { PEOPLE_TOLLS } from "./measures.js";
import type { CuesOf } from "./words.js";

/**
 * English's counted nouns ("people", "residents", "citizens" are one "person"): a figure's unit
 * is read through them whatever its report's language, as ever (another language's unit is its
 * own word or the English noun extraction gave it, "person" for "명").
 */
const EN = localeFor("en");
const EN_COUNTED = EN.counted;

/** The counted noun, with the many words for people as one. */
export const countedClass = (unit: string): string => {
  const lw = unit.toLowerCase();
  return countedNamed(EN_COUNTED, lw) ?? lw;
};

/** A word of letters (with inner apostrophes and hyphens). */
const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

/**
 * What a count counts, as one English noun: its language's word for it ("автомобілів",
 * "carriles", "Fahrgäste", "personas") read through the locale's `counted` list, so counts of
 * one thing in two languages name one thing. A counted word that is an adjective ("семи паливних цистерн") gives way to the
 * first noun of the list among the few words after it. Other nouns stay as written.
 */
export function countedOf(text: string, m: Mention, locale: ReconcileLocale, cuesOf?: CuesOf): string | null {
  if (m.kind !== "count" || !m.unit) return null;
  const list = locale.counted;
  const unit = m.unit.toLowerCase();
  let c = countedNamed(list, unit);
  // (or the span's last word: extraction names the noun after an adjective, "двумя украинскими" → "аппаратами",
  // while the list may know a word between, "надводными беспилотными")
  if (!c && (locale.adjective?.test(unit) || locale.adjective?.test(m.text.toLowerCase().match(WORD)?.pop() ?? ""))) for (const w of (text.slice(m.end, m.end + 80).toLowerCase().match(WORD) ?? []).slice(0, 4)) if ((c = countedNamed(list, w))) break;
  // another language's noun that is itself a toll of people ("morts", "muertos", "Tote") counts
  // people, as English's "11 dead" does (a bare count, pairs.ts bareCounted): the toll is its
  // measure, not another thing counted
  if (!c && cuesOf && locale !== EN && cuesOf(unit.match(WORD)?.pop() ?? unit).some((k) => PEOPLE_TOLLS.has(k))) return "person";
  return c ?? countedClass(unit);
}

// the helpers of per-figure functions are functions of the module, not closures made per figure:
// a closure is an allocation (and, where names are kept, as tsx keeps them, a property defined)
// at every figure

/**
 * A count's noun is its report's own word, in a language other than English, that neither its
 * locale's `counted` list nor English's turns into an English noun ("ciężarówek", "пунктів").
 */
export function ownCounted(m: Mention, language: string | null | undefined): boolean {
  if (m.kind !== "count" || !m.unit || !language) return false;
  const locale = localeFor(language);
  if (locale === EN) return false;
  const unit = m.unit.toLowerCase();
  return m.text.toLowerCase().includes(unit) && !countedNamed(locale.counted, unit) && !countedNamed(EN_COUNTED, unit);
}

/** The English noun of the locale's `counted` list that word `w` is, or null. */
function countedNamed(list: ReconcileLocale["counted"], w: string): string | null {
  if (list) for (const [re, c] of list) if (re.test(w)) return c;
  return null;
}
