/**
 * Pictures of a briefing, as data first: each chart is a list of plain rows (what the Markdown
 * prints as a table), words that describe it (alt text), and the SVG drawn from the rows by
 * vega-lite. Pure and synchronous; the SVG of a fact is computed once.
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import type { Briefing, Fact, FactMember, TimelineEntry } from "../types.js";
import { formatDay, formatInterval, num, plural as nounPlural } from "./format.js";
import { plural, publisherOf, valuesOf, type Source, type ValueView } from "./view.js";
import { DATA, fitWidth, renderSvg, textWidth } from "./vega.js";

/** One drawn point (or range bar) of a fact: a value stated by one or more reports on one date. */
export interface DotRow {
  /** report date, YYYY-MM-DD */
  date: string;
  /** the date is an undated report's rough one (its manifest note), not a dateline */
  rough: boolean;
  /** the value's words, as in the key facts table */
  value: string;
  /** the value's place in the fact's values: its colour */
  slot: string;
  /** low and high in the chart's unit (equal for a single figure); for dates, YYYY-MM-DD */
  low: number | string;
  high: number | string;
  /** "approx" (drawn hollow), "upper" / "lower" (a bound), or "exact" */
  how: "exact" | "approx" | "upper" | "lower";
  /** who says it there: "Reuters, TASS" */
  sources: string;
  reports: number;
}

export interface FactChart {
  rows: DotRow[];
  /** the y axis: "km", "$ million", "date" */
  axis: string;
  /** members not drawn (undated reports) */
  undated: number;
  /** the values are dates: a bar is the period a report means, not a range of estimates */
  dates: boolean;
  /** the chart in words */
  alt: string;
  svg: string;
}

const FONT = "DejaVu Sans";
/** Colours by verdict: the first value takes the verdict's colour, the others stay apart from it. */
const PALETTE: Record<string, string[]> = {
  conflict: ["#b42318", "#1d4ed8", "#b45309", "#7c3aed", "#0f766e", "#4b5563"],
  revised: ["#94a3b8", "#1d4ed8", "#7c3aed", "#0f766e", "#b45309", "#4b5563"],
  agree: ["#15803d", "#0f766e", "#65a30d", "#1d4ed8", "#b45309", "#4b5563"],
  single: ["#4b5563"],
};
/** Points drawn per fact: a running count in a large dossier has hundreds of reports. */
const MAX_ROWS = 40;
/** Points each value keeps when thinned: a minority value must stay visible beside a crowd. */
const MIN_PER_VALUE = 3;

/** At most `max` rows, each value thinned evenly across its dates in proportion to its share (at least a few each). */
export function thin<T extends { slot: string }>(rows: T[], max: number): T[] {
  if (rows.length <= max) return rows;
  const bySlot = new Map<string, number[]>();
  rows.forEach((r, i) => (bySlot.get(r.slot) ?? bySlot.set(r.slot, []).get(r.slot)!).push(i));
  const keep = new Set<number>();
  for (const idx of bySlot.values()) {
    const n = Math.min(idx.length, Math.max(MIN_PER_VALUE, Math.round((idx.length / rows.length) * max)));
    // evenly spaced, the first and the last always kept: the span of dates stays true
    for (let k = 0; k < n; k++) keep.add(idx[n === 1 ? 0 : Math.round((k * (idx.length - 1)) / (n - 1))]);
  }
  return rows.filter((_, i) => keep.has(i));
}

