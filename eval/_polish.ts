/**
 * Polish figures of thirty news-like sentences written for this (not run by `npm run eval`; no
 * labelled Polish reports exist): each sentence with the figures a reader finds in it, judged by
 * hand. Prints every mention, the figures missed and the mentions that are none, and recall and
 * precision by overlap; whether each value is right is read off the printout by hand.
 *
 *   node --import tsx eval/_polish.ts
 */
import { extract } from "../src/extract/index.js";

const SENTENCES: Array<[string, string[]]> = [
  ["Budowa tunelu ma kosztować 4,2 mld zł.", ["4,2 mld zł"]],
  ["Most ma długość 1 250,5 metrów.", ["1 250,5 metrów"]],
  ["W ataku zginęło 12 osób, a ponad 40 zostało rannych.", ["12 osób", "40"]],
  ["Na granicę wysłano około 3 tys. żołnierzy.", ["3 tys. żołnierzy"]],
  ["Inflacja wyniosła 4,5 proc. w marcu.", ["4,5 proc.", "marcu"]],
  ["Ceny wzrosły o 7,5%.", ["7,5%"]],
  ["Statek przewoził 25 tysięcy ton zboża.", ["25 tysięcy ton"]],
  ["Pożar strawił 300 hektarów lasu.", ["300 hektarów"]],
  ["Rakieta spadła 12 marca 2025 roku.", ["12 marca 2025 roku"]],
  ["Umowę podpisano pod koniec października.", ["pod koniec października"]],
  ["Prace zakończą się w pierwszym półroczu 2026 r.", ["w pierwszym półroczu 2026 r."]],
  ["Rannych zostało dwadzieścia jeden osób.", ["dwadzieścia jeden osób"]],
  ["Na miejscu pracuje dwustu ratowników.", ["dwustu ratowników"]],
  ["Kontrakt wart jest 300 mln euro.", ["300 mln euro"]],
  ["Pomoc wyniesie 2 mld dolarów.", ["2 mld dolarów"]],
  ["Elektrownia kosztowała 15 mld PLN.", ["15 mld PLN"]],
  ["Odcinek ma 45 kilometrów.", ["45 kilometrów"]],
  ["Zginęło co najmniej 7 ludzi.", ["7 ludzi"]],
  ["Prawie 1,5 mln ludzi opuściło domy.", ["1,5 mln ludzi"]],
  ["Rurociąg ma 210 km długości.", ["210 km"]],
  ["W 2023 roku przez port przeszło 12 mln ton ładunków.", ["2023 roku", "12 mln ton"]],
  ["Rok temu w zeszłym roku sprzedaż spadła o 3 proc.", ["Rok temu", "w zeszłym roku", "3 proc."]],
  ["Most otwarto trzy lata temu.", ["trzy lata temu"]],
  ["Rosja wystrzeliła w nocy 40 dronów i 6 rakiet.", ["40 dronów", "6 rakiet"]],
  ["Wczoraj poinformowano o 5 zabitych i 18 rannych.", ["Wczoraj", "5 zabitych", "18 rannych"]],
  ["Na tysiąc osób przypada 3 lekarzy.", ["tysiąc osób", "3 lekarzy"]],
  ["Budżet wynosi 1,2 bln zł.", ["1,2 bln zł"]],
  ["Do 2030 roku zbudują 4 nowe bloki.", ["2030 roku", "4 nowe bloki"]],
  ["Przez cieśninę przepłynęło 180 tankowców w lutym.", ["180 tankowców", "lutym"]],
  ["Cena wzrosła o 2 punkty procentowe.", ["2 punkty procentowe"]],
];

let figures = 0, found = 0, mentions = 0, right = 0;
for (const [text, want] of SENTENCES) {
  const ms = extract(text, { language: "pl", published: "2024-03-15", source: "polish" });
  const at = (w: string) => text.indexOf(w);
  const hits = (m: { start: number; end: number }, w: string) => m.start < at(w) + w.length && at(w) < m.end;
  figures += want.length;
  found += want.filter((w) => ms.some((m) => hits(m, w))).length;
  mentions += ms.length;
  right += ms.filter((m) => want.some((w) => hits(m, w))).length;
  console.log(text);
  for (const m of ms) console.log(`  ${JSON.stringify(m.text)} ${m.kind} ${m.date ? `${m.date.start}..${m.date.end}` : `${m.low}-${m.high} ${m.unit ?? ""}`}${m.qualifier ? ` ${m.qualifier}` : ""}${m.per ? ` per ${m.per}` : ""}`);
  for (const w of want) if (!ms.some((m) => hits(m, w))) console.log(`  missed ${JSON.stringify(w)}`);
}
console.log(`figures ${figures}, found ${found} (recall ${(found / figures).toFixed(3)}); mentions ${mentions}, figures among them ${right} (precision ${(right / mentions).toFixed(3)})`);
