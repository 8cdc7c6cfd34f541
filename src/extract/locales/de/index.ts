/** German: scale words, number words (also inside compounds), qualifiers, relative dates (ICU has months, units and weekdays). */
import { defineLocale } from "../../common/vocab.js";
import { generated } from "./vocab.generated.js";
import { PER_DIRECTION, de } from "./reconcile.js";

export const vocab = defineLocale(generated, {
  code: "de",
  family: "alpha",
  // "0,25 Punkte": a decimal's points are percentage points ("Basispunkte" are another word)
  percent: ["prozentpunkte", "prozentpunkten", "prozentpunkt", "(?<=\\d,\\d{1,2}\\s{1,2})punkte?n?(?![a-zäöüß])"],
  drop: ["l", "g", "h", "min", "t", "d", "j", "m.", "w"],
  hour: ["h"],
  // "Montagmorgen", "Samstagabend": a weekday and a part of its day, one word
  weekdayParts: "morgen|abend|nachmittag|vormittag|nacht",
  // "Dienstag, den 17.": the article between a weekday and its day's number
  weekdayDayLink: "den",
  // "3 M€": a million before a currency sign ("200 m" is metres)
  signScales: { "m": 1e6 },
  scales: { "tausend|tsd\\.": 1e3, "millionen|million|mio\\.?": 1e6, "milliarden|milliarde|mrd\\.?": 1e9, "billionen|billion|bio\\.?": 1e12 },
  numbers: {
    "ein|eine|einen|einem|einer|eins": 1, "zwei|zweier": 2, "drei|dreier": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19, "zwanzig": 20, "dreißig|dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
    "neunzig": 90, "hundert": 100,
    "beide|beiden": 2,
  },
  // "einundzwanzig", "siebenundvierzig": the unit first, glued by "und"
  numberJoin: { join: "und", units: { "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9 }, unitsFirst: true },
  articles: ["ein", "eine", "einen", "einem", "einer", "eins", "beide", "beiden", "acht"],
  // a count with no noun ("sieben wurden verletzt", "es starben neun."): its auxiliaries, the number words alone mostly another word (a clock's words are its hours')
  alone: { verbs: ["ist", "sind", "war", "wurde", "wurden"], of: "von\\s+(?:ihnen|den|diesen)|der\\s+(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\\d+)" },
  currencies: { "dollar|us-dollar": "USD", "euro": "EUR", "rubel": "RUB", "yuan": "CNY", "yen": "JPY", "won": "KRW", "pfund": "GBP", "franken": "CHF", "hrywnja|griwna": "UAH" },
  // the dative plural after a preposition ("in 640 Metern Tiefe", "in 3 Kilometern Entfernung"): ICU lists only the nominative
  // "200 m" is metres: ICU's "m", kept while the other one-letter symbols are dropped
  // rain in litres per square metre ("120 Liter pro Quadratmeter") is its depth: one litre a square metre is a millimetre
  units: {
    "liter(?:\\s+regen|\\s+wasser)?\\s+(?:pro|je)\\s+quadratmeter": "mm", "knoten": "knot", "km3|km³": "km3", "hm3|hm³": "hm3", "tonnen|tonne|tdw": "t", "quadratkilometer[n]?|km2|km²": "km2", "quadratmeter[n]?|m2|m²": "m2", "kubikmeter[n]?\\s+pro\\s+sekunde": "m3/s", "kubikmeter[n]?|m3|m³": "m3", "hektar[n]?": "ha",
    "stundenkilometer[n]?": "km/h", "kilometern": "km", "metern": "m", "zentimetern": "cm", "millimetern": "mm", "litern": "litre",
    "barrel|fass": "oil barrel", "seemeilen|seemeile": "nautical mile",
  },
  spans: { "jahrzehnte?n?|jahrzehnts": 3652.5, "jahre|jahren|jahr|jahres|jährige[nmrs]?|jährig": 365.25, "monate|monaten|monat": 30.44, "wochen|woche": 7, "tage|tagen|tag": 1, "stunden|stunde": 1 / 24, "minuten|minute|min": 1 / 1440 },
  before: {
    "rund|etwa|ungefähr|circa|ca\\.|knapp|fast|beinahe|gut|annähernd": "approx",
    "mehr\\s+als|über|mindestens|wenigstens|ab": "lower", "bis\\s+zu|weniger\\s+als|unter|höchstens|maximal|bis": "upper",
  },
  rangeJoin: "bis|und|oder|auf\\s+den",
  yearWord: "",
  // "depuis le 3 août": a day no later than the report's
  since: "seit(?:\\s+dem)?",
  days: { "heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2 },
  // "am Wochenende", "am vergangenen Wochenende": a Saturday and Sunday (not "jedes Wochenende")
  weekend: "(?<!(?:jedes|jedem|an\\s+den)\\s+)Wochenende",
  weeksAgo: { "(?:in\\s+der\\s+)?(?:vergangenen|letzten|vorigen)\\s+woche|(?:vergangene|letzte|vorige)\\s+woche": -1, "(?:in\\s+)?dieser\\s+woche|diese\\s+woche": 0, "(?:in\\s+der\\s+)?(?:nächsten|kommenden)\\s+woche|(?:nächste|kommende)\\s+woche": 1 },
  // "the end of the week": its Friday to Sunday
  weekEnd: { "ende\\s+(?:der|dieser)\\s+woche": 0, "ende\\s+der\\s+vorigen\\s+woche|ende\\s+letzter\\s+woche": -1, "ende\\s+der\\s+nächsten\\s+woche|ende\\s+nächster\\s+woche": 1 },
  monthsAgo: { "(?:im\\s+)?(?:vergangenen|letzten|vorigen)\\s+monat": -1, "(?:in\\s+)?diesem\\s+monat": 0, "(?:im\\s+)?(?:nächsten|kommenden)\\s+monat": 1 },
  years: { "(?:im\\s+)?vergangenen\\s+jahr|(?:im\\s+)?letzten\\s+jahr|vorigen\\s+jahres|vergangenen\\s+jahres|letzten\\s+jahres": -1, "(?:in\\s+)?diesem\\s+jahr|dieses\\s+jahres": 0, "(?:im\\s+)?nächsten\\s+jahr|kommenden\\s+jahres": 1 },
  agoBefore: "vor",
  // "im Juli", "seit Oktober", "von Juli bis Oktober": a month with no day or year
  // "entre janvier et mars": one span of months
  monthRange: { before: "zwischen", join: "und" },
  monthAlone: "im|seit|ab|bis|von|für",
  seasons: { "frühling|frühjahr": "spring", "sommer": "summer", "herbst": "autumn", "winter": "winter" },
  seasonsRelative: { before: { "nächsten|kommenden": 1, "letzten|vergangenen|vorigen": -1, "diesen": 0 } },
  yearParts: { "ende": "end", "anfang": "early", "mitte": "mid" },
  // "im dritten Quartal", "im ersten Halbjahr", "in den ersten neun Monaten", "Ende des Jahres", "zum Jahresende"
  periods: {
    ordinals: { "erste[nmrs]?|1\\.": 1, "zweite[nmrs]?|2\\.": 2, "dritte[nmrs]?|3\\.": 3, "vierte[nmrs]?|4\\.": 4 },
    last: "letzte[nmrs]?",
    quarter: "quartal(?:s|es)?", half: "halbjahr(?:s|es)?|jahreshälfte", months: "monaten?", first: "ersten",
    // "in den ersten drei Monaten des Krieges" is no date; "des (laufenden) Jahres" is the year's
    of: { link: "des|der|dieses", year: "(?:[a-zäöüß]+\\s+)?(?:geschäfts)?jahres|(?:19|20)\\d\\d" },
    yearNoun: "\\s{1,3}des\\s+jahres", glued: { "jahresende": "end", "jahresanfang|jahresbeginn": "early", "jahresmitte": "mid" },
  },
  // "500 Lkw pro Tag", "täglich": a rate
  // "täglich 95.000 Barrel", "jährlich 4 Millionen Tonnen": the adverb before the figure
  ratesBefore: { "tagtäglich|täglich": "day", "wöchentlich": "week", "monatlich": "month", "jährlich|alljährlich": "year" },
  rates: { "pro\\s+tag|täglich|je\\s+tag": "day", "pro\\s+woche|wöchentlich": "week", "pro\\s+monat|monatlich": "month", "pro\\s+jahr|jährlich|im\\s+jahr": "year" },
  // "von Freitag, 15., bis Sonntag, 17.": one span of days
  dayRange: { from: "von|vom|ab", to: "bis(?:\\s+(?:zum|am))?" },
  // the day a thing is set for: "für Samstag", the coming one
  weekdayFor: "für",
  // "hasta el viernes": the coming one, unless the clause is in the past (`past`)
  weekdayUntil: "bis(?:\\s+(?:zum|am))?",
  // "wird", "soll", "geplant": a weekday or month ahead
  // "tritt am 1. Januar in Kraft", "beginnt im Oktober", "öffnet am Montag": the present of a timetable, as English's "comes into force"
  // the Präteritum of the verbs news tells with most: a date with no year no later than the report's
  past: "war|waren|hatte|hatten|wurde|wurden|gab|kam|kamen|ging|gingen|starb|starben|fiel|fielen|brach|brachen|rief|riefen|blieb|blieben|lag|lagen|stand|standen|traf|trafen|begann|begannen|sagte|sagten|meldete|meldeten|erklärte|erklärten|teilte|teilten|endete|endeten",
  // "auf Juni verschoben", "bis Mai vertagt": a new date a plan was moved to lies ahead
  future: "verschoben|vertagt|wird|werden|soll|sollen|geplant|voraussichtlich|kommende[nmrs]?|nächste[nmrs]?|beginnt|beginnen|startet|starten|öffnet|öffnen|eröffnet|eröffnen|schließt|schließen|(?:tritt|treten)(?=\\s+(?:am|ab|im|zum|mit|anfang|ende|mitte)(?:\\s|$)|\\s*$)",
  // "vierspurige", "zweigleisig": four lanes, two tracks ("-ig" adjectives; "Einspuren" is a verb)
  compounds: {
    numbers: { "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwölf": 12 },
    heads: de.counted,
    ending: /ig(?:e[nmrs]?)?$/u,
  },
  // frequent in running text, rare in the other Latin-script languages: the language guess counts them
  markers: ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "dem", "auf", "für", "wurde", "sich", "ein", "eine"],
  // "die Hälfte der Häuser", "zwei Drittel der Bewohner": a share (not "eine Viertelstunde", "die erste Hälfte")
  shares: {
    words: { "(?:die\\s+)?hälfte": 50, "ein\\s+drittel": 33.3, "zwei\\s+drittel": 66.7, "ein\\s+viertel": 25, "drei\\s+viertel": 75, "ein\\s+fünftel": 20, "ein\\s+zehntel": 10 },
    of: "der|des|aller|seiner|ihrer",
    time: "stunden?|jahrhunderts?|jahres|jahrzehnts|monats|woche|tages",
    period: "erste[n]?|zweite[n]?|letzte[n]?|andere[n]?",
  },
  // "drei weitere Verletzte", "zwei neue Brücken": the noun after the adjective
  between: "weitere[nr]?|neue[nr]?|andere[nr]?|letzten|nächsten",
  // "verdoppelt", "verdreifachte", "doppelt so", "dreimal so": a multiplier (as English's "tripled", "three times as")
  ratios: {
    words: {
      "verdoppel(?:t|te|ten|n)": 2, "verdreifach(?:t|te|ten|en)": 3, "vervierfach(?:t|te|ten|en)": 4, "verzehnfach(?:t|te|ten|en)": 10,
      "doppelt\\s+so": 2, "dreimal\\s+so": 3, "viermal\\s+so": 4, "fünfmal\\s+so": 5, "zehnmal\\s+so": 10,
    },
  },
  // "1:45 Stunden", "eine Stunde und 45 Minuten", "in 1 h 45": one span ("um 14 h 30" is a clock's)
  hours: {
    hour: "h|std\\.?|stunden?", minute: "min\\.?|minuten?", join: "und", colon: "stunden?|std\\.?",
    clock: "um|gegen|ab|bis|seit", cue: "dauer(?:t|te|n)|in|binnen|innerhalb\\s+von|nach|rund|etwa|knapp|gut|fast|mehr\\s+als|weniger\\s+als|auf|von",
  },
  // "stiegen von 1,2 auf 1,9 Milliarden", "von 200.000 auf 250.000 Tonnen": a change, two figures
  change: {
    verbs: "stieg(?:en)?|steig(?:t|en)|gestiegen|sank(?:en)?|sink(?:t|en)|gesunken|erhöh(?:t|te|ten|en)|senk(?:t|te|ten|en)|gesenkt|wuchs(?:en)?|gewachsen|fiel(?:en)?|gefallen|kletter(?:t|te|ten)|geklettert|verringer(?:t|te|ten)|angehoben",
    from: "von", to: "auf", toOnly: "auf",
  },
  // nouns have capitals: a word in lower case after a number is none ("auf 12 gestiegen", "200 pro Tag"); an
  // adjective's endings, before the noun it gives way to ("drei blockierten Übergängen")
  capitalNouns: true,
  adjective: /(?:e|en|er|es|em)$/u,
  // "30 Cent", "20 Rappen": a hundredth of a euro, of a Swiss franc
  subunits: { "cent": "EUR", "rappen": "CHF" },
  stop: ["der", "die", "das", "den", "dem", "des", "und", "oder", "in", "im", "an", "am", "auf", "zu", "zum", "zur", "von", "vom", "mit", "für", "bei", "nach", "aus", "um", "bis", "über", "unter", "als", "wie", "ist", "sind", "war", "wurde", "wurden", "jahre", "mal", "prozent", "uhr", "grad", "millionen", "milliarden", "sich", "nicht", "auch"],
  // "am nächsten Tag" (after "am 15. Mai"): a day counted from the date just stated
  steps: {
    "am\\s+(?:nächsten|folgenden|darauffolgenden)\\s+tag|tags\\s+darauf": ["day", 1], "am\\s+vortag|am\\s+tag\\s+zuvor|tags\\s+zuvor": ["day", -1],
    "im\\s+(?:folgenden|darauffolgenden)\\s+jahr": ["year", 1], "im\\s+jahr\\s+(?:zuvor|davor)": ["year", -1],
  },
  // "zwei pro Richtung" after "vier Spuren": a part of that count, per direction
  perDirection: PER_DIRECTION,
  // "ein Beben der Stärke 7,1", "eine Magnitude von 6,9", "7,1 auf der Richterskala" ("Stärke" alone is also a wind's force)
  magnitude: {
    before: "(?:momenten-?)?magnitude(?:\\s+von)?", weak: { before: "stärke(?:\\s+von)?" },
    after: "\\s+auf\\s+der\\s+richter-?skala", quake: "beben|erdstoß|erdstöße|seism|tsunami",
  },
});
