/**
 * The plain data that flows through the pipeline:
 * ingest → Report → extract → Mention[] → reconcile → Fact[] + TimelineEntry[] → publish.
 * Data only, no behaviour. Offsets are JavaScript string indices (UTF-16 code units)
 * into `Report.text`, end exclusive.
 * @module
 */

/** One ingested source. Never changes after ingest. */
export interface Report {
  /** stable id: the corpus manifest id, or derived from the content hash */
  id: string;
  url: string | null;
  publisher: string | null;
  /** YYYY-MM-DD, or null when the report does not say */
  published: string | null;
  /** BCP 47 language tag ("en"), or null when unknown */
  language: string | null;
  title: string | null;
  /** sha256 (hex) of the original bytes */
  hash: string;
  /** the stored plain text; every offset refers to it */
  text: string;
  /** ISO timestamp of ingest (set by the store) */
  addedAt?: string;
  /** where it came from: a file path or URL */
  origin?: string | null;
  /** id of the report this one is a near-identical copy of (wire copy, repost) */
  copyOf?: string | null;
}

/** A report before it has an id and a place in the store. */
export type ReportInput = Omit<Report, "id" | "addedAt"> & { id?: string };

export type MentionKind = "quantity" | "money" | "percent" | "count" | "ratio" | "date" | "duration";
export type Qualifier = "approx" | "upper" | "lower" | null;

/** Inclusive interval of days, YYYY-MM-DD. */
export interface DateInterval {
  start: string;
  end: string;
}

/**
 * One stated figure in one report, in the scorer's format (see ../shared/corpus/README.md),
 * plus what reconciliation needs: subject, speaker, sentence.
 */
export interface Mention {
  /** report id */
  source: string;
  start: number;
  end: number;
  /** exactly text.slice(start, end) */
  text: string;
  kind: MentionKind;
  /** normalized value (SI base unit, ISO currency, percent, factor, days, count); null for dates */
  low: number | null;
  high: number | null;
  /** m, m2, kg, m3, m/s, USD…, %, x, d, or the counted noun in the singular; null for dates */
  unit: string | null;
  /** for dates: the inclusive interval meant */
  date?: DateInterval | null;
  qualifier: Qualifier;
  /** period of a rate: "day", "year"… */
  per?: string | null;
  /** what the figure is about ("bridge length", "troops sent") */
  subject?: string | null;
  /** who the text says states it ("TASS", "South Korean lawmakers") */
  speaker?: string | null;
  /** the sentence the figure stands in: [start, end) */
  sentence?: [number, number] | null;
  /** mentions of one statement (a conversion in brackets: "4.7km (2.9 miles)") share this id */
  statement?: string | null;
  /** facts about the reading: "relative-date-unresolved", "implied-year", "implied-currency"… */
  flags?: string[];
  /** provenance: the parser and refiners that made or touched it ("parser/en-money") */
  tags?: string[];
}

export type Verdict = "agree" | "conflict" | "revised" | "single";

/** A member of a fact: a mention, with its report's date and independent origin. */
export interface FactMember extends Mention {
  /** published date of the report */
  published: string | null;
  publisher: string | null;
  /** the independent origin this claim traces back to (syndicated copies share one) */
  origin: string;
  /** set by publish/buildBriefing: the report text around the figure, for quoting (`text` starts at report offset `start`) */
  excerpt?: { start: number; text: string } | null;
}

/** The same property of the same thing, stated by one or more reports. */
export interface Fact {
  id: string;
  /** what the fact is about, in words */
  about: string;
  kind: MentionKind;
  /** normalized unit shared by the members */
  unit: string | null;
  verdict: Verdict;
  members: FactMember[];
  /** distinct values claimed, each with the independent origins backing it */
  values: Array<{ low: number | null; high: number | null; date?: DateInterval | null; origins: string[]; members: number[] }>;
  /** number of independent origins across all members */
  origins: number;
  /** why the verdict: a short structured note */
  note?: string | null;
}

/** One dated event on the timeline. */
export interface TimelineEntry {
  /** what happened or is planned */
  event: string;
  date: DateInterval;
  /** true when the sources disagree on the date */
  conflicting: boolean;
  /** the mentions that date it */
  sources: Array<{ source: string; start: number; end: number; text: string; date: DateInterval }>;
  /** set when the entry comes from imagery */
  observation?: string | null;
}

/** One imagery reading of a watched site at one date. */
export interface Observation {
  id: string;
  site: string;
  /** acquisition date YYYY-MM-DD */
  date: string;
  /** item ids read */
  items: string[];
  clearAoi: number | null;
  clearRing: number | null;
  /** hectares per class */
  areas: Record<string, number>;
  /** share (0..1) of the crossing that no longer reads as water; null when not measurable */
  progress: number | null;
  flags: string[];
  provenance: Record<string, unknown>;
}

/** The unit we publish. */
export interface Briefing {
  title: string;
  generated: string;
  facts: Fact[];
  timeline: TimelineEntry[];
  sources: Array<Pick<Report, "id" | "url" | "publisher" | "published" | "title" | "copyOf">>;
  observations?: Observation[];
  /** files to embed (chart SVG, latest snapshot PNG as data URLs) */
  figures?: Array<{ caption: string; mime: string; data: string }>;
  method: string;
}

/** A diagnostic about the data (vfile style): fatal true = error, false = warning, undefined = info. */
export interface Message {
  reason: string;
  /** file path, URL or report id */
  file?: string;
  place?: { start: number; end: number } | null;
  ruleId?: string;
  source?: string;
  fatal?: boolean;
}
