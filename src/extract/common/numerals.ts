/**
 * Numbers as every locale writes them: digit groups and decimal marks ("227,92", "228.000",
 * "1,200", "15 000"), number words from the locale's table, and CJK numerals (二十三, 两, 十万).
 * Shared by every non-English locale.
 * @module
 */
import { alt, lookup, type LocaleVocab } from "./vocab.js";

/** Letters of alphabetic scripts (Latin, Greek, Cyrillic, Hebrew, Arabic letters and marks but not
 * Arabic punctuation or digits), as a character-class body. */
export const ALPHA = "A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u052F\\u05D0-\\u05EA\\u0621-\\u065F\\u066E-\\u06D3\\u06FA-\\u06FF\\u0750-\\u077F";

/**
 * A test for one of `words` (a regex source) right before a figure: it matches the end of the text
 * before the figure when the words stand there after a non-letter or the text's start, then
 * `gap` (spaces by default). Case-insensitive with Unicode semantics, as the locales' words are.
 * `bounded: false` drops the boundary, for scripts with no spaces between words (CJK).
 */
export function wordBefore(words: string, gap = "\\s+", bounded = true): RegExp {
  return new RegExp(`${bounded ? `(?:^|[^${ALPHA}])` : ""}(?:${words})${gap}$`, "iu");
}

/** Digits with grouping and a decimal part; `spaced` admits a space as the group mark ("15 000"). */
export function digitsPattern(spaced: boolean): string {
  const groupMark = spaced ? "[.,\\u00a0\\u202f\\u2009 ']" : "[.,\\u00a0\\u202f\\u2009']";
  return `(?:\\d{1,3}(?:${groupMark}\\d{3}){1,5}(?![\\d])(?:[.,]\\d{1,10})?|\\d{1,15}(?:[.,]\\d{1,10})?)`;
}

/**
 * The value of digits as written. One kind of mark used once is a decimal when it is the locale's
 * decimal mark, or when it is not followed by exactly three digits ("18,1", "3.5" in Spanish);
 * otherwise it groups thousands ("228.000" in Spanish, "1,200" in Korean). Two kinds: the last is
 * the decimal ("1.234,5").
 */
export function parseDigits(text: string, decimal: string): number | null {
  let s = text.replace(/[\s\u00a0\u202f\u2009']/g, "");
  const hasComma = s.includes(",");
  const hasDot = s.includes(".");
  if (hasComma && hasDot) {
    const dec = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    s = s.split(dec === "," ? "." : ",").join("").replace(dec, ".");
  } else if (hasComma || hasDot) {
    const mark = hasComma ? "," : ".";
    const pieces = s.split(mark);
    if (pieces.length > 2) s = pieces.join("");
    else if (mark !== decimal && pieces[1].length === 3) s = pieces.join("");
    else s = pieces.join(".");
  }
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/** The value of a number written in digits or as one of the locale's number words. */
export function parseNumeral(text: string, vocab: LocaleVocab): number | null {
  if (/\d/.test(text)) return parseDigits(text, vocab.decimal);
  if (vocab.cjkNumerals) return parseCjkNumeral(text);
  if (!vocab.numbers) return null;
  return lookup(vocab.numbers, text) ?? parseJoined(text, vocab);
}

interface Joined {
  tens: Record<string, number>;
  units: Record<string, number>;
  /** the two words joined, in the language's order (regex source) */
  source: string;
  whole: RegExp;
}
const joinedCache = new WeakMap<LocaleVocab, Joined | null>();

/** The tens and unit words a locale joins into one number (its `numberJoin`), or null. */
function joinedOf(v: LocaleVocab): Joined | null {
  let j = joinedCache.get(v);
  if (j !== undefined) return j;
  j = null;
  const spec = v.numberJoin;
  if (spec && v.numbers) {
    // words of one word only ("les deux" is no unit of "vingt")
    const pick = (ok: (n: number) => boolean) => Object.fromEntries(Object.entries(v.numbers!).filter(([k, n]) => ok(n) && !k.includes("\\s")));
    const tens = spec.tens ?? pick((n) => n >= 20 && n <= 90 && n % 10 === 0);
    const units = spec.units ?? pick((n) => Number.isInteger(n) && n >= 1 && n <= (spec.teens ? 19 : 9));
    const t = `(?<t>${alt(Object.keys(tens))})`;
    const u = `(?<u>${alt(Object.keys(units))})`;
    const source = spec.unitsFirst ? `${u}(?:${spec.join})${t}` : `${t}(?:${spec.join})${u}`;
    j = { tens, units, source, whole: new RegExp(`^(?:${source})$`, "i") };
  }
  joinedCache.set(v, j);
  return j;
}

/** The regex source of a locale's joined number words ("vingt-sept", "einundzwanzig"), or null; its groups are unnamed. */
export function joinedPattern(v: LocaleVocab): string | null {
  const j = joinedOf(v);
  return j ? j.source.replace(/\(\?<[tu]>/g, "(?:") : null;
}

/** "vingt-sept" = 27, "soixante-dix-sept" = 77, "siebenundzwanzig" = 27; null if not one joined number. */
function parseJoined(text: string, v: LocaleVocab): number | null {
  const j = joinedOf(v);
  const m = j?.whole.exec(text.replace(/\s+/g, " ").trim());
  if (!j || !m) return null;
  const t = lookup(j.tens, m.groups!.t);
  const u = lookup(j.units, m.groups!.u) ?? lookup(v.numbers!, m.groups!.u);
  return t === undefined || u === undefined ? null : t + u;
}

const CJK_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 双: 2, 雙: 2,
};
const CJK_SMALL: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
/** CJK numeral characters, as a character-class body. */
export const CJK_NUMERAL_CHARS = "〇零一二两兩三四五六七八九十百千双雙";

/**
 * The value of digits or of CJK numerals, whichever `text` is written in: a locale that writes
 * numbers in digits may still write a quarter or a fraction in numerals ("第三季度", "3분의 2").
 */
export function parseDigitsOrCjk(text: string, vocab: LocaleVocab): number | null {
  return /\d/.test(text) ? parseDigits(text, vocab.decimal) : parseCjkNumeral(text);
}

/** "二十三" = 23, "两" = 2, "十" = 10, "一百五十" = 150; null if it is not a numeral. */
export function parseCjkNumeral(text: string): number | null {
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in CJK_DIGITS) {
      if (digit >= 0) digit = digit * 10 + CJK_DIGITS[ch]; // "二〇二二" read digit by digit
      else digit = CJK_DIGITS[ch];
    } else if (ch in CJK_SMALL) {
      total += (digit < 0 ? 1 : digit) * CJK_SMALL[ch];
      digit = -1;
    } else return null;
  }
  if (digit >= 0) total += digit;
  return text.length ? total : null;
}

/** Digits that are not ASCII (full-width, Arabic-Indic, Persian) as ASCII, and the Arabic decimal and
 * group marks as "." and "," — each replacement keeps the length, so offsets stay valid. */
export function asciiDigits(text: string): string {
  if (!/[\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9\u066B\u066C\uFF05]/.test(text)) return text;
  return text.replace(/[\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9\u066B\u066C\uFF05]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String(code - 0xff10);
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
    if (c === "\u066B") return "."; // Arabic decimal separator (the ar locale's decimal is ".")
    if (c === "\u066C") return ","; // Arabic thousands separator
    return "%";
  });
}
