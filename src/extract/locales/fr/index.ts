/** French: scale words, number words, qualifiers, relative dates (ICU has months, units and weekdays). */
import { defineLocale } from "../../common/vocab.js";
import { generated } from "./vocab.generated.js";
import { PER_DIRECTION } from "./reconcile.js";

export const vocab = defineLocale(generated, {
  code: "fr",
  family: "alpha",
  // "0,25 point": a decimal's points are percentage points (not "points de base", "de suture")
  percent: ["points?\\s+de\\s+pourcentage", "(?<=\\d,\\d{1,2}\\s{1,2})points?(?![a-z])(?!\\s+d)"],
  drop: ["l", "g", "h", "j", "sem.", "a", "mois"],
  hour: ["h"],
  // "3 M€", "1,2 Md€": a million, a billion before a currency sign ("200 m" is metres)
  signScales: { "m": 1e6, "md": 1e9 },
  scales: { "mille|milliers": 1e3, "millions|million|mln": 1e6, "milliards|milliard|mds|mrd\\.?": 1e9, "billions|billion": 1e12 },
  numbers: {
    "un|une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "quatre-vingts?": 80, "cent": 100, "les\\s+deux": 2,
  },
  // "une dizaine de maisons", "un millier de manifestants": about ten, about a thousand
  about: {
    "une\\s+dizaine": 10, "une\\s+douzaine": 12, "une\\s+quinzaine": 15, "une\\s+vingtaine": 20, "une\\s+trentaine": 30, "une\\s+quarantaine": 40,
    "une\\s+cinquantaine": 50, "une\\s+soixantaine": 60, "une\\s+centaine": 100, "un\\s+millier": 1e3,
  },
  // "vingt-sept", "vingt et un", "soixante-dix-sept" (60 and 17), "quatre-vingt-dix" (80 and 10)
  numberJoin: { join: "-et-|\\s+et\\s+|-", teens: true },
  articles: ["un", "une", "les deux"],
  // a count with no noun ("11 sont morts", "ils étaient onze."): its auxiliaries, the number words alone mostly another word (a clock's words are its hours')
  alone: { verbs: ["est", "sont", "ont", "étaient", "restent", "demeurent", "seront"], not: ["neuf"], of: "de\\s+(?:ses|leurs|ces|nos)|des\\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\\d+)|d['’]entre\\s+(?:eux|elles)" },
  currencies: { "dollars?": "USD", "euros?": "EUR", "roubles?": "RUB", "yuans?": "CNY", "yens?": "JPY", "wons?": "KRW", "livres?\\s+sterling": "GBP", "francs?\\s+suisses": "CHF", "francs?\\s+CFA": "XOF", "hryvnias?": "UAH" },
  // "200 m" is metres: ICU's "m", kept while the other one-letter symbols are dropped (the million before a currency sign is a scale)
  // rain in litres per square metre ("120 litres par mètre carré") is its depth: one litre a square metre is a millimetre
  units: { "litres?(?:\\s+d['’]eau|\\s+de\\s+pluie)?\\s+(?:par|au)\\s+m[èe]tre\\s+carr[ée]": "mm", "n(?:œ|oe)uds?": "knot", "Mt|m[ée]gatonnes?": "mt", "km3|km³": "km3", "hm3|hm³": "hm3", "tonnes?(?:\\s+de\\s+port\\s+en\\s+lourd)?|tpl": "t", "kilom[eè]tres\\s+carr[ée]s|km2|km²": "km2", "m[eè]tres\\s+carr[ée]s|m2|m²": "m2", "m[eè]tres\\s+cubes\\s+par\\s+seconde": "m3/s", "m[eè]tres\\s+cubes|m3|m³": "m3", "hectares?": "ha", "barils|baril": "oil barrel", "milles\\s+nautiques|mille\\s+nautique": "nautical mile" },
  spans: { "mois": 30.44, "ans|années|année|an": 365.25, "décennies?": 3652.5 },
  before: {
    "environ|près\\s+d(?:e|['’])|presque|quelque|à\\s+peu\\s+près|autour\\s+de|approximativement|une\\s+vingtaine\\s+de": "approx",
    "plus\\s+d(?:e|['’])|au\\s+moins|au-delà\\s+de|dès": "lower", "jusqu['’]à|moins\\s+d(?:e|['’])|au\\s+plus|au\\s+maximum": "upper",
  },
  // "du 1er au 15 juin"
  rangeJoin: "à|au|et|ou",
  link: "de|d['’]",
  dateLink: "",
  // "depuis le 3 août": a day no later than the report's
  since: "depuis(?:\\s+le)?",
  days: { "aujourd['’]hui": 0, "hier": -1, "demain": 1, "avant-hier": -2 },
  // "le week-end dernier", "ce week-end": a Saturday and Sunday (not "chaque week-end")
  weekend: "(?<!(?:chaque|tous\\s+les|les)\\s+)week-?end",
  weeksAgo: { "(?:la\\s+)?semaine\\s+derni[eè]re|(?:la\\s+)?semaine\\s+pass[ée]e": -1, "cette\\s+semaine": 0, "(?:la\\s+)?semaine\\s+prochaine": 1 },
  // "the end of the week": its Friday to Sunday
  weekEnd: { "fin\\s+de\\s+(?:la|cette)\\s+semaine(?!\\s+(?:prochaine|derni[eè]re|pass[ée]e))": 0, "fin\\s+de\\s+la\\s+semaine\\s+(?:derni[eè]re|pass[ée]e)": -1, "fin\\s+de\\s+la\\s+semaine\\s+prochaine": 1 },
  weekdayNext: "prochain",
  // "du vendredi 15 au dimanche 17": one span of days
  dayRange: { from: "du|de", to: "au|à" },
  // the day a thing is set for: "pour vendredi", the coming one
  weekdayFor: "pour",
  // "hasta el viernes": the coming one, unless the clause is in the past (`past`)
  weekdayUntil: "jusqu['’]à",
  weekdayLast: "dernier",
  monthsAgo: { "(?:le\\s+)?mois\\s+dernier": -1, "ce\\s+mois-ci": 0, "(?:le\\s+)?mois\\s+prochain": 1 },
  years: { "l['’]an\\s+dernier|l['’]année\\s+dernière|l['’]année\\s+passée": -1, "cette\\s+année": 0, "l['’]an(?:née)?\\s+prochaine?": 1 },
  agoBefore: "il\\s+y\\s+a",
  // "en juillet", "depuis octobre", "jusqu'en mai": a month with no day or year
  // "entre janvier et mars": one span of months
  monthRange: { before: "entre", join: "et" },
  monthAlone: "en|depuis|dès|jusqu['’]en|d['’]ici|avant|après",
  // "été" after "avoir" is its participle ("ont été secourus", "a déjà été"), no summer: the check
  // follows the word, so it runs only where "été" stands
  seasons: {
    "printemps": "spring", "automne": "autumn", "hiver": "winter",
    "été(?<!(?:^|[^a-zà-ÿœ])(?:a|ai|as|avons|avez|ont|avait|avaient|avais|avions|aviez|aura|auront|aurait|auraient|aurais|ait|aient|eut|eût|avoir|ayant)(?:\\s{1,3}(?:déjà|pas|jamais|toujours|bien|encore|tous|toutes|tout|aussi|alors|ensuite|enfin|plus|souvent|[a-zà-ÿ]{2,20}ment)){0,2}\\s{1,3}été)": "summer",
  },
  seasonsRelative: { before: { "cet|cette": 0 }, after: { "prochaine?": 1, "derni(?:er|ère)": -1 } },
  yearParts: { "fin": "end", "début": "early", "mi-": "mid" },
  // "au troisième trimestre", "au premier semestre", "les neuf premiers mois", "fin d'année"
  periods: {
    ordinals: { "premi(?:er|ère)|1(?:er|re|ère)": 1, "deuxième|seconde?|2e|2ème": 2, "troisième|3e|3ème": 3, "quatrième|4e|4ème": 4 },
    last: "derni(?:er|ère)",
    quarter: "trimestres?", half: "semestres?|moitié", months: "mois", first: "premiers", yearLink: "de",
    yearNoun: "\\s{1,3}(?:d['’]|de\\s+l['’])année",
    // "les trois premiers mois de la guerre" is no date; "de l'année", "de 2023" are the year's
    of: { link: "de\\s+la|de\\s+l['’]|des|du|de|d['’]", year: "(?:l['’]|cette\\s+)?(?:ann[ée]e|an|exercice)|(?:19|20)\\d\\d" },
    // "les fêtes de fin d'année", "la prime de fin d'année"
    attribute: "de|du|des|d['’]",
  },
  // "300 camions par jour": a rate
  ratesBefore: { "quotidiennement": "day", "mensuellement": "month", "annuellement": "year" },
  rates: { "par\\s+jour|quotidiens?|quotidiennes?": "day", "par\\s+semaine": "week", "par\\s+mois|mensuels?": "month", "par\\s+an|par\\s+année|annuels?|annuelles?": "year" },
  // the future tense ("reprendra", "sera", "rouvriront"), "va"/"doit" before an infinitive, "prévu pour", and the present of a
  // timetable ("entre en vigueur", as English's "comes into force"; "les travaux commencent", "rouvre"): a weekday or month ahead
  // the passé composé (the narrative past), the simple past, the imperfect and a pluperfect: a date with no year no later than the report's
  past: "(?:a|ont|avait|avaient|eut|eurent)\\s+(?:(?:été|pas|plus|jamais|rien|déjà|encore|toujours|bien|aussi)\\s+)*[a-zàâçéèêëîïôûùüÿ]{2,}(?:é|ée|és|ées|i|ie|is|ies|it|u|ue|us|ert|ort)|était|étaient|fut|furent|avait|avaient|(?!(?:souhait|portrait|retrait|extrait|attrait|distrait|abstrait|trait|lait|fait|parfait|bienfait|forfait|sait|plait|plaît)(?![a-zàâçéèêëîïôûùüÿ]))[a-zàâçéèêëîïôûùüÿ]{3,}(?:ait|aient|èrent)",
  // "reporté au 5 mai", "repoussée à juin": a new date a plan was moved to lies ahead
  future:
    "(?:report|repouss|décal|ajourn)ée?s?(?=\\s+(?:à|au|jusqu['’]))|(?!(?:extra|ultra|contra|sierra|vrai|environs)(?![a-zà-ÿ]))[a-zà-ÿ]*[eiudrvtp]r(?:a|ont|ons|ez|ai)|va|vont|doit|doivent|devrait|devraient|prévue?s?|(?:est|sont)\\s+attendue?s?|d['’]ici|entre(?:nt)?\\s+en\\s+vigueur|commencen?t?|débuten?t?|ouvren?t?|rouvren?t?|démarren?t?|reprennent|reprend|ferment|" +
    // "ferme" is as often the noun ("la ferme a brûlé") or the adjective ("une position ferme"): a verb only after no determiner and before what a closing takes ("ferme ses portes", "ferme le 3")
    "(?<!(?:^|[^a-zà-ÿ])(?:la|une|cette|sa|ma|ta|notre|votre|leur|chaque|de|du|des)\\s)ferme(?=\\s+(?:ses|sa|son|leurs?|les|le|la|l['’]|dès|jusqu|définitivement|temporairement|à\\s+la\\s+circulation)(?![a-zà-ÿ]))",
  // frequent in running text, rare in the other Latin-script languages: the language guess counts them
  markers: ["le", "les", "des", "et", "est", "une", "dans", "pour", "que", "qui", "du", "sur", "au", "été"],
  // "la moitié des maisons", "deux tiers du budget": a share (not "un quart d'heure", "la première moitié")
  shares: {
    words: { "(?:la\\s+)?moitié": 50, "un\\s+tiers": 33.3, "deux\\s+tiers": 66.7, "un\\s+quart": 25, "trois\\s+quarts": 75, "un\\s+cinquième": 20, "un\\s+dixième": 10 },
    of: "des|du|de\\s+la|de\\s+l['’]|de|d['’]",
    time: "heures?|siècles?|an|ans|années?|mois|semaines?|journées?|jours?|décennies?|l['’]année|la\\s+journée",
    period: "premi(?:ère|er)|seconde|deuxième|dernière|autre",
  },
  // "deux dernières années", "trois autres blessés": the noun after the adjective
  between: "derni(?:er|ers|ère|ères)|prochain(?:e|s|es)?|autres|nouveaux|nouvelles",
  // "les ventes ont doublé", "multiplié par trois", "trois fois plus": a multiplier (as English's "tripled")
  ratios: {
    words: { "doublée?s?": 2, "triplée?s?": 3, "quadruplée?s?": 4, "décuplée?s?": 10 },
    times: ["multipli[ée]e?s?\\s+par\\s+N", "N\\s+fois(?=\\s+(?:plus|moins|supérieure?s?|inférieure?s?)(?![a-zà-ÿ]))"],
  },
  // "la seconde quinzaine de juin", "la première moitié de juillet": the 16th to the month's end, the 1st to the 15th
  fortnights: { ordinals: { "premi[eè]re|1re|1ère": 1, "seconde|deuxième|dernière|2e|2nde": 2 }, noun: "quinzaine|moitié", link: "de|d['’]" },
  // "est passé de 1,2 à 1,9 milliard", "ramené de 90 à 80 km/h": a change, two figures ("augmenté de 5 à 7 %" may be a range of the rise)
  change: { verbs: "pass(?:e|é|ée|és|ées|ent|era|eront|ait|aient|ant|er)|ramen(?:é|ée|és|ées|ant|er)", from: "de", to: "à" },
  // "1 h 45 de trajet", "en 1 h 45", "2 heures et 30 minutes": one span ("à 14 h 30" is a clock's)
  hours: {
    hour: "h|heures?", minute: "min(?:utes?)?|mn", join: "et",
    clock: "à|vers|dès|depuis|jusqu['’]à|avant|après|entre|le|ce|midi|minuit", cue: "dur(?:e|era|é|er)|pren(?:d|dra)|faut|faudra|met(?:tra)?|en|pendant|durant|de|d['’]|environ|plus\\s+de|moins\\s+de|près\\s+de|quelque",
    away: "l['’]une?\\s+de\\s+l['’]autre|de\\s+(?:route|train|trajet|voiture|vol|marche|TGV|bus)",
  },
  // never what a count counts, the count stays ("dont 19 grièvement", "quatre légèrement"): adverbs, prepositions
  notNoun: "grièvement|gravement|légèrement|sérieusement|mortellement|très|environ|seulement|notamment|respectivement|également|aussi|déjà|encore|toujours|désormais|actuellement|hier|aujourd['’]hui|selon|contre|parmi|chez|vers|depuis|pendant|durant|après|avant|sous|malgré|chacun|chacune",
  stop: ["de", "du", "des", "le", "la", "les", "et", "ou", "en", "à", "au", "aux", "par", "pour", "sur", "dans", "avec", "sans", "que", "qui", "est", "sont", "ont", "étaient", "restent", "demeurent", "seront", "a", "ans", "fois", "degrés", "millions", "milliards", "entre", "plus", "moins", "son", "sa", "ses", "heures"],
  // "le lendemain" (after "le 15 mai"; not "au lendemain de l'attaque", a day after an event)
  steps: {
    "le\\s+lendemain(?!\\s+d)|le\\s+jour\\s+suivant": ["day", 1], "la\\s+veille(?!\\s+d)|le\\s+jour\\s+pr[ée]c[ée]dent": ["day", -1],
    "l['’]ann[ée]e\\s+suivante": ["year", 1], "l['’]ann[ée]e\\s+pr[ée]c[ée]dente": ["year", -1],
  },
  // "deux dans chaque sens" after "quatre voies": a part of that count, per direction
  perDirection: PER_DIRECTION,
  // "un séisme de magnitude 7,1", "d'une magnitude de 6,9", "7,1 sur l'échelle de Richter", "7,1 de magnitude"
  magnitude: {
    before: "magnitude(?:\\s+(?:estimée|évaluée|mesurée)\\s+à|\\s+de)?",
    after: "(?:\\s+degrés?)?\\s+sur\\s+l['’]échelle\\s+(?:ouverte\\s+)?de\\s+richter|\\s+de\\s+magnitude",
    quake: "séisme|sism|tremblement|réplique|secousse|tsunami",
  },
});