/** A scale for the y axis so numbers read as the table does ("km", "$ million"). */
function axisOf(f: Fact, max: number): { factor: number; label: string } {
  const u = f.unit ?? "";
  switch (f.kind) {
    case "money": {
      const [factor, word] = max >= 1e12 ? [1e12, " trillion"] : max >= 1e9 ? [1e9, " billion"] : max >= 1e6 ? [1e6, " million"] : [1, ""];
      return { factor, label: `${u || "money"}${word}` };
    }
    case "percent":
      return { factor: 1, label: "%" };
    case "ratio":
      return { factor: 1, label: "×" };
    case "duration":
      return max >= 730 ? { factor: 365.25, label: "years" } : max >= 60 ? { factor: 30.44, label: "months" } : { factor: 1, label: "days" };
    case "count":
      // the noun as the legend and the table say it ("troops", "people"), not the unit key ("troop", "person")
      return { factor: 1, label: u ? nounPlural(u, 2) : "count" };
    default:
      if (u === "m") return max >= 5000 ? { factor: 1000, label: "km" } : { factor: 1, label: "m" };
      if (u === "m2") return max >= 1e6 ? { factor: 1e6, label: "km²" } : max >= 1e4 ? { factor: 1e4, label: "ha" } : { factor: 1, label: "m²" };
      if (u === "kg") return max >= 1000 ? { factor: 1000, label: "t" } : { factor: 1, label: "kg" };
      // as the table writes volumes ("22.5 million m³"), not the unit key "m3"
      if (u === "m3") return max >= 1e9 ? { factor: 1e9, label: "billion m³" } : max >= 1e6 ? { factor: 1e6, label: "million m³" } : { factor: 1, label: "m³" };
      return { factor: 1, label: u };
  }
}

const isDate = (f: Fact) => f.kind === "date" || f.members.some((m) => m.date && m.low == null);
/** The figure's time: the reconciler's (a rough date for an undated report) when it has one. */
const timeOf = (m: FactMember) => m.time?.date ?? m.published ?? null;

/** The rows of a fact's dot plot: one per value, date and way of stating it. */
export function dotRows(f: Fact, views: ValueView[], sources: Map<string, Source>): { rows: DotRow[]; axis: string; undated: number } {
  const dates = isDate(f);
  let max = 0;
  for (const v of f.values) {
    const x = Math.abs(v.high ?? v.low ?? 0);
    if (Number.isFinite(x) && x > max) max = x;
  }
  const { factor, label } = dates ? { factor: 1, label: "date" } : axisOf(f, max);
  const by = new Map<string, DotRow & { seen: Set<string> }>();
  let undated = 0;
  views.forEach((v, slot) => {
    // the row's key (below) as one string: what is the same for the whole value, made once
    const slotName = String(Math.min(slot, SLOTS.length - 1));
    const valueKey = `${JSON.stringify(v.words)}|${slotName}`;
    for (const m of v.members) {
      const date = timeOf(m);
      if (!date) {
        undated++;
        continue;
      }
      const how: DotRow["how"] = m.qualifier === "approx" ? "approx" : m.qualifier === "upper" ? "upper" : m.qualifier === "lower" ? "lower" : "exact";
      const low = dates ? m.date?.start ?? null : m.low ?? m.high;
      const high = dates ? m.date?.end ?? null : m.high ?? m.low;
      if (low == null || high == null) continue;
      // one row per value as read, date and way of stating it: a report's "850 metres (2,790 feet)"
      // is one row, not two rows that both read "850 m" (the conversion lands at 850.4)
      // (the date last: any text in it cannot reach into the fields before it)
      const rough = !m.published;
      const key = `${valueKey}|${how}|${low !== high}|${rough}|${date}`;
      let r = by.get(key);
      // made for the first member of its key only: a value of a large dossier has thousands
      if (!r) by.set(key, (r = { date, rough, value: v.words, slot: slotName, low: dates ? low : (low as number) / factor, high: dates ? high : (high as number) / factor, how, sources: "", reports: 0, seen: new Set() }));
      if (r.seen.has(m.source)) continue;
      r.seen.add(m.source);
      r.reports++;
      if (r.reports <= 3) r.sources = [r.sources, publisherOf(sources.get(m.source), m.source)].filter(Boolean).join(", ");
    }
  });
  const rows = [...by.values()]
    .map(({ seen: _, ...r }) => r)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { rows: thin(rows, MAX_ROWS), axis: label, undated };
}

