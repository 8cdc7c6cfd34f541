/**
 * Numbers that are part of a name: "Route 66", "Boeing 737", "Article 5", "Vision 2030". A count or a
 * bare year right after a capitalized word that is not a function word, month or weekday is dropped.
 * @module
 */
import type { Refiner } from "../../../common/engine.js";
import { MONTH_DICTIONARY, STOP_WORDS, WEEKDAY_DICTIONARY, SEASON_DICTIONARY } from "../constants.js";

const PREV_WORD = /([\p{L}][\p{L}'’.-]*)[ \t]+$/u;
const ALLOWED = new Set(["between", "around", "about", "roughly", "approximately", "nearly", "almost", "over", "under", "only", "just", "some", "another", "early", "mid", "late", "last", "next", "total", "among", "nearly", "estimated", "least", "most"]);

export const ENNameFilter: Refiner = {
  name: "en-name-filter",
  refine(ctx, cands) {
    return cands.filter((c) => {
      const isBareYear = c.kind === "date" && c.tags.includes("parser/en-date-year") && /^\d{4}$/.test(c.text);
      if (c.kind !== "count" && !isBareYear) return true;
      if (!/^\d/.test(c.text)) return true;
      const before = ctx.before(c.start, 30);
      if (/(?:^|\s)(?:No|Nos|no)\.\s*$|#\s*$/.test(before)) return false;
      const w = PREV_WORD.exec(before)?.[1];
      if (!w || !/^\p{Lu}/u.test(w) || /['’]s$/.test(w)) return true;
      const lw = w.toLowerCase().replace(/\.$/, "");
      if (STOP_WORDS.has(lw) || ALLOWED.has(lw) || MONTH_DICTIONARY[lw] || WEEKDAY_DICTIONARY[lw] !== undefined || SEASON_DICTIONARY[lw]) return true;
      // an all-caps dateline city or acronym before a year ("MOSCOW 2025") is not a name
      if (/^\p{Lu}{2,}$/u.test(w) && isBareYear) return true;
      return false;
    });
  },
};
