/**
 * A dossier of a real size for the explorer's budget checks: the bench's synthetic reports
 * (bench/lib/synthetic.ts, our own words), their wire copies marked, a machine path as each one's
 * origin, and one book-sized transcript. The figures are found by the templates' own patterns
 * instead of the extractor, so a test fills a store in seconds rather than minutes; the reconciler
 * and everything after it run for real on them.
 */
import { createHash } from "node:crypto";
import type { Fact, FactMember, FactValue, Mention, Report, TimelineEntry, Verdict, VerdictReason } from "../../src/types.js";
import { synthetic } from "../../bench/lib/synthetic.js";

/** The machine folder the reports were added from: no page may show it. */
export const MACHINE_DIR = "/home/analyst/dossiers/northport/inbox";
const COPY_TAIL = "\n\n(Distributed by syndication.)";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const hash = (s: string) => createHash("sha256").update(s).digest("hex");
const day = (d: string, month: string, y: string) => `${y}-${String(MONTHS.indexOf(month) + 1).padStart(2, "0")}-${d.padStart(2, "0")}`;

type Found = Omit<Mention, "source" | "start" | "end" | "text" | "sentence">;
/** The synthetic templates' figures: a pattern whose `fig` group is the figure, and what it says. */
const FIGURES: Array<[RegExp, (g: Record<string, string>) => Found]> = [
  [/will be (?<fig>(?<v>\d+) m) long/g, (g) => ({ kind: "quantity", unit: "m", low: +g.v, high: +g.v, qualifier: null, subject: "length" })],
  [/stands at (?<fig>about \$(?<v>\d+) million)/g, (g) => ({ kind: "money", unit: "USD", low: +g.v * 1e6, high: +g.v * 1e6, qualifier: "approx", subject: "budget" })],
  [/puts the cost at (?<fig>£(?<v>\d+)m)/g, (g) => ({ kind: "money", unit: "GBP", low: +g.v * 1e6, high: +g.v * 1e6, qualifier: null, subject: "cost" })],
  [/Work began on (?<fig>(?<d>\d+) (?<m>[A-Z][a-z]+) (?<y>\d{4}))/gi, (g) => ({ kind: "date", unit: null, low: null, high: null, date: { start: day(g.d, g.m, g.y), end: day(g.d, g.m, g.y) }, qualifier: null, subject: "work began" })],
  [/Some (?<fig>(?<v>\d+),000 workers)/gi, (g) => ({ kind: "count", unit: "worker", low: +g.v * 1000, high: +g.v * 1000, qualifier: "approx", subject: "workers hired" })],
  [/opened in (?<fig>(?<y>\d{4}))/g, (g) => ({ kind: "date", unit: null, low: null, high: null, date: { start: `${g.y}-01-01`, end: `${g.y}-12-31` }, qualifier: null, subject: "old crossing opened" })],
  [/expected to take (?<fig>(?<v>\d) years)/g, (g) => ({ kind: "duration", unit: "d", low: +g.v * 365.25, high: +g.v * 365.25, qualifier: null, subject: "construction take" })],
];

/** The figures of one text by the templates' patterns, in text order, each within its sentence. */
export function figuresOf(source: string, text: string): Mention[] {
  const out: Mention[] = [];
  for (const [re, what] of FIGURES)
    for (const m of text.matchAll(re)) {
      const g = m.groups ?? {};
      const start = (m.index ?? 0) + m[0].indexOf(g.fig);
      const end = start + g.fig.length;
      const sentenceStart = Math.max(text.lastIndexOf(". ", start) + 2, text.lastIndexOf("\n", start) + 1, 0);
      const stop = text.indexOf(".", end);
      out.push({ source, start, end, text: g.fig, sentence: [sentenceStart, stop < 0 ? text.length : stop + 1], language: "en", ...what(g) });
    }
  return out.sort((a, b) => a.start - b.start);
}

/** One book-sized report (our own words): minutes that repeat themselves, a figure every few paragraphs. */
export function transcript(bytes = 5 * 1024 * 1024): Report {
  const talk = "Members of the committee went over the minutes line by line, asked the ministry to explain the delays, and heard the same answers they had heard at the previous sitting. ";
  const para = `${talk.repeat(12)}\n\nThe chair noted once more that the bridge will be 650 m long when finished.\n\n`;
  const text = para.repeat(Math.ceil(bytes / para.length)).slice(0, bytes);
  return { id: "transcript", url: null, publisher: "Parliament record", published: "2025-06-30", language: "en", title: "Committee hearing transcript", hash: hash(text), text, copyOf: null, origin: `${MACHINE_DIR}/transcript.txt` };
}