/** Colour slots: values past the palette's length share its last colour. */
const SLOTS = ["0", "1", "2", "3", "4", "5"];
export const slotColour = (verdict: string, slot: number) => {
  const p = PALETTE[verdict] ?? PALETTE.single;
  return p[Math.min(slot, p.length - 1)];
};

function dotSpec(axis: string, dates: boolean, verdict: string): TopLevelSpec {
  const p = PALETTE[verdict] ?? PALETTE.single;
  const palette = SLOTS.map((_, i) => p[Math.min(i, p.length - 1)]);
  const y = dates
    ? { field: "low", type: "temporal" as const, title: null, axis: { format: "%b %Y", tickCount: 4 }, scale: { padding: 8 } }
    : { field: "low", type: "quantitative" as const, title: axis, scale: { zero: false, padding: 8 }, axis: { tickCount: 4, format: ",~r" } };
  const x = { field: "date", type: "temporal" as const, title: "report date", axis: { format: "%-d %b %Y", tickCount: 5, labelAngle: 0 }, scale: { padding: 14 } };
  // the legend is HTML beside the chart (the values' words, escaped by us); slots keep colours fixed
  const color = { field: "slot", type: "nominal" as const, title: null, scale: { domain: SLOTS, range: palette }, legend: null };
  const shape = { field: "how", type: "nominal" as const, scale: { domain: ["exact", "approx", "upper", "lower"], range: ["circle", "circle", "triangle-down", "triangle-up"] }, legend: null };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: 600,
    height: 120,
    data: { name: DATA },
    layer: [
      // a range ("800–900 m", "mid-2026") is a bar from its low to its high
      { mark: { type: "rule", strokeWidth: 5, opacity: 0.7 }, transform: [{ filter: "datum.low !== datum.high" }], encoding: { x, y, y2: { field: "high" }, color } },
      { mark: { type: "point", filled: true, size: 70, opacity: 0.9 }, transform: [{ filter: "datum.how !== 'approx' && datum.low === datum.high" }], encoding: { x, y, color, shape } },
      // approximate figures are hollow
      { mark: { type: "point", filled: false, size: 70, strokeWidth: 2 }, transform: [{ filter: "datum.how === 'approx' && datum.low === datum.high" }], encoding: { x, y, color } },
    ],
    config: { font: FONT, aria: false, view: { stroke: "#dde1e6" }, axis: { labelFontSize: 11, titleFontSize: 11, labelColor: "#5b6470", titleColor: "#5b6470", gridColor: "#eef0f2" }, legend: { labelFontSize: 12, symbolSize: 80 } },
  } as TopLevelSpec;
}

const charts = new WeakMap<Fact, FactChart>();

/** The dot plot of a fact with several values (null when there is nothing to compare). */
export function factChart(f: Fact, sources: Map<string, Source>): FactChart | null {
  const cached = charts.get(f);
  if (cached) return cached;
  const views = valuesOf(f, sources);
  if (views.length < 2 && f.verdict !== "revised") return null;
  const { rows, axis, undated } = dotRows(f, views, sources);
  if (!rows.length) return null;
  const dates = isDate(f);
  // drawn when first read: the Markdown briefing only needs the rows and words (vega costs ~10 ms a chart)
  let svg: string | null = null;
  const chart = {
    rows, axis, undated, dates, alt: dotAlt(f, views, rows, undated),
    get svg() {
      svg ??= renderSvg(`dot|${axis}|${dates}|${f.verdict}`, () => dotSpec(axis, dates, f.verdict), rows);
      return svg;
    },
  };
  charts.set(f, chart);
  return chart;
}

const MAX_ALT_VALUES = 6;

/** A row's day in words: an undated report's rough date said to be one ("c. 30 April 2025"). */
export const roughDay = (r: Pick<DotRow, "date" | "rough">) => `${r.rough ? "c. " : ""}${formatDay(r.date)}`;

