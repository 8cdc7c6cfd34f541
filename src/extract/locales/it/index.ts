/** Italian: scale words, number words, qualifiers, relative dates (ICU has months, units and weekdays). */
import { defineLocale } from "../../common/vocab.js";
import { generated } from "./vocab.generated.js";
import { PER_DIRECTION } from "./reconcile.js";

export const vocab = defineLocale(generated, {
  code: "it",
  family: "alpha",
  // "0,25 punti": a decimal's points are percentage points (not "punti base")
  percent: ["per\\s+cento", "punt[oi]\\s+percentual[ei]", "(?<=\\d,\\d{1,2}\\s{1,2})punt[oi](?![a-z])(?!\\s+(?:base|di|percentual))"],
  drop: ["l", "g", "h", "g", "sett.", "a", "gg"],
  hour: ["h"],
  // "3 M€": a million before a currency sign ("200 m" is metres)
  signScales: { "m": 1e6 },
  scales: { "mila|mille": 1e3, "milioni|milione|mln\\.?": 1e6, "miliardi|miliardo|mld\\.?|mrd\\.?": 1e9, "mila\\s+miliardi": 1e12 },
  numbers: {
    "un|una|uno|un['’]": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11,
    "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
    "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90, "cento": 100,
    "entrambi|entrambe": 2, "i\\s+due|le\\s+due": 2,
  },
  // "una decina di case", "un migliaio di persone": about ten, about a thousand
  about: {
    "una\\s+decina": 10, "una\\s+dozzina": 12, "una\\s+quindicina": 15, "una\\s+ventina": 20, "una\\s+trentina": 30, "una\\s+quarantina": 40,
    "una\\s+cinquantina": 50, "una\\s+sessantina": 60, "un\\s+centinaio": 100, "un\\s+migliaio": 1e3,
  },
  // "ventisette", "trentatré", "ventotto" (the tens word's vowel drops before "uno" and "otto"): glued
  numberJoin: {
    join: "",
    tens: { "venti?": 20, "trenta?": 30, "quaranta?": 40, "cinquanta?": 50, "sessanta?": 60, "settanta?": 70, "ottanta?": 80, "novanta?": 90 },
    units: { "uno|una": 1, "due": 2, "tr[eé]": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9 },
  },
  articles: ["un", "una", "uno", "un'", "un’", "entrambi", "entrambe", "i due", "le due"],
  // a count with no noun ("Sette, secondo la società, …", "ne sono morti nove."): its auxiliaries, the number words alone mostly another word (a clock's words are its hours')
  alone: { verbs: ["è", "sono", "erano", "restano", "rimangono", "risultano", "furono", "saranno"], not: ["sei"], of: "(?:dei|delle)\\s+(?:quali|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|\\d+)|di\\s+(?:loro|essi|esse)" },
  currencies: {
    "dollari|dollaro": "USD", "euro": "EUR", "rubli|rublo": "RUB", "yuan": "CNY", "yen": "JPY", "won": "KRW", "sterline|sterlina": "GBP",
    "grivne|grivna": "UAH",
  },
  // "200 m" is metres: ICU's "m", kept while the other one-letter symbols are dropped
  // rain in litres per square metre ("120 litri per metro quadrato") is its depth: one litre a square metre is a millimetre
  units: { "litri(?:\\s+d['’]acqua|\\s+di\\s+pioggia)?\\s+(?:per|al)\\s+metro\\s+quadr(?:at)?o": "mm", "nodi": "knot", "km3|km³": "km3", "hm3|hm³": "hm3", "tonnellate|tonnellata": "t", "chilometri\\s+quadrati|kmq|km2|km²": "km2", "metri\\s+quadrati|mq|m2|m²": "m2", "metri\\s+cubi\\s+al\\s+secondo": "m3/s", "metri\\s+cubi|m3|m³": "m3", "ettari|ettaro": "ha", "barili|barile": "oil barrel", "miglia\\s+nautiche|miglio\\s+nautico": "nautical mile" },
  // "un decennio", "due decenni": ten years each, as English's "a decade"
  spans: { "decenni[o]?": 3652.5 },
  before: {
    "circa|quasi|intorno\\s+a|attorno\\s+a|approssimativamente|una\\s+trentina\\s+di": "approx",
    "oltre|pi[uù]\\s+di|almeno|superiore\\s+a": "lower", "fino\\s+a|meno\\s+di|al\\s+massimo|entro": "upper",
  },
  rangeJoin: "e(?:\\s+(?:il|i|le|gli))?|a|o|fino\\s+a",
  // "dal 15 al 17 maggio": two days before their month
  dayJoin: "al",
  link: "di|d['’]",
  dateLink: "del",
  // "depuis le 3 août": a day no later than the report's. "dal" alone is "from" as often ("riapre dal 3
  // agosto"): since only after a state ("sono al lavoro dal", "è chiuso dal", "in vigore dal")
  since:
    "fin\\s+dal|fin\\s+dall['’]|(?<=(?:^|[^a-zàèéìòù])(?:è|sono|resta|restano|rimane|rimangono|era|erano|stat[oaie]|chius[oaie]|bloccat[oaie]|" +
    "sospes[oaie]|ferm[oaie]|attiv[oaie]|operativ[oaie]|vigore|lavoro|corso|servizio)(?:\\s+[a-zàèéìòù'’]+){0,2}\\s+)dal",
  days: { "oggi": 0, "ieri": -1, "domani": 1, "l['’]altro\\s+ieri": -2 },
  // "nel fine settimana", "lo scorso fine settimana": a Saturday and Sunday (not "ogni fine settimana")
  weekend: "(?<!(?:ogni|tutti\\s+i|nei)\\s+)(?:fine\\s+settimana|week-?end)",
  weeksAgo: { "(?:la\\s+)?settimana\\s+scorsa|(?:la\\s+)?scorsa\\s+settimana": -1, "questa\\s+settimana": 0, "(?:la\\s+)?(?:settimana\\s+prossima|prossima\\s+settimana)": 1 },
  weekdayNext: "prossimo",
  // "da venerdì 15 a domenica 17 ottobre": one span of days
  dayRange: { from: "da|dal", to: "a|al" },
  // the day a thing is set for: "per mercoledì", the coming one
  weekdayFor: "per",
  // "hasta el viernes": the coming one, unless the clause is in the past (`past`)
  weekdayUntil: "fino\\s+a",
  weekdayLast: "scorso",
  monthsAgo: { "(?:il\\s+)?mese\\s+scorso|(?:lo\\s+)?scorso\\s+mese": -1, "questo\\s+mese": 0, "(?:il\\s+)?(?:mese\\s+prossimo|prossimo\\s+mese)": 1 },
  years: { "(?:l['’])?anno\\s+scorso|dell['’]anno\\s+scorso": -1, "quest['’]anno": 0, "(?:l['’])?anno\\s+prossimo": 1 },
  ago: "fa",
  // "a luglio", "da ottobre", "entro maggio": a month with no day or year
  // "entre janvier et mars": one span of months
  monthRange: { before: "tra|fra", join: "e" },
  monthAlone: "a|in|da|entro|fino\\s+a|prima\\s+di|dopo",
  seasons: { "primavera": "spring", "estate": "summer", "autunno": "autumn", "inverno": "winter" },
  seasonsRelative: { before: { "prossim[ao]": 1, "quest[ao]": 0 }, after: { "scors[ao]|passat[ao]": -1, "prossim[ao]": 1 } },
  yearParts: { "fine": "end", "inizio": "early", "met[aà]": "mid" },
  // "nel terzo trimestre", "nel primo semestre", "i primi nove mesi", "a fine anno"
  periods: {
    ordinals: { "prim[oa]|1°": 1, "second[oa]|2°": 2, "terzo|3°": 3, "quarto|4°": 4 },
    last: "ultim[oa]",
    quarter: "trimestr[ei]", half: "semestr[ei]|metà", months: "mesi", first: "primi",
    yearNoun: "\\s{1,3}(?:dell['’])?anno(?!\\s+(?:scorso|prossimo|precedente))",
    // "i primi tre mesi di guerra" is no date; "dell'anno", "del 2023" are the year's
    of: { link: "dell['’]|della|dello|del|dei|degli|delle|di|d['’]", year: "(?:quest['’]|l['’])?(?:anno|esercizio)|(?:19|20)\\d\\d" },
    // "le feste di fine anno"
    attribute: "di|del|della|d['’]",
  },
  // "300 camion al giorno": a rate
  ratesBefore: { "giornalmente|quotidianamente": "day", "settimanalmente": "week", "mensilmente": "month", "annualmente": "year" },
  rates: { "al\\s+giorno(?!\\s+(?:dopo|prima|seguente|precedente|d))|giornalier[ie]|quotidian[ie]": "day", "a\\s+settimana|alla\\s+settimana": "week", "al\\s+mese|mensili": "month", "all['’]anno|annui|annue": "year" },
  // the future tense ("riaprirà", "saranno"), "previsto", and the present of a timetable ("entra in vigore", "i lavori iniziano", "riapre"): a weekday or month ahead.
  // "parte" is as often the noun ("la maggior parte", "da parte di", "in parte"): a verb only where no article, preposition or quantifier stands before it
  // the simple past, the imperfect and a pluperfect (not the perfect: "hanno chiuso fino a lunedì" tells of now): a date with no year no later than the report's
  past: "(?:aveva|avevano|era|erano)\\s+(?:(?:stat[oaie]|già|mai|ancora)\\s+)*[a-zàèéìòù]{2,}(?:at[oaie]|it[oaie]|ut[oaie])|(?!(?:però|perciò|ciò|può|cioè|sarò|farò|andrò)(?![a-zàèéìòù]))[a-zàèéìòù]{2,}(?:ò|arono|erono|irono)|[a-zàèéìòù]{3,}(?:ava|avano|eva|evano|iva|ivano)|fu|furono|era|erano",
  // "rinviato a giugno", "posticipata al 5 maggio": a new date a plan was moved to lies ahead
  future:
    "(?:rinviat|posticipat|rimandat|slittat|differit)[oaie](?=\\s+(?:a|al|alla|ad|fino\\s+a)\\s)|[a-zàèéìòù]+(?:rà|ranno|[aei]remo)|previst[oaie]|prossim[oaie]|entra(?:no)?\\s+in\\s+vigore|inizia(?:no)?|comincia(?:no)?|apr(?:e|ono)|riapr(?:e|ono)|inaugura(?:no)?|riprend(?:e|ono)|partono|chiud(?:e|ono)|" +
    "(?<!(?:^|[^a-zàèéìòù])(?:la|una|in|da|a|fa|per|della|dalla|nella|alla|sulla|maggior|gran|buona|prima|seconda|terza|ultima|altra|ogni|sua|loro|questa|quella|nessuna|qualche|ciascuna|propria)\\s)parte",
  // frequent in running text, rare in the other Latin-script languages: the language guess counts them
  markers: ["il", "della", "che", "di", "gli", "per", "con", "una", "è", "del", "alla", "sono", "nel", "anche"],
  // "la metà delle case", "due terzi dei residenti": a share (not "un quarto d'ora", "la prima metà")
  shares: {
    words: { "(?:la\\s+)?metà": 50, "un\\s+terzo": 33.3, "due\\s+terzi": 66.7, "un\\s+quarto": 25, "tre\\s+quarti": 75, "un\\s+quinto": 20 },
    of: "dei|degli|delle|del|della|dello|dell['’]|di|d['’]",
    time: "ora|ore|secolo|secoli|anno|anni|mese|mesi|settimana|settimane|giorno|giorni|decennio",
    period: "prima|seconda|ultima|altra",
  },
  // "due ultimi anni", "tre nuovi casi": the noun after the adjective
  between: "ultim[ie]|prossim[ie]|nuov[ie]|altr[ie]",
  // "raddoppiato", "moltiplicato per tre", "tre volte più": a multiplier (as English's "tripled")
  ratios: {
    words: { "raddoppiat[oaie]|raddoppi(?:ò|arono)": 2, "triplicat[oaie]|triplic(?:ò|arono)": 3, "quadruplicat[oaie]|quadruplic(?:ò|arono)": 4 },
    times: ["moltiplicat[oaie]\\s+per\\s+N", "N\\s+volte(?=\\s+(?:più|meno|superiore|inferiore)(?![a-zàèéìòù]))"],
  },
  // "la seconda quindicina di giugno", "la prima metà di luglio": the 16th to the month's end, the 1st to the 15th
  fortnights: { ordinals: { "prima|1ª": 1, "seconda|ultima|2ª": 2 }, noun: "quindicina|metà", link: "di" },
  // "è passato da 1,2 a 1,9 miliardi", "salito da 300 a 450": a change, two figures
  change: {
    verbs: "passat[oaie]|passa|passano|passerà|passeranno|passando|aumentat[oaie]|salit[oaie]|sces[oaie]|scesi|calat[oaie]|cresciut[oaie]|ridott[oaie]|diminuit[oaie]",
    from: "da", to: "a",
  },
  // "1 ora e 45 minuti", "in 1 h 45": one span ("alle 14 h 30" is a clock's)
  hours: {
    hour: "h|or[ae]", minute: "min(?:ut[oi])?", join: "e",
    clock: "alle|dalle|verso\\s+le|entro\\s+le|fino\\s+alle|le", cue: "dur(?:a|erà|ato)|impieg(?:a|herà)|in|per|di|a|circa|quasi|oltre|meno\\s+di|più\\s+di",
  },
  // never what a count counts, the count stays ("quattro gravemente", "19 secondo la polizia"): adverbs, prepositions
  notNoun: "\\p{L}{3,}mente|circa|soltanto|solo|appena|già|ancora|ormai|oggi|ieri|contro|secondo|presso|verso|durante|dopo|prima|sotto|entro|ciascuno|ciascuna",
  // "20 centesimi": a hundredth of a euro
  subunits: { "centesimi|centesimo|cent": "EUR" },
  stop: ["di", "del", "della", "dei", "delle", "degli", "dal", "dalla", "dai", "dalle", "nel", "nella", "nei", "nelle", "in", "a", "al", "alla", "allo", "ai", "agli", "alle", "sul", "sulla", "sui", "sulle", "e", "ed", "o", "che", "per", "con", "senza", "la", "il", "lo", "le", "gli", "i", "si", "è", "sono", "erano", "restano", "rimangono", "risultano", "furono", "saranno", "anni", "volte", "mila", "milioni", "tra", "fra", "su", "fino", "come", "più", "meno", "suo", "sua", "ore", "gradi"],
  // "il giorno dopo" (after "il 15 maggio"): a day counted from the date just stated
  steps: {
    "il\\s+giorno\\s+(?:dopo|seguente|successivo)|l['’]indomani(?!\\s+d)": ["day", 1], "il\\s+giorno\\s+(?:prima|precedente)": ["day", -1],
    "l['’]anno\\s+(?:dopo|seguente|successivo)": ["year", 1], "l['’]anno\\s+(?:prima|precedente)": ["year", -1],
  },
  // "due per senso di marcia" after "quattro corsie": a part of that count, per direction
  perDirection: PER_DIRECTION,
  // "un terremoto di magnitudo 7.1", "6,9 gradi della scala Richter", "una scossa di 4,2 gradi"
  magnitude: {
    before: "magnitudo(?:\\s+(?:di|pari\\s+a))?", after: "(?:\\s+gradi)?\\s+(?:della|sulla)\\s+scala\\s+richter|\\s+di\\s+magnitudo",
    weak: { after: "\\s+gradi\\b(?!\\s+(?:centigradi|celsius|sotto))" }, quake: "terremoto|sisma|sismic|scoss|tsunami",
  },
});
