/**
 * The English configuration: which parsers run, and the order of the refiners.
 * @module
 */
import type { Configuration } from "../../common/engine.js";
import { MAGNITUDE_WORDS, NUMBER_ANCHOR_PATTERNS, qualifierEnding } from "./constants.js";
import { MagnitudeRefiner, createMagnitudeParsers } from "../../common/magnitude.js";
import { ISODateParser } from "../../common/parsers/ISODateParser.js";
import { MissionTimeParser } from "../../common/parsers/MissionTimeParser.js";
import { OverlapRemovalRefiner } from "../../common/refiners/OverlapRemovalRefiner.js";
import { UnlikelySpanFilter } from "../../common/refiners/UnlikelySpanFilter.js";
import { ENMoneySymbolParser } from "./parsers/ENMoneySymbolParser.js";
import { ENMoneyNameParser } from "./parsers/ENMoneyNameParser.js";
import { ENFractionPointParser, ENPercentParser } from "./parsers/ENPercentParser.js";
import { ENShareParser } from "./parsers/ENShareParser.js";
import { ENRatioParser } from "./parsers/ENRatioParser.js";
import { ENProportionParser } from "./parsers/ENProportionParser.js";
import { ENOilVolumeParser } from "./parsers/ENOilVolumeParser.js";
import { ENDecimalCommaParser } from "./parsers/ENDecimalCommaParser.js";
import { ENQuantityParser } from "./parsers/ENQuantityParser.js";
import { ENTemperatureParser } from "./parsers/ENTemperatureParser.js";
import { ENDurationParser } from "./parsers/ENDurationParser.js";
import { ENCountParser } from "./parsers/ENCountParser.js";
import { ENMonthDateParser } from "./parsers/ENMonthDateParser.js";
import { ENYearParser } from "./parsers/ENYearParser.js";
import { ENYearPartParser } from "./parsers/ENYearPartParser.js";
import { ENSeasonParser } from "./parsers/ENSeasonParser.js";
import { ENFiscalYearParser } from "./parsers/ENFiscalYearParser.js";
import { ENRelativeDateParser, ENTimeAgoParser } from "./parsers/ENRelativeDateParser.js";
import { ENWeekdayParser } from "./parsers/ENWeekdayParser.js";
import { ENCenturyParser } from "./parsers/ENCenturyParser.js";
import { ENMergeWeekdayDateRefiner } from "./refiners/ENMergeWeekdayDateRefiner.js";
import { ENRangeRefiner } from "./refiners/ENRangeRefiner.js";
import { ENSharedYearRefiner } from "./refiners/ENSharedYearRefiner.js";
import { ENDateRangeRefiner } from "./refiners/ENDateRangeRefiner.js";
import { ENAnaphoricDateParser } from "./parsers/ENAnaphoricDateParser.js";
import { ENAnaphoricDateRefiner } from "./refiners/ENAnaphoricDateRefiner.js";
import { ENContextYearRefiner } from "./refiners/ENContextYearRefiner.js";
import { ENBareNumberRefiner } from "./refiners/ENBareNumberRefiner.js";
import { ENEllipticalCountRefiner } from "./refiners/ENEllipticalCountRefiner.js";
import { ENNameFilter } from "./refiners/ENNameFilter.js";
import { ENNumberOfRefiner } from "./refiners/ENNumberOfRefiner.js";
import { ENFurnitureFilter } from "./refiners/ENFurnitureFilter.js";
import { ENQualifierRefiner } from "./refiners/ENQualifierRefiner.js";
import { ENConversionRefiner } from "./refiners/ENConversionRefiner.js";
import { ENRateRefiner } from "./refiners/ENRateRefiner.js";
import { ENStrictFilter } from "./refiners/ENStrictFilter.js";

/** The casual configuration: every figure a reader would take from the text, implied years and bare counts included. */
export function createCasualConfiguration(): Configuration {
  return {
    // numeric parsers are anchored: one scan finds where numbers start, they try only there
    anchors: [...NUMBER_ANCHOR_PATTERNS],
    // parser order does not matter: overlap removal decides between readings
    parsers: [
      ISODateParser,
      MissionTimeParser,
      ENMoneySymbolParser,
      ENMoneyNameParser,
      ENPercentParser,
      ENFractionPointParser,
      ENRatioParser,
      ENProportionParser,
      ENShareParser,
      ENQuantityParser,
      ENOilVolumeParser,
      ENDecimalCommaParser,
      ENTemperatureParser,
      ENDurationParser,
      ENCountParser,
      ENMonthDateParser,
      ENYearParser,
      ENFiscalYearParser,
      ENYearPartParser,
      ENSeasonParser,
      ENRelativeDateParser,
      ENAnaphoricDateParser,
      ENTimeAgoParser,
      ENWeekdayParser,
      ENCenturyParser,
      ...createMagnitudeParsers("en", MAGNITUDE_WORDS, (ctx, at) => qualifierEnding(ctx.before(at, 30))),
    ],
    refiners: [
      // junk first, so numbers inside URLs and phone numbers never join a range
      UnlikelySpanFilter,
      // a magnitude's number is no other figure's ("6.9-magnitude" no count)
      MagnitudeRefiner,
      // one reading per span before anything merges
      OverlapRemovalRefiner,
      ENMergeWeekdayDateRefiner,
      ENSharedYearRefiner,
      ENContextYearRefiner,
      // after the years are shared and taken from context: "February to March 2025" is one span
      ENDateRangeRefiner,
      // "two days later" against the date before it, once that date has its year
      ENAnaphoricDateRefiner,
      // ranges need the bare numbers that the bare-number refiner would drop
      ENRangeRefiner,
      // an elliptical count claims its bare number before unclaimed bare numbers are dropped
      ENEllipticalCountRefiner,
      ENBareNumberRefiner,
      ENNameFilter,
      ENFurnitureFilter,
      // a count whose clause says what it counts before it ("the number of people hurt reached 64")
      ENNumberOfRefiner,
      // qualifiers before conversions: the bracketed figure inherits its original's qualifier
      ENQualifierRefiner,
      ENConversionRefiner,
      ENRateRefiner,
    ],
  };
}

/** The strict configuration: casual, minus bare numbers and dates whose year or reference is implied. */
export function createStrictConfiguration(): Configuration {
  const c = createCasualConfiguration();
  return { ...c, refiners: [...c.refiners, ENStrictFilter] };
}
