/**
 * Numbers that are part of a name: "Route 66", "Boeing 737", "Article 5", "Vision 2030". A count or a
 * bare year right after a capitalized word that is not a function word, month or weekday is dropped.
 * @module
 */
import type { Refiner } from "../../../common/engine.js";
import { isHeadline } from "../headline.js";
import { MONTH_DICTIONARY, STOP_WORDS, WEEKDAY_DICTIONARY, SEASON_DICTIONARY } from "../constants.js";

const PREV_WORD = /([\p{L}][\p{L}'’.-]*)[ \t]+$/u;
const ALLOWED = new Set(["between", "around", "about", "roughly", "approximately", "nearly", "almost", "over", "under", "only", "just", "some", "another", "early", "mid", "late", "last", "next", "total", "among", "nearly", "estimated", "least", "most"]);

/** Whether the word ending just before `pos` starts a sentence (so its capital says nothing). */
function isSentenceStart(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && /[\p{L}'’.-]/u.test(text[i - 1])) i--;
  const before = text.slice(Math.max(0, i - 3), i);
  return i === 0 || /(?:[.!?:"“]\s*|\n\s*)$/.test(before);
}

export const ENNameFilter: Refiner = {
  name: "en-name-filter",
  refine(ctx, cands) {
    return cands.filter((c) => {
      const isBareYear = c.kind === "date" && c.tags.includes("parser/en-date-year") && /^\d{4}$/.test(c.text);
      if (c.kind === "date" && c.tags.includes("parser/en-date-weekday") && /^[A-Z]/.test(c.text)) {
        // "Black Friday", "Cyber Monday", "Super Tuesday": a capitalized word before a weekday makes a name
        const w = PREV_WORD.exec(ctx.before(c.start, 30))?.[1];
        if (!w || !/^\p{Lu}\p{Ll}/u.test(w)) return true;
        const lw = w.toLowerCase();
        return STOP_WORDS.has(lw) || ALLOWED.has(lw) || /^(?:on|last|next|this|since|by|until|from|early|late)$/.test(lw) || isSentenceStart(ctx.text, c.start - w.length - 1);
      }
      if (c.kind !== "count" && !isBareYear) return true;
      if (!/^\d/.test(c.text)) return true;
      const before = ctx.before(c.start, 30);
      if (/(?:^|\s)(?:No|Nos|no)\.\s*$|#\s*$/.test(before)) return false;
      const w = PREV_WORD.exec(before)?.[1];
      if (w && /^\p{Ll}+\p{Lu}/u.test(w)) return false;
      // a headline's verb: "Bank Cuts 2,000 Jobs", "Typhoon Kills 12"
      // (the verb follows its subject: a capitalized word first in the line is a name, "Windows 11 Launches")
      if (w && /^\p{Lu}\p{Ll}+[^s]s$/u.test(w) && isHeadline(ctx, c.start) && /\S[ \t]+$/.test(ctx.text.slice(ctx.line(c.start)[0], c.start - before.length + before.lastIndexOf(w)))) return true; // a product name: "iPhone 15", "eVTOL 3"
      if (!w || !/^\p{Lu}/u.test(w) || /['’]s$/.test(w)) return true;
      const lw = w.toLowerCase().replace(/\.$/, "");
      if (STOP_WORDS.has(lw) || ALLOWED.has(lw) || MONTH_DICTIONARY[lw] || WEEKDAY_DICTIONARY[lw] !== undefined || SEASON_DICTIONARY[lw]) return true;
      // an all-caps dateline city or acronym before a year ("MOSCOW 2025") is not a name
      if (/^\p{Lu}{2,}$/u.test(w) && isBareYear) return true;
      return false;
    });
  },
};