/** `n` synthetic reports and the transcript, with their figures: copies marked, machine paths as origins. */
export function bigDossier(n: number, bigBytes?: number): { reports: Report[]; mentions: Mention[] } {
  const firstOf = new Map<string, string>();
  const reports: Report[] = synthetic(n).map((r, i) => {
    const base = r.text.endsWith(COPY_TAIL) ? r.text.slice(0, -COPY_TAIL.length) : null;
    if (!base) firstOf.set(r.text, r.id);
    return { ...r, copyOf: base ? firstOf.get(base) ?? null : null, origin: `${MACHINE_DIR}/${r.id}.md`, addedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() };
  });
  reports.push(transcript(bigBytes));
  return { reports, mentions: reports.flatMap((r) => figuresOf(r.id, r.text)) };
}

const PROJECT = / on (the [a-z ]+)$/;
const ABOUT: Record<string, string> = { length: "length of", budget: "budget of", cost: "cost estimate of", "work began": "start of work on", "workers hired": "workers hired for", "old crossing opened": "opening of the old crossing near", "construction take": "construction time of" };

/**
 * The facts of those figures as the reconciler would shape them (one per project and template,
 * values by exact value), with verdicts by a plain rule: one report → single, one value → agree,
 * dates → revised, anything else → conflict. The budget checks need the shapes, not the judgement.
 */
export function factsOf(reports: Report[], mentions: Mention[]): { facts: Fact[]; timeline: TimelineEntry[] } {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const groups = new Map<string, FactMember[]>();
  for (const m of mentions) {
    const r = byId.get(m.source)!;
    const project = PROJECT.exec(r.title ?? "")?.[1] ?? "the river bridge";
    const key = `${ABOUT[m.subject ?? ""] ?? m.subject} ${project}`;
    const list = groups.get(key) ?? groups.set(key, []).get(key)!;
    list.push({ ...m, published: r.published, publisher: r.publisher, origin: `report:${r.copyOf ?? r.id}` });
  }
  const facts: Fact[] = [...groups].map(([about, members], i) => {
    const byValue = new Map<string, number[]>();
    members.forEach((m, j) => {
      const k = JSON.stringify([m.low, m.high, m.date ?? null]);
      (byValue.get(k) ?? byValue.set(k, []).get(k)!).push(j);
    });
    const values: FactValue[] = [...byValue.values()]
      .map((idx) => ({ low: members[idx[0]].low, high: members[idx[0]].high, date: members[idx[0]].date ?? null, origins: [...new Set(idx.map((j) => members[j].origin))], members: idx }))
      .sort((a, b) => b.origins.length - a.origins.length);
    const origins = new Set(members.map((m) => m.origin)).size;
    const verdict: Verdict = origins === 1 ? "single" : values.length === 1 ? "agree" : members[0].kind === "date" ? "revised" : "conflict";
    const [a, b] = [values[0]?.members[0], values[1]?.members[0]];
    const reason: VerdictReason | undefined =
      verdict === "conflict" && a !== undefined && b !== undefined
        ? { verdict, revisions: [], disagreements: [{ a, b, gap: Math.max(members[a].low!, members[b].low!) / Math.max(1, Math.min(members[a].low!, members[b].low!)), gapUnit: "ratio", timeA: members[a].published, timeB: members[b].published, fixed: false }] }
        : undefined;
    return { id: `f${i + 1}`, about, kind: members[0].kind, unit: members[0].unit, verdict, members, values, origins, ...(reason ? { reason } : {}) };
  });
  const timeline: TimelineEntry[] = facts
    .filter((f) => f.kind === "date")
    .flatMap((f) => f.values.slice(0, 12).map((v) => ({ event: f.about, date: v.date!, conflicting: f.values.length > 1, sources: v.members.slice(0, 8).map((j) => ({ source: f.members[j].source, start: f.members[j].start, end: f.members[j].end, text: f.members[j].text, date: v.date! })) })));
  return { facts, timeline };
}
