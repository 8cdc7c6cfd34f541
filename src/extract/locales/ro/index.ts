/** Romanian: scale words, number words, "de" before units, qualifiers (ICU has months, units and weekdays). */
import { defineLocale } from "../../common/vocab.js";
import { generated } from "./vocab.generated.js";

export const vocab = defineLocale(generated, {
  code: "ro",
  family: "alpha",
  percent: ["la\\s+sut[ăa]", "puncte\\s+procentuale"],
  // "200 m" is metres: ICU's "m", kept while the other one-letter symbols are dropped
  drop: ["l", "g", "h", "z", "săpt.", "a"],
  hour: ["h"],
  scales: { "mii|mie": 1e3, "milioane|milion|mil\\.?|mln\\.?": 1e6, "miliarde|miliard|mld\\.?": 1e9, "trilioane|trilion": 1e12 },
  numbers: {
    "un|unu|una": 1, "doi|două|doua": 2, "trei": 3, "patru": 4, "cinci": 5, "șase|şase|sase": 6, "șapte|şapte|sapte": 7, "opt": 8, "nouă": 9,
    "zece": 10, "unsprezece|unsprăzece": 11, "doisprezece|douăsprezece|douasprezece": 12, "treisprezece": 13, "paisprezece": 14,
    "cincisprezece": 15, "șaisprezece|şaisprezece|saisprezece": 16, "șaptesprezece|şaptesprezece|saptesprezece": 17, "optsprezece": 18,
    "nouăsprezece|nouasprezece": 19, "douăzeci|douazeci": 20, "treizeci": 30, "patruzeci": 40, "cincizeci": 50, "șaizeci|şaizeci|saizeci": 60,
    "șaptezeci|şaptezeci|saptezeci": 70, "optzeci": 80, "nouăzeci|nouazeci": 90, "ambii|ambele": 2,
    "cei\\s+doi|cele\\s+două|cele\\s+doua": 2,
  },
  // "douăzeci și cinci": tens and a unit
  numberJoin: { join: "\\s+(?:și|şi|si)\\s+" },
  articles: ["un", "unu", "una", "ambii", "ambele", "cei doi", "cele două", "cele doua"],
  currencies: { "dolari|dolar": "USD", "euro": "EUR", "ruble|rublă|rubla": "RUB", "yuani|yuan": "CNY", "yeni|yen": "JPY", "woni|won": "KRW", "lire\\s+sterline": "GBP", "lei|leu": "RON", "grivne": "UAH" },
  // rain in litres per square metre ("120 litri pe metru pătrat") is its depth: one litre a square metre is a millimetre
  units: { "litri(?:\\s+de\\s+apă|\\s+de\\s+ploaie)?\\s+pe\\s+metru(?:l)?\\s+pătrat": "mm", "tone|tonă|tona": "t", "kilometri\\s+pătrați|km2|km²": "km2", "metri\\s+pătrați|mp|m2|m²": "m2", "metri\\s+cubi|mc|m3|m³": "m3", "hectare|hectar": "ha" },
  spans: { "ani|an|anul": 365.25, "luni|lună|luna": 30.44, "săptămâni|săptămână": 7, "zile|zi": 1, "ore|oră": 1 / 24 },
  before: {
    "aproximativ|circa|cca\\.|aproape|în\\s+jur\\s+de|vreo|peste\\s+aproximativ": "approx",
    "peste|mai\\s+mult\\s+de|cel\\s+puțin|cel\\s+putin|minimum": "lower", "până\\s+la|pana\\s+la|sub|mai\\s+puțin\\s+de|cel\\s+mult|maximum": "upper",
  },
  rangeJoin: "și|şi|si|la|sau",
  // "în noaptea de 14 spre 15 octombrie": a night of two days
  dayJoin: "spre",
  // "de pe 3 august", "din 1 martie": since a day, no later than the report's
  since: "de\\s+pe|din|începând\\s+cu|incepand\\s+cu",
  // "va trimite", "vor fi", "o să", "urmează să", "programată", "intră în vigoare": a weekday or month ahead
  future: "va|vor|o\\s+să|urmează\\s+să|programat[ăe]?|prevăzut[ăe]?|intră\\s+în\\s+vigoare|viitoare|viitor",
  // "în februarie", "în luna ianuarie", "din iulie", "până în mai": a month with no day or year
  monthAlone: "(?:în|din|până\\s+în|până\\s+la|de\\s+la|începând\\s+cu)(?:\\s+luna)?|luna",
  // "lunea trecută", "vinerea viitoare": a weekday with its article
  weekdays: { "duminica": 0, "lunea": 1, "marțea|marţea": 2, "miercurea": 3, "joia": 4, "vinerea": 5, "sâmbăta": 6 },
  weekdayNext: "viitoare|viitor",
  // the day a thing is set for: "pentru vineri", the coming one
  weekdayFor: "pentru",
  weekdayLast: "trecută|trecuta|trecut",
  // "peste două săptămâni": in two weeks, no bound ("de peste două săptămâni": for more than two)
  spanIn: "(?<!de\\s)peste",
  // "a crescut de la 1,2 la 1,9 miliarde": a change, two figures
  change: { verbs: "crescut|scăzut|scazut|urcat|coborât|coborat|ajuns|trecut|majorat|redus|crește|creste|scade|crescând|scăzând", from: "de\\s+la", to: "la" },
  // "o oră și 45 de minute", "două ore și 30 de minute": one span
  hours: {
    hour: "ore|oră|ora|h", minute: "(?:de\\s+)?minute|minut|min", join: "și|şi|si", words: { "o\\s+oră|o\\s+ora": 1 },
    clock: "la|ora|orele|de\\s+la|până\\s+la", cue: "în|timp\\s+de|durează|dureaza|circa|aproape|peste|sub",
  },
  // "o treime din culturi", "jumătate din case", "două treimi dintre locuitori": a share
  shares: {
    words: { "jumătate|jumătatea": 50, "o\\s+treime": 33.3, "două\\s+treimi|doua\\s+treimi": 66.7, "un\\s+sfert": 25, "trei\\s+sferturi": 75, "o\\s+cincime": 20 },
    of: "din|dintre|a|al|ale", time: "oră|ore|secol|secolului|an|anului|lună|lunii|zi|zilei", period: "prima|doua|ultima|(?:a\\s+)?doua",
  },
  // "s-au triplat", "s-a dublat", "de trei ori mai mult": a multiplier
  ratios: {
    words: { "dublat|dublată|dublate|dublați": 2, "triplat|triplată|triplate|triplați": 3, "cvadruplat|cvadruplată|cvadruplate": 4 },
    times: ["de\\s+N\\s+ori(?=\\s+mai(?![a-zăâîșşțţ]))"],
  },
  // "ultimul deceniu", "un deceniu": ten years
  dayWords: { words: { "deceniu|deceniul": 3652.5 }, before: "ultimul|un|timp\\s+de\\s+un|în\\s+ultimul|primul" },
  // "în primul trimestru", "în a doua jumătate a anului 2027", "primul semestru din acest an"
  periods: {
    ordinals: { "primul|prima|i": 1, "al\\s+doilea|a\\s+doua|ii": 2, "al\\s+treilea|a\\s+treia|iii": 3, "al\\s+patrulea|a\\s+patra|iv": 4 },
    last: "ultimul|ultima",
    quarter: "trimestru|trimestrul", half: "semestru|semestrul|jumătate", months: "luni", first: "primele",
    yearLink: "a\\s+anului|al\\s+anului|din\\s+anul|din|pe|a|al",
    yearNoun: "\\s{1,3}(?:a\\s+|al\\s+)?anului(?!\\s+(?:trecut|viitor))",
  },
  link: "de",
  dateLink: "",
  days: { "astăzi|azi|astazi": 0, "ieri": -1, "mâine|maine": 1, "alaltăieri": -2 },
  monthsAgo: { "luna\\s+trecută|luna\\s+trecuta": -1, "luna\\s+aceasta|luna\\s+asta": 0, "luna\\s+viitoare": 1 },
  years: {
    "anul\\s+trecut|anului\\s+trecut": -1, "anul\\s+acesta|acest\\s+an|anul\\s+curent|acestui\\s+an|anului\\s+curent": 0, "anul\\s+viitor|anului\\s+viitor": 1,
  },
  agoBefore: "acum",
  seasons: { "primăvara|primăvară": "spring", "vara|vară": "summer", "toamna|toamnă": "autumn", "iarna|iarnă": "winter" },
  yearParts: { "sfârșitul|sfarsitul|finalul": "end", "începutul|inceputul": "early", "mijlocul": "mid" },
  // frequent in running text, rare in the other Latin-script languages: the language guess counts them
  markers: ["și", "în", "din", "cu", "care", "pentru", "este", "la", "au", "fost", "pe", "mai", "ale", "unei"],
  // "7 sep": a month's short form ICU lacks (it has "sept")
  months: { "sep": 9 },
  // never what a count counts, the count stays ("doi dintre șoferi", "patru grav răniți"): adverbs, prepositions
  notNoun: "dintre|grav|ușor|uşor|doar|numai|aproape|deja|încă|azi|astăzi|ieri|contra|împotriva|conform|potrivit|după|înainte|spre|fiecare",
  // "50 de bani", "20 de eurocenți", "30 de cenți": a hundredth of a leu, a euro, a dollar (cents of no named currency are a dollar's, as in English)
  subunits: { "bani": "RON", "eurocen[țţ]i": "EUR", "cen[țţ]i": "USD" },
  stop: ["de", "din", "în", "in", "la", "și", "şi", "si", "sau", "cu", "pe", "pentru", "care", "că", "ca", "a", "al", "ale", "este", "sunt", "au", "ani", "ori", "milioane", "miliarde", "mii", "între", "peste", "sub", "mai", "lor", "ore", "grade"],
  // "un cutremur cu magnitudinea de 6,1", "de magnitudine 5,4", "6,1 grade pe scara Richter"
  magnitude: {
    before: "magnitudin(?:e|ea|ii)(?:\\s+de)?", after: "(?:\\s+grade)?\\s+pe\\s+scara\\s+richter",
    quake: "cutremur|seism|replic|tsunami",
  },
});
