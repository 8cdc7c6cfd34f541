/**
 * English's reader of a figure's context (src/extract/context.ts): the subject, what a figure is
 * about (the measure its cue words name and the content words nearest it), and the speaker, who
 * the text says states it ("according to X", "X said", "X's estimate of"). Its words and its
 * grammar are English's; another language has no reader, and its figures get their sentence only.
 * @module
 */
import type { Mention } from "../../../types.js";
import type { ContextReader, Credit } from "../../words.js";
import { FUNCTION_WORDS as STOP } from "./words.js";

/** Cue words that say which measure a figure gives; the key is a stem prefix, the value the measure named. */
const MEASURES: Array<[RegExp, string]> = [
  [/^(long|length|lengths|span|spans|spanning|stretch|stretches|stretching|extends?)$/, "length"],
  [/^(wide|width)$/, "width"],
  [/^(deep|depth)$/, "depth"],
  [/^(high|tall|height)$/, "height"],
  [/^(area|hectares?|covers?|covering)$/, "area"],
  [/^(cost|costs|costing|price|priced|budget|worth|valued|value|investment|invested|investing|invest|funding|funded|financing|spent|spend)$/, "cost"],
  [/^(revenue|revenues|income|sales|turnover|profit|profits|earnings)$/, "revenue"],
  [/^(capacity|throughput|handle|handles|accommodate|accomodate|volume|volumes)$/, "capacity"],
  [/^(killed|dead|deaths|died|fatalities|casualties|wounded|injured|losses|toll)$/, "casualties"],
  [/^(sent|send|sending|deployed|deployment|dispatched|troops|soldiers)$/, "deployment"],
  [/^(jobs|employment|employ|workers|employees)$/, "jobs"],
  [/^(share|stake|owns|owned|holds|held|shares)$/, "share"],
  [/^(away|distance|north-west|north-east|south-west|south-east|northwest|northeast|southwest|southeast)$/, "distance"],
  [/^(completed|completion|complete|finished|ready|finish)$/, "completion"],
  [/^(began|begin|begins|start|started|starts|launched|launch|groundbreaking|commenced|commence)$/, "start"],
  [/^(opened|open|opening|opens|inauguration|inaugurated|operations|operational|commissioned)$/, "opening"],
  [/^(signed|signing|agreed|agreement|treaty|deal|accord|pact|partnership)$/, "agreement"],
  [/^(said|says|told|reported|announced|stated)$/, "statement"],
  [/^(growth|grow|increase|rise|rose|fell|drop|decline|reduce|reduced)$/, "change"],
];

// word → measure class, memoized: a figure's window is ~100 words, each tested against every pattern
const measureMemo = new Map<string, string | null>();
const measureOf = (w: string): string | null => {
  let v = measureMemo.get(w);
  if (v !== undefined) return v;
  v = null;
  for (const [re, m] of MEASURES)
    if (re.test(w)) {
      v = m;
      break;
    }
  if (measureMemo.size > 50_000) measureMemo.clear();
  measureMemo.set(w, v);
  return v;
};

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

interface Tok {
  w: string;
  lw: string;
  s: number;
  e: number;
}

function words(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) out.push({ w: m[0], lw: m[0].toLowerCase(), s: start + m.index, e: start + m.index + m[0].length });
  return out;
}

const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|year|years|month|months|week|weeks|day|days|today|yesterday|tomorrow|million|billion|thousand|hundred|trillion|bn|m|km|percent|per|cent)$/;

/**
 * The subject phrase: the measure the figure gives (from cue words nearest to it) and the
 * content words closest to it in its clause, in text order.
 */
