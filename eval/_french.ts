/**
 * French figures of fifty-one sentences in the register of wire copy and regional press (a bridge
 * and a rail project, floods, a fire, a storm, a trade deal), written for this (not run by `npm run
 * eval`; no dev cluster has a French report): each sentence with the figures a reader finds in it,
 * judged by hand. Prints every mention, the figures missed and the mentions that are none, and
 * recall and precision by overlap; whether each value is right is read off the printout by hand.
 * As eval/_polish.ts: written before any fix, then fixed against, so no unseen measure after.
 *
 *   node --import tsx eval/_french.ts
 */
import { extract } from "../src/extract/index.js";

const SENTENCES: Array<[string, string[]]> = [
  ["Le viaduc, long de 2,4 kilomètres, a coûté 320 millions d'euros.", ["2,4 kilomètres", "320 millions d'euros"]],
  ["Les travaux doivent s'achever d'ici à fin 2026.", ["fin 2026"]],
  ["Le chantier a pris huit mois de retard.", ["huit mois"]],
  ["Au moins 47 personnes ont péri dans les inondations, selon un bilan provisoire.", ["47 personnes"]],
  ["Près de 12 000 habitants ont été évacués mardi.", ["12 000 habitants", "mardi"]],
  ["Il est tombé 250 millimètres de pluie en vingt-quatre heures.", ["250 millimètres", "vingt-quatre heures"]],
  ["L'accord prévoit une baisse des droits de douane de 15 %.", ["15 %"]],
  ["Les échanges entre les deux pays ont atteint 4,7 milliards de dollars en 2023.", ["4,7 milliards de dollars", "2023"]],
  ["Le tunnel sera livré au second semestre 2027.", ["second semestre 2027"]],
  ["Le coût du projet est passé de 1,2 à 1,9 milliard d'euros.", ["1,2", "1,9 milliard d'euros"]],
  ["Quelque 300 pompiers sont mobilisés depuis le 3 août.", ["300 pompiers", "3 août"]],
  ["Le feu a parcouru 1 500 hectares en trois jours.", ["1 500 hectares", "trois jours"]],
  ["Les exportations de vin ont progressé de 8,5 % par rapport à 2022.", ["8,5 %", "2022"]],
  ["Le barrage retient 3,5 millions de mètres cubes d'eau.", ["3,5 millions de mètres cubes"]],
  ["La digue a cédé dans la nuit du 14 au 15 octobre.", ["14 au 15 octobre"]],
  ["Le nouveau terminal pourra accueillir 2 millions de passagers par an.", ["2 millions de passagers"]],
  ["Le taux de chômage dans la région atteint 9,2 %, contre 7,1 % au niveau national.", ["9,2 %", "7,1 %"]],
  ["Environ un tiers des exploitations agricoles ont été touchées.", ["un tiers"]],
  ["La ligne nouvelle mettra les deux villes à 1 h 45 l'une de l'autre.", ["1 h 45"]],
  ["Le contrat, d'une durée de dix ans, porte sur la livraison de 24 rames.", ["dix ans", "24 rames"]],
  ["Les rafales ont atteint 180 km/h sur le littoral.", ["180 km/h"]],
  ["Le bilan s'élève à 23 morts et une centaine de blessés.", ["23 morts", "une centaine de blessés"]],
  ["Le gouvernement a débloqué une enveloppe de 50 millions d'euros lundi dernier.", ["50 millions d'euros", "lundi dernier"]],
  ["Le pont, fermé depuis le 1er mars, rouvrira dans deux semaines.", ["1er mars", "deux semaines"]],
  ["Les importations de blé ont bondi de 40 % au premier trimestre.", ["40 %", "premier trimestre"]],
  ["Les deux pays ont signé un accord de 10 milliards d'euros sur cinq ans.", ["10 milliards d'euros", "cinq ans"]],
  ["Plus de 3 000 logements restent privés d'électricité.", ["3 000 logements"]],
  ["Les quotas passeront de 200 000 à 250 000 tonnes d'ici 2030.", ["200 000", "250 000 tonnes", "2030"]],
  ["La crue a atteint 6,85 mètres à Paris, son plus haut niveau depuis 1910.", ["6,85 mètres", "1910"]],
  ["Les autorités ont recensé entre 5 000 et 7 000 sinistrés.", ["5 000 et 7 000 sinistrés"]],
  ["Le projet de ligne a été lancé il y a quinze ans.", ["il y a quinze ans"]],
  ["Le chantier a démarré en septembre 2021 et devait durer 36 mois.", ["septembre 2021", "36 mois"]],
  ["La Banque centrale a relevé son taux directeur de 0,25 point.", ["0,25 point"]],
  ["La facture atteint 1,3 Md€, soit 30 % de plus que prévu.", ["1,3 Md€", "30 %"]],
  ["La Commission a donné six mois à Paris pour se mettre en conformité.", ["six mois"]],
  ["Le trafic ferroviaire reprendra progressivement à partir du 20 mai.", ["20 mai"]],
  ["Fin février, les stocks de gaz étaient remplis à 58 %.", ["Fin février", "58 %"]],
  ["Le montant des dégâts est estimé entre 2 et 3 milliards d'euros.", ["2 et 3 milliards d'euros"]],
  ["Le vote est prévu dans la seconde quinzaine de juin.", ["seconde quinzaine de juin"]],
  ["Les agriculteurs réclament une aide de 1 500 euros par hectare.", ["1 500 euros"]],
  ["En 2022-2023, les ventes de la filière ont reculé de 3 %.", ["2022-2023", "3 %"]],
  ["Le gazoduc de 1 200 km acheminera 10 milliards de m³ de gaz par an.", ["1 200 km", "10 milliards de m³"]],
  ["Le chiffre d'affaires a atteint 12,4 milliards d'euros sur les neuf premiers mois de l'année.", ["12,4 milliards d'euros", "neuf premiers mois de l'année"]],
  ["Les travaux, d'un montant de 75 M€, débuteront à l'automne.", ["75 M€", "l'automne"]],
  ["La tempête a privé de courant 1,2 million de foyers.", ["1,2 million de foyers"]],
  ["L'accord, conclu pour trois ans, entre en vigueur le 1er janvier.", ["trois ans", "1er janvier"]],
  ["Les livraisons débuteront au cours du dernier trimestre.", ["dernier trimestre"]],
  ["Les travaux dureront entre 18 et 24 mois.", ["18 et 24 mois"]],
  ["Le nombre de visiteurs a été multiplié par trois en dix ans.", ["multiplié par trois", "dix ans"]],
  ["Les ventes de voitures électriques ont doublé depuis 2020.", ["doublé", "2020"]],
  ["Le débit du fleuve a atteint 2 400 m3/s jeudi.", ["2 400 m3/s", "jeudi"]],
];

let figures = 0, found = 0, mentions = 0, right = 0;
for (const [text, want] of SENTENCES) {
  const ms = extract(text, { language: "fr", published: "2024-03-15", source: "french" });
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
