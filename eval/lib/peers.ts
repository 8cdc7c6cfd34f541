/**
 * The peers dossier's extraction is measured against, each mapped onto our mention format
 * (kinds, SI units, ISO currencies, inclusive day intervals) as well as their output allows:
 *
 * - Microsoft Recognizers-Text (`@microsoft/recognizers-text-suite`): currency, percentage,
 *   dimension, date-time and number recognizers; overlaps resolved in that order.
 * - chrono-node (dates) + compromise (`numbers()`, typed by `money()` and `percentages()`).
 *
 * Numbers a peer finds but cannot type become `count` mentions: that is how a figure-finder
 * built on them would have to use them. Spans are clamped to the text and `text` is re-sliced,
 * so every prediction is scoreable.
 * @module
 */
import * as Recognizers from "@microsoft/recognizers-text-suite";
import * as chrono from "chrono-node";
import nlp from "compromise";
import type { DateInterval, Mention } from "../../src/types.js";

/** A prediction in the scorer's format: a mention without context fields. */
export type Pred = Pick<Mention, "source" | "start" | "end" | "text" | "kind" | "low" | "high" | "unit" | "date" | "qualifier">;

export interface Peer {
  name: string;
  run(text: string, opts: { published?: string | null; source: string; language?: string | null }): Pred[];
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const lastDay = (y: number, m: number) => iso(Date.UTC(y, m, 0)); // m is 1-based: day 0 of the next month
const reference = (published?: string | null) => (published ? new Date(`${published}T12:00:00Z`) : new Date());

/** Lengths in m, areas in m2, masses in kg, volumes in m3, speeds in m/s. Keys are lower-case unit names. */
const UNITS: Record<string, [string, number]> = {
  kilometer: ["m", 1000], meter: ["m", 1], centimeter: ["m", 0.01], millimeter: ["m", 0.001],
  mile: ["m", 1609.344], "nautical mile": ["m", 1852], foot: ["m", 0.3048], inch: ["m", 0.0254], yard: ["m", 0.9144],
  km: ["m", 1000], m: ["m", 1], cm: ["m", 0.01], mm: ["m", 0.001], miles: ["m", 1609.344], mi: ["m", 1609.344], feet: ["m", 0.3048], ft: ["m", 0.3048],
  kilometres: ["m", 1000], kilometers: ["m", 1000], metres: ["m", 1], meters: ["m", 1],
  "square kilometer": ["m2", 1e6], "square meter": ["m2", 1], "square hectometer": ["m2", 1e4], hectare: ["m2", 1e4], hectares: ["m2", 1e4], ha: ["m2", 1e4],
  acre: ["m2", 4046.8564224], acres: ["m2", 4046.8564224], "square mile": ["m2", 2589988.110336], "square foot": ["m2", 0.09290304],
  ton: ["kg", 1000], tonne: ["kg", 1000], tonnes: ["kg", 1000], tons: ["kg", 1000], "metric ton": ["kg", 1000], kilogram: ["kg", 1], kg: ["kg", 1], gram: ["kg", 0.001], pound: ["kg", 0.45359237],
  "cubic meter": ["m3", 1], liter: ["m3", 0.001], litre: ["m3", 0.001], barrel: ["m3", 0.158987294928],
  "kilometer per hour": ["m/s", 1 / 3.6], "mile per hour": ["m/s", 0.44704], "meter per second": ["m/s", 1], kph: ["m/s", 1 / 3.6], mph: ["m/s", 0.44704],
};

/** Currency names and symbols → ISO 4217. "$" alone is USD, as in the corpus's rules. */
const CURRENCIES: Record<string, string> = {
  dollar: "USD", dollars: "USD", "$": "USD", "us$": "USD", "united states dollar": "USD", usd: "USD",
  pound: "GBP", pounds: "GBP", "£": "GBP", "british pound": "GBP", sterling: "GBP", gbp: "GBP",
  euro: "EUR", euros: "EUR", "€": "EUR", eur: "EUR",
  rouble: "RUB", roubles: "RUB", ruble: "RUB", rubles: "RUB", "russian ruble": "RUB", rub: "RUB",
  won: "KRW", "south korean won": "KRW", "north korean won": "KPW", krw: "KRW",
  yuan: "CNY", renminbi: "CNY", "chinese yuan": "CNY", cny: "CNY", yen: "JPY", "japanese yen": "JPY", "¥": "CNY",
};

function clampPred(text: string, p: Omit<Pred, "text">): Pred | null {
  const start = Math.max(0, Math.min(text.length, Math.floor(p.start)));
  const end = Math.max(start, Math.min(text.length, Math.ceil(p.end)));
  if (end <= start) return null;
  return { ...p, start, end, text: text.slice(start, end) };
}

/** Keeps predictions in the order given, dropping any that overlaps one already kept. */
function dropOverlaps(preds: Pred[]): Pred[] {
  const kept: Pred[] = [];
  for (const p of preds) if (!kept.some((k) => k.start < p.end && p.start < k.end)) kept.push(p);
  return kept.sort((a, b) => a.start - b.start);
}

// ---------- Microsoft Recognizers-Text ----------

interface MsResult {
  start: number;
  end: number; // inclusive
  text: string;
  typeName: string;
  resolution?: Record<string, unknown> & { values?: Array<Record<string, string>> };
}

/** A timex the resolver left unresolved ("2025-SU"): years, months and seasons. */
function timexInterval(timex: string | undefined): DateInterval | null {
  if (!timex) return null;
  let m = /^(\d{4})$/.exec(timex);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-(\d{2})$/.exec(timex);
  if (m) return { start: `${m[1]}-${m[2]}-01`, end: lastDay(+m[1], +m[2]) };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(timex);
  if (m) return { start: timex, end: timex };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(timex);
  if (m) {
    const y = +m[1];
    return { SP: { start: `${y}-03-01`, end: `${y}-05-31` }, SU: { start: `${y}-06-01`, end: `${y}-08-31` }, FA: { start: `${y}-09-01`, end: `${y}-11-30` }, WI: { start: `${y}-12-01`, end: lastDay(y + 1, 2) } }[m[2] as "SP"];
  }
  return null;
}

function msDate(r: MsResult): Omit<Pred, "text" | "source"> | null {
  const v = r.resolution?.values?.[0];
  if (!v) return null;
  const base = { start: r.start, end: r.end + 1, qualifier: null } as const;
  const day = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null);
  if (v.type === "duration") {
    const seconds = Number(v.value);
    return Number.isFinite(seconds) ? { ...base, kind: "duration", low: seconds / 86400, high: seconds / 86400, unit: "d" } : null;
  }
  let interval: DateInterval | null = null;
  if (v.type === "date" || v.type === "datetime") interval = day(v.value) ? { start: day(v.value)!, end: day(v.value)! } : null;
  else if (v.type === "daterange" || v.type === "datetimerange") {
    const s = day(v.start);
    // ranges come with an exclusive end
    const e = day(v.end) ? iso(Date.parse(`${day(v.end)}T00:00:00Z`) - DAY) : null;
    // biome-ignore lint/complexity/useMathMinMax: ISO day strings compare as text, not numbers
    interval = s && e ? { start: s, end: e < s ? s : e } : s ? { start: s, end: s } : e ? { start: e, end: e } : null;
  }
  interval ??= timexInterval(v.timex);
  return interval ? { ...base, kind: "date", low: null, high: null, unit: null, date: interval } : null;
}

