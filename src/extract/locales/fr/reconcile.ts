/**
 * French cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
const B = "(?<![\\p{L}])", E = "(?![\\p{L}])";
/** Words that make a count one per direction of a two-way road ("two in each direction"): extraction's perDirection and the start of this locale's `direction`. */
export const PER_DIRECTION = "(?:dans\\s+)?chaque\\s+(?:sens|direction)|par\\s+(?:sens|direction)";
/** Words that set a figure against another ("par rapport à", "au lieu de", "au plus tard"). */
const CONTRAST =
  "contre|au lieu de|plutôt que|par rapport à|comparé\\p{L}*|en comparaison|alors que|tandis que|inférieur\\p{L}*|supérieur\\p{L}*|plus élevé que|moins élevé que|démenti|contest\\p{L}*|contredi\\p{L}*|pas avant|au plus tard";

/** A verb whose subject holds the figure after it ("has", "employs", "received"), in holder.before. */
const HOLDER_HAS = "(?:possède|possédait|emploie|employait|compte|comptait|détient|détenait|a\\s+obtenu|a\\s+recueilli|a\\s+remporté|a\\s+réalisé|réalise|a\\s+enregistré)";
/** A verb whose subject serves the people or places counted after it ("provides … to 19 million customers"), in holder.before. */
const HOLDER_SERVE = "(?:dessert|desservait|fournit|fournissait|approvisionne|approvisionnait|alimente|alimentait|vend|vendait|livre|livrait)";