/** "Chart of 5 reports by date: 850 m from 30 April to 2 May 2025 (3 reports); 1 km on 30 April 2025 (2 reports)." */
function dotAlt(f: Fact, views: ValueView[], rows: DotRow[], undated: number): string {
  // a running figure with a hundred values: the first few in words, the rest counted (the table has them all)
  const parts = views.slice(0, MAX_ALT_VALUES).map((v) => {
    const mine = rows.filter((r) => r.value === v.words);
    if (!mine.length) return `${v.words} (reports of unknown date only)`;
    const first = roughDay(mine[0]), last = roughDay(mine[mine.length - 1]);
    const n = mine.reduce((s, r) => s + r.reports, 0);
    return `${v.words} ${first === last ? `on ${first}` : `from ${first} to ${last}`} (${plural(n, "report")})`;
  });
  if (views.length > MAX_ALT_VALUES) parts.push(`and ${plural(views.length - MAX_ALT_VALUES, "more value")}`);
  return `${f.about}, values by report date: ${parts.join("; ")}${undated ? `; ${plural(undated, "figure")} of unknown date not drawn` : ""}.`;
}

// ---- the timeline as a time axis ----

export interface TimelineRow {
  event: string;
  start: string;
  /** the day after the interval's last day, so a one-day event has a width */
  end: string;
  status: "dated by reports" | "sources disagree" | "imagery";
}

export interface TimelineChart {
  rows: TimelineRow[];
  more: number;
  /** of those, the events far from the others in time (a bridge's 1959 predecessor) */
  outside: number;
  alt: string;
  svg: string;
}

/** Entries drawn; the rest stay in the table. */
export const MAX_TIMELINE_ROWS = 30;
const nextDay = (d: string) => {
  const t = Date.parse(`${d}T00:00:00Z`);
  return Number.isNaN(t) ? d : new Date(t + 86400000).toISOString().slice(0, 10);
};

/** The room of the timeline's labels, px, and their size. */
const TIMELINE_LABEL_PX = 300;
const TIMELINE_LABEL_SIZE = 11;

/** Years around the median event that the axis shows: a bridge's 1959 predecessor would squash 2025 into a dot. */
const TIMELINE_YEARS = 4;

export function timelineRows(entries: TimelineEntry[]): { rows: TimelineRow[]; outside: number } {
  const seen = new Map<string, number>();
  const dated = entries.filter((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.date.start) && /^\d{4}-\d{2}-\d{2}$/.test(t.date.end));
  const years = dated.map((t) => Number(t.date.start.slice(0, 4))).sort((a, b) => a - b);
  const median = years[Math.floor(years.length / 2)] ?? 0;
  const near = dated.filter((t) => Math.abs(Number(t.date.start.slice(0, 4)) - median) <= TIMELINE_YEARS);
  // an imagery row is told by its colour and the key: its label starts with what was seen, not with
  // "Sentinel-2: " four times over (the axis has room for some 34 characters), nor ends with
  // the site's name when there is one site
  const sites = new Set(near.map((t) => t.observation?.slice(0, t.observation.lastIndexOf("@"))).filter(Boolean));
  const label = (t: TimelineEntry) => {
    if (!t.observation) return t.event;
    const seen = t.event.replace(/^Sentinel-2:\s*/, "");
    return sites.size === 1 ? seen.replace(/\s*\([^()]*\)$/, "") : seen;
  };
  // a label is cut to the axis's room here, whole characters, with what follows the name kept:
  // vega would cut it by UTF-16 units (half an emoji, an accent off its letter) and its end off
  const fit = (name: string, after = "") => fitWidth(name, TIMELINE_LABEL_PX - textWidth(after, TIMELINE_LABEL_SIZE), TIMELINE_LABEL_SIZE) + after;
  const shorts = near.map((t) => fit(label(t)));
  // an ordinal axis merges rows of the same name: a name that repeats ("date of the deaths" on
  // four days) says its date, the one thing that tells its rows apart; two facts of one name and
  // date are numbered as facts ("date, 31 October 2022 (fact 2)")
  const names = new Map<string, number>();
  for (const x of shorts) names.set(x, (names.get(x) ?? 0) + 1);
  const rows = near.map((t, k) => {
    const when = names.get(shorts[k])! > 1 ? `, ${formatInterval(t.date)}` : "";
    const dated = when ? fit(label(t), when) : shorts[k];
    const n = (seen.get(dated) ?? 0) + 1;
    seen.set(dated, n);
    return { event: n > 1 ? fit(label(t), `${when} (fact ${n})`) : dated, start: t.date.start, end: nextDay(t.date.end), status: t.observation ? "imagery" : t.conflicting ? "sources disagree" : "dated by reports" } as TimelineRow;
  });
  return { rows, outside: dated.length - near.length };
}

