/** Romanian: scale words, number words, "de" before units, qualifiers (ICU has months, units and weekdays). */
import { defineLocale } from "../../common/vocab.js";
import { generated } from "./vocab.generated.js";

export const vocab = defineLocale(generated, {
  code: "ro",
  family: "alpha",
  percent: ["la\\s+sut[ăa]", "puncte\\s+procentuale"],
  drop: ["l", "g", "m", "h", "min", "z", "săpt.", "a"],
  scales: { "mii|mie": 1e3, "milioane|milion|mil\\.?|mln\\.?": 1e6, "miliarde|miliard|mld\\.?": 1e9, "trilioane|trilion": 1e12 },
  numbers: {
    "un|unu|una": 1, "doi|două|doua": 2, "trei": 3, "patru": 4, "cinci": 5, "șase|şase|sase": 6, "șapte|şapte|sapte": 7, "opt": 8, "nouă|noua": 9,
    "zece": 10, "unsprezece|unsprăzece": 11, "doisprezece|douăsprezece|douasprezece": 12, "treisprezece": 13, "paisprezece": 14,
    "cincisprezece": 15, "șaisprezece|şaisprezece|saisprezece": 16, "șaptesprezece|şaptesprezece|saptesprezece": 17, "optsprezece": 18,
    "nouăsprezece|nouasprezece": 19, "douăzeci|douazeci": 20, "treizeci": 30, "patruzeci": 40, "cincizeci": 50, "șaizeci|şaizeci|saizeci": 60,
    "șaptezeci|şaptezeci|saptezeci": 70, "optzeci": 80, "nouăzeci|nouazeci": 90, "ambii|ambele": 2,
  },
  // "douăzeci și cinci": tens and a unit
  numberJoin: { join: "\\s+(?:și|şi|si)\\s+" },
  articles: ["un", "unu", "una", "ambii", "ambele"],
  currencies: { "dolari|dolar": "USD", "euro": "EUR", "ruble|rublă|rubla": "RUB", "yuani|yuan": "CNY", "yeni|yen": "JPY", "woni|won": "KRW", "lire\\s+sterline": "GBP", "lei|leu": "RON", "grivne": "UAH" },
  units: { "tone|tonă|tona": "t", "kilometri\\s+pătrați|km2|km²": "km2", "metri\\s+pătrați|mp|m2|m²": "m2", "metri\\s+cubi|mc|m3|m³": "m3", "hectare|hectar": "ha" },
  spans: { "ani|an|anul": 365.25, "luni|lună|luna": 30.44, "săptămâni|săptămână": 7, "zile|zi": 1, "ore|oră": 1 / 24 },
  before: {
    "aproximativ|circa|cca\\.|aproape|în\\s+jur\\s+de|vreo|peste\\s+aproximativ": "approx",
    "peste|mai\\s+mult\\s+de|cel\\s+puțin|cel\\s+putin|minimum": "lower", "până\\s+la|pana\\s+la|sub|mai\\s+puțin\\s+de|cel\\s+mult|maximum": "upper",
  },
  rangeJoin: "și|şi|si|la|sau",
  link: "de",
  dateLink: "",
  days: { "astăzi|azi|astazi": 0, "ieri": -1, "mâine|maine": 1, "alaltăieri": -2 },
  monthsAgo: { "luna\\s+trecută|luna\\s+trecuta": -1, "luna\\s+aceasta|luna\\s+asta": 0, "luna\\s+viitoare": 1 },
  years: { "anul\\s+trecut": -1, "anul\\s+acesta|acest\\s+an|anul\\s+curent": 0, "anul\\s+viitor": 1 },
  agoBefore: "acum",
  seasons: { "primăvara|primăvară": "spring", "vara|vară": "summer", "toamna|toamnă": "autumn", "iarna|iarnă": "winter" },
  yearParts: { "sfârșitul|sfarsitul|finalul": "end", "începutul|inceputul": "early", "mijlocul": "mid" },
  // frequent in running text, rare in the other Latin-script languages: the language guess counts them
  markers: ["și", "în", "din", "cu", "care", "pentru", "este", "la", "au", "fost", "pe", "mai", "ale", "unei"],
  stop: ["de", "din", "în", "in", "la", "și", "şi", "si", "sau", "cu", "pe", "pentru", "care", "că", "ca", "a", "al", "ale", "este", "sunt", "au", "ani", "ori", "milioane", "miliarde", "mii", "între", "peste", "sub", "mai", "lor", "ore"],
});
