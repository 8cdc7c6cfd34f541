/**
 * A number with no unit or counted noun after it ("a total deployment of 15,000") is kept as a count
 * when it is large or scaled; small bare numbers (list items, scores, versions) are dropped, and so
 * are numbers after labels ("page 5", "No. 10", "flight 370").
 * @module
 */
import type { Refiner } from "../../../common/engine.js";

export const LABEL_BEFORE = /(?:^|[^\p{L}])(?:no\.?|nos\.?|number|page|p\.|pp\.|chapter|article|section|clause|paragraph|vol\.?|volume|issue|room|flight|gate|platform|line|route|road|highway|seat|row|level|grade|class|size|model|version|v\.?|episode|season|part|phase|stage|tier|item|step|figure|fig\.?|table|sheet|exhibit|resolution|unit|lot|plot|block|building|apartment|suite|floor|box|code|zone|district|ward|area|age|aged|ages|type|group|category|#)\s*$/iu;

export const ENBareNumberRefiner: Refiner = {
  name: "en-bare-number",
  refine(ctx, cands) {
    return cands.filter((c) => {
      // "type 2 immune responses", "phase 3 trials", "page 5": a label's number, not a count
      if ((c.bare || (c.kind === "count" && c.raw && !c.raw.words)) && LABEL_BEFORE.test(ctx.before(c.start, 16))) return false;
      if (!c.bare) return true;
      if (c.raw?.words && c.raw.scale === 1) return false; // a spelled number no refiner gave a unit
      const before = ctx.before(c.start, 40);
      const v0 = c.low ?? 0;
      const after = ctx.after(c.end, 3);
      // tables: a number between numbers
      if (/\d[ \t]+$/.test(before) || /^[ \t]+\d/.test(after)) return false;
      if (/^0\d/.test(c.text) || /^\d{6,}$/.test(c.text)) return false; // "0100 GMT", IDs and codes (news writes 150,000)
      if (/\[\s*$/.test(before) && /^\s*\]/.test(after)) return false; // footnote marks "[12]"
      if (/^[-/]\d/.test(after) || /^\(\d/.test(after)) return false; // model codes "787-9", "24/7", volume(issue) "14(3)"
      if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|hrs\b|hours\b|h\b|o['’]clock|local\s+time)/i.test(ctx.after(c.end, 14))) return false; // times of day
      const next = ctx.after(c.end, 12);
      if (/^\s*\p{L}/u.test(next) && !/^\s*[A-Za-z\u00C0-\u024F]/.test(next)) return false; // not English ("150 г")
      if (/^[ \t]+\p{Lu}\p{Ll}/u.test(next)) return false; // a model name: "737 Max", "4K Ultra"
      if (/\d\s?[kmb]n?$/i.test(c.text)) return false; // "4K", "3bn" alone: no currency, no noun
      // "Parise, 35, said": an age in apposition
      if (/[\p{L}.’”"],[ \t]*$/u.test(before) && /^,/.test(after) && v0 >= 1 && v0 <= 120 && Number.isInteger(v0)) return false;
      const v = c.low ?? 0;
      const scaled = (c.raw?.scale ?? 1) > 1;
      if (!scaled && v < 10) return false;
      if (!scaled && c.raw && !Number.isInteger(c.raw.value)) return false; // "6.2" alone: a magnitude, a version
      c.tags.push("refiner/en-bare-number");
      return true;
    });
  },
};
