/**
 * Polish figures of thirty news-like sentences written for this (not run by `npm run eval`; no
 * labelled Polish reports exist): each sentence with the figures a reader finds in it, judged by
 * hand. Prints every mention, the figures missed and the mentions that are none, and recall and
 * precision by overlap; whether each value is right is read off the printout by hand.
 */
export const SENTENCES: Array<[string, string[]]> = [
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
  ["Zamknięto trzy z siedmiu przejść granicznych.", ["trzy", "siedmiu przejść"]],
];
