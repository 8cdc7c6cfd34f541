/** Icelandic: scale and number words, case forms of units and currencies, qualifiers (ICU has months and weekdays). */
import { defineLocale } from "../../common/vocab.js";
import { generated } from "./vocab.generated.js";

/** One in its genders and cases: mostly an article alone ("ein milljón ferðamanna" is a million). */
const ONE = ["einn", "ein", "eitt", "eina", "einum", "einni", "eins", "einnar"];

/** The letters of an Icelandic word (the stems below run on in them). */
const L = "[a-zþæðöáéíóúý]";

/**
 * The verbs of change, by stem or form ("hækkaði", "lækkuðu", "jókst", "dróst saman", "óx"): a
 * change's two figures follow them (`change`), and "um" after them is "by", no about (`before`).
 */
const CHANGE = `(?:hækk|lækk|minnk|fjölg|fækk)${L}*|jókst|jukust|aukist|eykst|aukast|dróst|féll|féllu|óx|uxu|vaxið`;

export const vocab = defineLocale(generated, {
  code: "is",
  family: "alpha",
  percent: ["prósentustig(?:um)?"],
  drop: ["l", "g", "m", "mí", "jan", "mar", "sep", "des", "sun", "mán", "þri", "mið", "fim", "fös", "lau", "mán.", "ár"],
  hour: ["h"],
  scales: { "þúsund|þús\\.": 1e3, "milljón(?:ir|a|um)?|millj\\.": 1e6, "milljarð(?:ar|a|ur|um)?|milljörðum|ma\\.": 1e9, "billjón(?:ir|a)?": 1e12 },
  numbers: {
    "tveir|tvær|tvö|tveggja|tveimur": 2, "þrír|þrjár|þrjú|þriggja|þremur": 3, "fjórir|fjórar|fjögur|fjögurra|fjórum": 4, "fimm": 5, "sex": 6,
    "sjö": 7, "átta": 8, "níu": 9, "tíu": 10, "ellefu": 11, "tólf": 12, "þrettán": 13, "fjórtán": 14, "fimmtán": 15, "sextán": 16,
    "sautján": 17, "átján": 18, "nítján": 19, "tuttugu": 20, "þrjátíu": 30, "fjörutíu": 40, "fimmtíu": 50, "sextíu": 60, "sjötíu": 70,
    "áttatíu": 80, "níutíu": 90, "hundrað": 100, [ONE.join("|")]: 1,
  },
  // "tuttugu og fimm": tens and a unit
  numberJoin: { join: "\\s+og\\s+" },
  articles: ONE,
  // a count with no noun ("14 létust", "23 látist", "100 slasast"): the middle voice's endings are a verb's, no noun's
  alone: { verbs: ["er", "eru", "var", "voru", "hafa", "hefur", "höfðu"], verbEnd: "ust|ist|ast" },
  currencies: { "krón(?:a|ur|um|u)|króna|kr\\.?|ísk": "ISK", "dollar(?:a|ar|ara|urum)?|bandaríkjadal(?:a|ir|ur)|bandaríkjadölum|dal(?:a|ir)|dölum": "USD", "evr(?:a|ur|um|u)": "EUR", "rúbl(?:a|ur|um|na)": "RUB" },
  units: {
    // a speed before its length ("40 metrum á sekúndu", "90 kílómetra á klukkustund")
    "metr(?:a|ar|i|um)\\s+á\\s+sekúndu": "m/s", "kílómetr(?:a|ar|i|um)\\s+á\\s+klukkustund": "km/h",
    "lítr(?:a|ar|um)\\s+á\\s+fermetra": "mm", "rúmmetr(?:a|ar|i|um)|m3|m³": "m3", "hektur(?:um)?": "ha", "millimetr(?:a|um)": "mm", "lítr(?:a|um)": "litre",
    "kílómetr(?:a|ar|i|um)": "km", "metr(?:a|ar|i|um)|metra": "m", "tonn(?:a|um)?": "t", "ferkílómetr(?:a|ar|i|um)|km2|km²": "km2", "fermetr(?:a|ar|i|um)|m2|m²": "m2", "hektar(?:a|ar|i)": "ha",
  },
  spans: { "ár(?:a|um|in)?": 365.25, "mánuð(?:i|ir|um)|mánaða": 30.44, "vik(?:u|ur|na|um)": 7, "dag(?:a|ar|ur|um)|dögum": 1, "klukkustund(?:a|ir|um)?": 1 / 24,
    "sólarhring(?:ur|s|a|um)?|sólarhringa": 1, "áratug(?:ur|i|a|um|ir)?": 3652.5,
  },
  // "á síðasta áratug": ten years
  dayWords: { words: { "áratug|áratuginn|áratugnum": 3652.5 }, before: "síðasta|síðustu|heilan|einn|einum" },
  months: { "janúar": 1, "mars": 3, "september": 9, "desember": 12 },
  // "um" after a verb of change is "by" ("lækkaði um 12%", "hækkaði stýrivexti um 0,25"), no about
  before: { [`(?<!(?:${CHANGE}|aukning)${L}*(?:\\s+${L}+){0,3}\\s+)um|tæplega|nærri|næstum|u\\.þ\\.b\\.|allt\\s+að\\s+um|hátt\\s+í`]: "approx", "rúmlega|meira\\s+en|yfir|minnst|að\\s+minnsta\\s+kosti": "lower", "allt\\s+að|minna\\s+en|undir|mest": "upper" },
  rangeJoin: "til|og|eða",
  // "hækkaði úr 1,2 milljörðum í 1,9 milljarða": a change, two figures ("í" joins two figures only so)
  change: {
    verbs: `${CHANGE}|fór|fóru|farið`,
    from: "úr|frá", to: "í|til", toOnly: "í",
  },
  // "síðan 1. mars": since a day, no later than the report's. "frá" alone is "from" as often ("gildir
  // frá 1. apríl"): since only in a perfect's clause ("hafa barist við eldana frá", "hefur verið lokaður frá")
  since: `síðan|(?<=(?:^|[^a-zþæðöáéíóúý])(?:hefur|hafa|hafði|höfðu|hefði|hefðu)(?:\\s+${L}+){0,3}\\s+)frá`,
  // "verður opnuð", "mun", "á að ljúka", "hefst": a weekday or month ahead
  future: "verður|verða|mun|munu|á\\s+að|eiga\\s+að|næsta|næstu|næstkomandi|fyrirhugað[a-zþæðöáéíóúý]*|áætlað[a-zþæðöáéíóúý]*|stendur\\s+til|hefst|hefjast|opnar",
  // "í febrúar", "frá janúar": a month with no day or year
  monthAlone: "í|frá|til|fyrir|eftir|síðan\\s+í|um\\s+miðjan|í\\s+byrjun|í\\s+lok",
  // "á þriðjudag", "síðan á miðvikudag": the accusative
  weekdays: { "sunnudag": 0, "mánudag": 1, "þriðjudag": 2, "miðvikudag": 3, "fimmtudag": 4, "föstudag": 5, "laugardag": 6 },
  weekdayNext: "næstkomandi|nk\\.", weekdayLast: "síðastliðinn|sl\\.",
  // "eina klukkustund og 45 mínútur": one span
  hours: {
    hour: "klukkustund(?:a|ir|um)?|klst\\.?|tím(?:a|ar|um)|tími", minute: "mínút(?:u|ur|um|na)|mín\\.?", join: "og",
    clock: "klukkan|kl\\.", cue: "í|á|um|tæplega|rúmlega|eftir",
  },
  // "þriðjungur uppskerunnar", "helmingur íbúa": a share (the whole in the genitive after it)
  shares: {
    words: { "helmingur|helming|helmingi|helmings": 50, "þriðjungur|þriðjung|þriðjungi|þriðjungs": 33.3, "fjórðungur|fjórðung|fjórðungi|fjórðungs": 25, "tveir\\s+þriðju": 66.7 },
    of: "", time: "aldar|aldarinnar|árs|ársins|klukkustundar|dags|mánaðar|leiðarinnar", period: "fyrri|seinni|síðari|fyrsta|síðasta",
  },
  // "þrefaldast", "tvöfaldaðist", "þrisvar sinnum meiri": a multiplier
  ratios: {
    words: { "tvöfaldast|tvöfaldaðist|tvöfölduðust|tvöfaldað": 2, "þrefaldast|þrefaldaðist|þrefölduðust|þrefaldað": 3, "fjórfaldast|fjórfaldaðist|fjórfaldað": 4 },
    times: ["N\\s+sinnum(?=\\s+(?:meiri|fleiri|hærri|stærri|minni|meira|lengri)(?![a-zþæðöáéíóúý]))"],
  },
  // "á fyrsta ársfjórðungi", "á seinni hluta ársins 2027", "í lok árs 2026" ("fyrri hluta leiksins" is no date)
  periods: {
    ordinals: { "fyrsta|fyrri|1\\.": 1, "öðrum|öðru|annars|seinni|síðari|2\\.": 2, "þriðja|3\\.": 3, "fjórða|4\\.": 4 },
    last: "síðasta",
    quarter: "ársfjórðung(?:i|ur|s)?", half: "(?:hluta|helmingi|helmingur|helming)(?=\\s+(?:ársins|árs)(?![a-zþæðöáéíóúý]))|árshelming(?:i|ur)?",
    months: "mánuði(?=\\s+ársins)|mánuðum(?=\\s+ársins)", first: "fyrstu",
    yearLink: "ársins|árs|árið",
    yearNoun: "\\s{1,3}árs(?:ins)?",
  },
  days: { "í\\s+dag": 0, "í\\s+gær": -1, "á\\s+morgun": 1 },
  monthsAgo: { "í\\s+síðasta\\s+mánuði": -1, "í\\s+þessum\\s+mánuði": 0, "í\\s+næsta\\s+mánuði": 1 },
  years: { "í\\s+fyrra": -1, "í\\s+ár": 0, "á\\s+næsta\\s+ári": 1 },
  agoBefore: "fyrir",
  seasons: { "vor(?:ið|inu)?": "spring", "sumar(?:ið)?|sumrinu": "summer", "haust(?:ið|inu)?": "autumn", "vetur(?:inn)?|vetri": "winter" },
  yearParts: { "lok": "end", "byrjun|upphafi": "early", "miðju": "mid" },
  // frequent in running text, rare in the other Latin-script languages: the language guess counts them
  markers: ["og", "að", "í", "á", "sem", "er", "um", "var", "við", "til", "hafa", "eru", "ekki", "frá"],
  // never what a count counts, the count stays ("fjórir alvarlega"): adverbs
  notNoun: "alvarlega|lítillega|aðeins|einungis|nærri|þegar|enn|hver",
  // "50 aurar": a hundredth of a króna
  subunits: { "aur(?:ar|a|um)": "ISK" },
  stop: ["og", "að", "í", "á", "sem", "er", "um", "var", "við", "til", "frá", "með", "af", "en", "eða", "ára", "árum", "sinnum", "prósent", "gráður", "gráðum", "gráða"],
  // "skjálfti af stærðinni 4,6", "skjálfti að stærð 5,2", "4,6 að stærð"
  magnitude: { before: "(?:af|að)\\s+stærð(?:inni)?", after: "\\s+að\\s+stærð", quake: "skjálft|jarðskj|eldgos" },
});