export const recognizersText: Peer = {
  name: "recognizers-text",
  run(text, { published, source }) {
    const C = Recognizers.Culture.English;
    const out: Pred[] = [];
    const push = (p: Omit<Pred, "text" | "source"> | null) => {
      const q = p && clampPred(text, { ...p, source });
      if (q) out.push(q);
    };
    const value = (r: MsResult) => Number(String(r.resolution?.value ?? "").replace(/[%,]/g, ""));
    for (const r of Recognizers.recognizeCurrency(text, C) as MsResult[]) {
      const n = value(r);
      const unit = String(r.resolution?.isoCurrency ?? CURRENCIES[String(r.resolution?.unit ?? "").toLowerCase()] ?? r.resolution?.unit ?? "");
      if (Number.isFinite(n)) push({ start: r.start, end: r.end + 1, kind: "money", low: n, high: n, unit, qualifier: null });
    }
    for (const r of Recognizers.recognizePercentage(text, C) as MsResult[]) {
      const n = value(r);
      if (Number.isFinite(n)) push({ start: r.start, end: r.end + 1, kind: "percent", low: n, high: n, unit: "%", qualifier: null });
    }
    for (const r of Recognizers.recognizeDimension(text, C) as MsResult[]) {
      const n = value(r);
      const name = String(r.resolution?.unit ?? "").toLowerCase();
      const [unit, factor] = UNITS[name] ?? [name, 1];
      if (Number.isFinite(n)) push({ start: r.start, end: r.end + 1, kind: "quantity", low: n * factor, high: n * factor, unit, qualifier: null });
    }
    for (const r of Recognizers.recognizeDateTime(text, C, undefined, reference(published)) as MsResult[]) push(msDate(r));
    for (const r of Recognizers.recognizeNumber(text, C) as MsResult[]) {
      const n = value(r);
      if (Number.isFinite(n)) push({ start: r.start, end: r.end + 1, kind: "count", low: n, high: n, unit: null, qualifier: null });
    }
    return dropOverlaps(out);
  },
};

