/**
 * Which language a report is in: its stated `language` (front matter, <html lang>, sources.json)
 * when we have a locale for it, else a guess from the text: the script (Hangul, kana, Han, Cyrillic,
 * Arabic), then, for Cyrillic, the letters only Ukrainian has, and for Latin script the language
 * whose common short words occur most. Small and dependency-free: the guess only has to choose
 * among the locales we have.
 * @module
 */
import { LOCALE_CODES, LOCALE_MARKERS } from "./locales/registry.js";
import { MARKER_WORDS } from "./locales/en/words.js";

const KNOWN = new Set(["en", ...LOCALE_CODES]);

/**
 * Short words frequent in running text and rare in the other languages of the list, each
 * language's from its locale (English first: its count is the one the others must beat).
 */
const MARKERS: Readonly<Record<string, readonly string[]>> = { en: MARKER_WORDS, ...LOCALE_MARKERS };

/** The languages with a locale whose markers are counted, in MARKERS' order. */
const COUNTED = Object.keys(MARKERS).filter((lang) => KNOWN.has(lang));

/**
 * Per marker word, the languages (places in COUNTED) whose markers hold it: made once, so a
 * guess looks each word of its text up once, not once per language in a set made per call.
 */
const MARKED = new Map<string, number[]>();
COUNTED.forEach((lang, k) => {
  for (const w of new Set(MARKERS[lang])) (MARKED.get(w) ?? MARKED.set(w, []).get(w)!).push(k);
});

/** The primary subtag of a BCP 47 tag, lower case ("pt-BR" → "pt"); null when empty. */
export function primaryTag(tag: string | null | undefined): string | null {
  const t = String(tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2,3}$/.test(t) ? t : null;
}

/** Counts the characters of each script in (at most) the first 20,000 characters. */
function scripts(text: string) {
  const s = { hangul: 0, kana: 0, han: 0, cyrillic: 0, arabic: 0, latin: 0, ukr: 0 };
  const n = Math.min(text.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7af) s.hangul++;
    else if (c >= 0x3040 && c <= 0x30ff) s.kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) s.han++;
    else if (c >= 0x0400 && c <= 0x04ff) {
      s.cyrillic++;
      if (c === 0x0456 || c === 0x0457 || c === 0x0454 || c === 0x0491 || c === 0x0406 || c === 0x0407 || c === 0x0404) s.ukr++;
    } else if (c >= 0x0600 && c <= 0x06ff) s.arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) s.latin++;
  }
  return s;
}

/** The language of a text, guessed among the locales we have; "en" when nothing else fits. */
export function detectLanguage(text: string): string {
  const s = scripts(text);
  const top = Math.max(s.hangul, s.kana + s.han, s.cyrillic, s.arabic, s.latin);
  if (top === 0) return "en";
  if (top === s.hangul) return pick("ko");
  if (top === s.kana + s.han) return pick(s.kana > s.han * 0.05 ? "ja" : "zh");
  if (top === s.cyrillic) return pick(s.ukr > s.cyrillic * 0.01 ? "uk" : "ru");
  if (top === s.arabic) return pick("ar");
  const words = text.slice(0, 20_000).toLowerCase().split(/[^a-zà-ɏ]+/);
  const counts = new Array<number>(COUNTED.length).fill(0);
  for (const w of words) {
    const langs = MARKED.get(w);
    if (langs) for (const k of langs) counts[k]++;
  }
  const scores: Record<string, number> = {};
  COUNTED.forEach((lang, k) => (scores[lang] = counts[k]));
  // English unless another language clearly wins: a short English line shares a word or two with others
  let best = "en";
  for (const [lang, n] of Object.entries(scores)) if (lang !== "en" && n >= 3 && n >= 2 * scores.en && n > (scores[best] ?? 0)) best = lang;
  return best;
}

const pick = (code: string) => (KNOWN.has(code) ? code : "en");

/** The locale to read a report with: its stated language when we have that locale, else the guess. */
export function chooseLanguage(language: string | null | undefined, text: string): string {
  const tag = primaryTag(language);
  if (tag && KNOWN.has(tag)) return tag;
  return detectLanguage(text);
}
