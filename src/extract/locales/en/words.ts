/**
 * English words that every stage asks for, in one place: the function words that never name what a
 * figure is about, the news words reconciliation also ignores, how sentences end, and how a counted
 * noun is put in the plural. Stages reach them through the locale interface (src/extract/words.ts);
 * other languages bring their own in their locale folder.
 * @module
 */

/** Function words: articles, prepositions, pronouns, auxiliaries and the approximators. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
("a an the and or but of to in on at by for from with into onto over under about as is are was were be been being has have had " +
    "will would shall should can could may might must do does did this that these those it its it's their there they them he she his her " +
    "we our you your i which who whom whose what when where while than then so such some any all each both more most less least very " +
    "also just only not no nor up out if after before between during per around nearly almost roughly approximately up-to").split(" "),
);

/** News words that say nothing of what is measured: reporting verbs, time words, small numbers. */
export const NEWS_WORDS: ReadonlySet<string> = new Set(
  ("said says told according reported reports report new year years month months day days week weeks one two three million billion thousand " +
    "january february march april may june july august september october november december monday tuesday wednesday thursday friday " +
    "saturday sunday yesterday today tomorrow last next").split(" "),
);

/** Short words frequent in English running text: the language guess (extract/language.ts) counts them against the other languages' markers. */
export const MARKER_WORDS: readonly string[] = ["the", "and", "of", "to", "in", "is", "was", "that", "for", "with", "on", "by", "from", "said"];

/** Words that end with a period without ending a sentence. */
const ABBREV = new Set(
  ("mr mrs ms dr prof st no nos vs etc approx est gen col lt sgt rep sen gov jan feb mar apr jun jul aug sep sept oct nov dec " +
    "inc ltd co corp jr sr fig al e.g i.e u.s u.k u.n cf ca").split(" "),
);

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
const isSpace = (c: string) => c === " " || c === "\t" || c === "\r" || c === "\u00a0";

/**
 * Sentence spans [start, end) covering the text, found in one pass.
 * A boundary: . ! ? followed by space/quote and a capital, digit or quote (not after an
 * abbreviation or an initial); a blank line; a line break after closing punctuation or before
 * a capitalised line when the line before does not end mid-phrase (lowercase word or comma).
 */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const n = text.length;
  let start = 0;
  const cut = (end: number, next: number) => {
    if (end > start) spans.push([start, end]);
    start = next;
  };
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === "\n") {
      let j = i + 1;
      while (j < n && isSpace(text[j])) j++;
      let p = i - 1;
      while (p >= start && isSpace(text[p])) p--;
      const prev = p >= start ? text[p] : "";
      const next = j < n ? text[j] : "";
      const blank = next === "\n";
      const closes = /[.!?:;"”’)\]]/.test(prev);
      const newLine = next !== "" && (isUpper(next) || /[\d"“‘•*\-–—#]/.test(next)) && prev !== "" && !isLower(prev) && prev !== ",";
      if (blank || closes || newLine || prev === "") {
        cut(p + 1, j);
        i = j - 1;
      }
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    let j = i + 1;
    while (j < n && /[.!?"”’)\]]/.test(text[j])) j++;
    const closeEnd = j;
    let k = j;
    while (k < n && isSpace(text[k])) k++;
    const next = k < n ? text[k] : "";
    if (c === ".") {
      // decimals and dotted abbreviations ("4.7", "U.S.") never end a sentence mid-token
      if (k === j && next !== "" && next !== "\n") {
        // "cooperation.Russia": glued sentences, lowercase letter before and a capital after
        if (!(isLower(text[i - 1] ?? "") && isUpper(next) && isLower(text[k + 1] ?? ""))) continue;
      }
      let w = i - 1;
      while (w >= start && /[\p{L}.]/u.test(text[w])) w--;
      const word = text.slice(w + 1, i).toLowerCase();
      if (ABBREV.has(word) || (word.length === 1 && isUpper(text[i - 1]))) continue;
    }
    if (next === "" || next === "\n" || isUpper(next) || /[\d"“‘([]/.test(next)) {
      if (next === "\n") continue; // the newline branch will cut here
      cut(closeEnd, k);
      i = k - 1;
    }
  }
  let e = n;
  while (e > start && /\s/.test(text[e - 1])) e--;
  if (e > start) spans.push([start, e]);
  return spans;
}


/** Nouns with no plural of their own ("police", "aircraft"). */
const INVARIANT = /^(people|police|staff|personnel|cattle|livestock|sheep|fish|aircraft|equipment|crew|series|species|deer)$/i;
const IRREGULAR: Readonly<Record<string, string>> = { person: "people", man: "men", woman: "women", child: "children", foot: "feet", mouse: "mice", tooth: "teeth", ox: "oxen" };

/** The plural of a counted noun, on its last word ("troop" → "troops", "person" → "people", "TEU" → "TEUs"). */
export function pluralNoun(noun: string): string {
  if (!noun) return noun;
  const words = noun.split(" ");
  const last = words[words.length - 1];
  const lower = last.toLowerCase();
  let p: string;
  if (/^[A-Z]{2,}$/.test(last)) p = last + "s";
  else if (INVARIANT.test(last)) p = last;
  else if (IRREGULAR[lower]) p = IRREGULAR[lower];
  else if (/(s|x|z|ch|sh)$/i.test(last)) p = last + "es";
  else if (/[^aeiou]y$/i.test(last)) p = last.slice(0, -1) + "ies";
  else p = last + "s";
  words[words.length - 1] = p;
  return words.join(" ");
}