// ---------- chrono-node + compromise ----------

function chronoInterval(c: chrono.ParsedComponents): DateInterval {
  const y = c.get("year")!;
  const mo = c.get("month")!;
  if (c.isCertain("day") || c.isCertain("weekday")) {
    const d = `${y}-${String(mo).padStart(2, "0")}-${String(c.get("day")).padStart(2, "0")}`;
    return { start: d, end: d };
  }
  if (c.isCertain("month")) return { start: `${y}-${String(mo).padStart(2, "0")}-01`, end: lastDay(y, mo) };
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12 };

export const chronoCompromise: Peer = {
  name: "chrono+compromise",
  run(text, { published, source }) {
    const out: Pred[] = [];
    for (const r of chrono.parse(text, reference(published))) {
      const s = chronoInterval(r.start);
      const interval = r.end ? { start: s.start, end: chronoInterval(r.end).end } : s;
      const p = clampPred(text, { source, start: r.index, end: r.index + r.text.length, kind: "date", low: null, high: null, unit: null, date: interval, qualifier: null });
      if (p) out.push(p);
    }
    type Item = { text: string; terms: Array<{ offset: { start: number; length: number } }>; number?: { num: number; prefix?: string; suffix?: string; unit?: string } };
    const doc = nlp(text);
    const spanOf = (i: Item) => {
      const first = i.terms[0]?.offset;
      const last = i.terms[i.terms.length - 1]?.offset;
      return first && last ? { start: first.start, end: last.start + last.length } : null;
    };
    const spans = (items: Item[]) => items.map(spanOf).filter((s): s is { start: number; end: number } => s != null);
    const json = { offset: true, terms: { offset: true } };
    const money = spans(doc.money().json(json) as Item[]);
    const percents = spans(doc.percentages().json(json) as Item[]);
    const inside = (list: Array<{ start: number; end: number }>, s: { start: number; end: number }) => list.some((x) => x.start < s.end && s.start < x.end);
    for (const item of doc.numbers().json(json) as Item[]) {
      const span = spanOf(item);
      const n = item.number;
      if (!span || !n || !Number.isFinite(n.num)) continue;
      const unitWord = (n.unit ?? "").toLowerCase();
      const scale = SCALE[(n.suffix ?? "").toLowerCase()] ?? 1;
      const num = n.num * scale;
      const base = { source, start: span.start, end: span.end, low: num, high: num, qualifier: null } as const;
      let p: Pred | null;
      if ((n.suffix ?? "").includes("%") || inside(percents, span)) p = clampPred(text, { ...base, kind: "percent", unit: "%" });
      else if (n.prefix && CURRENCIES[n.prefix.toLowerCase()]) p = clampPred(text, { ...base, kind: "money", unit: CURRENCIES[n.prefix.toLowerCase()] });
      else if (CURRENCIES[unitWord] || inside(money, span)) p = clampPred(text, { ...base, kind: "money", unit: CURRENCIES[unitWord] ?? "USD" });
      else if (UNITS[unitWord]) {
        const [unit, factor] = UNITS[unitWord];
        p = clampPred(text, { ...base, kind: "quantity", low: num * factor, high: num * factor, unit });
      } else if (/^\d{4}$/.test(text.slice(span.start, span.end)) && num >= 1800 && num <= 2100)
        // a bare year: compromise has no date type of its own, and chrono skips lone years
        p = clampPred(text, { ...base, kind: "date", low: null, high: null, unit: null, date: { start: `${num}-01-01`, end: `${num}-12-31` } });
      else p = clampPred(text, { ...base, kind: "count", unit: unitWord || null });
      if (p) out.push(p);
    }
    // dates first: a year chrono read as a date is not also a count
    return dropOverlaps(out);
  },
};

export const PEERS: Peer[] = [recognizersText, chronoCompromise];
