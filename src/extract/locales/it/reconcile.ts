/**
 * Italian cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
const B = "(?<![\\p{L}])", E = "(?![\\p{L}])";
/** Words that make a count one per direction of a two-way road ("two in each direction"): extraction's perDirection and the start of this locale's `direction`. */
export const PER_DIRECTION = "(?:in|per)\\s+(?:ogni|ciascuna?)\\s+(?:direzione|senso(?:\\s+di\\s+marcia)?)|per\\s+(?:direzione|senso\\s+di\\s+marcia)";
/** Words that set a figure against another ("rispetto a", "invece di", "non oltre"). */
const CONTRAST =
  "rispetto a|invece di|anziché|al posto di|contro|inferiore a|superiore a|più alto di|più basso di|smenti\\p{L}*|contestat\\p{L}*|non prima del|non oltre";

/** A verb whose subject holds the figure after it ("has", "employs", "received"), in holder.before. */
const HOLDER_HAS = "(?:impiega|impiegava|possiede|possedeva|conta|contava|detiene|deteneva|ha\\s+ottenuto|ha\\s+ricevuto|ha\\s+registrato|ha\\s+fatturato|ha\\s+conquistato)";
/** A verb whose subject serves the people or places counted after it ("provides … to 19 million customers"), in holder.before. */
const HOLDER_SERVE = "(?:serve|serviva|fornisce|forniva|rifornisce|riforniva|vende|vendeva|consegna|consegnava)";

