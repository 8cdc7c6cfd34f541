/**
 * Page furniture and metadata: list and footnote numbering ("1. Reuters"), wire datelines
 * ("MOSCOW, April 30. /TASS/"), market tickers, lines of links to other stories ("Related: …",
 * "Read more: …") ("date YYYY-MM-DD" header lines: the common UnlikelySpanFilter, in every
 * language).
 * @module
 */
import type { Refiner } from "../../../common/engine.js";

const DATELINE = /(?:^|\n)[ \t]*\p{Lu}[\p{Lu} .'’-]{2,40},[ \t]*$/u;
const LIST_ITEM = /^(?:\d{1,3}[.)][ \t])/;
/** The page's own timestamps: "Updated 14 March 2024", "Published: 10:32 AM EST, Thu March 14, 2024". */
const STAMP = /(?:^|[|•·]\s*)[ \t]*(?:updated|published|posted|last\s+modified|first\s+published|modified)\b:?[^\n.]{0,40}$/i;
/** A market ticker line: "Bitcoin (BTC) $ 84,600.67 0.85%", a name, its symbol, a price and its change. */
const TICKER = /^[ \t]*[^\n()]{1,40}\([A-Z0-9.]{2,8}\)[ \t]*[$€£¥][ \t]?[\d,.]+(?:[ \t]+[-+−]?[\d.]+[ \t]?%)?[ \t]*$/;
/** What a page's widgets count ("412 comments", "1.2k shares", "5 articles"), never a figure of the story on a short line. */
const WIDGET_UNITS = new Set(["comment", "share", "view", "like", "reply", "repost", "retweet", "reaction", "article", "follower", "subscriber"]);
/** A widget's counter standing alone on its line, the word before it: "Comments (212)", "Shares: 40". */
const WIDGET_LINE = /^[ \t]*(?:comments?|shares?|views?|likes?|repl(?:y|ies)|reactions?|reposts?|retweets?)[ \t]*[(:][ \t]*[\d.,]+[kKmM]?[ \t]*\)?[ \t]*$/i;
/** A line of links to other stories: "Related: …", "Read more: …", "Most read: …", "ALSO IN TODAY'S PAPER: … | …". */
const LINKS_LINE = /^[ \t]*(?:related(?:[ \t]+(?:stories|articles|coverage|reading))?|read[ \t]+(?:more|also|next)|also[ \t]+read|see[ \t]+also|most[ \t]+read|more[ \t]+from[ \t]+[^:\n]{1,30}|also[ \t]+in[ \t]+(?:today['’]s|this[ \t]+week['’]s)[ \t]+[a-z]+)[ \t]*:/i;
/** The longest line read as a line of links. */
const LINKS_MAX = 300;
/** Credits: "© 2024", "Copyright 2024", "Photo: 2024 Getty Images". */
const CREDIT = /(?:©|\(c\)|\bcopyright|\bphoto(?:graph)?:|\bimage:|\bcredit:)\s*$/i;

export const ENFurnitureFilter: Refiner = {
  name: "en-furniture-filter",
  refine(ctx, cands) {
    return cands.filter((c) => {
      const [lineStart] = ctx.line(c.start);
      // datelines and list numbers stand at the start of a line: only a short line prefix can be one
      const linePrefix = c.start - lineStart <= 80 ? ctx.text.slice(lineStart, c.start) : "\u0000";
      if (c.kind === "date" && (DATELINE.test(linePrefix) || STAMP.test(linePrefix) || CREDIT.test(linePrefix))) return false;
      if (c.kind === "money" || c.kind === "percent") {
        // a price ticker in the page's margin is no figure of the story
        const [ls, le] = ctx.line(c.start);
        if (le - ls < 120 && TICKER.test(ctx.text.slice(ls, le))) return false;
      }
      if (c.kind === "money") {
        // "($1 = 1,330.5 won)": both sides of the note are the wire's conversion rate, not a figure of the story
        if (/^\s*=\s*[\d$£€¥]/.test(ctx.after(c.end, 5)) || /=\s*$/.test(ctx.before(c.start, 4))) return false;
      }
      {
        // other stories' headlines on a line of links: their figures are not this report's
        const [ls, le] = ctx.line(c.start);
        if (le - ls <= LINKS_MAX && LINKS_LINE.test(ctx.text.slice(ls, c.start))) return false;
      }
      if (/^[ \t]*$/.test(linePrefix) && LIST_ITEM.test(ctx.text.slice(c.start, c.start + 5)) && c.kind === "count") return false;
      // a short line of page widgets: "3 hours ago | 12 comments | Share", "Have your say: 412 comments"
      if (c.kind === "count") {
        const [ls, le] = ctx.line(c.start);
        if (le - ls < 100 && /\s[|•·]\s/.test(ctx.text.slice(ls, le))) return false;
        if (le - ls < 60 && ((c.unit && WIDGET_UNITS.has(c.unit)) || WIDGET_LINE.test(ctx.text.slice(ls, le)))) return false;
      }
      return true;
    });
  },
};
