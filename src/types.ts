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
  /** a free-text note from the manifest; for an undated report it may give a rough date ("about the turn of 2017/2018") */
  note?: string | null;
}

/** A report before it has an id and a place in the store. */
export type ReportInput = Omit<Report, "id" | "addedAt"> & {
  id?: string;
  /**
   * the publication date as the input wrote it, when it names no day ("2025-04-31", "spring"): the
   * report is kept undated (`published` null) and `add` warns with this value; never stored
   */
  unreadDate?: string;
};

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
  /** the language the figure was read in (BCP 47 primary tag: "ru", "ko"), so a quote can say it */
  language?: string | null;
  /** facts about the reading: "relative-date-unresolved", "implied-year", "implied-currency"… */
  flags?: string[];
  /** provenance: the parser and refiners that made or touched it ("parser/en-money") */
  tags?: string[];
}

export type Verdict = "agree" | "conflict" | "revised" | "single";

/**
 * Where a claim traces back to, whoever repeats it: the speaker the text credits ("according to
 * TASS"), else its report, where a copy counts as the report it copies.
 */
export type Origin = { kind: "speaker"; speaker: string } | { kind: "report"; report: string };

/** An `Origin` as the stable key facts and the briefing JSON carry (src/origin.ts converts). */
export type OriginKey = `via:${string}` | `report:${string}`;

/** A member of a fact: a mention, with its report's date and independent origin. */
export interface FactMember extends Mention {
  /** published date of the report */
  published: string | null;
  publisher: string | null;
  /** the independent origin this claim traces back to (syndicated copies share one); see `Origin` */
  origin: OriginKey;
  /** set by publish/buildBriefing: the report text around the figure, for quoting (`text` starts at report offset `start`) */
  excerpt?: { start: number; text: string } | null;
  /**
   * The figure's time (README "When figures agree"): its report's date, the rough date an undated
   * report's note gives, or null when unknown. `earlier` is true when the text dates the figure
   * before its report ("initially", "the previous estimate"), so `time` is only an upper bound.
   */
  time?: { date: string | null; earlier: boolean } | null;
  /** the interval of values the figure stands for, by the README's rounding rules, in the unit of `unit` (days since 1970 for dates); null when unreadable */
  interval?: { low: number; high: number } | null;
}

/** A property: what one fact measures (the parts found in the members' words; any may be null). */
export interface Property {
  /** the thing measured ("bridge", "road bridge") */
  thing: string | null;
  /** the attribute measured: a cue class without its "#" ("length", "cost", "casualty", "complete"…) */
  attribute: string | null;
  /** "whole" (including approaches, in total) or "part" (first phase, itself) */
  scope: "whole" | "part" | null;
  /** rate period ("day", "year") */
  per: string | null;
  /** for dates: the event dated ("start", "complete", "agree", "strike"…) */
  event: string | null;
}

/** Two members (indices into `Fact.members`) whose intervals do not meet. */
export interface Disagreement {
  a: number;
  b: number;
  /** how far apart: the ratio of the larger to the smaller value (numbers), days between the nearest ends (dates), or the difference of two values on a scale of differences (a magnitude) */
  gap: number;
  gapUnit: "ratio" | "days" | "difference";
  /** the two figures' times (YYYY-MM-DD or null) */
  timeA: string | null;
  timeB: string | null;
  /** true when the property cannot change (a length, a past event's date), so reports of any date count */
  fixed: boolean;
}

/** A later figure that replaced an earlier one (indices into `Fact.members`). */
export interface Revision {
  from: number;
  to: number;
  fromTime: string | null;
  toTime: string | null;
  /** why it is a revision, not a conflict */
  why: "same-origin" | "estimate" | "running-count" | "status-count" | "dated-earlier" | "reading";
}