export const fr = {
  // "initialement 3 000", "à l'origine", "l'estimation précédente"
  earlier: new RegExp(`${B}(?:auparavant|précédemment|précédent(?:e|es|s)?|par rapport à)${E}`, "iu"),
  earlierAfter: new RegExp(`${B}(?:auparavant|précédemment|la veille)${E}`, "iu"),
  // the report's own figure replaced it: "initialement 15", "à l'origine", "d'abord", "était prévu"
  replaced: {
    before: new RegExp(`${B}(?:devai(?:t|ent)|aurai(?:t|ent) dû|étai(?:t|ent) prévue?s?|avai(?:t|ent) été prévue?s?|initialement|à l['’]origine|d['’]abord|au départ)${E}`, "iu"),
    after: new RegExp(`${B}(?:initialement|initia(?:l|le|les|ux)|au départ)${E}`, "iu"),
  },
  running: new RegExp(`${B}(?:jusqu['’]à présent|jusqu['’]ici|à ce jour|au total|en tout|cumulé\\p{L}*)${E}`, "iu"),
  // "a rouvert le 2 novembre", "signé en 2024", "ont attendu dix jours": what happened then, or so long (participles; not "prévu", "estimé", nor nouns in -ée, -té)
  eventVerb: /^(?!(?:été|année|années|journée|journées|soirée|matinée|durée|entrée|idée|armée|musée|lycée|passé|passée|prévu|prévue|prévus|prévues|estimé|estimée|estimés|attendu|attendue|programmé|programmée|censé|censée|situé|située|basé|basée|appelé|appelée|nommé|nommée|chargé|chargée|député|degré|côté|comté|\p{L}*ités?|santé|société|sociétés|communauté|volonté|liberté)$)(?:\p{L}{3,}(?:é|ée|és|ées)|ouvert|ouverte|rouvert|rouverte|mis|mise|pris|prise|fait|faite|construit|construite|détruit|détruite|mort|morte|morts|perdu|perdue|venu|venue|survenu|survenue|atteint|atteinte)$/u,
  // what a figure measures, by the start of a word (endings and particles vary)
  cues: [
    [/^(?:longueur|long|longue)/u, "#length"],
    // a radius around a point ("within a 5 km radius"): a distance from it, never a length
    [/^(?:rayon)$/u, "#distance"],
    [/^(?:largeur|large)/u, "#width"],
    [/^(?:hauteur|haut|haute)/u, "#height"],
    [/^(?:profondeur)/u, "#depth"],
    [/^(?:superficie)/u, "#area"],
    [/^(?:coût|cout|prix|budget|investiss)/u, "#cost"],
    [/^(?:capacité)/u, "#capacity"],
    [/^(?:mort|morts|décès|décéd|victime|tué)/u, "#casualty"],
    [/^(?:bless)/u, "#injured"],
    [/^(?:disparu)/u, "#missing"],
    [/^(?:évacu|déplacé|sinistré|sans-abri)/u, "#displaced"],
    [/^(?:inaugur|ouvert|achev|termin)/u, "#complete"],
    [/^(?:commenc|début|lancé)/u, "#start"],
    [/^(?:sign|accord|traité)/u, "#agree"],
  ] as Array<[RegExp, string]>,
  // a figure's own clause only: a level of water (a river's, a flood's, a tide's) rises and falls, unlike a size (verdict.ts)
  clauseCues: [
    [/^(?:niveau)/u, "#level"],
  ] as Array<[RegExp, string]>,
  // "hospitalisés": in hospital
  status: /hospitalis/iu,
  // "52 navires attendaient encore", "il restait 19 navires", "sans électricité": a level
  level: new RegExp(`${B}(?:moyenne|en moyenne|files? d['’]attente|bouchons?|embouteillage\\p{L}*|encore|toujours|rest(?:e|ent|ait|aient|ant|ants|ante|antes)|actuellement|en attente|attend\\p{L}*|au mouillage|sans(?! doute)|privés? de|hébergé\\p{L}*|chômage partiel)${E}`, "iu"),
  progress: /maîtris|circonscrit|sous contrôle|achev|terminé|construit|rétabli|réparé|dépouillé|vaccin/iu,
  // words that make the figure replace an earlier one ("revised", "final figures": verdict.ts Judged.revises),
  // and a speaker's own figure it moved ("la FOP a abaissé sa revendication à 5,5 %")
  // a word of its own: "prévision", "imprévisible" hold the letters of "révis"
  revision: /(?<!\p{L})(?:(?:abaiss|relev|rehauss|ramen|baiss|augment|rédui)(?:é|ée|és|ées|it|ite|its|ites)\s+(?:sa|son|ses|leur|leurs)\s+(?:[\p{L}'’-]+\s+){1,3}?à(?!\p{L})|révis|corrigé|rectifi|dédoublonn|doublons)|chiffres? définitifs?|bilan définitif|résultats? définitifs?|bilan actualisé|chiffres? actualisés?|revu(?:e|s|es)? à la (?:hausse|baisse)/iu,
  // "un bilan provisoire", "des chiffres préliminaires", "l'estimation initiale", "pour l'instant"
  provisional: new RegExp(`${B}(?:préliminaires?|provisoires?|estimations? initiales?|premières estimations|résultats partiels|pour l['’]instant|pour le moment|à ce stade)${E}`, "iu"),
  // "morts et blessés": one count of both tolls
  join: { toll: /^(?:et|ou)$/u },
  // counted nouns → one English noun (vehicles, people, passengers, rail wagons; see reconcile.ts `counted`)
  counted: [
    [/^(?:camion)/u, "truck"],
    [/^(?:véhicule)/u, "vehicle"],
    [/^(?:personne|habitant|civil|résident)/u, "person"],
    [/^(?:passager|voyageur)/u, "passenger"],
    [/^(?:wagon|citerne)/u, "wagon"],
    [/^(?:femme)/u, "woman"],
    [/^(?:homme)/u, "man"],
    [/^(?:enfant)/u, "child"],
    [/^(?:bateau|chalutier)/u, "boat"],
    [/^(?:navire)/u, "ship"],
  ] as Array<[RegExp, string]>,
  // "dont 8 000", "8 000 d'entre eux": a part of the whole stated before
  // "au total", "y compris les accès": the whole; "la première tranche", "le pont lui-même", "la
  // partie", "hors": a part of it (the English `scope`)
  scope: {
    whole: new RegExp(`${B}(?:au total|en tout|total\\p{L}*|au global|globalement|dans l['’]ensemble|y compris|entier|entière)${E}`, "iu"),
    part: new RegExp(`${B}(?:lui-même|elle-même|à lui seul|à elle seule|premi[eè]re?\\s+(?:phase|tranche|étape)|phase (?:1|i|un)|tronçon\\p{L}*|section|partie|hors|sans)${E}`, "iu"),
    excluding: /^(?:lui-même|elle-même|à lui seul|à elle seule|hors|sans)$/iu,
    phase: /phase|tranche|étape/iu,
    including: /^(?:y compris)$/iu,
  },
  part: { before: /(?<![\p{L}])(?:dont|sauf|hormis|excepté|à l['’]exception de|(?:sur|parmi) ces)\s+(?:(?:environ|près de|plus de)\s+)?$/iu, after: /^\s*d['’]entre (?:eux|elles)\b/iu },
  // "30 % de la ville", "30 % des maisons": the whole a share is taken of
  whole: { after: /^\s+(?:de\s+l['’]|de|du|des)\s*(?:(?:la|le|les|sa|son|ses|leur|leurs|toute|tout|toutes|tous)\s+)*/iu },
  // "d'ici 2025", "avant le 1er juillet", "au plus tard en juin": the latest a thing is to happen by
  deadline: { before: /(?<![\p{L}])(?:d['’]ici(?:\s+à)?|avant|jusqu['’](?:à|au)|au\s+plus\s+tard)(?:\s+(?:le|la|en)|\s+l['’])?\s*$/iu },
  // "le pire bilan depuis 1990", "la première baisse depuis 2020": la base d'une comparaison
  baseline: { before: new RegExp(`${B}(?:(?:plus|moins)(?!\\s+(?:d[eu]|des)${E}|\\s*d['’])|pires?|meilleur\\p{L}*|record\\p{L}*|premi[èe]re\\s+fois|inédit\\p{L}*|jamais\\s+vu\\p{L}*)${E}[^,;:.!?()]{0,60}${B}depuis\\s+(?:(?:le|la|les)\\s+|l['’])?$`, "iu") },
  window: { before: new RegExp(`${B}(?:en l['’]espace d['’]|en l['’]espace de|en moins d['’]|en moins de)\\s*$`, "iu") },
  // "au cours des sept derniers jours", "moyenne sur sept jours": une fenêtre glissante
  rolling: {
    before: new RegExp(`(?:${B}(?:des|les|ces)\\s+(?:(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|dix|quatorze|trente|quelques)\\s+)?derni(?:ers|ères)\\s+(?:(?:\\d+|vingt-quatre)\\s+)?(?:jours|semaines|heures|mois)|${B}semaine\\s+écoulée|${B}moyenne\\s+(?:mobile\\s+)?sur\\s+(?:\\d+|sept|quatorze)\\s+jours|${B}moyenne\\s+mobile)${E}[^\\d;.!?]{0,40}$`, "iu"),
    after: new RegExp(`^[^\\d;.!?]{0,30}?(?:${B}(?:des|les|ces)\\s+(?:(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|dix|quatorze|trente|quelques)\\s+)?derni(?:ers|ères)\\s+(?:(?:\\d+|vingt-quatre)\\s+)?(?:jours|semaines|heures|mois)|${B}semaine\\s+écoulée|${B}moyenne\\s+(?:mobile\\s+)?sur\\s+(?:\\d+|sept|quatorze)\\s+jours|${B}moyenne\\s+mobile)${E}`, "iu"),
  },
  // "aucun candidat n'ayant obtenu plus de [50 %]": une borne niée
  negatedBound: new RegExp(`${B}(?:aucun\\p{L}*|personne)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?(?:plus\\s+d[eu]|plus\\s+d['’]|au\\s+moins|au-delà\\s+d[eu])\\s*(?:la\\s+)?$`, "iu"),
  // "le blocage dure depuis [12 jours]": l'âge d'un événement encore en cours
  ongoing: { before: new RegExp(`${B}(?:dure|durent|se\\s+poursuit|se\\s+prolonge)\\s+(?:déjà\\s+)?depuis\\s+(?:plus\\s+de\\s+|près\\s+de\\s+|environ\\s+)?$`, "iu") },
  // "nos délégués étaient présents dans [5 870] bureaux", "les observateurs ont visité [1 150]": les lieux couverts
  coverage: new RegExp(`${B}(?:présents?\\s+(?:dans|sur|à)|présentes\\s+(?:dans|sur|à)|ont\\s+visité|ont\\s+observé|visitaient)\\s+(?:environ\\s+|près\\s+de\\s+|plus\\s+de\\s+|seulement\\s+)?$`, "iu"),
  // "selon un sondage de sortie des urnes", "un sondage … lui donnait [41 %]"
  poll: new RegExp(`${B}(?:sondages?|sortie\\s+des\\s+urnes)${E}[^;]*$`, "iu"),
  // "encore [trois semaines] de campagne", "[deux semaines] restantes": ce qui reste
  countdown: { before: new RegExp(`${B}(?:encore|reste|restent|plus\\s+que)\\s+$`, "iu"), after: new RegExp(`^\\s+(?:de\\s+plus|restant\\p{L}*)${E}`, "iu") },
  // "40 bulletins comptés deux fois", "enregistrés en double", "40 doublons": ce qu'on retire d'un décompte
  duplicate: { after: new RegExp(`^(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:(?:ont|avaient|avait|a|été|sont|étaient|était)\\s+)*(?:(?:compté|comptée?s|enregistrée?s?|recensée?s?|déclarée?s?|inscrite?s?)\\s+(?:deux\\s+fois|en\\s+double|à\\s+double)|en\\s+double|doublons?)${E}`, "iu") },
  // a count per direction (extraction's perDirection: the same words) or of one direction only
  direction: new RegExp(`${B}(?:${PER_DIRECTION}|dans\\s+un\\s+seul\\s+sens)${E}`, "iu"),
  // "contre les 14 milliards annoncés", "au lieu de", "pas avant 2031": a figure set against another

  contrast: { near: new RegExp(`${B}(?:${CONTRAST})${E}`, "iu"), before: new RegExp(`${B}(?:${CONTRAST})\\s+$`, "iu") },
  // "révisé", "jusqu'ici", "le bilan s'élève": a figure that moves
  moving: new RegExp(`${B}(?:révisé\\p{L}*|actualisé\\p{L}*|mis à jour|jusqu['’]à présent|jusqu['’]ici|s['’]élève|grimpé|passé à|porté à|bilan|désormais)${E}`, "iu"),
  // "en moyenne", "dans tout le pays", "à l'échelle nationale": a whole area, not one place of it
  // "une ville de 9 200 habitants", "une commune d'environ 900": a place's people
  population: new RegExp(`${B}(?:ville|commune|localité|village|bourg|île|pays|agglomération|métropole)\\s+d(?:e\\s+|['’]\\s*)(?:(?:environ|près de|quelque|plus de|moins de|presque)\\s+)?$`, "iu"),
  area: new RegExp(`${B}(?:en moyenne|dans tout le pays|à l['’]échelle nationale|au niveau national|dans toute la (?:région|province)|dans l['’]ensemble du pays)${E}`, "iu"),
  // "entre en vigueur", "est entré en vigueur": a law's or a pact's entry into force
  inForce: { noun: /^(?:vigueur)$/u, before: /^(?:en)$/u },
  // "à 40 km au nord de Kherson", "à l'est du barrage": a compass word before "de" makes a distance (not bare "est", "is")
  compass: { word: /^(?:nord|sud|l['’]est|l['’]ouest|nord-est|nord-ouest|sud-est|sud-ouest)$/u, of: /^(?:de|du|des)$/u },
  // whose a figure is (src/reconcile/holder.ts), names only: "le chiffre d'affaires d'Orrin s'élevait à", "Orrin emploie 14 200", "41 % pour Varanen"
  holder: {
    before: [
      /(?<![\p{L}])(?:de|du|des|d['’])\s*((?!(?:Le|La|Les|L|Un|Une|Des|Du|De|Ce|Cette|Ces|Cet|Il|Elle|Ils|Elles|On|En|Au|Aux|Selon|Mais|Et|Dans|Sur|Pour|Par|Avec|Depuis|Après|Avant)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)\s+(?:(?:est|était|a\s+été|s['’]élève|s['’]élevait|atteint|atteignait|de)\s+)?(?:(?:à|de|d['’])\s*)?(?:(?:environ|près\s+de|plus\s+de|moins\s+de|quelque|presque|quasiment|seulement)\s+)?$/u,
      new RegExp(String.raw`(?<![\p{L}'’])((?!(?:Le|La|Les|L|Un|Une|Des|Du|De|Ce|Cette|Ces|Cet|Il|Elle|Ils|Elles|On|En|Au|Aux|Selon|Mais|Et|Dans|Sur|Pour|Par|Avec|Depuis|Après|Avant)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?:,[^.;:!?]{1,60}?,)?(?:\s+(?:${HOLDER_HAS}|${HOLDER_SERVE})\s+[^.;:!?]{1,60}?\s+(?:et))?\s+${HOLDER_HAS}\s+(?:[\p{L}\p{M}'’-]+\s+){0,3}(?:(?:à|de|d['’])\s*)?(?:(?:environ|près\s+de|plus\s+de|moins\s+de|quelque|presque|quasiment|seulement)\s+)?$`, "u"),
      new RegExp(String.raw`(?<![\p{L}'’])((?!(?:Le|La|Les|L|Un|Une|Des|Du|De|Ce|Cette|Ces|Cet|Il|Elle|Ils|Elles|On|En|Au|Aux|Selon|Mais|Et|Dans|Sur|Pour|Par|Avec|Depuis|Après|Avant)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?:,[^.;:!?]{1,60}?,)?\s+${HOLDER_SERVE}\s+(?:[^.;:!?]{1,60}?\s+)?(?:à|aux)\s+(?:(?:environ|près\s+de|plus\s+de|moins\s+de|quelque|presque|quasiment|seulement)\s+)?$`, "u"),
    ],
    after: [/^\s+pour\s+((?!(?:Le|La|Les|L|Un|Une|Des|Du|De|Ce|Cette|Ces|Cet|Il|Elle|Ils|Elles|On|En|Au|Aux|Selon|Mais|Et|Dans|Sur|Pour|Par|Avec|Depuis|Après|Avant)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?![\p{L}\p{M}-])/u],
    // "Son chiffre d'affaires était de": a sentence that leaves its holder to the one before it
    carried: /^\s*(?:Son|Sa|Ses)\s+(\p{Ll}+)(?:\s+d['’]\p{Ll}+)?\s+(?:(?:en|pour)\s+\d{4}\s+)?(?:était|est|a\s+été|s['’]élevait|s['’]élève|s['’]est\s+élevé|atteignait|a\s+atteint|atteint)\s+(?:(?:à|de|d['’])\s*)?(?:(?:environ|près\s+de|plus\s+de|moins\s+de|quelque|presque|quasiment|seulement)\s+)?$/u,
    quiet: /^(?:le|la|les|l|un|une|des|du|de|ce|cette|ces|cet|il|elle|ils|elles|on|en|au|aux|selon|mais|et|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/u,
  },
  // "l'objectif est de vacciner 380 000 personnes", "une capacité de 200 000 m3": a goal (an amount asked for too: "a demandé aux habitants de ne pas dépasser 50 litres"), a capacity (judge.ts roleOf), neither an amount reached
  role: {
    aim: { before: new RegExp(`${B}(?:(?:objectifs?|cibles?|quotas?|limites?|plafonds?|rations?)${E}|(?:vise|visent|visait|visaient|ambitionne|ambitionnent)\\s|prévoi(?:t|ent)\\s+de\\s|(?:demand(?:ent|é|ée|és|ées|ait|aient|ant)|réclam(?:ent|é|ait|aient)|sollicit(?:e|ent|é|ait|aient))\\s|appels?\\s+(?:de\\s+fonds\\s+)?(?:de|à|pour)\\s)(?:\\s*:\\s*|[^,;:.!?()"“”«»„\\n]{0,40})$`, "iu") },
    capacity: { before: new RegExp(`${B}(?:capacités?|(?:places|couchettes|lits)\\s+pour|stockage|(?:capable|capables)\\s+de|(?:peut|peuvent|pourrait|pourraient|pouvant)\\s+(?:\\p{L}+\\s+)?(?:stocker|contenir|accueillir|traiter|produire|générer|transporter|raffiner|fournir))${E}(?:\\s*:\\s*|[^,;:.!?()"“”«»„\\n]{0,40})$`, "iu") },
  },
  // "20 000 euros par famille", "600 euros par hectare": an amount for each one, set apart from totals (the English `perUnit`)
  perUnit: /^\s*(?:\p{L}+\s+)?(?:par|pour\s+chaque|à\s+chaque)\s+(?:tête|habitant|ménage|foyer|famille|personne|victime|mort|décès|défunt|hectare|tonne|baril|action|élève|patient|salarié|employé)(?![\p{L}])/iu,
  // "chaque habitant a droit à 50 litres", "une ration de 25 litres": an amount for each one, said before it (the English `perUnitBefore`)
  perUnitBefore: new RegExp(`(?:${B}(?:chaque|par)\\s+(?:habitant|personne|résident|foyer|famille|ménage|tête)${E}[^,;:.!?()"“”«»„\\n]{0,40}|${B}rations?\\s+(?:quotidiennes?\\s+)?de\\s+(?:\\p{L}+\\s+)?)$`, "iu"),
  // who a figure is credited to: src/extract/credits.ts finds it ("selon la préfecture", "d'après les
  // terminaux", "la capitainerie a indiqué", "…, a précisé la police"), src/reconcile/origins.ts keys it
  credit: {
    generic: new Set("le la les l un une des du de d et agence agences journal quotidien média médias officiel officielle officiels rapport rapports communiqué bilan comptage provisoire dernier chiffres chiffre données estimation estimations son sa ses leur leurs".split(" ")),
    vague: /^(sources?|rapports?|communiqué|experts?|analystes?|responsables?|médias|officiels|il|elle|ils|elles|on|nous|lui|eux)$/i,
    article: /^(?:les?|la|l['’]|une?|des)\s*/i,
    reader: {
      before: /selon|d['’]après|à en croire|citant|cit[ée]e?s? par/,
      agent: /(?:annonc|avanc|estim|communiqu|publi|rapport|évalu|calcul|recens)[ée]e?s? par/,
      said: /^(?:(?:déclar|indiqu|précis|annonc|affirm|expliqu|soulign|rapport|ajout|estim|assur|confirm|avanc|évalu|recens|dénombr|chiffr)(?:é|e|ent)|dit|disent)$/u,
      aux: /^(?:a|ont|avait|avaient|aurait|auraient|également|aussi|déjà|encore|alors|ensuite|quant)$/u,
      relative: /^(?:qui)$/u,
      article: /^(?:le|la|les|l['’]|un|une|des)$/u,
      link: /^(?:de|du|des|d['’])$/u,
      noun: /^(?:police|gendarmerie|préfecture|mairie|ministère|ministre|gouvernement|syndicats?|direction|capitainerie|pompiers|porte-parole|autorités|secours|maire|préfet|présidente?|directeur|directrice|parquet|armée|agence|compagnie|opérateur|exploitant|patronat|employeurs)$/u,
      not: /^(?:il|elle|ils|elles|on|nous|vous|je|lui|eux|nos|notre|leurs?|ses|son|sa|qui|que|quoi|dont|ce|cela|ceci|celui|celle|ceux|mais|ou|donc|or|car|puis|ainsi|alors|dans|sur|pour|par|avec|depuis|après|avant|à|cette|ces|cet|hier|aujourd['’]hui|demain|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi)$/u,
      inciseOnly: true,
      elision: /^(?:l|d|qu)['’]/u,
    },
  },
};
