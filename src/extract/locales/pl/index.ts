/** Polish: what ICU lacks (scale words, number words by case, locative months, currencies, qualifiers). */
import { defineLocale } from "../../common/vocab.js";
import { generated } from "./vocab.generated.js";
import { PER_DIRECTION, pl } from "./reconcile.js";

/** The units 1-9 in their cases, alone or after a tens word ("dwadzieścia jeden", "trzydziestu pięciu"). */
const UNITS: Record<string, number> = {
  "jeden|jedna|jedno|jednego|jednej": 1, "dwa|dwie|dwóch|dwu|dwoma": 2, "trzy|trzech|trzema": 3, "cztery|czterech|czterema": 4,
  "pięć|pięciu": 5, "sześć|sześciu": 6, "siedem|siedmiu": 7, "osiem|ośmiu": 8, "dziewięć|dziewięciu": 9,
};

export const vocab = defineLocale(generated, {
  code: "pl",
  family: "alpha",
  percent: ["proc\\.?", "procent(?:y|ów|u|ach|ami)?", "punkt(?:y|ów|u)?\\s+procentow(?:e|ych|y)", "pkt\\s+proc\\.?"],
  // "l", "g": a letter in a list; "sie", "lis": a reflexive typed without its ogonek, a fox
  drop: ["l", "g", "sie", "lis"],
  hour: ["h"],
  scales: {
    "tys\\.?|tysiąc(?:e|a|u|em|ach|ami)?|tysięcy": 1e3, "mln\\.?|milion(?:a|y|ów|ami|ach)?": 1e6, "mld\\.?|miliard(?:a|y|ów|ami|ach)?": 1e9,
    "bln\\.?|bilion(?:a|y|ów|ami|ach)?": 1e12,
  },
  // "setka strażaków", "ponad setkę domów", "około setki osób": a hundred, as ru "сотня"; "setki" (as
  // often "hundreds", a vague amount) only after a word of about or a bound ("^(?=…$)" lets the word
  // read alone match)
  about: { "(?:(?<=(?:około|ok\\.|blisko|prawie|niemal|ponad|powyżej|co\\s+najmniej|przynajmniej|do)\\s{1,3})|^(?=setki$))setki": 100, "setk(?:a|ę|ą)": 100 },
  numbers: {
    ...UNITS,
    "jednemu|jednym|jedną": 1, "dwom|dwóm|dwiema": 2, "trzem": 3, "czterem": 4, "pięcioma": 5, "sześcioma": 6, "siedmioma": 7, "ośmioma": 8,
    "dziewięcioma": 9, "dziesięć|dziesięciu|dziesięcioma": 10, "jedenaście|jedenastu": 11, "dwanaście|dwunastu": 12, "trzynaście|trzynastu": 13,
    "czternaście|czternastu": 14, "piętnaście|piętnastu": 15, "szesnaście|szesnastu": 16, "siedemnaście|siedemnastu": 17,
    "osiemnaście|osiemnastu": 18, "dziewiętnaście|dziewiętnastu": 19, "dwadzieścia|dwudziestu": 20, "trzydzieści|trzydziestu": 30,
    "czterdzieści|czterdziestu": 40, "pięćdziesiąt|pięćdziesięciu": 50, "sześćdziesiąt|sześćdziesięciu": 60,
    "siedemdziesiąt|siedemdziesięciu": 70, "osiemdziesiąt|osiemdziesięciu": 80, "dziewięćdziesiąt|dziewięćdziesięciu": 90, "sto|stu": 100, "dwieście|dwustu": 200, "trzysta|trzystu": 300,
    "czterysta|czterystu": 400, "pięćset|pięciuset": 500, "tysiąc": 1000, "półtora|półtorej": 1.5, "oba|obie|obu|obaj|obydwa|obydwie": 2,
    // collective numerals, of people mostly ("troje dzieci", "pięcioro rannych")
    "dwoje|dwojga": 2, "troje|trojga": 3, "czworo|czworga": 4, "pięcioro|pięciorga": 5, "sześcioro|sześciorga": 6,
  },
  // "dwadzieścia jeden", "trzydziestu pięciu": tens and a unit, in one case
  numberJoin: { join: "\\s+" },
  // a count with no noun ("zginęło pięć.", "40 zostało rannych"): the passive's auxiliary after it
  alone: { verbs: ["zostało", "zostały", "zostali"], of: "(?:z|spośród)\\s+(?:nich|tych|dwóch|dwu|trzech|czterech|pięciu|sześciu|siedmiu|ośmiu|dziewięciu|dziesięciu|\\d+)" },
  articles: ["jeden", "jedna", "jedno", "jednego", "jednej", "jednemu", "jednym", "jedną", "oba", "obie", "obu", "obaj", "obydwa", "obydwie"],
  currencies: {
    "zł|złot(?:y|e|ych|ego|ówek|ówki)": "PLN", "euro": "EUR", "dolar(?:ów|y|a|ach|ami)?(?:\\s+amerykańskich)?|dol\\.?": "USD",
    "rubl(?:i|a|e)|rubel": "RUB", "hrywien|hrywn(?:a|y|ach|ami)": "UAH", "funt(?:ów|y|a)?(?:\\s+szterling(?:ów|i|a))?": "GBP",
    "jen(?:ów|y|a)?": "JPY", "juan(?:ów|y|a)?": "CNY", "franków\\s+szwajcarskich": "CHF",
  },
  // rain in litres per square metre ("120 litrów na metr kwadratowy") is its depth: one litre a square metre is a millimetre
  units: {
    "litr(?:ów|y)?(?:\\s+wody|\\s+deszczu)?\\s+na\\s+metr\\s+kwadratowy": "mm", "węzł(?:ów|y)": "knot", "ton(?:a|y|ę|ą|ach|ami)?": "t", "kilometr(?:ach|ami|om|em|ze)": "km", "metr(?:ach|ami|om|em|ze)": "m", "centymetr(?:ach|ami|ów)": "cm",
    "km²|km2|km\\s+kw\\.?|kilometr(?:ów|y)\\s+kwadratow(?:ych|e)": "km2", "m²|m2|m\\s+kw\\.?|metr(?:ów|y)\\s+kwadratow(?:ych|e)": "m2",
    "m³|m3|metr(?:ów|y)\\s+sześcienn(?:ych|e)": "m3", "hektar(?:ach|ami)": "ha",
    "baryłk(?:a|i|ę|ą|ach|ami)|baryłek": "oil barrel", "mil(?:e|i|a)?\\s+morsk(?:ich|ie|a|iej|ą)": "nautical mile",
  },
  spans: {
    "lat(?:ach|ami)?|rok(?:u|iem)?": 365.25, "miesiąc(?:e|a|u|ach|ami)?|miesięcy": 30.44, "tygodni(?:e|a|ach|ami)?|tydzień": 7,
    "dni|dniach|doby|dób|dzień": 1, "godzin(?:a|y|ę|ach|ami)?": 1 / 24, "minut(?:a|y|ę|ach)?": 1 / 1440,
  },
  // the locative ("w marcu", "w październiku"): a month with no day
  months: {
    "styczniu": 1, "lutym": 2, "marcu": 3, "kwietniu": 4, "maju": 5, "czerwcu": 6, "lipcu": 7, "sierpniu": 8, "wrześniu": 9,
    "październiku": 10, "listopadzie": 11, "grudniu": 12,
  },
  weekdays: { "środę": 3, "sobotę": 6, "niedzielę": 0 },
  // "do piątku", "do końca roku": the coming one, unless the clause is in the past (`past`)
  weekdayUntil: "do",
  // "do czwartku", "od poniedziałku", "przed środą" is another case and left out
  weekdaysAfter: {
    before: "do|od|od\\s+dnia|do\\s+dnia",
    forms: { "niedzieli": 0, "poniedziałku": 1, "wtorku": 2, "środy": 3, "czwartku": 4, "piątku": 5, "soboty": 6 },
  },
  before: {
    "około|ok\\.|blisko|prawie|niemal|mniej\\s+więcej|szacunkowo": "approx",
    "ponad|powyżej|więcej\\s+niż|co\\s+najmniej|przynajmniej|nie\\s+mniej\\s+niż": "lower",
    "do|mniej\\s+niż|poniżej|nie\\s+więcej\\s+niż|maksymalnie|najwyżej": "upper",
  },
  // "w nocy z 14 na 15 października": two days (a night of two)
  dayJoin: "na",
  rangeJoin: "do|i|lub|albo",
  yearWord: "roku|rok(?![a-ząćęłńóśźż])|r\\.|-(?:ego|go)(?![a-ząćęłńóśźż])",
  days: { "dzisiaj|dziś": 0, "wczoraj": -1, "jutro": 1, "przedwczoraj": -2, "pojutrze": 2 },
  weeksAgo: { "w\\s+(?:zeszłym|ubiegłym|poprzednim)\\s+tygodniu": -1, "w\\s+tym\\s+tygodniu": 0, "w\\s+(?:przyszłym|następnym)\\s+tygodniu|(?:na\\s+)?(?:przyszły|następny)\\s+tydzień": 1 },
  monthsAgo: {
    "(?:w\\s+)?(?:zeszłym|ubiegłym|poprzednim)\\s+miesiącu|(?:zeszłego|ubiegłego)\\s+miesiąca": -1, "(?:w\\s+)?tym\\s+miesiącu": 0,
    "(?:w\\s+)?przyszłym\\s+miesiącu": 1,
  },
  years: {
    "(?:w\\s+)?(?:zeszłym|ubiegłym)\\s+roku|(?:zeszłego|ubiegłego)\\s+roku": -1, "(?:w\\s+)?tym\\s+roku|(?:tego|bieżącego)\\s+roku": 0,
    "(?:w\\s+)?przyszłym\\s+roku|przyszłego\\s+roku": 1,
  },
  ago: "temu",
  agoOne: { "rok": 365.25, "miesiąc": 30.44, "tydzień": 7, "dzień": 1 },
  // "w marcu", "od lipca do października", "pod koniec października": a month with no day or year
  monthAlone: "w|we|od|do|z|ze|po|przed|koniec|końcu|początku|połowie",
  seasons: { "wiosn(?:a|ą|ę|y|ie)": "spring", "lato|latem|lecie": "summer", "jesie(?:ń|nią|ni)": "autumn", "zim(?:a|ą|ę|y|ie)": "winter" },
  seasonsRelative: { before: { "przyszł(?:ej|ego|ą|ym)|następn(?:ej|ego|ą|ym)": 1, "zeszł(?:ej|ego|ą|ym)|ubiegł(?:ej|ego|ą|ym)": -1, "t(?:ej|ego|ą|ym)": 0 } },
  // "240 tys. baryłek dziennie": a rate
  ratesBefore: { "codziennie|dziennie": "day", "tygodniowo": "week", "miesięcznie": "month", "rocznie|corocznie": "year" },
  rates: {
    "dziennie|na\\s+dobę|na\\s+dzień(?!\\s+[a-ząćęłńóśźż])": "day", "tygodniowo|na\\s+tydzień": "week", "miesięcznie|na\\s+miesiąc": "month",
    "rocznie|na\\s+rok(?![a-ząćęłńóśźż])": "year",
  },
  // "będzie", "planuje", "ma zostać": a weekday or month ahead. A perfective's future looks like its present: the
  // perfective futures of news are listed in the 3rd person ("zostanie otwarty", "otworzą", "wejdzie w życie", "odbędzie się"),
  // the timetable's present "wchodzi w życie", and "zaplanowano na", "spodziewany", "oczekuje się" (as English's "scheduled", "expected")
  // the past tense, a verb's ending (-ł, -ła, -li; not "-ał" alone, "kanał", "kwartał" end so) or "był": a date with no year no
  // later than the report's; "miały się rozpocząć" was a plan, now past
  past:
    "by(?:ł|ła|ło|li|ły)|zosta(?:ł|ła|ło|li|ły)|mia(?:ł|ła|ło|li|ły)|musia(?:ł|ła|ło|li|ły)|wzr[oó]s(?:ł|ła|ło|ły|li)|spad(?:ł|ła|ło|ły|li)|" +
    "(?!(?:siła|siły|szkoła|szkoły)(?![a-ząćęłńóśźż]))[a-ząćęłńóśźż]{2,}(?:[aiyę]ła|[aiyę]ło|[aiyę]li|[iyę]ły|[iyą]ł|szli|[gź]li)",
  // "przełożono na czerwiec", "przesunięty do 5 maja": a new date a plan was moved to lies ahead
  future:
    "(?:przełożon[aoy]?|przesunięt[aoy]|przesunięto|odłożon[aoy]|odłożono|odroczon[aoy]|odroczono)(?=\\s+(?:na|do)\\s)|będ(?:zie|ą|ę|ziemy)|planuj[a-ząćęłńóśźż]*|zamierza[a-ząćęłńóśźż]*|m(?:a|ają)\\s+(?:zostać|być)|następn[a-ząćęłńóśźż]*|" +
    "zostan(?:ie|ą)|otworz(?:y|ą)|zakończ(?:y|ą)|uruchomi(?:ą)?|rozpoczn(?:ie|ą)|wznowi(?:ą)?|zbuduj(?:e|ą)|oddadz(?:ą)|odda|podpisz(?:e|ą)|" +
    "odbęd(?:zie|ą)|wejd(?:zie|ą)|przyjm(?:ie|ą)|przedstawi(?:ą)?|otrzyma(?:ją)?|przekaż(?:e|ą)|dotrz(?:e)|dotrą|wróc(?:i|ą)|" +
    "przeprowadz(?:i|ą)|ogłos(?:i|zą)|opublikuj(?:e|ą)|rusz(?:y|ą)|potrwa(?:ją)?|wchodz(?:i|ą)\\s+w\\s+życie|" +
    "zaplanowan[a-ząćęłńóśźż]*|przewidzian[a-ząćęłńóśźż]*|spodziewan[a-ząćęłńóśźż]*|oczekuje\\s+się|przewiduje\\s+się",
  yearParts: { "(?:pod\\s+)?koniec|końcu|końca": "end", "początku|początek": "early", "połowie|połowy": "mid" },
  // "w trzecim kwartale", "w pierwszym półroczu", "w ciągu pierwszych dziewięciu miesięcy", "pod koniec roku"
  periods: {
    ordinals: { "pierwsz(?:ym|y|ego|e)|i": 1, "drugi(?:m|ego|e)?|ii": 2, "trzeci(?:m|ego|e)?|iii": 3, "czwart(?:ym|y|ego|e)|iv": 4 },
    quarter: "kwarta(?:le|łu|ł|łem)", half: "półroczu|półrocza|półrocze", months: "miesięcy|miesiącach|miesiące", first: "pierwszych|pierwsze",
    yearNoun: "\\s{1,3}roku(?!\\s+(?:ubiegłego|przyszłego|poprzedniego))",
    // "pierwsze trzy miesiące wojny", "pierwszym kwartale pandemii": a part of something else, no date
    whole:
      "(?:[a-ząćęłńóśźż]+(?:ej|ego|ych)\\s+){0,2}(?:wojny|inwazji|okupacji|oblężenia|blokady|pandemii|epidemii|kryzysu|konfliktu|" +
      "prezydentury|rządów|kadencji|kwarantanny|mobilizacji|ofensywy|operacji|strajku|protestów|ciąży|życia|sezonu|pracy|budowy|eksploatacji)",
  },
  // "czteropasmowa", "dwutorowy": four lanes, two tracks
  compounds: {
    numbers: {
      "jedno": 1, "dwu": 2, "trzy": 3, "cztero": 4, "pięcio": 5, "sześcio": 6, "siedmio": 7, "ośmio": 8, "dziewięcio": 9, "dziesięcio": 10,
      "dwunasto": 12,
    },
    heads: pl.counted,
    // an adjective of any gender, number or case ("dwutorowa", "czteropasmowej")
    ending: /(?:y|a|e|ego|emu|ej|ą|ym|ych|ymi)$/u,
  },
  // frequent in running text, rare in the other languages here and in Czech and Slovak ("v", "se", "je", "že" there)
  markers: ["się", "że", "w", "jest", "przez", "oraz", "który", "która", "które", "których", "został", "została", "zostało", "zostały", "są", "już", "dla", "również", "także", "według"],
  // "połowa domów", "dwie trzecie mieszkańców": a share (not "ćwierć wieku", "w pierwszej połowie roku")
  shares: {
    words: { "połow[aęy]": 50, "jedn[aą]\\s+trzeci[aą]": 33.3, "dwie\\s+trzecie": 66.7, "ćwierć|jedn[aą]\\s+czwart[aą]": 25, "trzy\\s+czwarte": 75 },
    of: "",
    time: "wieku|godziny|roku|miesiąca|tygodnia|dnia|drogi",
    period: "pierwsz(?:ej|a|ą)|drug(?:iej|a|ą)|ostatni(?:ej|a|ą)|inn(?:ej|a|ą)",
  },
  // "4 nowe bloki", "trzech kolejnych rannych": the noun after the adjective
  between: "now(?:e|ych|ymi)|ostatni(?:e|ch|mi)|kolejn(?:e|ych|ymi)|następn(?:e|ych|ymi)|inn(?:e|ych|ymi)|dodatkow(?:e|ych|ymi)",
  // "dwukrotnie", "podwoiła się", "trzy razy więcej": a multiplier (as English's "doubled", "three times as")
  ratios: {
    words: { "dwukrotnie": 2, "trzykrotnie": 3, "czterokrotnie": 4, "pięciokrotnie": 5, "dziesięciokrotnie": 10, "podwoił(?:a|o|y|i)?": 2, "potroił(?:a|o|y|i)?": 3 },
    times: ["N\\s+razy(?=\\s+(?:więcej|mniej|większ|wyższ|niższ|szybciej|drożej|taniej))"],
  },
  // "wzrosła z 1,2 do 1,9 mld": a change, two figures ("od 3 do 5" stays a range)
  change: {
    verbs: "wzr[oó]s[a-ząćęłńóśźż]*|wzrosł[a-ząćęłńóśźż]*|zwiększ[a-ząćęłńóśźż]*|zmniejsz[a-ząćęłńóśźż]*|spad[a-ząćęłńóśźż]*|spadł[a-ząćęłńóśźż]*|obniż[a-ząćęłńóśźż]*|podwyższ[a-ząćęłńóśźż]*|podni[oe]s[a-ząćęłńóśźż]*|skoczył[a-ząćęłńóśźż]*",
    from: "z|ze", to: "do",
  },
  // never what a count counts, the count stays ("trzech ciężko rannych", "dwóch podczas akcji"): adverbs, prepositions
  notNoun: "ciężko|lekko|poważnie|śmiertelnie|tylko|jedynie|prawie|dziś|dzisiaj|wczoraj|podczas|około|ponad|każdy|każda|każde",
  // "ośmiu drogowych przejść": an adjective, before the noun it counts
  adjective: pl.adjective,
  // "50 groszy", "20 eurocentów", "30 centów": a hundredth of a złoty, a euro, a dollar (cents of no named currency are a dollar's, as in English)
  subunits: { "grosz(?:y|e)?": "PLN", "eurocent(?:ów|a|y)?": "EUR", "cent(?:ów|a|y)?": "USD" },
  stop: [
    "w", "we", "na", "z", "ze", "po", "o", "od", "do", "dla", "i", "oraz", "lub", "albo", "a", "ale", "że", "jak", "nie", "przy", "pod", "nad",
    "bez", "przez", "przed", "niż", "razy", "roku", "lat", "lata", "mln", "mld", "tys", "już", "jeszcze", "jego", "jej", "ich", "to", "ten",
    "ta", "te", "tak", "także", "też", "który", "która", "które", "których", "się", "są", "jest", "był", "była", "było", "były", "został",
    "została", "zostało", "zostały", "zostali", "według", "wobec", "u", "za", "czyli", "co", "proc", "stopni", "stopnie", "stopnia",
  ],
  // "następnego dnia" (after "15 maja"): a day counted from the date just stated
  steps: {
    "następnego\\s+dnia|nazajutrz|dzień\\s+później": ["day", 1], "dzień\\s+wcześniej|poprzedniego\\s+dnia": ["day", -1],
    "rok\\s+później": ["year", 1], "rok\\s+wcześniej": ["year", -1],
  },
  // "po dwa w każdą stronę" after "cztery pasy": a part of that count, per direction
  perDirection: PER_DIRECTION,
  // "trzęsienie ziemi o magnitudzie 7,1", "magnituda wyniosła 6,9", "o sile 6,9 w skali Richtera" ("siła" alone is any force)
  magnitude: {
    before: "magnitud(?:a|y|zie|ę|ą)(?:\\s+(?:wynosząca|wynoszącej|wyniosła|wynosi|szacowana\\s+na))?",
    weak: { before: "(?:o\\s+)?sile|siła(?:\\s+(?:wyniosła|wynosi))?" },
    after: "(?:\\s+stopni(?:a)?)?\\s+w\\s+skali\\s+richtera", quake: "trzęsieni|wstrząs|sejsm|tsunami",
  },
});
