/**
 * Headlines in title case ("Bank Cuts 2,000 Jobs as Profit Falls 30%"): there a capital says nothing
 * about names, so the name and furniture rules that lean on capitals must not apply.
 * @module
 */
import type { ParsingContext } from "../../common/engine.js";

const cache = new WeakMap<ParsingContext, Map<number, boolean>>();

/** Whether the line around `pos` reads as a title-case headline: 4+ words, most long words capitalized, no sentence break. */
export function isHeadline(ctx: ParsingContext, pos: number): boolean {
  const [ls, le] = ctx.line(pos);
  let byLine = cache.get(ctx);
  if (!byLine) cache.set(ctx, (byLine = new Map()));
  const known = byLine.get(ls);
  if (known !== undefined) return known;
  const line = ctx.text.slice(ls, le).trim();
  let v = false;
  if (line.length >= 15 && line.length <= 150 && !/[.!?]\s+\S/.test(line) && !/\s[|•·]\s/.test(line)) {
    const words = line.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
    const long = words.filter((w) => w.length >= 4);
    const caps = long.filter((w) => /^[A-Z]/.test(w)).length;
    v = words.length >= 4 && long.length >= 3 && caps / long.length >= 0.75;
  }
  byLine.set(ls, v);
  return v;
}
