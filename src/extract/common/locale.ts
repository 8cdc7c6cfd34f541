/**
 * One extractor per non-English locale, assembled from its vocabulary: the shared figure and date
 * parsers (common/figures.ts and common/dates.ts, or common/cjk.ts for Korean, Chinese and
 * Japanese), then the shared refiners.
 * @module
 */
import { createExtractor, type Candidate, type Extractor, type Refiner } from "./engine.js";
import { ISODateParser } from "./parsers/ISODateParser.js";
import { MissionTimeParser } from "./parsers/MissionTimeParser.js";
import { OverlapRemovalRefiner } from "./refiners/OverlapRemovalRefiner.js";
import { UnlikelySpanFilter } from "./refiners/UnlikelySpanFilter.js";
import { createCompoundParser, createFigureParser, createPerDirectionParser, numberAnchors, qualifierBefore } from "./figures.js";
import { createDateParsers, createStepParser } from "./dates.js";
import { createCjkMonthsParser, createCjkPeriodParser, createFiscalParser } from "./cjk-periods.js";
import { createShareParser } from "./shares.js";
import { createRatioParser } from "./ratios.js";
import { createHourWordsParser, createHoursParser } from "./hours.js";
import { AnaphoricDateRefiner } from "./refiners/AnaphoricDateRefiner.js";
import { ImpliedYearPairRefiner } from "./refiners/ImpliedYearPairRefiner.js";
import { createDateBoundRefiner } from "./refiners/DateBoundRefiner.js";
import { createPerDirectionRefiner } from "./refiners/PerDirectionRefiner.js";
import { createRateRefiner } from "./refiners/RateRefiner.js";
import { createDayRangeRefiner } from "./refiners/DayRangeRefiner.js";
import { RECONCILE_CUES } from "../locales/reconcile.js";
import { createDayWordParser } from "./day-words.js";
import { MagnitudeRefiner, createMagnitudeParsers } from "./magnitude.js";
import { cjkAnchors, createCjkDateParsers, createCjkFigureParser } from "./cjk.js";
import { alt, type LocaleVocab } from "./vocab.js";

/** A weekday right next to a date is part of it ("субботу, 14 октября", "10월 29일 일요일"): one mention. */
const WeekdayDateMerge: Refiner = {
  name: "weekday-date-merge",
  refine(ctx, cands) {
    const out: Candidate[] = [];
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i];
      const next = cands[i + 1];
      if (next && c.kind === "date" && next.kind === "date" && (c.flags.includes("weekday") !== next.flags.includes("weekday")) && /^[\s,(]{0,3}$/.test(ctx.between(c, next))) {
        const date = c.flags.includes("weekday") ? next : c;
        out.push({ ...date, start: c.start, end: next.end, text: ctx.text.slice(c.start, next.end), flags: date.flags.filter((f) => f !== "weekday") });
        i++;
      } else out.push(c);
    }
    return out;
  },
};

const present = <T>(x: T | null): x is T => x !== null;

export function createLocaleExtractor(v: LocaleVocab): Extractor {
  const cjk = v.family === "cjk";
  const compound = createCompoundParser(v);
  const step = createStepParser(v);
  const dayWords = createDayWordParser(v);
  const perDirection = createPerDirectionParser(v), perRefiner = createPerDirectionRefiner(v);
  // a date's bound and reconciliation's deadline read one list of words (the locale's `deadline`)
  const bound = createDateBoundRefiner(RECONCILE_CUES[v.code]?.deadline);
  const magnitudes = v.magnitude ? createMagnitudeParsers(v.code, { qualifiers: v.before ? alt(Object.keys(v.before)) : undefined, percent: alt(v.percent), scales: alt([...Object.keys(v.scales ?? {}), ...Object.keys(v.signScales ?? {})]), ...v.magnitude }, (ctx, at) => qualifierBefore(ctx, at, v)) : [];
  return createExtractor({
    anchors: cjk ? cjkAnchors(v) : numberAnchors(v),
    // the parts a locale's vocabulary has no words for are null, and left out
    parsers: (cjk
      ? [ISODateParser, MissionTimeParser, createCjkFigureParser(v), ...createCjkDateParsers(v), createCjkPeriodParser(v), createCjkMonthsParser(v), createFiscalParser(v), dayWords, step, ...magnitudes]
      : [ISODateParser, MissionTimeParser, createFigureParser(v), compound, perDirection, createShareParser(v), createRatioParser(v), createHoursParser(v), createHourWordsParser(v), ...createDateParsers(v), dayWords, step, ...magnitudes]
    ).filter(present),
    // steps last: they resolve against the dates the others kept
    refiners: [UnlikelySpanFilter, magnitudes.length ? MagnitudeRefiner : null, OverlapRemovalRefiner, perRefiner, createRateRefiner(v), WeekdayDateMerge, createDayRangeRefiner(v.dayRange), ImpliedYearPairRefiner, AnaphoricDateRefiner, bound].filter(present),
  });
}
