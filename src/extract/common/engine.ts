/**
 * The extraction engine, in the manner of chrono-node: a configuration is an ordered list of
 * parsers (pattern + extract) and refiners (Candidate[] → Candidate[]). Every parser runs over
 * the whole text; the ENGINE takes offsets from the regex match, so every mention is an exact
 * substring of the input. Refiners then merge, qualify and filter, in the configured order.
 * @module
 */
import type { DateInterval, Mention, MentionKind, Qualifier } from "../../types.js";
import { parseDay } from "../../normalize/dates.js";

/** How a number was written, kept so refiners can merge "10 to 15 km" or "$3-4bn". */
export interface RawNumber {
  /** the number as written, before scale words ("1.4" in "1.4 billion") */
  value: number;
  /** the multiplier of a scale word ("billion" = 1e9), 1 if none */
  scale: number;
  /** the unit factor applied after scaling (km = 1000), 1 if none */
  factor: number;
  /** spelled out ("six") rather than in digits */
  words: boolean;
}

/** A figure being built: a Mention's own fields (all present while refiners work) plus the engine's working fields. */
export interface Candidate extends Required<Pick<Mention, "start" | "end" | "text" | "kind" | "low" | "high" | "unit" | "qualifier" | "flags" | "tags">> {
  date: DateInterval | null;
  per: string | null;
  statement: string | null;
  raw?: RawNumber;
  /** a number with nothing after it that says what it counts: kept only if a refiner gives it a unit */
  bare?: boolean;
  /** tie-break between overlapping readings of the same span: higher wins */
  priority: number;
}

/**
 * What a parser returns for one match. `span` is relative to the match (default: all of it); it may
 * start before the match (negative) when the parser read a prefix from `ctx.before` ("mid 2026").
 */
export interface ParsedFigure {
  span?: [number, number];
  kind: MentionKind;
  low?: number | null;
  high?: number | null;
  unit?: string | null;
  date?: DateInterval | null;
  qualifier?: Qualifier;
  per?: string | null;
  flags?: string[];
  raw?: RawNumber;
  bare?: boolean;
  priority?: number;
}

/** A date its words give but no report date resolves (`priority` against the parsers that overlap it). */
export const unresolved = (priority = 50, span?: [number, number]): ParsedFigure => ({ span, kind: "date", date: null, flags: ["relative-date-unresolved"], priority });

export interface Parser {
  /** tag written into each result: "parser/<name>" */
  name: string;
  /**
   * "number": the parser is tried only where the configuration's number anchors match, and its
   * pattern is sticky ("y") and starts at the number. One anchor scan then serves every numeric
   * parser, instead of each regex testing every position of the text.
   */
  anchor?: "number";
  /** a global ("g") regex, or a sticky ("y") one for anchored parsers; built once per extractor */
  pattern(): RegExp;
  /** the figure of a match, or null to reject it (the engine then retries one character later) */
  extract(ctx: ParsingContext, match: RegExpExecArray): ParsedFigure | ParsedFigure[] | null;
}

export interface Refiner {
  name: string;
  refine(ctx: ParsingContext, candidates: Candidate[]): Candidate[];
}

/** An ordered list of parsers and refiners (the order of refiners matters: see each configuration). */
export interface Configuration {
  parsers: Parser[];
  refiners: Refiner[];
  /** global regexes whose matches are the start positions of numbers (for anchored parsers) */
  anchors?: Array<() => RegExp>;
}

export interface ParseOptions {
  published?: string | null;
  source?: string;
  /** lazy debug output: called only when a handler is given */
  debug?: (msg: string) => void;
}

export class ParsingContext {
  readonly text: string;
  /** the reference date for relative expressions; null when the report is undated */
  readonly reference: Date | null;
  readonly source: string;
  private readonly debugHandler?: (msg: string) => void;

  constructor(text: string, opts: ParseOptions) {
    this.text = text;
    this.reference = parseDay(opts.published ?? null);
    this.source = opts.source ?? "text";
    this.debugHandler = opts.debug;
  }

  /** Debug output as a closure, so building the message costs nothing when nobody listens. */
  debug(block: () => string): void {
    if (this.debugHandler) this.debugHandler(block());
  }

  private breaks: number[] | null = null;

  /** The line around `pos`: [start, end) without the newline. Line breaks are indexed once, so this is O(log n). */
  line(pos: number): [number, number] {
    if (!this.breaks) {
      const b: number[] = [];
      for (let i = this.text.indexOf("\n"); i >= 0; i = this.text.indexOf("\n", i + 1)) b.push(i);
      this.breaks = b;
    }
    const b = this.breaks;
    let lo = 0;
    let hi = b.length; // first break at or after pos
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return [lo > 0 ? b[lo - 1] + 1 : 0, lo < b.length ? b[lo] : this.text.length];
  }

  /** Up to n characters before `pos`. */
  before(pos: number, n = 40): string {
    return this.text.slice(Math.max(0, pos - n), pos);
  }

  /** Up to n characters after `pos`. */
  after(pos: number, n = 40): string {
    return this.text.slice(pos, Math.min(this.text.length, pos + n));
  }

