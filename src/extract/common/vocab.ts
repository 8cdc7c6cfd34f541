/**
 * What a locale tells the shared engine: its words. A locale folder holds a generated part (from ICU,
 * scripts/gen-locale-vocab.ts) and a hand-written part; `defineLocale` merges them into one
 * `LocaleVocab`, from which common/figures.ts, common/dates.ts and common/cjk.ts build parsers.
 * Keys are lower case; a key may be a regex source when the locale says so (`stems`), for the
 * case endings ICU does not list ("километрах", "жовтні").
 * @module
 */
import type { Qualifier } from "../../types.js";
import type { Season } from "../../normalize/dates.js";
import type { MagnitudeWords } from "./magnitude.js";

/** The part a generator writes from ICU. */
export interface GeneratedVocab {
  decimal: string;
  group: string;
  /** every month form ICU gives (standalone and in a date, long and short) → 1-12 */
  months: Record<string, number>;
  /** weekday → 0 (Sunday) - 6 */
  weekdays: Record<string, number>;
  /** unit name or symbol, any plural form → alias known to src/normalize/units.ts */
  units: Record<string, string>;
  /** time-span name → days */
  spans: Record<string, number>;
  percent: string[];
}

/** The hand-written part: what ICU does not have. Regex sources are allowed where noted. */
export interface HandVocab {
  /** BCP 47 primary tag */
  code: string;
  /** "cjk": numbers glue to counters and dates are 年月日; "alpha": words between spaces */
  family: "alpha" | "cjk";
  /** scale word (regex source) → multiplier: "млрд\\.?" → 1e9 */
  scales?: Record<string, number>;
  /**
   * Scale letters read only right before a currency sign (regex source) → multiplier: "3 M€", "1,2
   * Md€" (alone, "200 m" is metres).
   */
  signScales?: Record<string, number>;
  /** number word (regex source, inflected forms) → value */
  numbers?: Record<string, number>;
  /**
   * Nouns of a round number that say "about" by themselves (regex source, with their article) →
   * value: "une dizaine", "un centenar", "un migliaio", "около десятка" ("about a dozen" in
   * English). Read as number words, approx when no word before says otherwise; their plurals
   * ("des centaines": hundreds) are vague amounts and are not listed.
   */
  about?: Record<string, number>;
  /**
   * How the language joins a tens word and a unit word into one number (regex source between the
   * two; each side is a word of `numbers`, or of `tens` / `units` when given): "vingt-sept",
   * "soixante-dix-sept" (60 and 17), "treinta y cinco", "двадцать пять", "ventotto" (`tens` has the
   * elided "vent"); `unitsFirst` for "siebenundzwanzig". A tens word is 20-90, a unit 1-9 (1-19 with
   * `teens`, as French joins 60 and 80 to 10-19).
   */
  numberJoin?: { join: string; tens?: Record<string, number>; units?: Record<string, number>; unitsFirst?: boolean; teens?: boolean };
  /**
   * Words that make the clause before a weekday speak of the future (regex source, matched on the
   * clause's text before the weekday): a future tense's endings or auxiliaries ("reprendra",
   * "wird", "будет"). Such a weekday is the next one, not the last.
   */
  future?: string;
  /**
   * Words of the past tense (regex source, matched in the clause before a date or right after it):
   * a simple past's endings or forms, an auxiliary with its participle ("llamó", "avait passé",
   * "war", "starben"). A date with no year in such a clause is no later than the report's; an
   * "until" weekday in it (`weekdayUntil`) is the last one.
   */
  past?: string;
  /**
   * Words right after a figure that make it a rate (regex source) → its period: "diarios", "al
   * día", "pro Tag", "par jour", "в сутки" → "day" (common/refiners/RateRefiner.ts).
   */
  rates?: Record<string, "day" | "week" | "month" | "year">;
  /**
   * Adverbs right before a figure that make it a rate (regex source) → its period: "täglich
   * 95.000 Barrel", "ежегодно 2 млн" (common/refiners/RateRefiner.ts). Adverbs only: a phrase
   * such as "im Jahr" before a number names a year.
   */
  ratesBefore?: Record<string, "day" | "week" | "month" | "year">;
  /** currency word or symbol (regex source) → ISO code */
  currencies?: Record<string, string>;
  /** more unit forms (regex source) → normalizer alias ("тонн[аыу]?" → "t") */
  units?: Record<string, string>;
  /** more span forms (regex source) → days */
  spans?: Record<string, number>;
  /** more month forms (regex source) → 1-12 (the prepositional "октябре", "жовтні") */
  months?: Record<string, number>;
  /**
   * The words right before a month named with no day or year that make it a date (regex source):
   * "im Juli", "в октябре", "с июля на октябрь". A month word alone is too often something else
   * (a name, an abbreviation: uk "лист" is a letter); after these it is the month, of the year
   * nearest the report's date, as a day without a year is.
   */
  monthAlone?: string;
  /**
   * A day of the month said as an ordinal word (regex sources): `words` → the day ("الأول" 1,
   * "primero" 1), then the `link` before the month ("الأول من مارس", "primero de mayo"), as English
   * reads "the first of March". The month may carry its year after.
   */
  dayOrdinals?: { words: Record<string, number>; link: string };
  /**
   * Two months as one span (regex sources): after `before`, joined by `join` ("entre janvier et
   * mars", "zwischen Januar und März"), as English reads "between January and March"; of the year
   * stated after, or else the nearest.
   */
  monthRange?: { before: string; join: string };
  /** more weekday forms (regex source) → 0-6 (the accusative "субботу") */
  weekdays?: Record<string, number>;
  /** the parts of a day written onto a weekday, one word with it (regex source): "Montagmorgen", "Samstagabend" */
  weekdayParts?: string;
  /** the word between a weekday and its day's number (regex source): de "den" ("Dienstag, den 17.") */
  weekdayDayLink?: string;
  /**
   * The words around a span of days each written with its weekday (regex sources): `from` before the
   * first, `to` between the two ("du vendredi 15 au dimanche 17", "da venerdì 15 a domenica 17
   * ottobre", "vom Freitag, 15., bis Sonntag, 17."): one date from the first day to the last.
   */
  dayRange?: { from: string; to: string };
  /**
   * Weekday forms read only after one of the words `before` (regex sources): the genitive after
   * "до", "с", "od" ("до четверга", "z poniedziałku"), a case that alone is as often another word
   * (ru "среды" is also "of the environment").
   */
  weekdaysAfter?: { before: string; forms: Record<string, number> };
  /** more percent words (regex source): "la sută", "في المئة", "процентных пунктов" */
  percent?: string[];
  /** generated words to leave out (one-letter unit symbols that are also abbreviations: "г." = year) */
  drop?: string[];
  /**
   * The hour's signs (regex source) written after digits: a number right after one is minutes
   * ("1 h 45", "14 h 30"), no figure of its own. Every alphabetic locale has the Latin "h" (as
   * digital clocks and timetables write it in any of them); Cyrillic's "ч" is not read so.
   */
  hour?: string[];
  /** words before a figure (regex source) → qualifier: "около" → approx */
  before?: Record<string, Exclude<Qualifier, null>>;
  /** words after a figure (regex source) → qualifier: "이상" → lower, "على الأقل" (at least) → lower */
  after?: Record<string, Exclude<Qualifier, null>>;
  /**
   * A bound's word that before a span says "in" (that long from now), not "more than" (regex source,
   * matched right before the span's number): ro "peste două săptămâni", in two weeks.
   */
  spanIn?: string;
  /** words joining the two ends of a range (regex source): "до", "y", "bis" */
  rangeJoin?: string;
  /**
   * More words joining two days before their month only, regex source: "с 14 по 15 октября", "в ночь
   * с 14 на 15 октября" (a night of two days, as French "dans la nuit du 14 au 15" is read by `rangeJoin`)
   */
  dayJoin?: string;
  /**
   * Spans of days said in one word ("сутки", "добу", "사흘": regex source → days, common/day-words.ts),
   * read only after the `before` words or before the `after` words (regex sources) when given.
   */
  dayWords?: { words: Record<string, number>; before?: string; after?: string };
  /** The word before a range's first number that says "from", not "at least" ("от 5 до 7"), regex source. */
  rangeFrom?: string;
  /** a range's first word ("от", "entre", "zwischen"): optional, left out of the span */
  /** words that may stand between a number (with scale) and its unit or currency: "de", "di" */
  link?: string;
  /** words after a year that belong to it: "года", "року", "г\\.", "-го" */
  yearWord?: string;
  /**
   * Multipliers (common/ratios.ts), regex sources: `words` that say one ("doublé", "se triplicó",
   * "verdoppelt", "вдвое") → the factor, and `times`, phrases with N where a number stands
   * ("multiplié par N", "N fois(?=\\s+plus)", "в N раза"), the span the whole phrase.
   */
  ratios?: { words: Record<string, number>; times?: string[] };
  /** A month's first or second half (regex sources): `ordinals` → 1 or 2, the `noun` ("quinzaine"), the `link` before the month ("de") */
  fortnights?: { ordinals: Record<string, 1 | 2>; noun: string; link: string };
  /**
   * A change from one figure to another (regex sources): `verbs`, the stems of verbs of change
   * ("pass", "augment", "вырос"); `from` and `to`, the words before the first figure and between
   * the two ("de … à", "с … до"). "est passé de 1,2 à 1,9 milliard" is two figures, as English's
   * "rose from 1.2 to 1.9 billion", not the range "entre 1,2 et 1,9". `toOnly`, a "to" that joins
   * two figures only as a change ("von 3 auf 5", "de 3 para 5"): after `from`, a change with or
   * without a verb; with no `from` before, no figure of two ends.
   */
  change?: { verbs: string; from: string; to: string; toOnly?: string };
  /** the word after a span of years where it differs from `yearWord`'s ("2022–2023 годах", "роках") */
  yearsWord?: string;
  /**
   * The words right before a day and month that say "since" (regex source): "depuis le", "desde
   * el", "seit dem". Such a day with no year is no later than the report's (the last 3 August, not
   * the next), unless the clause looks ahead.
   */
  since?: string;
  /** between day, month and year: "de", "del" */
  dateLink?: string;
  /** relative days (regex source) → offset from the report's day: "сегодня" → 0 */
  days?: Record<string, number>;
  /** relative months (regex source) → offset: "в прошлом месяце" → -1 */
  monthsAgo?: Record<string, number>;
  /** relative weeks (regex source) → offset: "la semaine dernière" → -1, Monday to Sunday */
  weeksAgo?: Record<string, number>;
  /** the end of a week relative to the report's (regex source) → offset: "кінця тижня" → 0, its Friday to Sunday, as English's "the end of the week" */
  weekEnd?: Record<string, number>;
  /** words right after a weekday that make it the next one (regex source): "lundi prochain", "el lunes que viene" */
  weekdayNext?: string;
  /**
   * The preposition right before a weekday that names the day a thing is set for (regex source): "für
   * Samstag ist ein Gottesdienst geplant", "il lutto per mercoledì", "pour vendredi": the coming one.
   */
  weekdayFor?: string;
  /**
   * "until" right before a weekday or a part of the year (regex source): "hasta el viernes", "jusqu'à
   * jeudi", "bis Freitag", "до кінця року": the coming one, unless the clause is in the past (`past`: "nadie nos llamó hasta el
   * viernes") and no "at least" (the locale's `before` words of "lower") stands before it ("las
   * clases se suspendieron por lo menos hasta el lunes": a state still on).
   */
  weekdayUntil?: string;
  /** words right after a weekday that make it the last one before the report's day, never that day (regex source): "lundi dernier", "vinerea trecută" */
  weekdayLast?: string;
  /**
   * The weekend (regex source): "fine settimana", "Wochenende", "week-end", "fin de semana": its
   * Saturday and Sunday, the last one before the report's day (or that day's own), the next with
   * `weekdayNext` after it or a future cue before, the last with `weekdayLast` after it, and with
   * neither the nearer of the two (a report of Monday to Wednesday the last, Thursday or Friday the next).
   */
  weekend?: string;
  /** relative years (regex source) → offset: "прошлого года" → -1 */
  years?: Record<string, number>;
  /**
   * a date one step from the date the text last stated (regex source) → [unit, steps]: "al día
   * siguiente" → ["day", 1], "전날" → ["day", -1]; resolved by the anaphoric-date refiner
   */
  steps?: Record<string, readonly ["day" | "month" | "year", number]>;
  /** "N years ago": the words around the span (regex sources); `ago` after, `agoBefore` before */
  ago?: string;
  agoBefore?: string;
  /** a span word alone before `ago`, one such span (regex source → days): "rok temu", "год назад" */
  agoOne?: Record<string, number>;
  /** season word (regex source) → season */
  seasons?: Record<string, Season>;
  /**
   * words that place a season against the report's date (regex source) → -1 last, 0 this, 1 next:
   * `before` it ("наступного літа", "nächsten Sommer") or `after` it ("el verano pasado")
   */
  seasonsRelative?: { before?: Record<string, number>; after?: Record<string, number> };
  /** "end of" / "beginning of" (regex source) before a year, or a month ("Ende Oktober", "в конце октября") → part */
  yearParts?: Record<string, "early" | "mid" | "late" | "end">;
  /**
   * Parts of a year named by their order (common/periods.ts), regex sources: `ordinals` (→ 1-4,
   * the forms before a quarter or a half: "dritten", "3.", "troisième", "третьем"), the nouns of a
   * `quarter`, a `half` and of `months` ("the first nine months": `first` is "ersten", "premiers",
   * before or after the number); `yearNoun`, after a word of `yearParts`, the year said in words with
   * its link and leading spaces ("\\s+des\\s+Jahres", "\\s+года": "Ende des Jahres"), and
   * `glued` a part and the year in one word or set phrase ("Jahresende", "fin de año") → part; `yearLink` the word before a
   * year stated after the part, where the locale's `dateLink` lacks it (fr "de 2023"). `of`, a part
   * of something else: its `link` after a part with no year ("de", "des", "del"), and what may
   * follow the link with the part still the calendar year's (`year`: "l'année", "año", "Jahres",
   * a year's digits); anything else ("les trois premiers mois de la guerre", "el primer semestre
   * del mandato", "im ersten Halbjahr der Amtszeit") is no date, as English reads "the first three
   * months of the war". `attribute`, the words before a part said in words that make it a noun's
   * attribute, not a date ("les fêtes de fin d'année", "las fiestas de fin de año").
   */
  periods?: {
    ordinals: Record<string, number>; quarter: string; half: string; months: string; first: string;
    yearLink?: string; yearNoun?: string; glued?: Record<string, "early" | "mid" | "late" | "end">;
    of?: { link: string; year: string }; attribute?: string;
    /**
     * Where no link word says "of" (a Slavic genitive): the whole a part is of, right after it
     * ("первые три месяца войны", "перші три місяці війни", "pierwsze trzy miesiące wojny"), regex
     * source: the genitives of the events and spans a part is taken from (an adjective may precede).
     */
    whole?: string;
    /** The ordinal after its noun ("الربع الأول": the quarter the first), not before. */
    ordinalsAfter?: boolean;
    /**
     * The word for "last" before a quarter or a half ("dernier", "último", "letzten"): the year's
     * fourth quarter or second half when a year is stated, the year's ("de l'année") or the clause
     * looks ahead; else the latest over by the report's date ("au dernier trimestre, les ventes ont chuté").
     */
    last?: string;
  };
  /**
   * Adjectives that may stand between a number and what it counts or measures (regex source):
   * "deux dernières années", "dos últimos años", "4 nowe bloki", "трое других пострадавших". The
   * figure reads the noun after them. Not "first": "les neuf premiers mois" is a period's.
   */
  between?: string;
  /**
   * A share said as a fraction (common/shares.ts), regex sources: `words` → percent ("deux\\s+tiers"
   * → 66.7), `of` the link to the whole after them ("des|du|de\\s+la", empty where a genitive
   * follows), `time` the words after it that make it a part of a time ("heure", "siècle"), `period`
   * the ordinals before it that make it a period ("première": the first half).
   */
  shares?: { words: Record<string, number>; of: string; time: string; period: string };
  /** words that never make a counted noun after a number (prepositions, conjunctions...) */
  stop?: string[];
  /**
   * Closed-class words after a number that are never what it counts and leave it a count of no
   * noun (regex source): adverbs of manner and degree ("dont 19 grièvement", "quattro gravemente"),
   * the prepositions and per-words that open what follows ("200 pro Tag"). Unlike `stop`, which
   * unmakes a figure of digits, the count stays, its noun unnamed; the locale's `rates` words
   * ("160 tys. rocznie") are read so too, and leave the rate to its refiner.
   */
  notNoun?: string;
  /**
   * A currency's hundredth (regex source) → the ISO code of its currency: "11 centimes", "30
   * Cent", "50 копеек" are money, a hundredth of a euro or a rouble each, no count of coins.
   */
  subunits?: Record<string, string>;
  /**
   * The endings of an adjective's forms (the locale's reconcile `adjective`): after a number, an
   * adjective is no noun when a noun follows it ("трьох заблокованих пунктах", "ośmiu drogowych
   * przejść"), which is then the counted one; with none, the adjective is the noun ("rannych").
   */
  adjective?: RegExp;
  /**
   * Nouns are written with a capital (German): a word in lower case after a number is no noun. An
   * adjective's (`adjective`) before a capitalized word gives way to it ("drei blockierten
   * Übergängen"); any other ("auf 12 gestiegen", "200 pro Tag") leaves a count of no noun.
   */
  capitalNouns?: boolean;
  /**
   * Short words frequent in the language's running text and rare in the other Latin-script
   * languages here: a report of no stated language is guessed from them (extract/language.ts).
   */
  markers?: string[];
  /** number words that are mostly articles ("ein", "una", "один"): no count on their own */
  articles?: string[];
  /**
   * A count said with no noun, what it counts named before ("Siete, según la empresa, …",
   * "murieron nueve.", "11 sont morts", "sieben wurden verletzt"). A number word is one when a
   * clause mark, the text's end or one of `verbs` follows it; digits only when one of `verbs` does
   * (a bare "11," is as often a list's, an article's or a clock's). `verbs`: the auxiliaries of the
   * locale's `stop` list; `not`: number words that alone are mostly another word (fr "neuf": new);
   * `verbEnd` (regex source): the endings of a verb's forms no noun has after a number (ru "-или",
   * "-лись": "ещё 60 получили травмы"), so such a word is an auxiliary too, and no count's noun.
   */
  alone?: {
    verbs: string[]; not?: string[]; verbEnd?: string;
    /**
     * What after a number makes it a part of a whole the text names (regex source, read right after
     * the number's end): "Trois de ses six voitures", "Drei der sechs Wagen", "tre delle quali",
     * "trzy z ośmiu", "19 von ihnen": a count with no noun of its own, words and digits alike.
     */
    of?: string;
  };
  /**
   * Hours and minutes as one span (common/hours.ts), regex sources: the `hour` words and sign ("h",
   * "heures?"), the `minute` ones, the `join` between ("et", "y", "und"); `colon`, the words after
   * "1:45" that make it a span ("Stunden"); `clock`, the words before a clock's time ("à", "às",
   * "um": the locale's one list of them, so after them a number word is no count alone and
   * "18 heures" no span either); `cue`, the words before a span ("en", "pendant", "durante", "in");
   * `away`, what after a clock's word makes it a distance in time ("à 1 h 45 de Paris"); `words`,
   * hour words that carry their own count (regex source → hours: "ساعة" one, the dual "ساعتين"
   * two), read before minutes only.
   */
  hours?: { hour: string; minute: string; join: string; colon?: string; clock: string; cue: string; away?: string; words?: Record<string, number> };
  /** CJK counters (regex source) → counted noun; "명" → person */
  counters?: Record<string, string>;
  /** CJK: characters that are number digits or words: 一二三…十百千 */
  cjkNumerals?: boolean;
  /**
   * Korean, Chinese, Japanese (common/cjk.ts): the language's own grammar words around a number
   * (regex sources), so a text reads none of the other two's. `percent` after a number ("퍼센트",
   * "个百分点"); `range` between two numbers, beside the marks - ~ 、 ("내지", "至"); glued right
   * after a number, `lower` more than it ("여", "多", "余") and `approx` about it ("数"); a date's
   * `year`, `month` and `day` marks ("년", "年"), `notDay` what after a day's mark makes it a span
   * ("일간", "日間"), `through` between two days beside the marks ~ - ("至"); `end` after a relative
   * year ("올해 말", "年底"); `ago` after a span, that long before the report ("3년 전", "三年前"),
   * and its `spans` (source → days); `fraction` between two numbers, denominator first ("3분의 2").
   */
  cjk?: {
    percent: string; range: string; lower: string; approx?: string;
    year: string; month: string; day: string; notDay: string; through?: string; end: string;
    /** What before a day's number makes the day a span's count ("4泊5日": four nights, five days), regex source. */
    notDayBefore?: string;
    ago: { word: string; spans: Record<string, number> };
    fraction?: string;
    /** The word of a multiplier glued after a number ("3倍", "3배"), regex source. */
    times?: string;
    /**
     * The words before a multiplier that make it a growth by it ("增长了两倍": by two times, so three
     * times the start), regex source: the factor is one more; "增长到两倍" (to) stays two.
     */
    timesBy?: string;
    /**
     * "キロ", "킬로" alone after a number (the locale's units map it to "kilo"): kilometres or kilograms
     * by the words of its sentence, regex sources: `length` ("全長", "離れ", "거리") makes it km,
     * `weight` ("重さ", "무게") kg, `speed` right before ("時速", "시속") km/h; with none, no figure.
     */
    kilo?: { length: string; weight: string; speed: string };
    /** Words of a sentence that looks ahead ("予定", "예정", "将"), regex source: a weekday in it is the next. */
    future?: string;
    /** The words of a speed before a length ("秒速", "초속", "每秒"), regex source: metres per second. */
    speed?: string;
    /** The word after a date that says "since" ("以来"), regex source: such a month or day is not after the report. */
    since?: string;
    /** Verbs of change after a figure's "up to" word that make it the level reached ("까지 올라갔다"), regex source. */
    level?: string;
    /** What after `end` makes it no year's end ("말했다": said), regex source. */
    notEnd?: string;
    /**
     * A range's word after its first end, which may carry its own counter or unit ("3000人から5000人",
     * "10から15%", "3000명 내지 5000명"; a tilde always joins so), regex source; `change`, what after
     * the second end makes it a change's start and end instead ("に膨らんだ": "1.2兆円から1.9兆円に
     * 膨らんだ" is two figures); `before`, a word that must stand right before the first end for the
     * join to make a range ("从3000人到5000人"; "增加6人到122人", by six to 122, is two figures).
     */
    from?: { word: string; change?: string; before?: string };
    /**
     * The first N months of a year said after the year ("今年前9个月", "올해 첫 9개월"), regex source
     * with N in the group `n`; a range of months ("1～9月", "1~9월") is read after a year or alone.
     */
    firstMonths?: string;
    /** Whether "1～9月" (a range of months with one month mark) is read, with or without a year before it. */
    monthRange?: boolean;
    /**
     * Parts of a year (common/cjk-periods.ts), regex sources: a `quarter` with its number in the
     * group `q` ("第?(?<q>[1-4一二三四])季度"), `first` the first quarters with theirs in `fq`
     * ("前三季度"), `halves` → 1 or 2 ("上半年"), `not` the characters that before it make it none
     * ("每": every quarter).
     */
    periods?: { quarter: string; first?: string; halves: Record<string, 1 | 2>; not?: string };
    /**
     * A fiscal year (common/cjk-periods.ts), regex sources: its `mark` after the year ("2023年度"),
     * the month it `start`s in, years relative to the report's (`rel` → offset: "今年度"), and a
     * `quarter` (its number in the group `q`) or a half (`halves`) of it after: "2023年度第3四半期".
     */
    fiscal?: { mark: string; start: number; rel: Record<string, number>; quarter: string; halves: Record<string, 1 | 2> };
    /**
     * The numeral for one that, written alone before a counter of a thing, is the article "a", not
     * a count ("一辆卡车": a truck; "一座桥": a bridge). Before a counter of people it stays a count
     * of one ("一名男子死亡": one man died).
     */
    article?: string;
  };
  /**
   * A count inside one word ("vierspurig", "двухпутный", "чотирисмуговий": four lanes, two tracks):
   * the number stems (regex source → value) that open such a word, the stems of the things it may
   * count (the locale's counted nouns, reconcile.ts `counted`), and the ending that makes the word
   * an adjective (so a verb or a noun that merely starts with a number word is none).
   */
  compounds?: { numbers: Record<string, number>; heads: ReadonlyArray<readonly [RegExp, string]>; ending: RegExp };
  /**
   * The words after a number that make it a count per direction ("dos en cada dirección", "zwei
   * in jeder Richtung", regex source): a part of the count stated just before it ("cuatro carriles,
   * dos en cada dirección"), of that count's noun, per direction.
   */
  perDirection?: string;
  /** An earthquake's magnitude (common/magnitude.ts): "Stärke 7,1", "магнитудой 7,1", "7.1级". */
  magnitude?: MagnitudeWords;
}