function subjectOf(text: string, win: [number, number], m: Mention, toks: Tok[]): string | null {
  const near: Array<{ t: Tok; d: number }> = [];
  let measure: string | null = null;
  let measureD = Infinity;
  // the clause around the figure: the last break before it and the first after it (outside brackets)
  let breakBefore = -1, breakAfter = Infinity, depth = 0;
  for (let i = win[0]; i < win[1]; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    if (depth || (i >= m.start && i < m.end)) continue;
    const brk = c === ";" || c === ":" || c === "!" || c === "?" || c === "—" || ((c === "." || c === "," || c === "–") && /\s/.test(text[i + 1] ?? " "));
    if (!brk) continue;
    if (i < m.start) breakBefore = i;
    else if (i >= m.end) {
      breakAfter = i;
      break;
    }
  }
  for (const t of toks) {
    if (t.s >= m.start && t.e <= m.end) continue;
    const d = t.e <= m.start ? m.start - t.e : t.s - m.end;
    if (d > 80) continue;
    // "north of", "west of": a distance; "North Korea" is not
    const ms = measureOf(t.lw) ?? (/^(north|south|east|west)$/.test(t.lw) && /^\s+of\b/.test(text.slice(t.e, t.e + 4)) ? "distance" : null);
    if (ms && ms !== "statement" && d < measureD && d < 60) {
      measure = ms;
      measureD = d;
    }
    if (STOP.has(t.lw) || MONTHS.test(t.lw) || t.lw.length < 3) continue;
    // stop at a clause break between the word and the figure
    if (t.e <= m.start ? t.e <= breakBefore : t.s > breakAfter) continue;
    near.push({ t, d });
  }
  near.sort((a, b) => a.d - b.d || a.t.s - b.t.s);
  const picked = near.slice(0, 3).map((x) => x.t).sort((a, b) => a.s - b.s).map((t) => t.lw);
  const counted = m.kind === "count" && m.unit ? m.unit : null;
  const parts: string[] = [];
  if (measure) parts.push(measure);
  if (counted && !picked.some((w) => w.startsWith(counted.slice(0, 4)))) parts.push(counted);
  for (const w of picked) if (!parts.includes(w)) parts.push(w);
  return parts.length ? parts.join(" ") : null;
}

/**
 * A verb of saying after its speaker ("the ministry said"), or of putting a figure at a value
 * ("engineers put losses at 31%", "the regulator puts the spill at 3.4 million"): only with
 * "at" and a number a few words on, as "put" alone is any placing.
 */