  /** The text between two neighbouring candidates. */
  between(a: { end: number }, b: { start: number }): string {
    return a.end <= b.start ? this.text.slice(a.end, b.start) : "";
  }
}

function toCandidates(ctx: ParsingContext, parser: Parser, m: RegExpExecArray, out: Candidate[]): number {
  const at = m.index;
  let figures: ParsedFigure | ParsedFigure[] | null = null;
  try {
    figures = parser.extract(ctx, m);
  } catch (e) {
    ctx.debug(() => `${parser.name} threw at ${at}: ${(e as Error).message}`);
    figures = null;
  }
  if (!figures) return -1;
  let last = -1;
  for (const f of Array.isArray(figures) ? figures : [figures]) {
    const [rs, re_] = f.span ?? [0, m[0].length];
    // the engine owns offsets: a span lies inside the match, or starts in the text just before it
    if (!(rs >= -at && re_ <= m[0].length && rs < re_)) continue;
    const start = at + rs;
    const end = at + re_;
    out.push({
      start,
      end,
      text: ctx.text.slice(start, end),
      kind: f.kind,
      low: f.low ?? null,
      high: f.high ?? f.low ?? null,
      unit: f.unit ?? null,
      date: f.date ?? null,
      qualifier: f.qualifier ?? null,
      per: f.per ?? null,
      statement: null,
      flags: f.flags ? [...f.flags] : [],
      tags: [`parser/${parser.name}`],
      raw: f.raw,
      bare: f.bare,
      priority: f.priority ?? 0,
    });
    last = Math.max(last, end);
  }
  return last;
}

/** Start positions of every anchor match, sorted and unique. */
function anchorPositions(text: string, anchors: RegExp[]): number[] {
  const pos: number[] = [];
  for (const re of anchors) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      pos.push(m.index);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  pos.sort((a, b) => a - b);
  return pos.filter((p, i) => i === 0 || p !== pos[i - 1]);
}

/** Runs every parser of a configuration over the whole text, then each refiner in order. */
export function executeConfiguration(config: Configuration, patterns: RegExp[], ctx: ParsingContext, anchors: RegExp[] = []): Candidate[] {
  let results: Candidate[] = [];
  const text = ctx.text;
  let positions: number[] | null = null;
  config.parsers.forEach((parser, i) => {
    const re = patterns[i];
    if (parser.anchor) {
      positions ??= anchorPositions(text, anchors);
      let next = 0;
      for (const p of positions) {
        if (p < next) continue;
        re.lastIndex = p;
        const m = re.exec(text);
        if (!m || m.index !== p) continue;
        const end = toCandidates(ctx, parser, m, results);
        if (end > p) next = end;
      }
      return;
    }
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const end = toCandidates(ctx, parser, m, results);
      // rejected: retry one character later; accepted: go on after the figure (not the whole match)
      re.lastIndex = end > m.index ? end : m.index + 1;
    }
  });
  results.sort((a, b) => a.start - b.start || b.end - a.end);
  ctx.debug(() => `parsers: ${results.length} candidates`);
  for (const refiner of config.refiners) {
    try {
      const before = results;
      results = refiner.refine(ctx, results);
      ctx.debug(() => {
        const kept = new Set(results);
        const gone = before.filter((c) => !kept.has(c)).map((c) => `${c.start}:${JSON.stringify(c.text)}`);
        return `${refiner.name}: ${before.length} → ${results.length}${gone.length ? ` (out: ${gone.slice(0, 20).join(", ")})` : ""}`;
      });
    } catch (e) {
      ctx.debug(() => `${refiner.name} threw: ${(e as Error).message}`);
    }
    results.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return results;
}

/** A frozen extractor for one configuration; patterns are compiled once. */
export interface Extractor {
  readonly configuration: Configuration;
  parse(text: string, opts?: ParseOptions): Candidate[];
  /** a new extractor with a modified copy of the configuration */
  clone(edit?: (c: Configuration) => Configuration): Extractor;
}

export function createExtractor(configuration: Configuration): Extractor {
  const config: Configuration = Object.freeze({
    parsers: [...configuration.parsers],
    refiners: [...configuration.refiners],
    anchors: [...(configuration.anchors ?? [])],
  });
  const patterns = config.parsers.map((p) => {
    const re = p.pattern();
    if (p.anchor ? !re.sticky : !re.global) throw new Error(`parser ${p.name}: pattern must have the "${p.anchor ? "y" : "g"}" flag`);
    return re;
  });
  const anchors = (config.anchors ?? []).map((a) => a());
  if (config.parsers.some((p) => p.anchor) && !anchors.length) throw new Error("anchored parsers need configuration.anchors");
  return Object.freeze({
    configuration: config,
    parse(text: string, opts: ParseOptions = {}) {
      return executeConfiguration(config, patterns, new ParsingContext(text, opts), anchors);
    },
    clone(edit?: (c: Configuration) => Configuration) {
      const copy = { parsers: [...config.parsers], refiners: [...config.refiners], anchors: [...(config.anchors ?? [])] };
      return createExtractor(edit ? edit(copy) : copy);
    },
  });
}