const STATUS = ["dated by reports", "sources disagree", "imagery"];

function timelineSpec(height: number, statuses: string[]): TopLevelSpec {
  const range = statuses.map((st) => ({ "dated by reports": "#1d4ed8", "sources disagree": "#b42318", imagery: "#15803d" })[st]!);
  const shapes = statuses.map((st) => ({ "dated by reports": "circle", "sources disagree": "diamond", imagery: "square" })[st]!);
  const x = { field: "start", type: "temporal" as const, title: null, axis: { format: "%b %Y", tickCount: 6, orient: "top" as const } };
  const y = { field: "event", type: "nominal" as const, title: null, sort: null, axis: { labelLimit: TIMELINE_LABEL_PX, labelFontSize: TIMELINE_LABEL_SIZE } };
  const color = { field: "status", type: "nominal" as const, title: null, scale: { domain: statuses, range }, legend: { orient: "bottom" as const, direction: "horizontal" as const } };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: 540,
    height,
    data: { name: DATA },
    layer: [
      { mark: { type: "bar", height: 8, cornerRadius: 2, opacity: 0.45 }, encoding: { x, x2: { field: "end" }, y, color } },
      { mark: { type: "point", filled: true, size: 45 }, encoding: { x, y, color, shape: { field: "status", type: "nominal", scale: { domain: statuses, range: shapes }, legend: null } } },
    ],
    config: { font: FONT, aria: false, view: { stroke: null }, axis: { labelColor: "#1b1f24", labelFontSize: 11, gridColor: "#eef0f2", domainColor: "#dde1e6", tickColor: "#dde1e6" }, legend: { labelFontSize: 12 } },
  } as TopLevelSpec;
}

const timelines = new WeakMap<Briefing["timeline"], TimelineChart | null>();

/** The timeline drawn on a time axis (null when nothing is dated). */
export function timelineChart(entries: TimelineEntry[]): TimelineChart | null {
  if (timelines.has(entries)) return timelines.get(entries)!;
  const { rows: all, outside } = timelineRows(entries);
  const rows = all.slice(0, MAX_TIMELINE_ROWS);
  let chart: TimelineChart | null = null;
  if (rows.length) {
    const height = Math.max(40, rows.length * 18);
    const statuses = STATUS.filter((st) => rows.some((r) => r.status === st));
    const span = `${formatDay(rows[0].start)} to ${formatDay(rows[rows.length - 1].start)}`;
    const disagree = rows.filter((r) => r.status === "sources disagree").length;
    const imagery = rows.filter((r) => r.status === "imagery").length;
    const alt = `Timeline of ${plural(rows.length, "dated event")} from ${span}${disagree ? `; ${num(disagree)} dated differently by different sources` : ""}${imagery ? `; ${num(imagery)} seen in imagery` : ""}.`;
    // drawn when first read, as a fact's chart is
    let svg: string | null = null;
    chart = {
      rows, more: all.length - rows.length + outside, outside, alt,
      get svg() {
        svg ??= renderSvg(`timeline|${rows.length}|${statuses.join(",")}`, () => timelineSpec(height, statuses), rows);
        return svg;
      },
    };
  }
  timelines.set(entries, chart);
  return chart;
}
