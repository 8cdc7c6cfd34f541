/** Icelandic: scale and number words, case forms of units and currencies, qualifiers (ICU has months and weekdays). */
import { defineLocale } from "../../common/vocab.js";
import { generated } from "./vocab.generated.js";

export const vocab = defineLocale(generated, {
  code: "is",
  family: "alpha",
  percent: ["prósentustig(?:um)?"],
  drop: ["l", "g", "m", "mí", "jan", "mar", "sep", "des", "sun", "mán", "þri", "mið", "fim", "fös", "lau", "mán.", "ár"],
  scales: { "þúsund|þús\\.": 1e3, "milljón(?:ir|a|um)?|millj\\.": 1e6, "milljarð(?:ar|a|ur|um)?|milljörðum|ma\\.": 1e9, "billjón(?:ir|a)?": 1e12 },
  numbers: {
    "tveir|tvær|tvö|tveggja|tveimur": 2, "þrír|þrjár|þrjú|þriggja|þremur": 3, "fjórir|fjórar|fjögur|fjögurra|fjórum": 4, "fimm": 5, "sex": 6,
    "sjö": 7, "átta": 8, "níu": 9, "tíu": 10, "ellefu": 11, "tólf": 12, "tuttugu": 20, "hundrað": 100,
  },
  currencies: { "krón(?:a|ur|um|u)|króna|kr\\.?|ísk": "ISK", "dollar(?:a|ar|ara|urum)?|bandaríkjadal(?:a|ir|ur)": "USD", "evr(?:a|ur|um|u)": "EUR", "rúbl(?:a|ur|um|na)": "RUB" },
  units: { "kílómetr(?:a|ar|i|um)": "km", "metr(?:a|ar|i|um)|metra": "m", "tonn(?:a|um)?": "t", "ferkílómetr(?:a|ar|i|um)|km2|km²": "km2", "fermetr(?:a|ar|i|um)|m2|m²": "m2", "hektar(?:a|ar|i)": "ha" },
  spans: { "ár(?:a|um|in)?": 365.25, "mánuð(?:i|ir|um)|mánaða": 30.44, "vik(?:u|ur|na|um)": 7, "dag(?:a|ar|ur|um)|dögum": 1, "klukkustund(?:a|ir|um)?": 1 / 24 },
  months: { "janúar": 1, "mars": 3, "september": 9, "desember": 12 },
  before: { "um|tæplega|nærri|næstum|u\\.þ\\.b\\.|allt\\s+að\\s+um|hátt\\s+í": "approx", "rúmlega|meira\\s+en|yfir|minnst|að\\s+minnsta\\s+kosti": "lower", "allt\\s+að|minna\\s+en|undir|mest": "upper" },
  rangeJoin: "til|og|eða",
  days: { "í\\s+dag": 0, "í\\s+gær": -1, "á\\s+morgun": 1 },
  monthsAgo: { "í\\s+síðasta\\s+mánuði": -1, "í\\s+þessum\\s+mánuði": 0, "í\\s+næsta\\s+mánuði": 1 },
  years: { "í\\s+fyrra": -1, "í\\s+ár": 0, "á\\s+næsta\\s+ári": 1 },
  agoBefore: "fyrir",
  seasons: { "vor(?:ið|inu)?": "spring", "sumar(?:ið)?|sumrinu": "summer", "haust(?:ið|inu)?": "autumn", "vetur(?:inn)?|vetri": "winter" },
  yearParts: { "lok": "end", "byrjun|upphafi": "early", "miðju": "mid" },
  // frequent in running text, rare in the other Latin-script languages: the language guess counts them
  markers: ["og", "að", "í", "á", "sem", "er", "um", "var", "við", "til", "hafa", "eru", "ekki", "frá"],
  stop: ["og", "að", "í", "á", "sem", "er", "um", "var", "við", "til", "frá", "með", "af", "en", "eða", "ára", "árum", "sinnum", "prósent"],
});
