/**
 * Italian cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
const B = "(?<![\\p{L}])", E = "(?![\\p{L}])";

export const it = {
  // "inizialmente 3.000", "in precedenza", "la stima precedente"
  earlier: new RegExp(`${B}(?:inizialmente|originariamente|in precedenza|precedentemente|precedent[ei]|in origine|rispetto a)${E}`, "iu"),
  earlierAfter: new RegExp(`${B}(?:inizialmente|in precedenza|precedentemente)${E}`, "iu"),
  running: new RegExp(`${B}(?:finora|fino ad ora|già|salit[oa]|aumentat[oa]|in totale|almeno|bilancio)${E}`, "iu"),
  // what a figure measures, by the start of a word (endings and particles vary)
  cues: [
    [/^(?:lung)/u, "#length"],
    [/^(?:larghezz|largo|larga)/u, "#width"],
    [/^(?:altezz|alto|alta)/u, "#height"],
    [/^(?:profond)/u, "#depth"],
    [/^(?:superficie)/u, "#area"],
    [/^(?:cost|prezzo|spesa|investiment|valore)/u, "#cost"],
    [/^(?:capacità)/u, "#capacity"],
    [/^(?:mort|vittim|decedut|deceduti)/u, "#casualty"],
    [/^(?:ferit)/u, "#injured"],
    [/^(?:dispers)/u, "#missing"],
    [/^(?:evacuat|sfollat)/u, "#displaced"],
    [/^(?:inaugur|apert|complet|ultimat)/u, "#complete"],
    [/^(?:inizi|avviat|cominci)/u, "#start"],
    [/^(?:firm|accordo|trattato)/u, "#agree"],
  ] as Array<[RegExp, string]>,
  // a figure's own clause only: a level of water (a river's, a flood's, a tide's) rises and falls, unlike a size (verdict.ts)
  clauseCues: [
    [/^(?:livell)/u, "#level"],
  ] as Array<[RegExp, string]>,
  // "ricoverati": in hospital
  status: /ricoverat/iu,
  // "morti e feriti": one count of both tolls
  join: { toll: /^(?:e|ed|o)$/u },
  // counted nouns → one English noun
  counted: [
    [/^(?:veicol|auto|camion)/u, "vehicle"],
    [/^(?:corsi)/u, "lane"],
    [/^(?:binari)/u, "track"],
    [/^(?:vagon|cistern|serbato)/u, "wagon"],
    [/^(?:campat)/u, "span"],
    [/^(?:attacc)/u, "attack"],
    [/^(?:esplosion)/u, "explosion"],
    [/^(?:dron)/u, "drone"],
  ] as Array<[RegExp, string]>,
  // "di cui 8.000", "8.000 di loro": a part of the whole stated before
  part: { before: /\bdi cui\s+(?:(?:circa|oltre)\s+)?$/iu, after: /^\s*(?:di loro|tra (?:loro|questi))\b/iu },
  // "il 30% della città": the whole a share is taken of
  whole: { after: /^\s+(?:dell['’]|di|del|della|dei|delle|degli|dello)\s*(?:(?:la|il|lo|le|gli|i|sua|suo|sue|suoi|tutta|tutto|tutte|tutti)\s+)*/iu },
  // "entro il 2025", "prima del 1 luglio", "fino a fine 2023": the latest a thing is to happen by
  deadline: { before: /(?<![\p{L}])(?:entro|prima\s+d(?:i|el|ella|ell['’])|fino\s+a(?:l|lla|ll['’])?|non\s+oltre)(?:\s+(?:il|la|l['’]))?\s*$/iu },
};
