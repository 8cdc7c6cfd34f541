/**
 * Polish cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
const B = "(?<![\\p{L}])", E = "(?![\\p{L}])";
/** Words that make a count one per direction of a two-way road ("two in each direction"): extraction's perDirection and the start of this locale's `direction`. */
export const PER_DIRECTION = "w\\s+każd(?:ą|ym)\\s+(?:stronę|kierunku)|na\\s+każdy\\s+kierunek";

/** A verb whose subject holds the figure after it ("has", "employs", "received"), in holder.before. */
const HOLDER_HAS = "(?:ma|miał|miała|miało|mieli|posiada|posiadał|posiadała|zatrudnia|zatrudniał|zatrudniała|uzyskał|uzyskała|uzyskali|zdobył|zdobyła|zdobyli|otrzymał|otrzymała|otrzymali|kontroluje)";
/** A verb whose subject serves the people or places counted after it ("provides … to 19 million customers"), in holder.before. */
const HOLDER_SERVE = "(?:obsługuje|obsługiwał|obsługiwała|zaopatruje|zaopatrywał|zaopatrywała|dostarcza|dostarczał|dostarczała|sprzedaje|sprzedawał|sprzedawała)";

export const pl = {
  // "w ciągu ostatnich siedmiu dni", "średnia siedmiodniowa": okno kroczące
  rolling: {
    before: new RegExp(`(?:${B}ostatni(?:ch|e)\\s+(?:(?:\\d+|dwóch|trzech|czterech|pięciu|sześciu|siedmiu|ośmiu|dziesięciu|czternastu|trzydziestu|kilku)\\s+)?(?:dni|doby|tygodni|tygodnie|godzin|godziny|miesięcy|miesiące)|${B}średni\\p{L}*\\s+(?:krocząc\\p{L}*\\s+)?siedmiodniow\\p{L}*|${B}siedmiodniow\\p{L}*\\s+średni\\p{L}*|${B}średni\\p{L}*\\s+krocząc\\p{L}*)${E}[^\\d;.!?]{0,40}$`, "iu"),
    after: new RegExp(`^[^\\d;.!?]{0,30}?(?:${B}ostatni(?:ch|e)\\s+(?:(?:\\d+|dwóch|trzech|czterech|pięciu|sześciu|siedmiu|ośmiu|dziesięciu|czternastu|trzydziestu|kilku)\\s+)?(?:dni|doby|tygodni|tygodnie|godzin|godziny|miesięcy|miesiące)|${B}średni\\p{L}*\\s+(?:krocząc\\p{L}*\\s+)?siedmiodniow\\p{L}*|${B}siedmiodniow\\p{L}*\\s+średni\\p{L}*|${B}średni\\p{L}*\\s+krocząc\\p{L}*)${E}`, "iu"),
  },
  // "ponieważ żaden kandydat nie uzyskał ponad [50 proc.]": zaprzeczona granica
  negatedBound: new RegExp(`${B}(?:żaden|żadna|żadne|nikt)\\s+(?:\\p{L}+\\s+){0,6}?(?:więcej\\s+niż|ponad|co\\s+najmniej|powyżej)\\s+$`, "iu"),
  // "blokada trwa już [12 dni]": wiek wydarzenia, które wciąż trwa
  ongoing: { before: new RegExp(`${B}(?:trwa|trwają|ciągnie\\s+się)\\s+(?:już\\s+|od\\s+)(?:ponad\\s+|prawie\\s+|blisko\\s+|około\\s+)?$`, "iu") },
  // "nasi mężowie zaufania byli obecni w [5870] komisjach", "obserwatorzy odwiedzili [1150]"
  coverage: new RegExp(`${B}(?:obecni\\s+w|obecne\\s+w|odwiedzili|odwiedziły|obserwowali)\\s+(?:około\\s+|prawie\\s+|ponad\\s+|tylko\\s+)?$`, "iu"),
  // "według sondażu exit poll"
  poll: new RegExp(`${B}(?:sondaż\\p{L}*|exit\\s+poll\\p{L}*)${E}[^;]*$`, "iu"),
  // "jeszcze [trzy tygodnie] kampanii", "zostały [dwa tygodnie]": co zostało
  countdown: { before: new RegExp(`${B}(?:jeszcze|zostało|zostały|pozostało|pozostały)\\s+$`, "iu"), inside: /\s(?:kolejne|dodatkowe)\s/iu },
  // "40 głosów policzonych dwukrotnie", "podwójnie zarejestrowanych", "40 duplikatów": skreśleni z liczby
  duplicate: { after: /^(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:zostało|zostali|zostały|było|byli)\s+)*(?:(?:policzon|zarejestrowan|zliczon|ujęt|wpisan)\p{L}*\s+(?:dwukrotnie|podwójnie|dwa\s+razy)|(?:dwukrotnie|podwójnie)\s+(?:policzon|zarejestrowan|zliczon|ujęt|wpisan)\p{L}*|zdublowan\p{L}*|duplikat\p{L}*)/iu },
  // "wcześniej informowano", "w porównaniu z"
  earlier: new RegExp(`${B}(?:wcześniej|wcześniejsz\\p{L}*|poprzedni\\p{L}*|uprzednio|w porównaniu (?:z|ze|do))${E}`, "iu"),
  earlierAfter: new RegExp(`${B}(?:wcześniej|poprzednio|uprzednio|dzień wcześniej)${E}`, "iu"),
  // the report's own figure replaced it: "początkowo 40", "pierwotny kosztorys", "miał kosztować"
  replaced: {
    before: new RegExp(`${B}(?:miał[aoy]? (?:zostać|być|się)|mieli (?:zostać|być|się)|planowano|przewidywano|początkowo|pierwotn\\p{L}*|na początku)${E}`, "iu"),
    after: new RegExp(`${B}(?:początkowo|pierwotnie)${E}`, "iu"),
  },
  // "(15 mld zł) rok wcześniej", "przed rokiem": the earlier figure is of a year before its report
  yearEarlier: /^[\s,]*(?:rok\s+(?:wcześniej|temu)|przed\s+rokiem|w\s+(?:poprzednim|ubiegłym|zeszłym)\s+roku)(?![\p{L}])/iu,
  // "ministerstwo poinformowało we wtorek": the date of a statement, not of what it is about
  said: /^(?:powiedział[aoy]?|powiedzieli|mówi|mówią|mówił[aoy]?|poinformował[aoy]?|poinformowali|przekazał[aoy]?|przekazali|ogłosił[aoy]?|ogłosili|ogłoszono|podał[aoy]?|podali|podaje|podają|oświadczył[aoy]?|oświadczyli|stwierdził[aoy]?|potwierdził[aoy]?|potwierdzili|dodał[aoy]?|napisał[aoy]?|ostrzegł[aoy]?|ostrzegli|zapowiedział[aoy]?|przyznał[aoy]?|twierdzi|informuje|informują|przekazuje)$/u,
  declared: /(?<![\p{L}])(?:ogłosił[aoy]?|ogłosili|ogłoszono|uznał[aoy]?|uznali|uznano)\s+(?!(?:w|we|dnia|że|iż|wczoraj|dziś|dzisiaj)(?![\p{L}]))[^.;:!?]+$/iu,
  running: new RegExp(`${B}(?:dotychczas|do tej pory|do dziś|do dzisiaj|łącznie|w sumie|ogółem|narastająco)${E}`, "iu"),
  // "otwarto 2 listopada", "podpisali w 2024", "czekali dziesięć dni": what happened then, or so long (past forms; not "był", nor nouns in -ło)
  eventVerb: /^(?!(?:był|była|było|byli|były|około|mało|ciało|koło|czoło|źródło|masło|wiosło|dużo|sporo|trudno|jedno|rano|miasto|prawo|biuro|kino|wino|okno|lato|złoto|konto|tylko|jako|wszystko|bardzo|metro|auto)$)\p{L}{2,}(?:ł|ła|ło|li|ły|ono|ano|ęto|ito|yto|arto)$/u,
  // what a figure measures, by the start of a word (endings vary by case)
  cues: [
    [/^(?:długoś|długi$|długa$|długie$|długą$|rozciąga)/u, "#length"],
    // a radius around a point ("within a 5 km radius"): a distance from it, never a length
    [/^(?:promie[nń])/u, "#distance"],
    [/^(?:szerok)/u, "#width"],
    [/^(?:wysok)/u, "#height"],
    [/^(?:głębok)/u, "#depth"],
    [/^(?:powierzchni|obszar)/u, "#area"],
    [/^(?:koszt|wartoś|budżet|inwestycj|wydatk|nakład)/u, "#cost"],
    [/^(?:przychod|przychód|dochod|dochód|zysk|sprzedaż)/u, "#revenue"],
    [/^(?:przepustow|pojemnoś|wydajnoś)/u, "#capacity"],
    // the dead, the injured, the missing and the displaced are different tolls of one disaster
    [/^(?:zgin|zabit|zabic|zabił|zabil|zmarł|zmarli|śmier|ofiar|poległ)/u, "#casualty"],
    [/^(?:rann|ranion|rany$|poszkodowan|obrażeni)/u, "#injured"],
    [/^(?:zaginion|zaginęł|zaginęli)/u, "#missing"],
    [/^(?:ewakuow|ewakuac|przesiedl|uchodźc|bezdomn)/u, "#displaced"],
    [/^(?:żołnierz|wojsk|rozmieszcz|wysłan|wysłał|oddział|personel)/u, "#deploy"],
    [/^(?:pracowni|zatrudni|etat)/u, "#jobs"],
    [/^(?:udział)/u, "#share"],
    [/^(?:odległ|oddalon)/u, "#distance"],
    [/^(?:otwar|otworz|otwiera|ukończ|zakończ|oddan|oddano|uruchom|inaugur)/u, "#complete"],
    [/^(?:pierwotn|początkow)/u, "#original"],
    [/^(?:rozpocz|rozpoczę|zaczął|zaczęł|zaczęli|start)/u, "#start"],
    [/^(?:podpisa|porozumieni|umow|umów|traktat)/u, "#agree"],
    [/^(?:dzienn|roczn|miesięczn|tygodniow)/u, "#rate"],
    // the moment a storm, a quake or an attack hits
    [/^(?:uderzy|uderzen|uderzył)/u, "#strike"],
    [/^(?:wzrost|wzrósł|wzrosł|spadek|spadł|zmniejsz|zwiększ|obniż)/u, "#change"],
  ] as Array<[RegExp, string]>,
  asOf: /(?:według stanu na|stan na|na dzień)/iu,
  // "hospitalizowani", "w szpitalu": in hospital
  status: /hospitalizow|w szpital/iu,
  // "nadal czeka", "wciąż bez prądu", "obecnie": a level
  level: new RegExp(`${B}(?:średni\\p{L}*|przeciętn\\p{L}*|kolejk\\p{L}*|kor(?:ek|ki|ku)|nadal|wciąż|obecnie|aktualnie|pozostaj\\p{L}*|czeka\\p{L}*|oczekuj\\p{L}*|bez)${E}`, "iu"),
  progress: /opanowan|pod kontrolą|ukończ|zakończ|zbudowan|przywrócon|policzon|zaszczepion|gotow/iu,
  // words that make the figure replace an earlier one ("revised", "final figures": verdict.ts Judged.revises)
  revision: /zrewidowa|duplikat|skorygowa|korekt|ostateczn(?:e|ych|ymi) (?:dane|wynik|liczb)|zaktualizowan(?:e|ych) (?:dane|liczb)/iu,
  // "wstępne dane", "tymczasowy bilans", "wyniki cząstkowe", "na razie"
  provisional: new RegExp(`${B}(?:wstępn\\p{L}*|tymczasow\\p{L}*|cząstkow\\p{L}*|na razie|na chwilę obecną)${E}`, "iu"),
  // "zabitych i rannych": one count of both tolls
  join: { toll: /^(?:i|lub|albo|oraz)$/u },
  // counted nouns → one English noun (vehicles, lanes, tracks, rail wagons, spans, strikes…; see reconcile.ts `counted`)
  counted: [
    [/^(?:ciężaró|ciężarow)/u, "truck"],
    [/^(?:samoch)/u, "car"],
    [/^(?:pojazd)/u, "vehicle"],
    [/^(?:pas(?:y|ów|a|ach)?$|pasm)/u, "lane"],
    [/^(?:tor(?:y|ów|a|ach)?$|torow)/u, "track"],
    [/^(?:wagon|cystern)/u, "wagon"],
    [/^(?:przęs)/u, "span"],
    [/^(?:atak|nalot)/u, "attack"],
    [/^(?:wybuch|eksploz)/u, "explosion"],
    [/^(?:dron|bezzałog)/u, "drone"],
    [/^(?:łodzi|łódź|łodz|kuter|kutr)/u, "boat"],
    [/^(?:osób|osoby|osob|ludzi|mieszkańc|cywil)/u, "person"],
    [/^(?:pasażer)/u, "passenger"],
    [/^(?:kobiet)/u, "woman"],
    [/^(?:mężczy)/u, "man"],
    [/^(?:dzieci|dziec|dzieck)/u, "child"],
    [/^(?:łód|łodzi|kutr)/u, "boat"],
    [/^(?:statk|statek)/u, "ship"],
  ] as Array<[RegExp, string]>,
  adjective: /(?:ych|ich|ymi|imi|ego|emu|ej|ym|im|owy|owa|owe)$/u,
  // "102 kobiety", "56 mężczyzn": a toll broken down by sex, a gradient
  clauseCues: [
    // a level of water (a river's, a flood's, a tide's): it rises and falls, unlike a size (verdict.ts)
    [/^(?:poziom)/u, "#level"],
    [/^(?:kobiet|dziewcz)/u, "#female"],
    [/^(?:mężczyzn|chłop)/u, "#male"],
    [/^(?:nachyleni)/u, "#slope"],
  ] as Array<[RegExp, string]>,
  // "w tym 8000", "spośród nich 40": a part of the whole stated before
  // "łącznie", "w sumie", "wraz z dojazdami": the whole; "pierwszy etap", "odcinek", "część",
  // "nie licząc": a part of it (the English `scope`)
  scope: {
    whole: new RegExp(`${B}(?:łącznie|w sumie|ogółem|razem|całkowit\\p{L}*|cał(?:y|a|e|ego|ej|ą)|wraz z|włącznie z|w tym)${E}`, "iu"),
    part: new RegExp(`${B}(?:z czego|pierwsz\\p{L}*\\s+(?:etap|faz)\\p{L}*|odcin\\p{L}*|częś(?:ć|ci)|bez uwzględnienia|nie licząc|z wyjątkiem)${E}`, "iu"),
    excluding: /^(?:bez uwzględnienia|nie licząc|z wyjątkiem)$/iu,
    phase: /etap|faz/iu,
    including: /^(?:wraz z|włącznie z|w tym)$/iu,
  },
  part: { before: /(?<![\p{L}])(?:w tym|z czego|z nich|spośród nich|wśród nich|oprócz|z wyjątkiem|z tych|spośród tych)\s+(?:(?:około|ponad|prawie)\s+)?$/iu },
  // "30 proc. terytorium", "30% całego wolumenu": the whole a share is taken of, in the genitive right after it
  whole: { after: /^\s+(?:(?:całego|całej|całych|ogólnej|ogólnego|wszystkich)\s+)?/iu },
  // "do 1 lipca", "nie później niż w 2025 roku": the latest a thing is to happen by
  deadline: { before: /(?<![\p{L}])(?:do|najpóźniej(?:\s+do)?|nie\s+później\s+niż(?:\s+w)?)\s+$/iu },
  // "najwyższy poziom od 2021 roku", "po raz pierwszy od 2019": podstawa porównania ("co najmniej" nie)
  baseline: { before: new RegExp(`${B}(?:naj(?!mniej|pierw|bliż|później|wcześniej)\\p{L}+|pierwszy\\s+raz|po\\s+raz\\s+pierwszy|rekord\\p{L}*)${E}[^,;:.!?()]{0,60}${B}od\\s+$`, "iu") },
  // a count per direction (extraction's perDirection: the same words) or of one direction only
  direction: new RegExp(`${B}(?:${PER_DIRECTION}|w\\s+jedną\\s+stronę)${E}`, "iu"),
  // "40 km na północ od Chersonia": a compass word before "od" makes a distance
  compass: { word: /^(?:północ|południe|wschód|zachód)$/u, of: /^od$/u },
  // whose a figure is (src/reconcile/holder.ts), names only: "przychody Orrin wyniosły", "Orrin zatrudnia", "41% dla Varanen"
  holder: {
    before: [
      /(?<![\p{L}])\p{Ll}[\p{L}\p{M}-]*\s+((?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)\s+(?:wyniósł|wyniosła|wyniosło|wyniosły|wynosi|wynoszą|sięgnął|sięgnęła|sięgnęło|sięgnęły|osiągnął|osiągnęła|osiągnęły)\s+(?:(?:około|prawie|ponad|blisko|niemal|przeszło|tylko|zaledwie|mniej\s+niż|więcej\s+niż)\s+)?$/u,
      new RegExp(String.raw`(?<![\p{L}'’])((?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?:,[^.;:!?]{1,60}?,)?(?:\s+(?:${HOLDER_HAS}|${HOLDER_SERVE})\s+[^.;:!?]{1,60}?\s+(?:i|a))?\s+${HOLDER_HAS}\s+(?:[\p{L}\p{M}'’-]+\s+){0,3}(?:(?:około|prawie|ponad|blisko|niemal|przeszło|tylko|zaledwie|mniej\s+niż|więcej\s+niż)\s+)?$`, "u"),
      new RegExp(String.raw`(?<![\p{L}'’])((?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?:,[^.;:!?]{1,60}?,)?\s+${HOLDER_SERVE}\s+(?:[^.;:!?]{1,60}?\s+)?(?:(?:do|dla)\s+)?(?:(?:około|prawie|ponad|blisko|niemal|przeszło|tylko|zaledwie|mniej\s+niż|więcej\s+niż)\s+)?$`, "u"),
    ],
    after: [/^\s+dla\s+((?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?![\p{L}\p{M}'’-])/u],
    // "Przychody w 2027 r. wyniosły": a sentence that leaves its holder to the one before it
    carried: /^\s*(?:Jej\s+|Jego\s+)?(\p{Lu}?\p{Ll}+)\s+(?:w\s+\d{4}\s+(?:r\.|roku)\s+)?(?:wyniosły|wyniosła|wyniósł|wyniosło|wynoszą|wynosi|sięgnęły|sięgnęła|sięgnął|osiągnęły|osiągnęła|osiągnął|był|była|było|były)\s+(?:(?:około|prawie|ponad|blisko|niemal|przeszło|tylko|zaledwie|mniej\s+niż|więcej\s+niż)\s+)?$/u,
    quiet: /^(?:w|we|na|po|z|ze|i|oraz|ale|a|za|dla|o|od|do|przy|po|ten|ta|to|ci|te|on|ona|oni|one|ono|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|poniedziałek|wtorek|środa|środę|czwartek|piątek|sobota|sobotę|niedziela|niedzielę)$/u,
  },
  // "celem jest zaszczepienie 380 tys. osób", "przepustowość 200 tys. m3": a goal (an amount asked for too: "prosi mieszkańców o zużycie nie więcej niż 50 litrów"), a capacity (judge.ts roleOf), neither an amount reached
  role: {
    aim: { before: new RegExp(`${B}(?:(?:cel(?:u|em|ach|ów|e)?|limit(?:u|em)?|racj(?:a|i|ę|e)|przydział(?:u|em)?)${E}|(?:zamierza|zamierzają|planuje|planują|chce|chcą|prosi|proszą|prosił\\p{L}*|wzywa|wzywają|wezwał\\p{L}*)\\s|(?:apel\\p{L}*|wniosek|wnioskował\\p{L}*)\\s+o\\s)(?:\\s*:\\s*|[^,;:.!?()"“”«»„\\n]{0,40})$`, "iu") },
    capacity: { before: new RegExp(`${B}(?:pojemno\\p{L}*|(?:miejsc\\p{L}*|łóżek|koi)\\s+dla|przepustowo\\p{L}*|(?:może|mogą|mógłby|mogłaby)\\s+(?:\\p{L}+\\s+)?(?:pomieścić|przyjąć|przyjmować|przetworzyć|przetwarzać|wyprodukować|produkować|przewieźć|magazynować))${E}(?:\\s*:\\s*|[^,;:.!?()"“”«»„\\n]{0,40})$`, "iu") },
  },
  // "20 tys. euro na rodzinę", "600 euro za hektar": an amount for each one, set apart from totals (the English `perUnit`)
  perUnit: /^\s*(?:\p{L}+\s+)?(?:(?:na|za)\s+(?:osobę|głowę|mieszkańca|gospodarstwo|rodzinę|ofiarę|hektar|tonę|baryłkę|akcję|pacjenta|pracownika)|(?:dla\s+)?każd\p{L}*\s+(?:osob\p{L}*|rodzin\p{L}*|ofiar\p{L}*))(?![\p{L}])/iu,
  // "każdy mieszkaniec może zużyć 50 litrów", "racja 25 litrów": an amount for each one, said before it (the English `perUnitBefore`)
  perUnitBefore: new RegExp(`(?:${B}(?:każd\\p{L}*|na)\\s+(?:mieszkańc\\p{L}*|mieszkaniec|osob\\p{L}*|rodzin\\p{L}*|gospodarstw\\p{L}*|głowę)${E}[^,;:.!?()"“”«»„\\n]{0,40}|${B}racj\\p{L}*\\s+(?:dzienn\\p{L}*\\s+)?(?:\\p{L}+\\s+)?)$`, "iu"),
  // who a figure is credited to: src/extract/credits.ts finds it ("według policji", "jak podała
  // straż pożarna", "poinformowało ministerstwo"), src/reconcile/origins.ts keys it
  credit: {
    generic: new Set("i oraz agencja agencji dziennik media oficjalne raport raporty dane danych szacunki jego jej ich".split(" ")),
    vague: /^(źródła|źródeł|raporty|eksperci|ekspertów|analitycy|media|mediów|on|ona|oni|one)$/i,
    article: /^(?!)/,
    reader: {
      before: /według|zdaniem|wg|cytowan[ya]\s+przez|szacunkami|jak\s+(?:podał[aoi]?|poinformował[aoi]?|przekazał[aoi]?|podaje|informuje)/,
      said: /^(?:podał|podała|podało|podali|poinformował|poinformowała|poinformowało|poinformowali|przekazał|przekazała|przekazało|przekazali|powiedział|powiedziała|powiedzieli|oświadczył|oświadczyła|oświadczyło|szacuje|szacują|szacował|szacowała|oszacował|oszacowała|oszacowało|ocenił|oceniła|ocenia|potwierdził|potwierdziła|potwierdziło|dodał|dodała|wyliczył|wyliczyła|informuje|podaje|przekazuje|mówi)$/u,
      aux: /^(?:też|także|również|już|później|wcześniej)$/u,
      relative: /^(?:który|która|które|którzy)$/u,
      noun: /^(?:policj|straż|prokurat|ministerstw|minist|rząd|wojewod|burmistrz|prezydent|rzeczni|premier|służb|strażac|wojsk|spółk|firm|związ|urząd|urzęd|gmin|dyrektor|prezes|agencj|ratownic|władz)/u,
      not: /^(?:on|ona|ono|oni|one|my|wy|ja|to|tym|tego|który|która|które|którzy|że|co|jak|ale|lecz|bo|więc|dziś|wczoraj|jutro|jeszcze|tylko|około|ponad|blisko|niemal|prawie)$/u,
      chain: 2,
    },
  },
};
