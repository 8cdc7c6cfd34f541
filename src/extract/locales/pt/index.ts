/** Portuguese: scale words, number words, qualifiers, relative dates (ICU has months, units and weekdays). */
import { defineLocale } from "../../common/vocab.js";
import { generated } from "./vocab.generated.js";
import { PER_DIRECTION } from "./reconcile.js";

export const vocab = defineLocale(generated, {
  code: "pt",
  family: "alpha",
  // "0,25 ponto": a decimal's points are percentage points (not "pontos-base", "pontos básicos")
  percent: ["pontos\\s+percentuais|ponto\\s+percentual", "(?<=\\d,\\d{1,2}\\s{1,2})pontos?(?![a-z])(?![-\\s]+(?:base|b[aá]sicos|de|percentua))"],
  drop: ["l", "g", "h", "d", "sem.", "a"],
  hour: ["h"],
  // "3 M€": a million before a currency sign ("200 m" is metres)
  signScales: { "m": 1e6 },
  scales: { "mil": 1e3, "milhões|milhão|mi\\.?": 1e6, "bilhões|bilhão|mil\\s+milhões|bi\\.?": 1e9, "trilhões|trilhão": 1e12 },
  numbers: {
    "um|uma": 1, "dois|duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12,
    "treze": 13, "catorze|quatorze": 14, "quinze": 15, "dezesseis|dezasseis": 16, "dezessete|dezassete": 17, "dezoito": 18, "dezenove|dezanove": 19,
    "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem|cento": 100,
    "ambos|ambas": 2, "os\\s+dois|as\\s+duas": 2,
  },
  // "uma dezena de casas", "um milhar de pessoas": about ten, about a thousand
  about: { "uma\\s+dezena": 10, "uma\\s+d[uú]zia": 12, "uma\\s+centena": 100, "um\\s+milhar": 1e3 },
  // "vinte e cinco": tens and a unit
  numberJoin: { join: "\\s+e\\s+" },
  articles: ["um", "uma", "ambos", "ambas", "os dois", "as duas"],
  // a count with no noun ("Sete, segundo a empresa, …", "morreram nove."): its auxiliaries, the number words alone mostly another word (a clock's words are its hours')
  alone: { verbs: ["é", "foi", "são", "foram", "eram", "estão", "estavam", "ficaram", "continuam", "permanecem", "serão"], of: "de\\s+(?:seus|suas|eles|elas)" },
  currencies: { "d[oó]lares|d[oó]lar": "USD", "euros?": "EUR", "rublos?": "RUB", "yuans?|iuanes": "CNY", "ienes|iene": "JPY", "wons?": "KRW", "libras?": "GBP", "reais|real": "BRL", "grívnias?": "UAH" },
  // "200 m" is metres: ICU's "m", kept while the other one-letter symbols are dropped
  // rain in litres per square metre ("120 litros por metro quadrado") is its depth: one litre a square metre is a millimetre
  units: { "litros?(?:\\s+de\\s+água)?\\s+por\\s+metro\\s+quadrado": "mm", "quil[oó]metros?": "km", "quil[oó]metros?\\s+por\\s+hora": "km/h", "km3|km³": "km3", "hm3|hm³": "hm3", "toneladas?": "t", "quil[oóô]metros\\s+quadrados|km2|km²": "km2", "metros\\s+quadrados|m2|m²": "m2", "metros\\s+c[uú]bicos\\s+por\\s+segundo": "m3/s", "metros\\s+c[uú]bicos|m3|m³": "m3", "hectares?": "ha", "barris|barril": "oil barrel", "milhas\\s+n[aá]uticas|milha\\s+n[aá]utica": "nautical mile" },
  // "uma década", "duas décadas": ten years each, as English's "a decade"
  spans: { "d[eé]cadas?": 3652.5 },
  before: {
    "cerca\\s+de|quase|aproximadamente|por\\s+volta\\s+de|em\\s+torno\\s+de|uns|umas": "approx",
    "mais\\s+de|pelo\\s+menos|ao\\s+menos|acima\\s+de": "lower", "até|menos\\s+de|no\\s+máximo": "upper",
  },
  rangeJoin: "e|a|ou|para",
  link: "de",
  dateLink: "de",
  // "depuis le 3 août": a day no later than the report's
  since: "desde(?:\\s+[oa])?",
  days: { "hoje": 0, "ontem": -1, "amanhã": 1, "anteontem": -2 },
  // "no fim de semana", "o fim de semana passado": a Saturday and Sunday (not "todo fim de semana")
  weekend: "(?<!(?:cada|todo|todos\\s+os|nos|os)\\s+)fim(?:\\s+|-)de(?:\\s+|-)semana",
  weeksAgo: { "(?:na\\s+)?semana\\s+passada": -1, "esta\\s+semana|nesta\\s+semana": 0, "(?:na\\s+)?pr[óo]xima\\s+semana": 1 },
  weekdayNext: "pr[óo]xim[oa]|que\\s+vem",
  // "de sexta-feira 15 a domingo 17": one span of days
  dayRange: { from: "de|desde|da|do", to: "a|até|ao" },
  // the day a thing is set for: "para a sexta", the coming one
  weekdayFor: "para(?:\\s+[ao])?",
  // "hasta el viernes": the coming one, unless the clause is in the past (`past`)
  weekdayUntil: "até(?:\\s+[ao])?",
  weekdayLast: "passad[oa]",
  monthsAgo: { "(?:no\\s+)?mês\\s+passado": -1, "este\\s+mês|neste\\s+mês": 0, "(?:no\\s+)?próximo\\s+mês": 1 },
  years: { "(?:no\\s+)?ano\\s+passado": -1, "este\\s+ano|neste\\s+ano": 0, "(?:no\\s+)?próximo\\s+ano": 1 },
  agoBefore: "há",
  // "em julho", "desde outubro", "até maio": a month with no day or year
  // "entre janvier et mars": one span of months
  monthRange: { before: "entre", join: "e" },
  monthAlone: "em|desde|até|antes\\s+de|após|depois\\s+de",
  seasons: { "primavera": "spring", "verão": "summer", "outono": "autumn", "inverno": "winter" },
  seasonsRelative: { before: { "pr[óo]xim[oa]": 1, "est[ea]": 0 }, after: { "passad[oa]": -1, "que\\s+vem": 1 } },
  yearParts: { "final\\s+de|fim\\s+de": "end", "início\\s+de|começo\\s+de": "early", "meados\\s+de": "mid" },
  // "no terceiro trimestre", "no primeiro semestre", "os primeiros nove meses", "fim de ano"
  periods: {
    ordinals: { "primeir[oa]|1º": 1, "segund[oa]|2º": 2, "terceiro|3º": 3, "quarto|4º": 4 },
    last: "[uú]ltim[oa]",
    quarter: "trimestres?", half: "semestres?|metade", months: "meses", first: "primeiros",
    yearNoun: "\\s{1,3}ano(?!\\s+(?:passado|anterior|pr[oó]ximo|que\\s+vem))",
    // "os primeiros três meses da guerra" is no date; "do ano", "de 2023" are the year's
    of: { link: "d[oa]s|d[oa]|de", year: "(?:(?:este|o|esse)\\s+)?(?:ano|exerc[ií]cio)|(?:19|20)\\d\\d" },
    // "as festas de fim de ano"
    attribute: "de|d[oa]s?",
  },
  // "300 caminhões por dia": a rate
  ratesBefore: { "diariamente": "day", "semanalmente": "week", "mensalmente": "month", "anualmente": "year" },
  rates: { "por\\s+dia|ao\\s+dia(?!\\s+(?:seguinte|anterior|de|do|da))|di[aá]rios|di[aá]rias": "day", "por\\s+semana": "week", "por\\s+m[eê]s|ao\\s+m[eê]s|mensais": "month", "por\\s+ano|ao\\s+ano|anuais": "year" },
  // the future tense ("reabrirá", "serão"), "vai" before an infinitive, "previsto", and the present of a timetable ("entra em vigor", "as entregas começam", "reabre"): a weekday or month ahead.
  // "retoma" is also pt-PT's noun ("a retoma da economia"): a verb only where no article or preposition stands before it
  // the simple past and the imperfect: a date with no year no later than the report's
  past: "(?!(?:estou|sou|vou|dou|europeu|museu|chapéu|troféu|ateu|judeu)(?![a-záâãéêíóôõúç]))(?:[a-záâãéêíóôõúç]{2,}(?:ou|aram|eram|iram|iu)|[a-záâãéêíóôõúç]{3,}eu|[a-záâãéêíóôõúç]{3,}(?:ava|avam))|foi|foram|houve|tinham?|haviam?|disse|disseram|fez|fizeram|teve|tiveram|esteve|estiveram|pôde|puderam|pôs|puseram|veio|vieram",
  // "adiado para junho", "adiada até 5 de maio": a new date a plan was moved to lies ahead
  future:
    "(?:adiad|postergad|remarcad)[oa]s?(?=\\s+(?:para|até)\\s)|[a-záâãéêíóôõúç]+(?:rá|rão|[aei]remos)|vai|vão|previst[oa]s?|próxim[oa]|entra(?:m)?\\s+em\\s+vigor|(?:começa|arranca|abre|reabre|inaugura|fecha|inicia)m?|retomam|" +
    "(?<!(?:^|[^a-záâãéêíóôõúç])(?:a|à|da|na|pela|uma|numa|duma|sua|esta|essa|nova)\\s)retoma",
  // frequent in running text, rare in the other Latin-script languages: the language guess counts them
  markers: ["o", "os", "as", "do", "da", "dos", "das", "que", "em", "para", "com", "uma", "não", "foi"],
  // "a metade das casas", "dois terços dos moradores": a share ("um quarto" is as often a room: left out)
  shares: {
    words: { "(?:a\\s+)?metade": 50, "um\\s+terço": 33.3, "dois\\s+terços": 66.7 },
    of: "dos|das|do|da|de",
    time: "horas?|séculos?|anos?|mês|meses|semanas?|dias?|década",
    period: "primeira|segunda|última|outra",
  },
  // "dois últimos anos", "três novos casos": the noun after the adjective
  between: "[uú]ltim[oa]s|pr[oó]xim[oa]s|nov[oa]s|outr[oa]s",
  // "dobrou", "triplicou", "multiplicado por três", "três vezes mais": a multiplier (as English's "tripled")
  ratios: {
    words: { "dobr(?:ou|aram)|duplic(?:ou|aram|ado|ada|ados|adas)": 2, "triplic(?:ou|aram|ado|ada|ados|adas)": 3, "quadruplic(?:ou|aram|ado|ada|ados|adas)": 4 },
    times: ["multiplicad[oa]s?\\s+por\\s+N", "N\\s+vezes(?=\\s+(?:mais|menos|maior|menor|superior|inferior)(?![a-záâãéêíóôõúç]))"],
  },
  // "a segunda quinzena de junho", "a primeira metade de julho": the 16th to the month's end, the 1st to the 15th
  fortnights: { ordinals: { "primeira|1ª": 1, "segunda|última|2ª": 2 }, noun: "quinzena|metade", link: "de" },
  // "passou de 1,2 a 1,9 bilhão", "subiu de 300 a 450": a change, two figures
  change: {
    verbs: "pass(?:ou|aram|ará|ado|ada|ando)|aument(?:ou|aram|ará|ado|ada)|sub(?:iu|iram|irá|ido)|ca(?:iu|íram|ído)|cresc(?:eu|eram|ido)|reduz(?:iu|iram|ido|ida)|diminu(?:iu|íram|ído)|salt(?:ou|aram)",
    from: "de", to: "a|para", toOnly: "para",
  },
  // "em 1h45", "2 horas e 30 minutos": one span ("às 14h30" is a clock's)
  hours: {
    hour: "h|horas?", minute: "min(?:utos?)?", join: "e",
    clock: "às|as|pelas|das|desde\\s+as|até\\s+(?:às|as)|entre\\s+as|a\\s+partir\\s+das", cue: "dur(?:a|ará|ou)|lev(?:a|ará|ou)|em|durante|de|cerca\\s+de|quase|mais\\s+de|menos\\s+de",
  },
  // never what a count counts, the count stays ("quatro gravemente", "12 segundo a polícia"): adverbs, prepositions
  notNoun: "\\p{L}{3,}mente|quase|só|apenas|já|ainda|hoje|ontem|contra|segundo|durante|após|ante|sob|cada",
  // "11 cêntimos", "50 centavos": a hundredth of a euro, of a real
  subunits: { "c[êe]ntimos?": "EUR", "centavos?": "BRL" },
  stop: ["de", "do", "da", "dos", "das", "em", "no", "na", "a", "ao", "e", "ou", "que", "por", "para", "com", "sem", "o", "os", "as", "se", "é", "foi", "são", "foram", "eram", "estão", "estavam", "ficaram", "continuam", "permanecem", "serão", "anos", "graus", "vezes", "mil", "milhões", "entre", "sobre", "até", "como", "mais", "menos", "seu", "sua", "horas"],
  // "no dia seguinte" (after "em 15 de maio"): a day counted from the date just stated
  steps: {
    "(?:no|o)\\s+dia\\s+seguinte": ["day", 1], "(?:no|o)\\s+dia\\s+anterior": ["day", -1],
    "(?:no|o)\\s+ano\\s+seguinte": ["year", 1], "(?:no|o)\\s+ano\\s+anterior": ["year", -1],
  },
  // "duas em cada sentido" after "quatro faixas": a part of that count, per direction
  perDirection: PER_DIRECTION,
  // "um sismo de magnitude 7,1", "6,9 graus na escala de Richter", "um tremor de 4,2 graus"
  magnitude: {
    before: "magnitude(?:\\s+de)?", after: "(?:\\s+graus?)?\\s+na\\s+escala\\s+(?:aberta\\s+)?de\\s+richter|\\s+de\\s+magnitude",
    weak: { after: "\\s+graus\\b(?!\\s+(?:cent|celsius|negativos|abaixo))" }, quake: "sismo|sísmic|terremoto|tremor|abalo|réplica|tsunami",
  },
});
