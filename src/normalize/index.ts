/**
 * Normalization's public surface for the other layers: the calendar-day check every date option
 * shares, currency names (reconciliation reads the rates a report states) and the unit table
 * (reconciliation judges a figure in words in the unit it was stated in). (Extraction's parsers still reach units, dates and currency directly; see the
 * architecture test.)
 * @module
 */
export { isDay } from "./dates.js";
export { currencyCode } from "./currency.js";
export { lookupUnit } from "./units.js";