/** Why a fact has its verdict, as data (the briefing writes the prose). */
export type VerdictReason =
  | { verdict: "single"; origin: string }
  /**
   * `apart`: pairs whose values do not meet but whose words say they measure different things (two
   * places, a part and its whole): not set against each other, and shown, so "agree" is not read
   * as "the values are the same"
   */
  | { verdict: "agree"; origins: number; apart?: Disagreement[] }
  | { verdict: "conflict"; disagreements: Disagreement[]; revisions: Revision[] }
  | { verdict: "revised"; revisions: Revision[] };

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
  /** distinct values claimed (every one, single-source facts included), each with the independent origins backing it */
  values: FactValue[];
  /** number of independent origins across all members */
  origins: number;
  /** why the verdict, as data: which members disagree, by how much, at which times; which revision replaced which */
  reason?: VerdictReason;
  /** what the fact measures */
  property?: Property | null;
  /** @deprecated a short English note kept for old readers; write prose from `reason` instead */
  note?: string | null;
  /** the analyst's decisions that shaped this fact, oldest first (`dossier fact …`) */
  decisions?: AnalystDecision[];
  /** true when the analyst set the verdict (it then overrides the computed one) */
  decidedVerdict?: boolean;
  /** true when the analyst hid the fact: kept in the JSON, left out of the briefing's tables */
  hidden?: boolean;
}

/** A figure's place: its report and offsets (stable across re-ingest, unlike fact ids). */
export interface FigureKey {
  source: string;
  start: number;
  end: number;
}

export type DecisionAction = "merge" | "split" | "verdict" | "hide";

/**
 * An analyst's decision about facts, stored and re-applied every time the dossier is reconciled.
 * `figures` names the facts by their members: merge joins every fact holding one of them; split
 * takes exactly these figures out of their facts; verdict and hide act on the facts holding them.
 */
export interface Decision {
  id: number;
  action: DecisionAction;
  figures: FigureKey[];
  verdict?: Verdict | null;
  reason?: string | null;
  /** ISO timestamp of the decision */
  at: string;
}

/** A decision as shown on the fact it shaped. */
export interface AnalystDecision {
  id: number;
  action: DecisionAction;
  at: string;
  reason: string | null;
  verdict?: Verdict | null;
}

/** One distinct value of a fact. */
export interface FactValue {
  low: number | null;
  high: number | null;
  date?: DateInterval | null;
  qualifier?: Qualifier;
  /** independent origins backing it (copies and one outlet's pages count once) */
  origins: string[];
  /** indices into `Fact.members` */
  members: number[];
  /** report ids stating it */
  sources?: string[];
  /** the earliest time any member states it (YYYY-MM-DD or null) */
  time?: string | null;
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

/** A reported claim the imagery can test: works began, a share of the crossing built by a date, completion. */
export interface ImageryClaim {
  kind: "start" | "progress" | "complete";
  /** the claimed date ("April 2025": 2025-04-01..2025-04-30) */
  date: DateInterval;
  /** for "progress": the share of the crossing built by that date (0..1) */
  share?: number | null;
  /** the claim in words */
  text: string;
  /** the fact it was read from */
  from?: string | null;
  /** report ids stating it */
  sources?: string[];
}

/** A reported claim set against one watched site's measured series. */
export interface ClaimCheck {
  site: string;
  claim: ImageryClaim;
  verdict: "supports" | "contradicts" | "not-yet-visible";
  /** the measured date the verdict rests on (first change, closure, the date checked) */
  evidence: { date: string; progress: number | null } | null;
  /** the clear measured date nearest to the claimed one (the snapshot to look at) */
  nearest: { date: string; progress: number | null } | null;
  /** why, as a short English phrase */
  reason: string;
  /** the nearest clear date's snapshot as a data: URL, when its watch output is at hand */
  snapshot?: string | null;
}

/** The unit we publish. */
export interface Briefing {
  title: string;
  generated: string;
  facts: Fact[];
  timeline: TimelineEntry[];
  sources: Array<Pick<Report, "id" | "url" | "publisher" | "published" | "title" | "copyOf">>;
  observations?: Observation[];
  /** reported claims set against the imagery (when a watched site and testable claims meet) */
  claims?: ClaimCheck[];
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
