/**
 * Currencies: symbols, ISO 4217 codes and English names → ISO code.
 * "$" alone is USD (the usage of international news wires); "¥" alone is JPY.
 * @module
 */

/** Symbols and prefixed symbols, as written before an amount. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = Object.freeze({
  $: "USD", "US$": "USD", "U.S.$": "USD", USD$: "USD",
  "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "R$": "BRL", "NT$": "TWD",
  "£": "GBP", "€": "EUR", "¥": "JPY", "₩": "KRW", "₽": "RUB", "₹": "INR", "₺": "TRY", "₴": "UAH", "₪": "ILS", "₦": "NGN",
  "Rs": "INR", "Rs.": "INR", RMB: "CNY",
  // letter prefixes of regional English press, read only when glued to digits ("W1.3 trillion" in Korean papers)
  W: "KRW", RM: "MYR", Dh: "AED", Dhs: "AED", KSh: "KES", Ksh: "KES", Sh: "KES", Tk: "BDT", Rp: "IDR", QR: "QAR", SR: "SAR",
});

/** ISO 4217 codes accepted before or after an amount. */
export const ISO_CODES: ReadonlySet<string> = new Set(
  "USD EUR GBP RUB KRW KPW CNY JPY INR AUD CAD CHF HKD SGD NZD BRL MXN PEN CLP COP ARS ZAR TRY UAH ILS NGN EGP SAR AED QAR KWD PKR BDT IDR MYR THB VND PHP TWD SEK NOK DKK PLN CZK HUF RON KZT IRR IQD ETB KES GHS GEL AMD AZN MNT MMK UGX TZS JOD LYD DZD MAD TND RSD BGN ISK OMR BHD LKR NPR CZK".split(" "),
);

/** English currency names (singular and plural, lower case). */
export const CURRENCY_NAMES: Readonly<Record<string, string>> = Object.freeze({
  dollar: "USD", dollars: "USD", "us dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
  "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD", "singapore dollars": "SGD",
  "new zealand dollars": "NZD", "taiwan dollars": "TWD",
  euro: "EUR", euros: "EUR",
  pound: "GBP", pounds: "GBP", "pounds sterling": "GBP", sterling: "GBP",
  rouble: "RUB", roubles: "RUB", ruble: "RUB", rubles: "RUB",
  won: "KRW", "north korean won": "KPW",
  yuan: "CNY", renminbi: "CNY",
  yen: "JPY",
  rupee: "INR", rupees: "INR",
  soles: "PEN",
  peso: "MXN", pesos: "MXN",
  reais: "BRL",
  lira: "TRY", liras: "TRY", metical: "MZN", meticals: "MZN", meticais: "MZN", hryvnia: "UAH", hryvnias: "UAH", shekel: "ILS", shekels: "ILS",
  rand: "ZAR", naira: "NGN", riyal: "SAR", riyals: "SAR", dirham: "AED", dirhams: "AED",
  franc: "CHF", francs: "CHF",
  cent: "USD", cents: "USD", pence: "GBP", penny: "GBP",
  birr: "ETB", shilling: "KES", shillings: "KES", cedi: "GHS", cedis: "GHS", taka: "BDT", ringgit: "MYR", rupiah: "IDR",
  baht: "THB", dong: "VND", zloty: "PLN", zlotys: "PLN", forint: "HUF", krona: "SEK", kronor: "SEK", krone: "NOK", kroner: "NOK",
  tenge: "KZT", rial: "IRR", rials: "IRR", lari: "GEL", dram: "AMD", manat: "AZN", tugrik: "MNT", kyat: "MMK",
  forints: "HUF", koruna: "CZK", korunas: "CZK", lei: "RON", leu: "RON", lev: "BGN", leva: "BGN",
  // names with the country, where the bare name would be read as another currency or not at all
  "swiss franc": "CHF", "swiss francs": "CHF", "danish krone": "DKK", "danish kroner": "DKK", "danish crowns": "DKK",
  "norwegian krone": "NOK", "norwegian kroner": "NOK", "norwegian crowns": "NOK", "swedish krona": "SEK", "swedish kronor": "SEK",
  "swedish crowns": "SEK", "czech crowns": "CZK", "czech korunas": "CZK", "icelandic kronur": "ISK",
  "south african rand": "ZAR", "indian rupees": "INR", "pakistani rupees": "PKR", "sri lankan rupees": "LKR", "nepalese rupees": "NPR",
  "mexican pesos": "MXN", "philippine pesos": "PHP", "argentine pesos": "ARS", "argentinian pesos": "ARS", "chilean pesos": "CLP",
  "colombian pesos": "COP", "brazilian reais": "BRL", "turkish lira": "TRY", "turkish liras": "TRY", "egyptian pounds": "EGP",
  "japanese yen": "JPY", "chinese yuan": "CNY", "south korean won": "KRW", "russian roubles": "RUB", "russian rubles": "RUB",
  "ukrainian hryvnias": "UAH", "saudi riyals": "SAR", "qatari riyals": "QAR", "omani rials": "OMR", "emirati dirhams": "AED",
  "uae dirhams": "AED", "moroccan dirhams": "MAD", "kenyan shillings": "KES", "ugandan shillings": "UGX", "tanzanian shillings": "TZS",
  "nigerian naira": "NGN", "ghanaian cedis": "GHS", "malaysian ringgit": "MYR", "indonesian rupiah": "IDR", "thai baht": "THB",
  "vietnamese dong": "VND", "polish zlotys": "PLN", "polish zloty": "PLN", "hungarian forints": "HUF", "kazakh tenge": "KZT",
  "iranian rials": "IRR", "iraqi dinars": "IQD", "kuwaiti dinars": "KWD", "jordanian dinars": "JOD", "libyan dinars": "LYD",
  "algerian dinars": "DZD", "tunisian dinars": "TND", "serbian dinars": "RSD", "bahraini dinars": "BHD", "romanian lei": "RON",
  "bulgarian leva": "BGN", "ethiopian birr": "ETB", "bangladeshi taka": "BDT", "peruvian soles": "PEN",
});

/** Names of a hundredth of the main unit ("35 cents" is 0.35 USD, "50 pence" 0.50 GBP). */
export const MINOR_UNITS: ReadonlySet<string> = new Set(["cent", "cents", "pence", "penny"]);

/** The ISO code for a symbol, code or name; undefined when unknown. */
export function currencyCode(s: string): string | undefined {
  const t = s.trim().replace(/\s+/g, " ");
  if (CURRENCY_SYMBOLS[t]) return CURRENCY_SYMBOLS[t];
  if (ISO_CODES.has(t.toUpperCase()) && t === t.toUpperCase()) return t.toUpperCase();
  return CURRENCY_NAMES[t.toLowerCase()];
}
