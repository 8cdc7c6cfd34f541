/**
 * A readable label for a fact: the measure or event its members speak of (the strongest cue
 * class) and the content words that weigh most across members ("length: road bridge").
 * @module
 */
import type { Item } from "./similarity.js";

const CUE_NAMES: Record<string, string> = {
  "#length": "length", "#width": "width", "#depth": "depth", "#height": "height", "#area": "area",
  "#cost": "cost", "#revenue": "revenue", "#capacity": "capacity", "#casualty": "casualties",
  "#deploy": "deployment", "#jobs": "jobs", "#share": "share", "#distance": "distance",
  "#complete": "completion", "#start": "start", "#original": "original plan", "#agree": "agreement",
  "#change": "change", "#transit": "travel time",
};

export function aboutOf(items: Item[]): string {
  const cues = new Map<string, number>();
  const words = new Map<string, number>();
  // a spread of at most 40 members says what a big fact is about as well as all of them
  const step = Math.max(1, Math.floor(items.length / 40));
  for (let i = 0; i < items.length; i += step) {
    const it = items[i];
    for (const [k, w] of it.f.bag) if (CUE_NAMES[k]) cues.set(k, (cues.get(k) ?? 0) + w);
    for (const [k, w] of it.f.words) words.set(k, (words.get(k) ?? 0) + w);
  }
  // the n heaviest keys in one pass (ties: alphabetical), no full sort
  const top = (m: Map<string, number>, n: number) => {
    const best: Array<[string, number]> = [];
    for (const e of m) {
      if (best.length === n && (e[1] < best[n - 1][1] || (e[1] === best[n - 1][1] && e[0] > best[n - 1][0]))) continue;
      best.push(e);
      best.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      if (best.length > n) best.pop();
    }
    return best.map(([k]) => k);
  };
  const cue = top(cues, 1)[0];
  const ws = top(words, 3).filter((w) => !cue || w !== CUE_NAMES[cue]);
  const unit = items[0].m.kind === "count" && items[0].m.unit ? items[0].m.unit : null;
  const head = cue ? CUE_NAMES[cue] : unit ?? items[0].m.kind;
  const rest = [unit && unit !== head ? unit : null, ...ws].filter(Boolean).slice(0, 3);
  return rest.length ? `${head}: ${rest.join(" ")}` : head;
}