/** A locale's words, both parts merged: the generated fields are always there (the hand part may add to them). */
export type LocaleVocab = HandVocab & GeneratedVocab;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const escKeys = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [esc(k), v]));

/** Merges the generated and the hand-written part: generated words are escaped (plain words), hand ones are regex sources. */
export function defineLocale(gen: GeneratedVocab, hand: HandVocab): LocaleVocab {
  const drop = new Set(hand.drop ?? []);
  const keep = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).filter(([k]) => !drop.has(k)));
  return {
    ...hand,
    numbers: hand.numbers || hand.about ? { ...hand.numbers, ...hand.about } : undefined,
    decimal: gen.decimal,
    group: gen.group,
    months: { ...escKeys(keep(gen.months)), ...hand.months },
    weekdays: { ...escKeys(keep(gen.weekdays)), ...hand.weekdays },
    units: { ...escKeys(keep(gen.units)), ...hand.units },
    spans: { ...escKeys(keep(gen.spans)), ...hand.spans },
    percent: [...gen.percent.filter((p) => !drop.has(p)).map(esc), ...(hand.percent ?? [])],
  };
}

/** An alternation of regex sources, longest first (the regex engine takes the first that fits). */
export const alt = (sources: Iterable<string>) => [...new Set(sources)].sort((a, b) => b.length - a.length).join("|");

const compiled = new WeakMap<object, Array<[RegExp, unknown]>>();

/** The value of the key whose regex matches `word` whole (case-insensitive), the longest key first; undefined if none. */
export function lookup<T>(table: Record<string, T>, word: string): T | undefined {
  const w = word.toLowerCase().replace(/\s+/g, " ").trim();
  if (Object.hasOwn(table, w)) return table[w];
  let list = compiled.get(table);
  if (!list) {
    list = Object.keys(table)
      .sort((a, b) => b.length - a.length)
      .map((k) => [new RegExp(`^(?:${k})$`, "i"), table[k]] as [RegExp, unknown]);
    compiled.set(table, list);
  }
  for (const [re, v] of list) if (re.test(w)) return v as T;
  return undefined;
}
