/**
 * What every later step reads of a mention, worked out once: its report, its word features and
 * vector, its reading, and each report's time.
 * @module
 */
import type { Mention, Report } from "../types.js";
import { Bags, reportFeatures } from "./features.js";
import { readingOf } from "./values.js";
import { EMPTY, vectorsOfKeys, type DocFreq, type Item } from "./similarity.js";
import { Grams, labelBags } from "./labels.js";
import { reportTime, statedEarlier } from "./time.js";
import { amountDates, periodsOf, stretchesOf } from "./period.js";
import { spanOf, withParts, type Span } from "./interval.js";
import { mapped } from "./arrays.js";
import { fromPrep } from "./stored.js";

export interface Prepared {
  items: Item[];
  /** the reports, plus a stand-in for each report id a mention names but the input lacks */
  all: Report[];
  texts: string[];
  /** per report (index into `all`): its figures' time */
  times: Array<string | null>;
  /** report index → item indices (of the reports with items) */
  byReport: Map<number, number[]>;
  /** with `opts.count`: the document frequencies of the words and label grams counted here (update.ts keeps them) */
  freq?: () => Freqs;
}

/** Document frequencies of the word bags and the label grams. */
export interface Freqs {
  words: DocFreq;
  grams: DocFreq;
}

/**
 * `global`: weigh words by the whole dossier's frequencies, not by these mentions' own (an update
 * of a few figures); `count`: also return these mentions' own. `only` (with `global`, per
 * mention): the items are those of the mentions it marks, in their order; the others are read
 * only as their neighbours' bounds (an update reads a few figures of each report it loads). Each
 * item is then what it is with every mention prepared, but its word ids number another way.
 */
export function prepare(reports: Report[], mentions: Mention[], opts: { global?: Freqs; count?: boolean; only?: ArrayLike<boolean>; stored?: ReadonlyMap<string, Uint8Array> } = {}): Prepared {
  const reportIndex = new Map<string, number>();
  reports.forEach((r, i) => reportIndex.has(r.id) || reportIndex.set(r.id, i));
  // mentions whose report is unknown still reconcile, against an empty text
  const extra: Report[] = [];
  // indexed loops over the mentions, not for…of or a callback: prepare runs once a reconcile, its
  // own loops unoptimized, where each step of an iterator was an object
  for (let i = 0; i < mentions.length; i++) {
    const source = mentions[i].source;
    if (!reportIndex.has(source)) {
      reportIndex.set(source, reports.length + extra.length);
      extra.push({ id: source, url: null, publisher: null, published: null, language: null, title: null, hash: "", text: "" });
    }
  }
  const all = [...reports, ...extra];
  const texts = all.map((r) => r.text ?? "");
  const only = opts.only;
  // each mention's item (all of them, or those `only` marks, in order)
  const itemOf = new Int32Array(mentions.length);
  let n = 0;
  for (let i = 0; i < mentions.length; i++) itemOf[i] = !only || only[i] ? n++ : -1;
  const byMention = new Map<number, number[]>();
  for (let i = 0; i < mentions.length; i++) {
    const r = reportIndex.get(mentions[i].source)!;
    const list = byMention.get(r);
    if (list) list.push(i);
    else byMention.set(r, [i]);
  }
  const items: Item[] = new Array(n);
  const byReport = new Map<number, number[]>();
  // each item's word bag (its number in bags) and label bag (its number in gr)
  const words = new Int32Array(n), labels = new Int32Array(n);
  // sized for the bench's figures (about 7 words and 21 grams each): a few large arrays, not a
  // doubling series of them
  const bags = new Bags(n * 8), gr = new Grams(n * 24);
  for (const [r, idx] of byMention) {
    const pick = only ? idx.map((i) => itemOf[i] >= 0) : undefined;
    if (pick && !pick.includes(true)) continue;
    const ms = mapped(idx, (i) => mentions[i]);
    // what the report alone gives, as stored when it was added (stored.ts), else worked out now
    // (with `pick`, of the figures it marks only)
    const prep = opts.stored?.get(all[r].id);
    const made = prep ? fromPrep(prep, texts[r], all[r].language ?? null, ms.length, bags, gr, pick) : null;
    const feats = made ? made.feats : reportFeatures(texts[r], ms, all[r].language, bags, pick);
    const labs = made ? made.labels : labelBags(texts[r], ms, gr, pick);
    const lang = all[r].language;
    const primary = lang ? lang.toLowerCase().split(/[-_]/)[0] : null;
    const mine: number[] = [];
    const spans = withParts(ms, pick ? spansRead(ms, pick) : mapped(ms, spanOf));
    // the date of each amount, searched once for its period and for the stretches
    const dated = amountDates(texts[r], ms, all[r].language);
    const periods = periodsOf(texts[r], ms, all[r].language, pick, dated);
    const stretches = stretchesOf(texts[r], ms, all[r].language, pick, dated);
    idx.forEach((i, k) => {
      const at = itemOf[i];
      if (at < 0) return;
      const m = mentions[i];
      words[at] = feats[k].bag;
      labels[at] = labs[k];
      mine.push(at);
      // `lab` and `published` are set below: there from the start, so every item keeps one shape
      items[at] = { m, report: r, f: feats[k], reading: readingOf(m), vec: EMPTY, text: texts[r], span: spans[k], earlier: statedEarlier(texts[r], m, lang), lang: primary, lab: undefined, published: undefined, period: periods[k], stretch: stretches[k] };
    });
    byReport.set(r, mine);
  }
  let wordFreq: (() => DocFreq) | null = null, grams: (() => DocFreq) | null = null;
  vectorsOfKeys(bags, words, bags.count, { global: opts.global?.words, counted: opts.count ? (f) => (wordFreq = f) : undefined, names: () => bags.names(), cue: bags.cueMarks() }).forEach((v, i) => (items[i].vec = v));
  vectorsOfKeys(gr, labels, gr.count, { global: opts.global?.grams, counted: opts.count ? (f) => (grams = f) : undefined, names: () => gr.names() }).forEach((v, i) => (items[i].lab = v));
  // each report's time: its date, else the rough date of its note (never a stand-in from the others)
  const times = all.map((r) => reportTime(r));
  for (const it of items) it.published = times[it.report];
  const counts = wordFreq && grams ? { words: wordFreq as () => DocFreq, grams: grams as () => DocFreq } : null;
  return { items, all, texts, times, byReport, ...(counts ? { freq: () => ({ words: counts.words(), grams: counts.grams() }) } : {}) };
}

/**
 * With `pick` (an update reads a few figures of each report it loads), the spans of the figures it
 * marks and of those in a sentence with one of them: a total is narrowed by the parts its sentence
 * gives (interval.ts withParts), and no item reads the others' (null here), so each marked
 * figure's span is what it is with every figure's made.
 */
function spansRead(ms: readonly Mention[], pick: readonly boolean[]): Array<Span | null> {
  const sentences = new Set<number>();
  for (let k = 0; k < ms.length; k++) if (pick[k] && ms[k].sentence) sentences.add(ms[k].sentence![0]);
  return mapped(ms, (m, k) => (pick[k] || (m.sentence && sentences.has(m.sentence[0])) ? spanOf(m) : null));
}
