/**
 * Who the text credits a figure to ("selon la préfecture", "laut Polizei", "по данным МЧС", "X a
 * indiqué", "…, sagte ein Sprecher", "소방청에 따르면"), read in any language from the words its
 * locale gives (`credit.reader` of src/extract/locales/<lang>/reconcile.ts). English keeps its own
 * reader (locales/en/context.ts), which also reads a figure's subject; this one reads credits only,
 * so a figure in another language gets its speaker and no subject.
 * @module
 */
import type { Mention } from "../types.js";
import type { ContextReader, Credit } from "./words.js";

/** A language's words for the credit reader; each pattern one word, whole, lower-cased, unless said. */
export interface CreditWords {
  /** the words right before a credit's name, matched case-blind on the text ("selon", "d'après", "nach Angaben", "по данным") */
  before: RegExp;
  /** a passive's participle and its agent's word, the name after it ("informados por", "annoncés par"): the credit of the figure right before it only */
  agent?: RegExp;
  /** the words right after a credit's name, matched on the text from the name's end ("zufolge") */
  after?: RegExp;
  /** a verb of saying; the name next to it is its subject ("X a indiqué", "wie die Polizei mitteilte") */
  said: RegExp;
  /** between a name and its verb of saying: an auxiliary or an adverb ("a", "ont", "hat", "также") */
  aux?: RegExp;
  /** an article a name may open with ("la", "der", "el") */
  article?: RegExp;
  /** a word inside a name, before its next word ("de", "des", "von", "del") */
  link?: RegExp;
  /** a common noun that names one who speaks, written without a capital ("police", "губернатор") */
  noun: RegExp;
  /** words never a name, capitalised at a sentence's start or not (pronouns, conjunctions: "il", "mais", "он") */
  not: RegExp;
  /** an article that makes its phrase an object, never who speaks ("den Schaden schätzte die Feuerwehr") */
  object?: RegExp;
  /**
   * Every noun takes a capital (German): after an article a name runs on through its links only
   * ("des Unternehmens", not "des Unternehmens Sachschäden"), and next to a verb of saying the
   * name after it is read first ("Die Reparaturkosten schätzt die Bahn"), unless only the one
   * before it names a speaker (a `noun`, an acronym)
   */
  nounCaps?: boolean;
  /** a relative pronoun that may stand for the name before its comma ("la chambre de commerce, qui avance") */
  relative?: RegExp;
  /** a name right after its verb of saying only in an incise (", a précisé la préfecture"); else any verb's (", сообщил губернатор") */
  inciseOnly?: boolean;
  /** how many lower-case words may follow a name's first word right after `before` ("по данным пресс-службы администрации") */
  chain?: number;
  /** a word with an elided article glued to it ("l'AFP", "dell'ANSA"): the article, as a prefix with its apostrophe */
  elision?: RegExp;
  /** scripts without spaces between words: patterns on the sentence, the credit's name in group 1 ("据(…)报道", "(…)によると") */
  glued?: readonly RegExp[];
}