export const it = {
  // "inizialmente 3.000", "in precedenza", "la stima precedente"
  earlier: new RegExp(`${B}(?:in precedenza|precedentemente|precedent[ei]|rispetto a)${E}`, "iu"),
  earlierAfter: new RegExp(`${B}(?:in precedenza|precedentemente)${E}`, "iu"),
  // the report's own figure replaced it: "inizialmente 15", "in origine", "era previsto"
  replaced: {
    before: new RegExp(`${B}(?:doveva(?:no)?|era(?:no)? previst[oaie]|avrebbe(?:ro)? dovuto|inizialmente|originariamente|in origine|all['’]inizio)${E}`, "iu"),
    after: new RegExp(`${B}(?:inizialmente|iniziali?)${E}`, "iu"),
  },
  running: new RegExp(`${B}(?:finora|sinora|fino ad ora|ad oggi|in totale|in tutto|complessivamente|cumulat\\p{L}*)${E}`, "iu"),
  // "ha riaperto il 2 novembre", "firmato nel 2024", "hanno atteso dieci giorni": what happened then, or so long (past forms; not "previsto", "stimato")
  eventVerb: /^(?!(?:stato|stata|stati|state|passato|passata|passati|sabato|previsto|prevista|previsti|atteso|attesa|stimato|stimata|programmato|programmata|data|dato|dati|fatto|lato|mercato|mercati|senato|risultato|risultati|grado|gradi|soldato|soldati|deputato|deputati|avvocato|privato|privata|chiamato|chiamata|situato|situata|basato|basata|partito|partiti|sito|siti|minuto|minuti|contenuto|istituto|aiuto|aiuti|vita|salita|uscita|partita|partite|unito|uniti|unita|però)$)(?:\p{L}{3,}(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute|ò)|aperto|aperta|riaperto|riaperta|morto|morta|morti|messo|messa|preso|presa|rotto|chiuso|chiusa)$/u,
  // what a figure measures, by the start of a word (endings and particles vary)
  cues: [
    [/^(?:lung)/u, "#length"],
    // a radius around a point ("within a 5 km radius"): a distance from it, never a length
    [/^(?:raggio)$/u, "#distance"],
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
  // "ancora in attesa", "rimangono senza luce", "in cassa integrazione": a level
  level: new RegExp(`${B}(?:in media|la media|di media|una media|cod[ae]|fil[ae]|ingorg\\p{L}*|ancora|tuttora|rimast\\p{L}*|rimangono|rimane|restano|resta|attualmente|in attesa|senza|cassa integrazione)${E}`, "iu"),
  progress: /contenut|sotto controllo|completat|ultimat|costruit|ripristinat|riparat|scrutinat|vaccinat/iu,
  // words that make the figure replace an earlier one ("revised", "final figures": verdict.ts Judged.revises)
  // a word of its own: "rivista" alone is a magazine, "correttamente" an adverb
  // (and a speaker's own figure it moved: "il sindacato ha abbassato la sua richiesta al 5,5%")
  revision: /(?<!\p{L})(?:(?:abbass|alz|innalz|ridott|aument)(?:ato|ata|ati|ate|ò)\s+(?:(?:la|il|le|i|lo)\s+)?(?:sua|suo|sue|suoi|loro|propri[aoie])\s+(?:\p{L}+\s+){1,3}?(?:a|al|alla|all['’])(?!\p{L})|rivist[oi](?!\p{L})|rivist[ae] al (?:rialzo|ribasso)|rivedut|corrett[oaie](?!\p{L})|rettificat|duplicat[ie](?!\p{L})|doppioni)|dati definitivi|cifre definitive|risultati definitivi|bilancio definitivo|dati aggiornati|bilancio aggiornato/iu,
  // "dati preliminari", "un bilancio provvisorio", "la stima iniziale", "per ora"
  provisional: new RegExp(`${B}(?:preliminar[ei]|provvisori[oaie]?|stim[ae] inizial[ei]|prime stime|risultati parziali|per ora|per il momento)${E}`, "iu"),
  // "morti e feriti": one count of both tolls
  join: { toll: /^(?:e|ed|o)$/u },
  // counted nouns → one English noun
  counted: [
    [/^(?:camion)/u, "truck"],
    [/^(?:auto)/u, "car"],
    [/^(?:veicol)/u, "vehicle"],
    [/^(?:corsi)/u, "lane"],
    [/^(?:binari)/u, "track"],
    [/^(?:vagon|cistern|serbato)/u, "wagon"],
    [/^(?:campat)/u, "span"],
    [/^(?:attacc)/u, "attack"],
    [/^(?:esplosion)/u, "explosion"],
    [/^(?:dron)/u, "drone"],
    [/^(?:person|abitant|civil|resident)/u, "person"],
    [/^(?:passegger|viaggiator)/u, "passenger"],
    [/^(?:carrozz)/u, "wagon"],
    [/^(?:donn)/u, "woman"],
    [/^(?:uomin|uomo)/u, "man"],
    [/^(?:bambin)/u, "child"],
    [/^(?:barc[ah]|peschereccio)/u, "boat"],
    [/^(?:nav[ei]$)/u, "ship"],
  ] as Array<[RegExp, string]>,
  // "di cui 8.000", "8.000 di loro": a part of the whole stated before
  part: { before: /\b(?:di cui|tranne|eccetto|a eccezione di|(?:di|tra|fra) questi)\s+(?:(?:circa|oltre)\s+)?$/iu, after: /^\s*(?:di loro|tra (?:loro|questi))\b/iu },
  // "il 30% della città": the whole a share is taken of
  whole: { after: /^\s+(?:dell['’]|di|del|della|dei|delle|degli|dello)\s*(?:(?:la|il|lo|le|gli|i|sua|suo|sue|suoi|tutta|tutto|tutte|tutti)\s+)*/iu },
  // "entro il 2025", "prima del 1 luglio", "fino a fine 2023": the latest a thing is to happen by
  deadline: { before: /(?<![\p{L}])(?:entro|prima\s+d(?:i|el|ella|ell['’])|fino\s+a(?:l|lla|ll['’])?|non\s+oltre)(?:\s+(?:il|la|l['’]))?\s*$/iu },
  // "il calo più forte dal 2020", "la prima volta dal 2019": la base di un confronto
  baseline: { before: new RegExp(`${B}(?:(?:più|meno)(?!\\s+d(?:i|a|el|ella|ei|egli|['’]))|peggior\\p{L}*|(?:il|la)\\s+(?:maggiore|minore|migliore)|record|prima\\s+volta|massim\\p{L}*|minim\\p{L}*)${E}[^,;:.!?()]{0,60}${B}(?:dal|dalla|dall['’]|da)\\s*$`, "iu") },
  window: { before: new RegExp(`${B}(?:nel giro di|nell['’]arco di|in meno di)\\s*$`, "iu") },
  // "negli ultimi sette giorni", "media di sette giorni": una finestra mobile
  rolling: {
    before: new RegExp(`(?:${B}(?:gli|negli|nelle|le)\\s+ultim[ie]\\s+(?:(?:\\d+|due|tre|quattro|cinque|sei|sette|otto|dieci|quattordici|trenta|ventiquattro)\\s+)?(?:giorni|settimane|ore|mesi)|${B}media\\s+(?:mobile\\s+)?(?:di|su)\\s+(?:\\d+|sette|quattordici)\\s+giorni|${B}media\\s+mobile)${E}[^\\d;.!?]{0,40}$`, "iu"),
    after: new RegExp(`^[^\\d;.!?]{0,30}?(?:${B}(?:gli|negli|nelle|le)\\s+ultim[ie]\\s+(?:(?:\\d+|due|tre|quattro|cinque|sei|sette|otto|dieci|quattordici|trenta|ventiquattro)\\s+)?(?:giorni|settimane|ore|mesi)|${B}media\\s+(?:mobile\\s+)?(?:di|su)\\s+(?:\\d+|sette|quattordici)\\s+giorni|${B}media\\s+mobile)${E}`, "iu"),
  },
  // "poiché nessun candidato ha ottenuto più del [50%]": un limite negato
  negatedBound: new RegExp(`${B}(?:nessun\\p{L}*)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?(?:più\\s+d(?:el|ella|i)?|almeno|oltre\\s+(?:il|la))\\s*$`, "iu"),
  // "il blocco dura da [12 giorni]": l'età di un evento ancora in corso
  ongoing: { before: new RegExp(`${B}(?:dura|durano|prosegue|va\\s+avanti)\\s+(?:ormai\\s+|già\\s+)?da\\s+(?:oltre\\s+|più\\s+di\\s+|quasi\\s+|circa\\s+)?$`, "iu") },
  // "i nostri rappresentanti erano presenti in [5.870] seggi", "hanno visitato [1.150]"
  coverage: new RegExp(`${B}(?:presenti\\s+in|presenti\\s+a|hanno\\s+visitato|hanno\\s+osservato)\\s+(?:circa\\s+|quasi\\s+|oltre\\s+|più\\s+di\\s+|solo\\s+)?$`, "iu"),
  // "un exit poll", "secondo il sondaggio"
  poll: new RegExp(`${B}(?:sondaggi[o]?|exit\\s+poll)${E}[^;]*$`, "iu"),
  // "mancano [due settimane] al ballottaggio", "altre [tre settimane]": ciò che resta
  countdown: { before: new RegExp(`${B}(?:mancano|manca|restano|ancora|altri|altre)\\s+$`, "iu"), after: new RegExp(`^\\s+(?:in\\s+più|rimanenti)${E}`, "iu") },
  // "40 schede contate due volte", "registrati in doppio", "40 duplicati": tolti da un conteggio
  duplicate: { after: new RegExp(`^(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:(?:erano|sono|stati|state|era|è)\\s+)*(?:(?:contat[ie]|conteggiat[ie]|registrat[ie]|censit[ie])\\s+(?:due\\s+volte|in\\s+doppio|doppiamente)|duplicat[ie]|doppioni)${E}`, "iu") },
  // a count per direction (extraction's perDirection: the same words)
  direction: new RegExp(`${B}(?:${PER_DIRECTION})${E}`, "iu"),
  // "rispetto ai 14 miliardi citati", "invece di", "non prima del 2031": a figure set against another

  contrast: { near: new RegExp(`${B}(?:${CONTRAST})${E}`, "iu"), before: new RegExp(`${B}(?:${CONTRAST})\\s+$`, "iu") },
  // "rivisto", "finora", "il bilancio è salito": a figure that moves
  moving: new RegExp(`${B}(?:rivist[oaie]|aggiornat[oaie]|finora|fino ad ora|salit[oaie]|salgono|aumentat[oaie]|bilancio)${E}`, "iu"),
  // "in media", "in tutto il paese", "a livello nazionale": a whole area, not one place of it
  // "una città di 9.200 abitanti", "un paese di circa 4 milioni": a place's people
  population: new RegExp(`${B}(?:città|cittadina|comune|paese|villaggio|isola|località|borgo)\\s+di\\s+(?:(?:circa|quasi|oltre|più di|meno di)\\s+)?$`, "iu"),
  area: new RegExp(`${B}(?:in media|mediamente|in tutto il paese|a livello nazionale|su scala nazionale|in tutta la (?:regione|provincia)|nell['’]intera regione)${E}`, "iu"),
  // "entra in vigore", "è entrato in vigore": a law's or a pact's entry into force
  inForce: { noun: /^(?:vigore)$/u, before: /^(?:in)$/u },
  // "a 40 km a nord di Cherson": a compass word before "di" makes a distance
  compass: { word: /^(?:nord|sud|est|ovest|nord-est|nord-ovest|sud-est|sud-ovest)$/u, of: /^(?:di|del|della|dello|dei|degli|delle)$/u },
  // whose a figure is (src/reconcile/holder.ts), names only: "il fatturato di Orrin è stato di", "Orrin impiega 14.200", "41% per Varanen"
  holder: {
    before: [
      /(?<![\p{L}])(?:di|d['’])\s*((?!(?:Il|Lo|La|I|Gli|Le|L|Un|Uno|Una|Di|Del|Della|In|Secondo|Ma|E|Con|Per|Da|Dal|Dalla|Questo|Questa|Nel|Nella|Al|Alla|Dopo)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)\s+(?:(?:è|era|è\s+stato|è\s+stata|sono\s+stati|ammonta|ammontava|ha\s+raggiunto|raggiunge|di|pari)\s+)?(?:(?:a|di)\s*)?(?:(?:circa|quasi|oltre|più\s+di|meno\s+di|appena|solo|poco\s+più\s+di)\s+)?$/u,
      new RegExp(String.raw`(?<![\p{L}'’])((?!(?:Il|Lo|La|I|Gli|Le|L|Un|Uno|Una|Di|Del|Della|In|Secondo|Ma|E|Con|Per|Da|Dal|Dalla|Questo|Questa|Nel|Nella|Al|Alla|Dopo)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?:,[^.;:!?]{1,60}?,)?(?:\s+(?:${HOLDER_HAS}|${HOLDER_SERVE})\s+[^.;:!?]{1,60}?\s+(?:e|ed))?\s+${HOLDER_HAS}\s+(?:[\p{L}\p{M}'’-]+\s+){0,3}(?:(?:a|di)\s*)?(?:(?:circa|quasi|oltre|più\s+di|meno\s+di|appena|solo|poco\s+più\s+di)\s+)?$`, "u"),
      new RegExp(String.raw`(?<![\p{L}'’])((?!(?:Il|Lo|La|I|Gli|Le|L|Un|Uno|Una|Di|Del|Della|In|Secondo|Ma|E|Con|Per|Da|Dal|Dalla|Questo|Questa|Nel|Nella|Al|Alla|Dopo)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?:,[^.;:!?]{1,60}?,)?\s+${HOLDER_SERVE}\s+(?:[^.;:!?]{1,60}?\s+)?(?:a|ai|agli|alle|al)\s+(?:(?:circa|quasi|oltre|più\s+di|meno\s+di|appena|solo|poco\s+più\s+di)\s+)?$`, "u"),
    ],
    after: [/^\s+per\s+((?!(?:Il|Lo|La|I|Gli|Le|L|Un|Uno|Una|Di|Del|Della|In|Secondo|Ma|E|Con|Per|Da|Dal|Dalla|Questo|Questa|Nel|Nella|Al|Alla|Dopo)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?![\p{L}\p{M}-])/u],
    // "Il suo fatturato nel 2027 era di": a sentence that leaves its holder to the one before it
    carried: /^\s*(?:Il\s+suo|La\s+sua|I\s+suoi|Le\s+sue)\s+(\p{Ll}+)\s+(?:(?:nel|del)\s+\d{4}\s+)?(?:è\s+stato|è\s+stata|era|è|ammontava|ammonta|ha\s+raggiunto|raggiunge)\s+(?:(?:a|di)\s*)?(?:(?:circa|quasi|oltre|più\s+di|meno\s+di|appena|solo|poco\s+più\s+di)\s+)?$/u,
    quiet: /^(?:il|lo|la|i|gli|le|l|un|uno|una|di|del|della|in|secondo|ma|e|con|per|da|questo|questa|nel|nella|al|alla|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)$/u,
  },
  // "l'obiettivo è vaccinare 380.000 persone", "in grado di lavorare 210.000 barili": a goal (an amount asked for too: "ha chiesto 4,8 milioni di dollari"), a capacity (judge.ts roleOf), neither an amount reached
  role: {
    aim: { before: new RegExp(`${B}(?:(?:obiettiv[oi]|traguardo|quot[ae]|limit[ei]|tett[oi]|razion[ei])${E}|(?:punta|puntano|mira|mirano)\\s+a\\s|(?:intende|intendono)\\s+|(?:chiede|chiedono|chiesto|chiedeva|sollecita|sollecitano|sollecitato)\\s|(?:appello|richiesta)\\s+(?:di\\s+fondi\\s+)?(?:per|di|da)\\s)(?:\\s*:\\s*|[^,;:.!?()"“”«»„\\n]{0,40})$`, "iu") },
    capacity: { before: new RegExp(`${B}(?:capacità|(?:posti(?:\\s+letto)?|cuccette|letti)\\s+per|stoccaggio|(?:in\\s+grado|capace|capaci)\\s+di|(?:può|possono|potrebbe|potrebbero)\\s+(?:\\p{L}+\\s+)?(?:contenere|ospitare|trattare|produrre|generare|raffinare|lavorare|immagazzinare|fornire))${E}(?:\\s*:\\s*|[^,;:.!?()"“”«»„\\n]{0,40})$`, "iu") },
  },
  // "20.000 euro per ciascuna famiglia", "600 euro per ettaro": an amount for each one, set apart from totals (the English `perUnit`)
  perUnit: /^\s*(?:\p{L}+\s+)?(?:(?:per|a)\s+(?:ciascun[ao]?|ogni)\s+\p{L}+|(?:per|a)\s+(?:testa|abitante|famiglia|persona|vittima|ettaro|tonnellata|barile|azione))(?![\p{L}])/iu,
  // "ogni abitante può usare 50 litri", "una razione di 25 litri": an amount for each one, said before it (the English `perUnitBefore`)
  perUnitBefore: new RegExp(`(?:${B}(?:ogni|ciascun[oa]?|per)\\s+(?:abitante|persona|residente|famiglia|nucleo|testa)${E}[^,;:.!?()"“”«»„\\n]{0,40}|${B}razion[ei]\\s+(?:giornalier[ae]\\s+)?di\\s+(?:\\p{L}+\\s+)?)$`, "iu"),
  // who a figure is credited to: src/extract/credits.ts finds it ("secondo la prefettura", "stando ai
  // vigili del fuoco", "la società ha comunicato", "…, ha detto il sindaco"), src/reconcile/origins.ts keys it
  credit: {
    generic: new Set("il lo la i gli le l un uno una di del della dei delle dello degli dell e agenzia giornale quotidiano media ufficiale ufficiali rapporto rapporti cifre dati stima stime suo sua loro".split(" ")),
    vague: /^(fonti?|rapporti|comunicato|esperti|analisti|responsabili|media|ufficiali|lui|lei|loro)$/i,
    article: /^(?:il|lo|la|i|gli|le|l['’]|un|uno|una)\s*/i,
    reader: {
      before: /(?<!(?:il|al|del|nel|un)\s)secondo|stando\s+(?:a|ai|al|alla|alle|agli|allo|all['’])|a\s+detta\s+d(?:i|el|ella|ei|egli|ell['’])|citando|citat[oaie]\s+da/,
      said: /^(?:detto|dichiarato|riferito|spiegato|precisato|annunciato|affermato|stimato|confermato|comunicato|indicato|sottolineato|aggiunto|calcolato|contato|dice|dicono|riferisce|riferiscono|spiega|precisa|annuncia|afferma|stima|stimano|conferma|comunica|indica|sottolinea|aggiunge|calcola|disse)$/u,
      aux: /^(?:ha|hanno|aveva|avevano|anche|già|poi|inoltre)$/u,
      relative: /^(?:che)$/u,
      article: /^(?:il|lo|la|i|gli|le|l['’]|un|uno|una)$/u,
      link: /^(?:di|del|della|dei|delle|dello|degli|dell['’]|d['’])$/u,
      noun: /^(?:polizia|carabinieri|governo|ministero|ministro|ministra|sindaco|sindaca|prefettura|prefetto|vigili|protezione|azienda|società|sindacato|sindacati|autorità|portavoce|procura|esercito|agenzia|presidente|direttore|direttrice|questura)$/u,
      not: /^(?:lui|lei|loro|noi|voi|io|che|chi|cui|quale|questi|quelli|quello|quella|ciò|sulla|sul|dalla|dal|tra|fra|su|oggi|ieri|domani|così|anche|inoltre|o|ed)$/u,
      inciseOnly: true,
      elision: /^(?:l|dell|d)['’]/u,
    },
  },
};
