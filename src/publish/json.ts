/**
 * Briefing → JSON: the whole briefing, facts with their members (source, start, end, text, …)
 * and verdicts in the shape `shared/eval/score.mjs facts` reads.
 *
 * Sized for thousands of reports: the report text a member quotes is written once, in `passages`
 * (overlapping quotes of one report merged: a sentence of many figures is one passage, not a copy
 * per figure), and each member's `excerpt` names its passage and the report offsets it quotes.
 * Each member, timeline citation and source is one line: readable and diffable without the
 * indentation that used to be half the file.
 * @module
 */
import type { Briefing, FactMember } from "../types.js";

interface Passage {
  source: string;
  /** report offset where `text` starts */
  start: number;
  text: string;
}

/** The passages the members quote, overlapping quotes of a report merged; and each quote's passage key. */
function passagesOf(members: Iterable<FactMember>): { passages: Record<string, Passage>; keyOf: Map<string, string> } {
  const bySource = new Map<string, Array<{ start: number; text: string }>>();
  for (const m of members) if (m.excerpt) (bySource.get(m.source) ?? bySource.set(m.source, []).get(m.source)!).push(m.excerpt);
  const passages: Record<string, Passage> = {};
  const keyOf = new Map<string, string>();
  for (const [source, quotes] of [...bySource].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    quotes.sort((a, b) => a.start - b.start || b.text.length - a.text.length);
    let cur: Passage | null = null;
    let key = "";
    for (const q of quotes) {
      const end = q.start + q.text.length;
      if (cur && q.start <= cur.start + cur.text.length) {
        // overlaps or touches the passage: extend it by what lies past its end (same report text)
        const curEnd = cur.start + cur.text.length;
        if (end > curEnd) cur.text += q.text.slice(curEnd - q.start);
      } else {
        key = `${source}@${q.start}`;
        cur = { source, start: q.start, text: q.text };
        passages[key] = cur;
      }
      keyOf.set(`${source}@${q.start}+${q.text.length}`, key);
    }
  }
  return { passages, keyOf };
}

export function renderJson(b: Briefing): string {
  const { title, generated, timeline, sources, observations, figures, method } = b;
  const { passages, keyOf } = passagesOf((function* () {
    for (const f of b.facts) yield* f.members;
  })());
  const facts = b.facts.map((f) => ({
    ...f,
    members: f.members.map((m) => {
      if (!m.excerpt) return m;
      const { start, text } = m.excerpt;
      return { ...m, excerpt: { passage: keyOf.get(`${m.source}@${start}+${text.length}`)!, start, end: start + text.length } };
    }),
  }));
  const out = { title, generated, facts, passages, timeline, sources, ...(observations ? { observations } : {}), ...(figures ? { figures } : {}), method };
  return `${layered(out, 0)}\n`;
}

/** Objects and arrays indented down to this depth (a fact's members); deeper values on one line. */
const DEPTH = 4;

const flat = (v: object) => Object.values(v).every((x) => x === null || typeof x !== "object");

/** JSON.stringify with two-space indentation above DEPTH, none below it nor inside a flat object. */
function layered(value: unknown, depth: number): string {
  if (depth >= DEPTH || value === null || typeof value !== "object" || flat(value)) return JSON.stringify(value) ?? "null";
  const pad = "  ".repeat(depth + 1);
  const end = "  ".repeat(depth);
  if (Array.isArray(value)) {
    if (!value.length) return "[]";
    const items: string[] = [];
    for (const v of value) items.push(pad + layered(v === undefined ? null : v, depth + 1));
    return `[\n${items.join(",\n")}\n${end}]`;
  }
  const items: string[] = [];
  for (const [k, v] of Object.entries(value)) if (v !== undefined && typeof v !== "function") items.push(`${pad}${JSON.stringify(k)}: ${layered(v, depth + 1)}`);
  return items.length ? `{\n${items.join(",\n")}\n${end}}` : "{}";
}