interface Tok {
  w: string;
  lw: string;
  s: number;
  e: number;
  /** only spaces between this word and the one before it */
  joined: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
const MAX = 8;

function tokens(text: string, span: [number, number], elision: RegExp | undefined): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = 0;
  let last = span[0];
  const s = text.slice(span[0], span[1]);
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    let w = m[0].replace(/[.'’-]+$/, "");
    let at = span[0] + m.index;
    const joined = /^\s*$/.test(text.slice(last, at));
    const el = elision?.exec(w.toLowerCase());
    if (el && el[0].length < w.length) {
      const n = el[0].length;
      out.push({ w: w.slice(0, n), lw: w.slice(0, n).toLowerCase(), s: at, e: at + n, joined });
      w = w.slice(n);
      at += n;
      out.push({ w, lw: w.toLowerCase(), s: at, e: at + w.length, joined: true });
    } else out.push({ w, lw: w.toLowerCase(), s: at, e: at + w.length, joined });
    last = at + w.length;
  }
  return out;
}

const CAP = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const DIGIT = /\d/;

/** A reader of credits from one language's words. */
export function creditReader(c: CreditWords, quiet?: RegExp): ContextReader {
  const is = (re: RegExp | undefined, lw: string) => !!re && re.test(lw);
  // never a name: the words `not` names, and the closed words of the language's holders (`quiet`: months, weekdays, prepositions)
  const word = (t: Tok | undefined) => !!t && !DIGIT.test(t.w) && !is(c.not, t.lw) && !is(quiet, t.lw);
  /** a word that may open a name with no article: a capital, or a speaker's noun */
  const opens = (t: Tok | undefined) => word(t) && (CAP.test(t!.w) || is(c.noun, t!.lw)) && !is(c.said, t!.lw) && !is(c.aux, t!.lw);

  /**
   * The end (exclusive token index) of the name starting at token i, or i when none starts there:
   * [article] head (capital … | link [article] word)*. `free`: right after a `before` cue, where
   * any word may be the head and `chain` lower-case words may follow it; `subject`, next to a
   * verb of saying, where an `object` article opens no name.
   */
  function parse(ts: Tok[], i: number, free: boolean, subject = false): number {
    let j = i;
    let art = false;
    if (subject && ts[j] && is(c.object, ts[j].lw)) return i;
    if (ts[j] && is(c.article, ts[j].lw)) {
      j++;
      art = true;
      if (!ts[j]?.joined) return i;
    }
    const head = ts[j];
    if (!word(head) || is(c.link, head.lw) || is(c.article, head.lw) || is(c.said, head.lw) || is(c.aux, head.lw) || !(art || free || opens(head))) return i;
    j++;
    let chained = 0;
    while (j < ts.length && j - i < MAX && ts[j].joined) {
      const t = ts[j];
      if (is(c.link, t.lw)) {
        let k = j + 1;
        if (ts[k]?.joined && is(c.article, ts[k].lw)) k++;
        if (ts[k]?.joined && word(ts[k]) && !is(c.link, ts[k].lw) && !is(c.said, ts[k].lw) && !is(c.aux, ts[k].lw)) {
          j = k + 1;
          continue;
        }
        break;
      }
      if (!(art && c.nounCaps) && CAP.test(t.w) && word(t) && !is(c.said, t.lw) && !is(c.aux, t.lw) && !is(c.article, t.lw)) {
        j++;
        continue;
      }
      if (free && chained < (c.chain ?? 0) && word(t) && !is(c.said, t.lw) && !is(c.aux, t.lw) && !is(c.article, t.lw)) {
        chained++;
        j++;
        continue;
      }
      break;
    }
    return j;
  }

  const name = (text: string, ts: Tok[], i: number, j: number) => text.slice(ts[i].s, ts[j - 1].e);

  // compiled once per language, not per span (each loop below starts them at 0)
  const glued = (c.glued ?? []).map((g) => new RegExp(g.source, g.flags.includes("g") ? g.flags : g.flags + "g"));
  const pre = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${c.before.source})(?![\p{L}\p{N}])`, "giu");
  const ag = c.agent ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${c.agent.source})(?![\p{L}\p{N}])`, "giu") : null;
  const post = c.after ? new RegExp(String.raw`^\s+(?:${c.after.source})(?![\p{L}\p{N}])`, "iu") : null;

  function credits(text: string, span: [number, number]): Credit[] {
    const out: Credit[] = [];
    const s = text.slice(span[0], span[1]);
    for (const re of glued) {
      re.lastIndex = 0;
      for (let r = re.exec(s); r; r = re.exec(s)) {
        if (r[0].length === 0) re.lastIndex++;
        const n = r[1]?.trim();
        if (n && !c.not.test(n.toLowerCase())) out.push({ name: n, at: span[0] + r.index, strong: true });
      }
    }
    const ts = tokens(text, span, c.elision);
    if (!ts.length) return out;
    // "selon la préfecture", "laut Polizei": the name follows the cue
    pre.lastIndex = 0;
    const cues: Array<[number, number]> = [];
    for (let r = pre.exec(s); r; r = pre.exec(s)) {
      const end = span[0] + r.index + r[0].length;
      cues.push([span[0] + r.index, end]);
      const i = ts.findIndex((t) => t.s >= end);
      if (i < 0 || !/^\s*$/.test(text.slice(end, ts[i].s))) continue;
      const j = parse(ts, i, true);
      if (j > i) out.push({ name: name(text, ts, i, j), at: span[0] + r.index, strong: true });
    }
    // "los 1,2 millones informados por la minera": the agent of the figure right before it
    if (ag) {
      ag.lastIndex = 0;
      for (let r = ag.exec(s); r; r = ag.exec(s)) {
        const end = span[0] + r.index + r[0].length;
        const i = ts.findIndex((t) => t.s >= end);
        if (i < 0 || !/^\s*$/.test(text.slice(end, ts[i].s))) continue;
        const j = parse(ts, i, true);
        // the last digit before the cue: a figure's, which the agent names
        const before = text.slice(span[0], span[0] + r.index);
        const d = before.search(/\d(?=\D*$)/u);
        if (j > i && d >= 0) out.push({ name: name(text, ts, i, j), at: span[0] + r.index, strong: true, of: span[0] + d });
      }
    }
    // "der Polizei zufolge": the name ends where the cue starts
    if (post) {
      for (let j = 1; j <= ts.length; j++) {
        if (!post.test(text.slice(ts[j - 1].e, span[1]))) continue;
        const i = backward(ts, j, false);
        if (i >= 0) out.push({ name: name(text, ts, i, j), at: ts[j - 1].e, strong: true });
      }
    }
    // "la capitainerie a indiqué", "…, a précisé la préfecture", "сообщил губернатор"
    for (let v = 0; v < ts.length; v++) {
      // a verb a cue holds ("как сообщила X") is read with the cue
      if (!c.said.test(ts[v].lw) || cues.some(([a, b]) => ts[v].s >= a && ts[v].s < b)) continue;
      let n = v;
      while (n > 0 && ts[n].joined && is(c.aux, ts[n - 1].lw)) n--;
      let i = ts[n].joined ? backward(ts, n, true) : -1;
      let m = n;
      // "la chambre de commerce, qui avance": the name before a relative pronoun's comma
      if (i < 0 && n > 1 && ts[n].joined && is(c.relative, ts[n - 1].lw) && /^,\s*$/.test(text.slice(ts[n - 2].e, ts[n - 1].s))) {
        const k = backward(ts, n - 1, true);
        if (k >= 0) (i = k), (m = n - 1);
      }
      // "L'Association des chargeurs (ACO) estime": the name before its bracketed acronym
      if (i < 0 && n > 0 && /\)\s*$/.test(text.slice(ts[n - 1].e, ts[n].s))) {
        const open = text.lastIndexOf("(", ts[n].s);
        let a = n - 1;
        while (a >= 0 && ts[a].s > open) a--;
        if (a >= 0 && open - ts[a].e < 3 && /^\s*$/.test(text.slice(ts[a].e, open))) {
          const k = backward(ts, a + 1, true);
          if (k >= 0) (i = k), (m = a + 1);
        }
      }
      // "Jean Morel, maire de Brest, a indiqué": the name before an apposition set off by commas
      if (i < 0 && n > 0 && /^,\s*$/.test(text.slice(ts[n - 1].e, ts[n].s))) {
        for (let a = n - 1; a > 0 && a > n - MAX; a--) {
          if (ts[a].joined) continue;
          if (/^,\s*$/.test(text.slice(ts[a - 1].e, ts[a].s)) && !is(c.article, ts[a].lw)) {
            const k = backward(ts, a, true);
            if (k >= 0) (i = k), (m = a);
          }
          break;
        }
      }
      const before = i >= 0 ? name(text, ts, i, m) : null;
      // after it: in an incise ("…, a précisé la préfecture"), or anywhere where the language inverts so
      const incise = /[,«»"“”„—–]\s*$/.test(text.slice(Math.max(span[0], ts[n].s - 4), ts[n].s)) || n === 0;
      let after: string | null = null;
      if ((!before || c.nounCaps) && (!c.inciseOnly || incise)) {
        let k = v + 1;
        while (k < ts.length && ts[k].joined && is(c.aux, ts[k].lw)) k++;
        const j = ts[k]?.joined ? parse(ts, k, false, true) : k;
        if (j > k) after = name(text, ts, k, j);
      }
      // both sides: the one that names a speaker, else the one the language reads first
      const pick = before && after ? (speaks(before) && !speaks(after) ? before : !speaks(before) && speaks(after) ? after : c.nounCaps ? after : before) : before ?? after;
      if (pick) out.push({ name: pick, at: ts[v].s, strong: false });
    }
    return out;
  }

  /** Whether a name names one who speaks: a speaker's noun or an acronym among its words ("die Polizei", "die CFV"). */
  function speaks(name: string): boolean {
    return name.split(/[^\p{L}\p{M}-]+/u).some((w) => is(c.noun, w.toLowerCase()) || /^\p{Lu}{2,}$/u.test(w));
  }

  /** The first token of the longest name that ends right at token n (exclusive), or -1. */
  function backward(ts: Tok[], n: number, subject: boolean): number {
    for (let i = Math.max(0, n - MAX); i < n; i++) {
      // the words of one phrase: nothing but spaces between them
      let joined = true;
      for (let k = i + 1; k < n; k++) if (!ts[k].joined) joined = false;
      // not the tail of a longer phrase ("den Schaden"): the word before it is no article nor link
      const prev = i > 0 && ts[i].joined ? ts[i - 1].lw : "";
      if (prev && (is(c.article, prev) || is(c.link, prev) || (subject && is(c.object, prev)))) continue;
      if (joined && parse(ts, i, false, subject) === n) return i;
    }
    return -1;
  }

  /**
   * A report names a speaker in full once ("vice-premier Marat Khusnullin", "la capitainerie de
   * Port-Vérac") and after that for short ("Khusnullin", "la capitainerie"): a short credit, one
   * word after its article, takes the one full name before it that has its word, so the report's
   * figures keep one voice; an acronym takes the full name whose words it spells ("la FOP" after
   * "la Fédération des ouvriers portuaires"). One that could be two earlier names stays as written.
   */
  function resolve(out: Mention[], order: number[]): void {
    const full: string[] = [];
    for (const i of order) {
      const sp = out[i].speaker;
      if (!sp) continue;
      const ws = sp.split(/\s+/).filter((w) => !is(c.article, w.toLowerCase()));
      if (ws.length === 1) {
        const w = ws[0].toLowerCase();
        // an acronym takes the name whose words it spells ("la FOP" after "la Fédération des ouvriers portuaires")
        const initials = (f: string) => f.split(/[\s-]+/).filter((x) => x && !is(c.article, x.toLowerCase()) && !is(c.link, x.toLowerCase())).map((x) => x[0].toLowerCase()).join("");
        const has = [...new Set(full.filter((f) => f.toLowerCase().split(/[^\p{L}\p{M}\p{N}-]+/u).includes(w) || (ACRONYM.test(ws[0]) && initials(f) === w)))];
        if (has.length === 1) out[i] = Object.assign({}, out[i], { speaker: has[0] });
      } else if (ws.length > 1) full.push(sp);
    }
  }

  return { subject: () => null, credits, speaker: nearest, resolve };
}

/**
 * The credit nearest the figure (the first of two as near), its trailing punctuation off. Not a
 * date's: the day a credited sentence names is the day of what it reports ("el derrame del martes
 * dejó dos muertos, según la minera"), which every report dates alike, credit or none.
 */
function nearest(cands: Credit[], m: Mention): string | null {
  if (!cands.length || m.kind === "date") return null;
  const mid = (m.start + m.end) / 2;
  const sorted = cands.slice().sort((a, b) => Math.abs(a.at - mid) - Math.abs(b.at - mid) || a.at - b.at);
  const c = sorted.find((c) => (c.upTo === undefined || (m.start > c.at && m.start <= c.upTo)) && (c.of === undefined || (m.start <= c.of && c.of < m.end)));
  return c ? c.name.replace(/[.,;:]+$/, "").slice(0, 80) : null;
}
