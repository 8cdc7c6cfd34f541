/**
 * Normalization's public surface for the other layers: the calendar-day check every date option
 * shares, and currency names (reconciliation reads the rates a report states). (Extraction's parsers still reach units, dates and currency directly; see the
 * architecture test.)
 * @module
 */
export { isDay } from "./dates.js";
export { currencyCode } from "./currency.js";