const SAID_POST = /\b(said|says|reported|reports|told|claims|claimed|announced|stated|estimated|estimates|noted|added|wrote|writes|suggested|confirmed|put(?:s|ting)?(?=(?:\s+[\p{L}'’-]+){1,4}\s+at\s+(?:(?:about|around|roughly|nearly|almost|some|just|over|under|least|more|less|than|up|to|between|from)\s+){0,2}[\p{N}$€£¥]))\b/gu;
/** An acronym in brackets at the end of a stretch, a comma after it or not: "(BEF)", "(CFV),". */
const ACRONYM_BEFORE = /\(([\p{Lu}][\p{Lu}\p{N}&-]{1,9})\)\s*,?\s*$/u;

const SPEAKER_VERB = /^(said|says|reported|reports|told|claims|claimed|announced|stated|estimated|estimates|noted|added|quoted|wrote|writes|suggested|confirmed|according)$/;
const PRONOUN = /^(he|she|it|they|we|i|you|this|that|who|which|him|her|them|us|me)$/;

const NAME = String.raw`((?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*|state|news|media|officials?|agency|newspaper|ministry|intelligence|government|country's|lawmakers|analysts|experts|report|outlet|of|and|sources?|military|[\p{L}]+'s)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|state|news|media|officials?|agency|newspaper|ministry|intelligence|government|lawmakers|analysts|experts|sources?|military|of|the|and|[\p{L}]+'s)){0,6})`;
const SPEAKER_PRE = new RegExp(String.raw`\b(?:according to|as per|citing|quoted by|cited by|told)\s+` + NAME, "giu");

/**
 * "according to X", "as per X", "citing X", "X said/reported/told/claims", "/TASS/", "X's
 * estimate of N". Nearest to the figure wins; a credit with `upTo` names only a figure starting
 * after it and before that offset (an estimate's owner names the figure it introduces, no other).
 */
type Cand = Credit;

// "Lissan's estimate of about 1,100", "by the ministry's count": whose figure follows, set in a
// sentence that credits another ("three times Lissan's estimate of 1,100", the president said)
const POSSESSIVE_ESTIMATE = new RegExp(
  String.raw`((?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}(?:[\p{Lu}][\p{L}.-]*|ministry|agency|government|military|army|police|officials))['’]s\s+` +
    String.raw`(?:own\s+|latest\s+|earlier\s+|initial\s+|official\s+|previous\s+|new\s+)?(?:estimates?|forecasts?|assessments?|calculations?|tally|tallies|counts?|figures?)\s+(?:(?:of|at|was|is|puts\s+it\s+at)\s+)?`,
  "gu",
);

/**
 * The name a credit's words start with, cut at the first function word after it (but "of", "the",
 * "and"): NAME reads up to seven words of any case, and "told Bloomberg that as much as", "the
 * Associated Press on phone that" were credits of their own, another voice than the same report's
 * "Bloomberg".
 */
function nameOnly(words: string): string {
  const ws = words.trim().split(/\s+/);
  let k = 1;
  while (k < ws.length && !(STOP.has(ws[k].toLowerCase()) && !/^(of|the|and)$/i.test(ws[k]))) k++;
  // "according to figures released by the customs office": the credit is whoever released them
  const by = k < ws.length - 1 && ws[k].toLowerCase() === "by" ? nameOnly(ws.slice(k + 1).join(" ")) : "";
  return by || ws.slice(0, k).join(" ").replace(/(\s+(of|the|and))+$/i, "").replace(/^(of|the|and)$/i, "").trim();
}

/** How far before a passive's participle the figure its agent names may start ("€780 million estimated by"). */
const AGENT_REACH = 24;

/** Speaker credits in a stretch of text, found once and shared by the figures of that stretch. */
function speakerCands(text: string, sent: [number, number]): Cand[] {
  const s = text.slice(sent[0], sent[1]);
  const cands: Cand[] = [];
  const pre = new RegExp(SPEAKER_PRE.source, SPEAKER_PRE.flags);
  for (let r = pre.exec(s); r; r = pre.exec(s)) {
    const name = nameOnly(r[1]);
    if (name && !PRONOUN.test(name.toLowerCase())) cands.push({ name, at: sent[0] + r.index, strong: true });
  }
  const post = new RegExp(SAID_POST.source, SAID_POST.flags);
  for (let r = post.exec(s); r; r = post.exec(s)) {
    // a passive's agent ("€780 million estimated by the risk modeller Northgate"): the credit is
    // the agent's, of the figure right before the participle only; the words before it are the
    // figure's, not a name ("million")
    const agent = r[1].endsWith("ed") ? /^\s+by\s+(?!the\s+end\b|then\b|now\b|\d)/iu.exec(s.slice(r.index + r[0].length)) : null;
    if (agent) {
      const name = nameOnly(s.slice(r.index + r[0].length + agent[0].length));
      if (name && !PRONOUN.test(name.toLowerCase())) cands.push({ name, at: sent[0] + Math.max(0, r.index - AGENT_REACH), strong: true, upTo: sent[0] + r.index });
      continue;
    }
    const before = s.slice(Math.max(0, r.index - 80), r.index);
    // a name's acronym in brackets right before the verb ("the rail accident bureau (BEF) says",
    // "Vellonian Railways (CFV), says"): the report names the speaker by it from then on
    const short = ACRONYM_BEFORE.exec(before);
    if (short) {
      cands.push({ name: short[1], at: sent[0] + r.index, strong: false });
      continue;
    }
    const mm = before.match(/((?:[\p{L}][\p{L}'’.-]*\s+){0,5}[\p{L}][\p{L}'’.-]*)\s*$/u);
    if (!mm) continue;
    const ws = mm[1].split(/\s+/);
    // keep the noun phrase right before the verb: capitalised words, possessives, agency nouns
    const keep: string[] = [];
    for (let i = ws.length - 1; i >= 0; i--) {
      const w = ws[i];
      const lw = w.toLowerCase();
      // an auxiliary or adverb right before the verb is skipped first ("the president has said"):
      // "has" is a function word, and read as one it ended the credit before its name. Not a
      // form of "be": "people are reported missing", "the cost is estimated at" are passives,
      // whose subject is what is counted, not who counts (the function-word stop below ends them)
      if (/^(has|have|had|will|would|also|then|later|earlier|previously|reportedly|initially|originally|first|officially|publicly|repeatedly|now|still|already)$/.test(lw)) {
        if (keep.length) break;
        continue;
      }
      if (!keep.length && STOP.has(lw) && !PRONOUN.test(lw)) break;
      // a pronoun right before the verb is the whole subject ("38 tankers it says belong to"):
      // the words before it are another phrase's, not a name, so the credit is the pronoun (none)
      if (!keep.length && PRONOUN.test(lw)) {
        keep.push(w);
        break;
      }
      if (keep.length && STOP.has(lw) && lw !== "the" && lw !== "of") break;
      keep.unshift(w);
      if (lw === "the") break;
    }
    const name = keep.join(" ").replace(/^(of|and)\s+/i, "").trim();
    if (!name || PRONOUN.test(name.toLowerCase()) || SPEAKER_VERB.test(name.toLowerCase())) continue;
    // "figures published in January had put the total at": a preposition's object is not who puts it
    if (r[1].startsWith("put") && /\b(?:in|on|at|by|since|from|during|until|before|after)\s+$/i.test(before.slice(0, before.length - mm[0].length + mm[0].indexOf(keep[0]))) ) continue;
    cands.push({ name, at: sent[0] + r.index, strong: /report|told|claim/.test(r[1]) });
  }
  const poss = new RegExp(POSSESSIVE_ESTIMATE.source, POSSESSIVE_ESTIMATE.flags);
  for (let r = poss.exec(s); r; r = poss.exec(s)) {
    const end = sent[0] + r.index + r[0].length;
    // the figure follows at once, or after a qualifier ("about", "more than")
    cands.push({ name: r[1].trim(), at: sent[0] + r.index, strong: true, upTo: end + 16 });
  }
  const wire = /\/\s*([A-Za-z][\w-]{1,20})\s*\//.exec(s);
  if (wire) cands.push({ name: wire[1].toUpperCase(), at: sent[0] + wire.index, strong: false });
  return cands;
}

function speakerOf(cands: Cand[], m: Mention): string | null {
  if (!cands.length) return null;
  const mid = (m.start + m.end) / 2;
  cands.sort((a, b) => Math.abs(a.at - mid) - Math.abs(b.at - mid) || a.at - b.at);
  const c = cands.find((c) => c.upTo === undefined || (m.start > c.at && m.start <= c.upTo));
  if (!c) return null;
  return c.name.replace(/[.,;:]+$/, "").replace(/[’']s$/, "").replace(/^the\s+/i, "the ").slice(0, 80);
}

/** A short credit that names a speaker again: "the ministry", "the governor", a surname alone ("Prokudin"). */
const SHORT_CREDIT = /^(?:the\s+\p{Ll}[\p{L}-]*|\p{Lu}[\p{Ll}'’-]+)$/u;

/**
 * A report names a speaker in full once ("according to the Interior Ministry", "Regional Gov.
 * Oleksandr Prokudin said") and after that for short ("the ministry reported", "Prokudin
 * said"): the short credit takes the one full name before it that ends in its word, so the
 * report's figures keep one voice, not two. A short credit that could be two earlier speakers
 * ("the ministry" after the Interior and the Defence ministries) stays as written.
 */
function resolveShortCredits(out: Mention[], order: number[]): void {
  // full names seen so far, by their last word
  const byLast = new Map<string, Set<string>>();
  for (const i of order) {
    const sp = out[i].speaker;
    if (!sp) continue;
    const words = sp.split(/\s+/);
    const last = words[words.length - 1].toLowerCase();
    if (SHORT_CREDIT.test(sp)) {
      const full = byLast.get(last);
      if (full?.size === 1) out[i] = Object.assign({}, out[i], { speaker: [...full][0] });
      continue;
    }
    (byLast.get(last) ?? byLast.set(last, new Set()).get(last)!).add(sp);
  }
}

/** English's reader: the subject and speaker of each figure, and its short credits named in full. */
export const EN_CONTEXT: ContextReader = {
  subject: (text, win, m) => subjectOf(text, win, m, words(text, win[0], win[1])),
  credits: speakerCands,
  speaker: speakerOf,
  resolve: resolveShortCredits,
};
