/**
 * A hand-made reconciled dossier for renderer tests: three short reports (one a copy, one hostile),
 * facts with each verdict, a timeline entry. Independent of the real extract/reconcile.
 */
import type { Fact, FactMember, Mention, Report, TimelineEntry, Verdict } from "../../src/types.js";

export const HOSTILE = `<script>window.pwned=1</script><img src=x onerror="window.pwned=2"> | *bold* [link](javascript:alert(1)) & co`;

const report = (id: string, publisher: string, published: string | null, text: string, extra: Partial<Report> = {}): Report => ({
  id,
  url: `https://example.org/${id}`,
  publisher,
  published,
  language: "en",
  title: `Report ${id}`,
  hash: id.padEnd(64, "0"),
  text,
  copyOf: null,
  ...extra,
});

export const reports: Report[] = [
  report("a1", "Harbour Times", "2025-04-30", "Officials said the span will be 850 m long. Work began on 30 April 2025. The crossing should open in mid-2026."),
  report("a2", "Northern Wire", "2025-05-02", "The bridge will stretch for 1 km across the river, engineers said. It is due by the end of 2026."),
  report("a3", "Coastal Daily", "2025-05-03", "Officials said the span will be 850 m long. Work began on 30 April 2025. The crossing should open in mid-2026.", { copyOf: "a1" }),
  report("x9", `Evil ${HOSTILE}`, "2025-06-01", `Locals reported 40 trucks a day. ${HOSTILE} The site covers 12 ha.`, { title: `Title ${HOSTILE}`, url: "javascript:alert(1)" }),
];

const byId = new Map(reports.map((r) => [r.id, r]));

/** A member for the first occurrence of `figure` in report `source`. */
export function member(source: string, figure: string, value: Partial<Mention>, origin = source): FactMember {
  const r = byId.get(source)!;
  const start = r.text.indexOf(figure);
  if (start < 0) throw new Error(`fixture: "${figure}" not in ${source}`);
  return { source, start, end: start + figure.length, text: figure, kind: "quantity", low: null, high: null, unit: null, qualifier: null, published: r.published, publisher: r.publisher, origin: `report:${origin}`, ...value };
}

const fact = (id: string, about: string, verdict: Verdict, members: FactMember[], groups: number[][]): Fact => ({
  id,
  about,
  kind: members[0].kind,
  unit: members[0].unit,
  verdict,
  members,
  values: groups.map((idx) => ({ low: members[idx[0]].low, high: members[idx[0]].high, date: members[idx[0]].date ?? null, origins: [...new Set(idx.map((i) => members[i].origin))], members: idx })),
  origins: new Set(members.map((m) => m.origin)).size,
});

const len = (low: number) => ({ kind: "quantity" as const, low, high: low, unit: "m" });
const day = (start: string, end: string) => ({ kind: "date" as const, date: { start, end } });

export const facts: Fact[] = [
  fact("bridge-length", "length of the bridge", "conflict", [member("a1", "850 m", len(850)), member("a2", "1 km", len(1000)), member("a3", "850 m", len(850), "a1")], [[0, 2], [1]]),
  fact("completion", "planned completion", "conflict", [member("a1", "mid-2026", day("2026-05-01", "2026-08-31")), member("a2", "the end of 2026", day("2026-10-01", "2026-12-31")), member("a3", "mid-2026", day("2026-05-01", "2026-08-31"), "a1")], [[0, 2], [1]]),
  fact("start", "construction start", "single", [member("a1", "30 April 2025", day("2025-04-30", "2025-04-30")), member("a3", "30 April 2025", day("2025-04-30", "2025-04-30"), "a1")], [[0, 1]]),
  fact("trucks", `trucks per day ${HOSTILE}`, "single", [member("x9", "40 trucks", { kind: "count", low: 40, high: 40, unit: "truck", per: "day" })], [[0]]),
  fact("site-area", "site area", "single", [member("x9", "12 ha", { kind: "quantity", low: 120000, high: 120000, unit: "m2" })], [[0]]),
];

export const mentions: Mention[] = facts.flatMap((f) => f.members.map(({ published, publisher, origin, ...m }) => (void published, void publisher, void origin, m)));

export const timeline: TimelineEntry[] = [
  { event: `construction start ${HOSTILE}`, date: { start: "2025-04-30", end: "2025-04-30" }, conflicting: false, sources: [{ source: "a1", start: facts[2].members[0].start, end: facts[2].members[0].end, text: "30 April 2025", date: { start: "2025-04-30", end: "2025-04-30" } }] },
];
