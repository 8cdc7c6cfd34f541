/** Spanish: scale words, number words, qualifiers, relative dates (ICU has months, units and weekdays). */
import { defineLocale } from "../../common/vocab.js";
import { generated } from "./vocab.generated.js";
import { PER_DIRECTION } from "./reconcile.js";

export const vocab = defineLocale(generated, {
  code: "es",
  family: "alpha",
  // "0,25 puntos": a decimal's points are percentage points (not "puntos básicos")
  percent: ["puntos?\\s+porcentual(?:es)?", "(?<=\\d,\\d{1,2}\\s{1,2})puntos?(?![a-z])(?!\\s+(?:b[aá]sicos|de|porcentual))"],
  drop: ["l", "g", "h", "d", "sem.", "a"],
  hour: ["h"],
  // "3 M€": a million before a currency sign ("200 m" is metres)
  signScales: { "m": 1e6 },
  scales: { "mil": 1e3, "millones|millón|mill\\.|mln\\.?": 1e6, "mil\\s+millones|millardos?": 1e9, "billones|billón": 1e12 },
  numbers: {
    "un|una|uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11,
    "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "diecis[eé]is": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "veinti[uú]n|veintiuno|veintiuna": 21, "veintid[oó]s": 22, "veintitr[eé]s": 23, "veinticuatro": 24, "veinticinco": 25, "veintis[eé]is": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90, "cien|ciento": 100, "ambos|ambas": 2,
  },
  // "una decena de casas", "un centenar de soldados": about ten, about a hundred
  about: {
    "una\\s+decena": 10, "una\\s+docena": 12, "una\\s+quincena": 15, "una\\s+veintena": 20, "una\\s+treintena": 30, "un\\s+centenar": 100,
    "un\\s+millar": 1e3,
  },
  // "treinta y cinco": tens and a unit
  numberJoin: { join: "\\s+y\\s+" },
  articles: ["un", "una", "uno", "ambos", "ambas"],
  // a count with no noun ("Siete, según la empresa, …", "murieron nueve."): its auxiliaries, the number words alone mostly another word (a clock's words are its hours')
  alone: { verbs: ["es", "fue", "son", "fueron", "eran", "están", "estaban", "siguen", "permanecen", "resultaron", "quedan", "serán"], of: "de\\s+(?:sus|ellos|ellas|estos|estas|los\\s+(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\\d+)|las\\s+(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\\d+))" },
  currencies: {
    "d[oó]lar(?:es)?(?:\\s+estadounidenses)?": "USD", "euros?": "EUR", "rublos?": "RUB", "yuanes|yuan": "CNY", "yenes|yen": "JPY", "wons?": "KRW",
    "libras?(?:\\s+esterlinas?)?": "GBP", "grivnas?": "UAH", "pesos?": "MXN",
  },
  // "200 m" is metres: ICU's "m", kept while the other one-letter symbols are dropped
  // rain in litres per square metre ("120 litros por metro cuadrado") is its depth: one litre a square metre is a millimetre
  units: { "litros?(?:\\s+de\\s+agua)?\\s+por\\s+metro\\s+cuadrado": "mm", "nudos?": "knot", "km3|km³": "km3", "hm3|hm³": "hm3", "toneladas?": "t", "kil[oó]metros\\s+cuadrados|km2|km²": "km2", "metros\\s+cuadrados|m2|m²": "m2", "metros\\s+c[uú]bicos\\s+por\\s+segundo": "m3/s", "metros\\s+c[uú]bicos|m3|m³": "m3", "hect[aá]reas?": "ha", "barriles|barril": "oil barrel", "millas\\s+n[aá]uticas|milla\\s+n[aá]utica": "nautical mile" },
  // "una década", "dos décadas": ten years each, as English's "a decade"
  spans: { "d[eé]cadas?": 3652.5 },
  before: {
    "unos|unas|cerca\\s+de|casi|aproximadamente|alrededor\\s+de|en\\s+torno\\s+a|unos\\s+aproximadamente": "approx",
    "m[aá]s\\s+de|al\\s+menos|por\\s+lo\\s+menos|superior\\s+a|desde": "lower", "hasta|menos\\s+de|como\\s+m[aá]ximo|inferior\\s+a": "upper",
  },
  // "del 3 al 5 de mayo"
  rangeJoin: "y|a|al|e|o|hasta",
  link: "de",
  dateLink: "de|del",
  // "depuis le 3 août": a day no later than the report's
  since: "desde(?:\\s+el)?",
  days: { "hoy": 0, "ayer": -1, "(?<!(?:la|esta|una|de)\\s)mañana": 1, "anteayer": -2 },
  // "el fin de semana", "el próximo fin de semana": a Saturday and Sunday (not "cada fin de semana")
  weekend: "(?<!(?:cada|todos\\s+los|los)\\s+)fin\\s+de\\s+semana",
  weeksAgo: { "(?:la\\s+)?semana\\s+pasada": -1, "esta\\s+semana": 0, "(?:la\\s+)?(?:semana\\s+que\\s+viene|pr[óo]xima\\s+semana)": 1 },
  // "the end of the week": its Friday to Sunday
  weekEnd: { "(?:finales|fines|final)\\s+de\\s+(?:esta|la)\\s+semana(?!\\s+(?:pasada|que\\s+viene))": 0, "(?:finales|fines|final)\\s+de\\s+la\\s+semana\\s+pasada": -1, "(?:finales|fines|final)\\s+de\\s+la\\s+(?:pr[óo]xima\\s+semana|semana\\s+que\\s+viene)": 1 },
  weekdayNext: "pr[óo]ximo|que\\s+viene",
  // "del viernes 15 al domingo 17": one span of days
  dayRange: { from: "del|de|desde(?:\\s+el)?", to: "al|a|hasta(?:\\s+el)?" },
  // the day a thing is set for: "para el sábado", the coming one
  weekdayFor: "para(?:\\s+el)?",
  // "hasta el viernes": the coming one, unless the clause is in the past (`past`)
  weekdayUntil: "hasta(?:\\s+el)?",
  weekdayLast: "pasado",
  monthsAgo: { "(?:el\\s+)?mes\\s+pasado": -1, "este\\s+mes": 0, "(?:el\\s+)?(?:mes\\s+que\\s+viene|próximo\\s+mes)": 1 },
  years: { "(?:el\\s+)?año\\s+pasado": -1, "este\\s+año": 0, "(?:el\\s+)?año\\s+que\\s+viene|(?:el\\s+)?próximo\\s+año": 1 },
  agoBefore: "hace",
  // "en julio", "desde octubre", "hasta mayo": a month with no day or year ("de julio" is left out: "a finales de julio")
  // "entre janvier et mars": one span of months
  monthRange: { before: "entre", join: "y" },
  monthAlone: "en|desde|hasta|para|antes\\s+de|despu[eé]s\\s+de",
  seasons: { "primavera": "spring", "verano": "summer", "otoño": "autumn", "invierno": "winter" },
  seasonsRelative: { before: { "pr[óo]xim[oa]": 1, "est[ea]": 0 }, after: { "pasad[oa]": -1, "que\\s+viene": 1 } },
  yearParts: { "finales\\s+de|fines\\s+de|final\\s+de|fin\\s+de": "end", "principios\\s+de|comienzos\\s+de|inicios\\s+de": "early", "mediados\\s+de": "mid" },
  // "en el tercer trimestre", "el primer semestre de 2025", "la primera mitad del año", "los primeros nueve meses", "a finales de año"
  periods: {
    ordinals: { "primer(?:o|a)?|1(?:er|º|°)": 1, "segund[oa]|2(?:º|°)": 2, "tercer(?:o|a)?|3(?:er|º|°)": 3, "cuart[oa]|4(?:º|°)": 4 },
    last: "[uú]ltim[oa]",
    quarter: "trimestres?", half: "semestres?|mitad", months: "meses", first: "primeros",
    yearNoun: "l?\\s{1,3}año(?!\\s+(?:pasado|anterior|pr[oó]ximo|que\\s+viene))",
    // "los primeros tres meses de la guerra", "el primer semestre del mandato" are no date; "del año", "de 2025" are the year's
    of: { link: "de\\s+l[oa]s|de\\s+la|del|de", year: "(?:(?:este|el|ese)\\s+)?(?:año|ejercicio)|(?:19|20)\\d\\d" },
    // "las fiestas de fin de año", "la cena de final de año" (not "antes de fin de año", a time)
    attribute: "(?<!(?:antes|despu[eé]s|a\\s+partir|dentro|cerca|alrededor)\\s)(?:de|del)",
  },
  // "210.000 barriles diarios", "al día": a rate
  ratesBefore: { "diariamente": "day", "semanalmente": "week", "mensualmente": "month", "anualmente": "year" },
  rates: { "diari[oa]s?|al\\s+d[ií]a(?!\\s+(?:siguiente|anterior|de|del))|por\\s+d[ií]a": "day", "semanales|a\\s+la\\s+semana|por\\s+semana": "week", "mensuales|al\\s+mes|por\\s+mes": "month", "anuales|al\\s+año|por\\s+año": "year" },
  // the future tense ("volverá", "reabrirán"), "va a", "prevé", and the present of a timetable ("entra en vigor", "las obras comienzan", "reabre"): a weekday or month ahead
  // the simple past and the imperfect (not the perfect: "han cerrado hasta el lunes" tells of now): a date with no year no later than the report's
  past: "[a-záéíóúñ]{2,}(?:ó|aron|ieron)|[a-záéíóúñ]{3,}(?:aba|aban)|fue|fueron|hubo|hab[ií]an?|dijo|dijeron|hizo|hicieron|tuvo|tuvieron|estuvo|estuvieron|pudo|pudieron|puso|pusieron|vino|vinieron",
  // "aplazado hasta junio", "pospuesta al 5 de mayo": a new date a plan was moved to lies ahead
  future: "(?:aplaz|pospuest|pospus|posterg|retrasad|trasladad)[a-záéíóúñ]*(?=\\s+(?:hasta|para|al|a)\\s)|[a-záéíóúñ]+(?:rá|rán|[aei]remos)|va\\s+a|van\\s+a|prev[eé]n?|previst[oa]s?|próxim[oa]|entran?\\s+en\\s+vigor|(?:comienza|empieza|arranca|abre|reabre|inaugura|reanuda|cierra)n?",
  // frequent in running text, rare in the other Latin-script languages: the language guess counts them
  markers: ["el", "los", "las", "del", "que", "y", "en", "por", "con", "una", "para", "según", "fue", "este"],
  // "la mitad de las casas", "dos tercios de los vecinos": a share (not "un cuarto de hora", "la primera mitad")
  shares: {
    words: { "(?:la\\s+)?mitad": 50, "un\\s+tercio": 33.3, "dos\\s+tercios": 66.7, "un\\s+cuarto": 25, "tres\\s+cuartos": 75, "la\\s+tercera\\s+parte": 33.3, "la\\s+cuarta\\s+parte": 25, "una\\s+quinta\\s+parte": 20 },
    of: "de\\s+los|de\\s+las|de\\s+la|del|de",
    time: "horas?|siglos?|años?|mes|meses|semanas?|días?|década|jornada",
    period: "primera|segunda|última|otra",
  },
  // "dos últimos años", "tres nuevos casos": the noun after the adjective
  between: "[uú]ltim[oa]s|pr[oó]xim[oa]s|nuev[oa]s|otr[oa]s",
  // "se duplicó", "multiplicado por tres", "tres veces más": a multiplier (as English's "tripled")
  ratios: {
    words: { "duplic(?:ó|aron|ado|ada|ados|adas)": 2, "triplic(?:ó|aron|ado|ada|ados|adas)": 3, "cuadruplic(?:ó|aron|ado|ada|ados|adas)": 4 },
    times: ["multiplic(?:ó|aron|ado|ada|ados|adas)\\s+por\\s+N", "N\\s+veces(?=\\s+(?:más|menos|mayor|menor|superior|inferior)(?![a-záéíóúñ]))"],
  },
  // "la segunda quincena de junio", "la primera mitad de julio": the 16th to the month's end, the 1st to the 15th
  fortnights: { ordinals: { "primera|1ª": 1, "segunda|última|2ª": 2 }, noun: "quincena|mitad", link: "de" },
  // "pasó de 1,2 a 1,9 millones", "subió de 300 a 450": a change, two figures
  change: {
    verbs:
      "pas(?:ó|aron|ará|arán|a|an|ado|ada|ando)|aument(?:ó|aron|ará|a|an|ado|ada|ando)|subi(?:ó|eron|rá|do|da|endo)|sube|suben|" +
      "baj(?:ó|aron|ado|ada|ando)|cay(?:ó|eron|endo)|ca[ií]d[oa]|creci(?:ó|eron|do|endo)|crece|crecen|reduj(?:o|eron)|reducid[oa]|" +
      "dispar(?:ó|aron)|elev(?:ó|aron|ado|ada)|descendi(?:ó|eron|do)|retrocedi(?:ó|eron|do)",
    from: "de", to: "a",
  },
  // "2 horas y 30 minutos", "en 1 h 45": one span ("a las 14 h 30" is a clock's)
  hours: {
    hour: "h|horas?", minute: "min(?:utos?)?", join: "y",
    clock: "(?:a|desde|hasta|sobre|de|entre|para)\\s+las?|las?", cue: "dur(?:a|ará|ó)|tard(?:a|ará|ó)|en|durante|de|unas?|casi|m[aá]s\\s+de|menos\\s+de|cerca\\s+de",
  },
  // "7 sep (EFE)": a month's short form ICU lacks (it has "sept")
  months: { "sep": 9 },
  // never what a count counts, the count stays ("cuatro gravemente", "12 según la policía"): adverbs, prepositions
  notNoun: "\\p{L}{3,}mente|casi|solo|sólo|apenas|ya|aún|todavía|hoy|ayer|contra|según|durante|tras|hacia|ante|bajo|mediante|cada",
  // "11 céntimos", "50 centavos": a hundredth of a euro, of a peso (the peso's code as `currencies` gives it)
  subunits: { "c[ée]ntimos?": "EUR", "centavos?": "MXN" },
  stop: ["de", "del", "en", "a", "al", "y", "e", "o", "u", "que", "por", "para", "con", "sin", "la", "el", "los", "las", "se", "es", "fue", "son", "fueron", "eran", "están", "estaban", "siguen", "permanecen", "resultaron", "quedan", "serán", "años", "grados", "veces", "mil", "millones", "entre", "sobre", "hasta", "desde", "como", "más", "menos", "su", "sus"],
  // "al día siguiente" (after "el 15 de mayo"): a day counted from the date just stated
  steps: {
    "(?:al|el)\\s+d[ií]a\\s+siguiente|al\\s+otro\\s+d[ií]a": ["day", 1], "(?:el|al)\\s+d[ií]a\\s+anterior": ["day", -1],
    "(?:al|el)\\s+año\\s+siguiente": ["year", 1], "(?:el|al)\\s+año\\s+anterior": ["year", -1],
  },
  // "dos en cada dirección" after "cuatro carriles": a part of that count, per direction
  perDirection: PER_DIRECTION,
  // "un terremoto de magnitud 7,1", "6,9 grados en la escala de Richter", "un sismo de 6,9 grados" (not "6 grados centígrados")
  magnitude: {
    before: "magnitud(?:\\s+de)?", after: "(?:\\s+grados)?\\s+(?:en|de)\\s+la\\s+escala\\s+(?:abierta\\s+)?de\\s+richter|\\s+de\\s+magnitud",
    weak: { after: "\\s+grados\\b(?!\\s+(?:cent|celsius|bajo))" }, quake: "sismo|terremoto|temblor|réplica|sísmic|tsunami",
  },
});
