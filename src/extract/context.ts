/**
 * Context of each figure: its sentence, its subject (what it is about) and its speaker
 * (who the text says states it). Runs last in extraction, over mentions already found.
 * Sentence boundaries are computed once per text; each mention then looks only at its own
 * sentence, so the whole pass is linear in the text plus the mentions. Subject and speaker are
 * read by the language's `context` reader (English's: locales/en/context.ts; another language's
 * reads its credits only: credits.ts).
 * @module
 */
import type { Mention } from "../types.js";

import { sentenceSpans } from "./locales/en/words.js";
import { wordsFor, type Credit, type LocaleWords } from "./words.js";

export { sentenceSpans };

const WINDOW = 300;

/**
 * Fills `sentence`, `subject` and `speaker` of each mention (new objects; input order kept). Never throws.
 * Sentences come from the text's locale; subject and speaker from its `context` reader, so in a
 * language without one only the sentence is filled, and in one whose reader reads credits only
 * (every language but English) the subject stays empty (a wrong subject would mislead
 * reconciliation more than none).
 */
export function annotateContext(text: string, mentions: Mention[], locale: LocaleWords = wordsFor("en")): Mention[] {
  if (!mentions.length) return mentions;
  const reader = locale.context;
  try {
    const spans = locale.sentences(text ?? "");
    // mentions in offset order walk the sentence list once
    const order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start);
    const out = mentions.slice();
    let si = 0;
    let candCache: { span: [number, number]; cands: Credit[] } | null = null;
    for (const i of order) {
      const m = mentions[i];
      while (si < spans.length - 1 && spans[si][1] <= m.start) si++;
      let sent: [number, number] = spans[si] ?? [0, text.length];
      if (m.start < sent[0] || m.start >= sent[1]) sent = [Math.max(0, m.start), Math.min(text.length, Math.max(m.end, m.start))];
      // a mention spilling over a boundary ("six million\ntons") takes the union
      let endSpan = sent[1];
      let sj = si;
      while (m.end > endSpan && sj < spans.length - 1) endSpan = spans[++sj][1];
      sent = [sent[0], Math.max(endSpan, Math.min(m.end, text.length))];
      // look at most WINDOW chars either side, so a huge unpunctuated "sentence" stays linear
      const win: [number, number] = [Math.max(sent[0], m.start - WINDOW), Math.min(sent[1], m.end + WINDOW)];
      let subject: string | null = m.subject ?? null;
      let speaker: string | null = m.speaker ?? null;
      try {
        if (subject == null && reader) subject = reader.subject(text, win, m);
        if (speaker == null && reader) {
          // a sentence of normal length is searched once for all its figures; a huge one per figure window
          const span: [number, number] = sent[1] - sent[0] <= 4 * WINDOW ? sent : win;
          if (!candCache || candCache.span[0] !== span[0] || candCache.span[1] !== span[1]) candCache = { span, cands: reader.credits(text, span) };
          speaker = reader.speaker(candCache.cands, m);
        }
      } catch {
        /* context is best effort: a figure keeps its value whatever happens here */
      }
      // (assign, not spread: the same keys in the same order, and much faster over mentions of many shapes)
      const o = Object.assign({}, m);
      o.sentence = m.sentence ?? sent;
      o.subject = subject;
      o.speaker = speaker;
      out[i] = o;
    }
    reader?.resolve(out, order);
    return out;
  } catch {
    return mentions;
  }
}

