/**
 * German cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
const B = "(?<![\\p{L}])", E = "(?![\\p{L}])";
/** Words that make a count one per direction of a two-way road ("two in each direction"): extraction's perDirection and the start of this locale's `direction`. */
export const PER_DIRECTION = "(?:in\\s+)?jede[rn]?\\s+Richtung|pro\\s+Richtung|je\\s+Richtung";
/** Words that set a figure against another ("im Vergleich zu", "statt", "nicht später als"). */
const CONTRAST =
  "statt|anstatt|anstelle|gegenüber|verglichen mit|im vergleich zu|im gegensatz zu|wohingegen|höher als|niedriger als|geringer als|bestr[ei]\\p{L}*|widersp\\p{L}*|dementi\\p{L}*|nicht vor|nicht früher als|nicht später als";

/** A verb whose subject holds the figure after it ("has", "employs", "received"), in holder.before. */
const HOLDER_HAS = "(?:beschäftigt|beschäftigte|besitzt|besaß|hält|hielt|erhielt|erhält|erzielte|erzielt|kam\\s+auf|kommt\\s+auf|zählt|zählte|verbuchte)";
/** A verb whose subject serves the people or places counted after it ("provides … to 19 million customers"), in holder.before. */
const HOLDER_SERVE = "(?:versorgt|versorgte|beliefert|belieferte|bedient|bediente|liefert|lieferte|verkauft|verkaufte)";

export const de = {
  // "ursprünglich 3.000", "zunächst", "zuvor", "nach früheren Angaben"
  earlier: new RegExp(`${B}(?:zuvor|vorher|früher\\p{L}*|bisherig\\p{L}*|vorherig\\p{L}*|im Vergleich zu)${E}`, "iu"),
  earlierAfter: new RegExp(`${B}(?:zuvor|früher)${E}`, "iu"),
  // the report's own figure replaced it: "zunächst war von 14 Millionen die Rede", "ursprünglich",
  // "hätte … kosten sollen", "nach zuvor 14 Millionen" (up from)
  replaced: {
    before: new RegExp(`${B}(?:hätten?|sollten? eigentlich|war(?:en)? eigentlich|ursprünglich\\p{L}*|zunächst|anfangs|nach zuvor|nach bisher|nach ursprünglich)${E}`, "iu"),
    after: new RegExp(`${B}(?:ursprünglich|zunächst|anfangs)${E}`, "iu"),
  },
  running: new RegExp(`${B}(?:bislang|bisher|bis jetzt|bis heute|insgesamt|in Summe|kumuliert\\p{L}*)${E}`, "iu"),
  // "am 2. November wiedereröffnet", "2024 unterzeichnete", "warteten zehn Tage": what happened then, or so long (participles, past forms; not "geplant", "erwartet", nor nouns in ge-…-t, -ete)
  eventVerb: /^(?!(?:gesamt|gerecht|geschäft|gesicht|gebiet|gewicht|gedicht|gericht|gehalt|gestalt|gewalt|gerät|geplant|erwartet|geschätzt|gemeldet|berichtet|gebiete|gebieten|pakete|paketen|raketen|planet|planeten|athleten|propheten|monate|heute)$)(?:\p{L}*ge\p{L}{3,}(?:et|t)|\p{L}{3,}(?:ete|eten|ierte|ierten|iert|net|tet)|begonnen|geschlossen|aufgenommen|gesunken|gestorben|gestiegen|gefallen|getroffen|gebrochen)$/u,
  // what a figure measures, by the start of a word (endings and particles vary)
  cues: [
    [/^(?:länge|lang|lange|langen)/u, "#length"],
    // a radius around a point ("within a 5 km radius"): a distance from it, never a length
    [/^(?:umkreis|radius)/u, "#distance"],
    [/^(?:breit|breite)/u, "#width"],
    [/^(?:höhe|hoch|hohe)/u, "#height"],
    [/^(?:tief|tiefe)/u, "#depth"],
    [/^(?:fläche)/u, "#area"],
    [/^(?:kost|preis|budget|investi)/u, "#cost"],
    [/^(?:kapazität|fassungsvermögen)/u, "#capacity"],
    [/^(?:tote|toten|getötet|starb|starben|gestorben|todesopfer|opfer)/u, "#casualty"],
    [/^(?:verletz)/u, "#injured"],
    [/^(?:vermisst)/u, "#missing"],
    [/^(?:evakuier|obdachlos|vertrieben|geflüchtet)/u, "#displaced"],
    [/^(?:eröffn|fertigstell|fertiggestellt|inbetrieb|eingeweiht|einweih)/u, "#complete"],
    [/^(?:baubeginn|begann|begonnen|beginn)/u, "#start"],
    [/^(?:unterzeichn|abkommen|vertrag)/u, "#agree"],
  ] as Array<[RegExp, string]>,
  // a figure's own clause only: a level of water (a river's, a flood's, a tide's) rises and falls, unlike a size (verdict.ts)
  clauseCues: [
    [/^(?:pegel|wasserstand|wasserständ|niveau)/u, "#level"],
  ] as Array<[RegExp, string]>,
  // "im Krankenhaus": in hospital
  status: /Krankenhaus|stationär/iu,
  // "derzeit noch 190 in Kurzarbeit", "warten vor dem Hafen", "ohne Strom", "in Notunterkünften": a level
  level: new RegExp(`${B}(?:durchschnittlich|im\\s+Schnitt|Durchschnitt\\p{L}*|Staus?|Rückstau\\p{L}*|Warteschlange\\p{L}*|Schlangen?|noch|weiterhin|derzeit|aktuell|momentan|zurzeit|verbleibend\\p{L}*|wartend\\p{L}*|warte[nt]?|ohne|Notunterk\\p{L}*|Kurzarbeit)${E}`, "iu"),
  progress: /eingedämmt|unter Kontrolle|fertiggestellt|fertig|abgeschlossen|gebaut|errichtet|wiederhergestellt|repariert|ausgezählt|geimpft/iu,
  // words that make the figure replace an earlier one ("revised", "final figures": verdict.ts Judged.revises)
  // (and a speaker's own figure it moved: "die Gewerkschaft senkte ihre Forderung auf 5,5 Prozent")
  revision: /\b(?:(?:senkte|senkten|erhöhte|erhöhten|reduzierte|reduzierten|korrigierte|korrigierten)\s+(?:seine|ihre|seinen|ihren)\s+(?:\p{L}+\s+){1,3}?auf\b|revidiert\w*|korrigiert\w*|berichtigt\w*|Doppelzählung\w*|Dubletten|endgültige[nrs]? (?:Zahl|Zahlen|Ergebnis|Ergebnisse|Bilanz)|aktualisierte[nrs]? (?:Zahl|Zahlen|Bilanz|Schätzung))/iu,
  // "vorläufige Zahlen", "erste Schätzungen", "Hochrechnung", "vorerst"
  provisional: new RegExp(`${B}(?:vorläufig\\p{L}*|erste[nr]? (?:Schätzung\\p{L}*|Angaben|Zahlen|Ergebnisse|Bilanz)|Hochrechnung\\p{L}*|Teilergebnis\\p{L}*|vorerst|bis auf Weiteres)${E}`, "iu"),
  // "Tote und Verletzte": one count of both tolls
  join: { toll: /^(?:und|oder)$/u },
  // counted nouns → one English noun
  counted: [
    [/^(?:lastwagen|lkw)/u, "truck"],
    [/^(?:auto)/u, "car"],
    [/^(?:fahrzeug)/u, "vehicle"],
    [/^(?:spur|fahrspur)/u, "lane"],
    [/^(?:gleis)/u, "track"],
    [/^(?:waggon|wagen|kesselwagen|tankwagen)/u, "wagon"],
    [/^(?:brückenteil|segment)/u, "span"],
    [/^(?:angriff|anschlag|anschläg)/u, "attack"],
    [/^(?:detonation|explosion)/u, "explosion"],
    [/^(?:drohne)/u, "drone"],
    [/^(?:mensch|person|einwohner|bewohner|bürger|zivilist)/u, "person"],
    [/^(?:fahrgast|fahrgäst|passagier|reisend)/u, "passenger"],
    [/^(?:frau)/u, "woman"],
    [/^(?:männer|mann$|mannes)/u, "man"],
    [/^(?:kind(?:er|ern)?$)/u, "child"],
    [/^(?:boot|kutter)/u, "boat"],
    [/^(?:schiff)/u, "ship"],
  ] as Array<[RegExp, string]>,
  // "davon 8.000", "8.000 davon", "darunter 40": a part of the whole stated before; not "10.000
  // davon betroffene Haushalte" (affected by it: a whole of its own)
  part: { before: /\b(?:davon|darunter|außer|ausgenommen|mit Ausnahme von|von diesen|unter diesen)\s+(?:(?:etwa|rund|mehr als|über|fast)\s+)?$/iu, after: /^\s*(?:davon|darunter)\b(?!\s+betroffen)/iu },
  // "30 Prozent der Stadt", "30 Prozent von allen Häusern": the whole a share is taken of
  whole: { after: /^\s+(?:der|des|von|vom)\s+(?:(?:der|den|dem|des|allen|aller|seiner|ihrer)\s+)*/iu },
  // "bis zum 1. Juli", "spätestens 2025", "bis Ende 2023": the latest a thing is to happen by
  deadline: { before: /(?<![\p{L}])(?:(?:bis\s+)?spätestens|bis)(?:\s+(?:zum|zur|in\s+den|im|am))?\s+$/iu },
  // "der schwerste Verlust seit 2021", "erstmals seit 2019": die Basis eines Vergleichs
  baseline: { before: new RegExp(`${B}(?:höchst|niedrigst|größt|grösst|schwerst|stärkst|schwächst|tiefst|schlimmst|tödlichst|teuerst|erstmals|rekord|zum\\s+ersten\\s+mal)\\p{L}*[^,;:.!?()]{0,60}${B}seit\\s+(?:(?:dem|der|den)\\s+)?$`, "iu") },
  window: { before: new RegExp(`${B}(?:innerhalb(?:\\s+(?:von|der|eines|einer))?|binnen)\\s+$`, "iu") },
  // "in den letzten sieben Tagen", "7-Tage-Durchschnitt": ein gleitendes Fenster
  rolling: {
    before: new RegExp(`(?:${B}(?:vergangenen|letzten|zurückliegenden)\\s+(?:(?:\\d+|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|vierzehn|dreißig|paar)\\s+)?(?:Tagen|Wochen|Stunden|Monaten)|(?:\\d+|Sieben|Vierzehn)-?Tage-?(?:Schnitt|Durchschnitt|Mittel|Summe)|${B}gleitend\\p{L}*\\s+(?:Durchschnitt|Mittel))${E}[^\\d;.!?]{0,40}$`, "iu"),
    after: new RegExp(`^[^\\d;.!?]{0,30}?(?:${B}(?:vergangenen|letzten|zurückliegenden)\\s+(?:(?:\\d+|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|vierzehn|dreißig|paar)\\s+)?(?:Tagen|Wochen|Stunden|Monaten)|\\(?(?:\\d+|Sieben|Vierzehn)-?Tage-?(?:Schnitt|Durchschnitt|Mittel|Summe)|${B}gleitend\\p{L}*\\s+(?:Durchschnitt|Mittel))${E}`, "iu"),
  },
  // "da kein Kandidat mehr als [50 Prozent] erhielt": eine verneinte Schranke
  negatedBound: new RegExp(`${B}(?:kein\\p{L}*|niemand)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?(?:mehr\\s+als|über|mindestens)\\s+(?:rund\\s+|etwa\\s+)?$`, "iu"),
  // "die Blockade dauert bereits [zwölf Tage]", "seit nunmehr": das Alter eines noch laufenden Geschehens
  ongoing: { before: new RegExp(`${B}(?:dauert|dauern|läuft|laufen|andauert|währt)\\s+(?:nun\\s+|jetzt\\s+|mittlerweile\\s+)?(?:bereits|schon)\\s+(?:seit\\s+)?(?:mehr\\s+als\\s+|fast\\s+|rund\\s+|über\\s+)?$`, "iu") },
  // "unsere Beobachter waren in [5.870] Wahllokalen anwesend" reads after; "besuchten [1.150]" before: die abgedeckten Orte
  coverage: new RegExp(`${B}(?:besuchten|besucht|beobachteten|überwachten|anwesend\\s+in|vertreten\\s+in)\\s+(?:rund\\s+|etwa\\s+|fast\\s+|über\\s+|mehr\\s+als\\s+|nur\\s+)?$`, "iu"),
  // "laut einer Nachwahlbefragung", "eine Umfrage … sah ihn bei [41 %]"
  poll: new RegExp(`${B}(?:Nachwahlbefragung\\p{L}*|Wählerbefragung\\p{L}*|Umfrage\\p{L}*|Meinungsforsch\\p{L}*)${E}[^;]*$`, "iu"),
  // "noch [drei Wochen] bis zur Stichwahl", "[zwei Wochen] verbleiben": was bleibt
  countdown: { before: new RegExp(`${B}noch\\s+(?:(?:gut|knapp|etwa|rund)\\s+)?$`, "iu"), after: new RegExp(`^\\s+(?:bis\\s+(?:zum|zur)|übrig|verbleiben)${E}`, "iu"), inside: /\s(?:weitere[n]?|zusätzliche[n]?)\s/iu },
  // "40 Stimmen waren doppelt gezählt worden", "12 doppelt erfasste Fälle", "40 Duplikate": aus einer Zählung gestrichen
  duplicate: { after: /^(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:doppelt|zweimal|mehrfach)\s+(?:gezählt|erfasst|registriert|gemeldet)\p{L}*|Doppelzählung\p{L}*|Duplikat\p{L}*)/iu },
  // a count per direction (extraction's perDirection: the same words) or of one direction only
  direction: new RegExp(`${B}(?:${PER_DIRECTION}|(?:in|je)\\s+einer\\s+richtung|stadtauswärts|stadteinwärts)${E}`, "iu"),
  // "statt der genannten 14 Mrd.", "im Vergleich zu", "nicht vor 2031": a figure set against another

  contrast: { near: new RegExp(`${B}(?:${CONTRAST})${E}`, "iu"), before: new RegExp(`${B}(?:${CONTRAST})\\s+$`, "iu") },
  // "korrigiert", "bislang", "die Zahl der Toten stieg": a figure that moves
  moving: new RegExp(`${B}(?:revidiert|korrigiert|aktualisiert|bislang|bisher|inzwischen|mittlerweile|gestiegen|steigt|stieg|erhöht\\p{L}*|neueste[nr]?|jüngste[nr]?|zahl der toten|todeszahl|opferzahl)${E}`, "iu"),
  // "im Durchschnitt", "bundesweit", "in der ganzen Region": a whole area, not one place of it
  // "eine Stadt mit 9.200 Einwohnern", "ein Land mit rund 4 Millionen": a place's people
  population: new RegExp(`${B}(?:stadt|kleinstadt|großstadt|hafenstadt|gemeinde|ortschaft|dorf|insel|land|provinz)\\s+(?:mit|von)\\s+(?:(?:rund|etwa|knapp|fast|mehr als|über|gut|ungefähr)\\s+)?$`, "iu"),
  area: new RegExp(`${B}(?:durchschnitt\\p{L}*|im schnitt|bundesweit|landesweit|flächendeckend|regionsweit|im ganzen land|im gesamten land|in der (?:ganzen|gesamten) region)${E}`, "iu"),
  // "tritt in Kraft", "trat in Kraft": a law's or a pact's entry into force
  inForce: { noun: /^(?:kraft)$/u, before: /^(?:in)$/u },
  // "40 km nördlich von Cherson", "östlich der Stadt": a compass word before "von" or a genitive makes a distance
  compass: { word: /^(?:nördlich|südlich|östlich|westlich|nordöstlich|nordwestlich|südöstlich|südwestlich)$/u, of: /^(?:von|vom|der|des)$/u },
  // whose a figure is (src/reconcile/holder.ts), names only, never a noun after its article (every German noun has a capital): "der Umsatz von Orrin lag bei", "Orrin beschäftigt 14.200", "41 % für Varanen"
  holder: {
    before: [
      /(?<![\p{L}])(?:von)\s*(?<!(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]es|[Dd]em|[Dd]en|[Ee]ine?|[Ee]iner|[Ee]ines|[Ee]inem|[Ee]inen)\s+)(?<!\p{Lu}[\p{L}\p{M}-]*\s+)((?!(?:Der|Die|Das|Des|Dem|Den|Ein|Eine|Einer|Eines|Einem|Einen|Im|In|Am|An|Auf|Nach|Laut|Aber|Und|Mit|Für|Von|Vom|Seit|Bei|Zum|Zur|Dieser|Diese|Dieses)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)\s+(?:(?:beträgt|betrug|lag|liegt|war|ist|belief\s+sich|beläuft\s+sich|erreichte|erreicht)\s+)?(?:(?:bei|auf)\s*)?(?:(?:rund|etwa|knapp|fast|mehr\s+als|über|gut|ungefähr|nur|lediglich)\s+)?$/u,
      new RegExp(String.raw`(?<![\p{L}'’])(?<!(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]es|[Dd]em|[Dd]en|[Ee]ine?|[Ee]iner|[Ee]ines|[Ee]inem|[Ee]inen)\s+)(?<!\p{Lu}[\p{L}\p{M}-]*\s+)((?!(?:Der|Die|Das|Des|Dem|Den|Ein|Eine|Einer|Eines|Einem|Einen|Im|In|Am|An|Auf|Nach|Laut|Aber|Und|Mit|Für|Von|Vom|Seit|Bei|Zum|Zur|Dieser|Diese|Dieses)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?:,[^.;:!?]{1,60}?,)?(?:\s+(?:${HOLDER_HAS}|${HOLDER_SERVE})\s+[^.;:!?]{1,60}?\s+(?:und))?\s+${HOLDER_HAS}\s+(?:[\p{L}\p{M}'’-]+\s+){0,3}(?:(?:bei|auf)\s*)?(?:(?:rund|etwa|knapp|fast|mehr\s+als|über|gut|ungefähr|nur|lediglich)\s+)?$`, "u"),
      new RegExp(String.raw`(?<![\p{L}'’])(?<!(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]es|[Dd]em|[Dd]en|[Ee]ine?|[Ee]iner|[Ee]ines|[Ee]inem|[Ee]inen)\s+)(?<!\p{Lu}[\p{L}\p{M}-]*\s+)((?!(?:Der|Die|Das|Des|Dem|Den|Ein|Eine|Einer|Eines|Einem|Einen|Im|In|Am|An|Auf|Nach|Laut|Aber|Und|Mit|Für|Von|Vom|Seit|Bei|Zum|Zur|Dieser|Diese|Dieses)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?:,[^.;:!?]{1,60}?,)?\s+${HOLDER_SERVE}\s+(?:[^.;:!?]{1,60}?\s+an\s+)?(?:(?:rund|etwa|knapp|fast|mehr\s+als|über|gut|ungefähr|nur|lediglich)\s+)?$`, "u"),
    ],
    after: [/^\s+für\s+(?<!(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]es|[Dd]em|[Dd]en|[Ee]ine?|[Ee]iner|[Ee]ines|[Ee]inem|[Ee]inen)\s+)(?<!\p{Lu}[\p{L}\p{M}-]*\s+)((?!(?:Der|Die|Das|Des|Dem|Den|Ein|Eine|Einer|Eines|Einem|Einen|Im|In|Am|An|Auf|Nach|Laut|Aber|Und|Mit|Für|Von|Vom|Seit|Bei|Zum|Zur|Dieser|Diese|Dieses)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?![\p{L}\p{M}-])/u],
    // "Sein Umsatz lag 2027 bei": a sentence that leaves its holder to the one before it
    carried: /^\s*(?:Sein|Ihr)(?:e)?\s+\p{Lu}\p{Ll}+\s+(?:(?:im\s+Jahr\s+)?\d{4}\s+)?(?:lag|liegt|betrug|beträgt|war|ist|belief\s+sich|beläuft\s+sich|erreichte)\s+(?:(?:bei|auf)\s*)?(?:(?:rund|etwa|knapp|fast|mehr\s+als|über|gut|ungefähr|nur|lediglich)\s+)?$/u,
    quiet: /^(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|im|in|am|an|auf|nach|laut|aber|und|mit|für|von|vom|seit|bei|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/u,
  },
  // "sich zum Ziel gesetzt, 380.000 Menschen", "Kapazität von", "täglich 180.000 Barrel verarbeiten kann": a goal (an amount asked for too: "bat um 4,8 Millionen Dollar"), a capacity (judge.ts roleOf), neither an amount reached
  role: {
    aim: { before: new RegExp(`${B}(?:obergrenze\\p{L}*|ration(?:en)?|höchstgrenze\\p{L}*|grenzwert\\p{L}*|limit\\p{L}*|ziel\\p{L}*|zielmarke|vorgabe|quote|angestrebt\\p{L}*|anvisiert\\p{L}*|(?:will|wollen|plant|planen|beabsichtigt)\\s+bis|(?:spenden)?(?:appell|aufruf)\\p{L}*\\s+(?:über|von|für)|(?:bittet|bitten|bat|baten|ersucht\\p{L}*)\\s+um|beantragt\\p{L}*)${E}(?:\\s*:\\s*|[^,;:.!?()"“”«»„\\n]{0,40})$`, "iu") },
    capacity: { before: new RegExp(`${B}(?:\\p{L}*kapazität\\p{L}*|(?:platz|plätze|kojen|betten|schlafplätze)\\s+für|fassungsvermögen|speicher(?:volumen|menge)?)${E}(?:\\s*:\\s*|[^,;:.!?()"“”«»„\\n]{0,40})$`, "iu"), after: new RegExp(`^[^,;:.!?()\\n]{0,40}${B}(?:verarbeiten|fassen|speichern|aufnehmen|liefern|produzieren|erzeugen|befördern|transportieren)\\s+(?:kann|können|könnte|könnten)${E}`, "iu") },
  },
  // "1.100 Euro zusätzlich je Tour", "20.000 Euro pro Familie": an amount for each one, set apart from totals (the English `perUnit`)
  perUnit: /^\s*(?:\p{L}+\s+)?(?:je|pro)\s+(?:kopf|einwohner\p{L}*|haushalt\p{L}*|familie|person|opfer|tote[nr]?|hektar|tonne|barrel|aktie|tour|fahrt|schüler\p{L}*|patient\p{L}*|mitarbeiter\p{L}*|beschäftigte[nr]?)(?![\p{L}])/iu,
  // "jeder Einwohner darf 50 Liter", "eine Ration von 25 Litern": an amount for each one, said before it (the English `perUnitBefore`)
  perUnitBefore: new RegExp(`(?:${B}(?:jede[rsmn]?|pro)\\s+(?:Einwohner\\p{L}*|Person|Haushalt\\p{L}*|Familie|Kopf|Bewohner\\p{L}*)${E}[^,;:.!?()"“”«»„\\n]{0,40}|${B}(?:Ration(?:en)?|Tagesration(?:en)?)\\s+(?:von|zu)\\s+(?:\\p{L}+\\s+)?)$`, "iu"),
  // who a figure is credited to: src/extract/credits.ts finds it ("laut Polizei", "nach Angaben der
  // Feuerwehr", "dem Landratsamt zufolge", "die Polizei teilte mit", "…, sagte ein Sprecher"),
  // src/reconcile/origins.ts keys it
  credit: {
    generic: new Set("der die das des dem den ein eine einer eines und von vom agentur nachrichtenagentur zeitung medien bericht berichte angaben zahlen schätzung sein seine ihr ihre".split(" ")),
    vague: /^(quellen?|berichte?|experten?|analysten?|kreise|medien|behörden|er|sie|es|wir|man)$/i,
    article: /^(?:der|die|das|des|dem|den|eine?[rsm]?)\s+/i,
    reader: {
      before: /laut|nach\s+(?:(?:ersten|vorläufigen|eigenen|offiziellen|neuen|jüngsten)\s+)?(?:Angaben|Schätzungen|Informationen|Auskunft|Darstellung|Zählung|Berechnungen)(?:\s+(?:von|vom))?|gemäß|zitiert\s+von/,
      after: /zufolge/,
      said: /^(?:sagte|sagten|teilte|teilten|mitteilte|mitteilten|mitgeteilt|erklärte|erklärten|berichtete|berichteten|meldete|meldeten|schätzte|schätzten|schätzt|schätzen|bezifferte|bezifferten|beziffert|beziffern|bestätigte|bestätigten|ergänzte|betonte|sprach|zählte|zählten|gab|gaben)$/u,
      aux: /^(?:hat|haben|hatte|hatten|auch|zudem|bereits|später|inzwischen|zuletzt)$/u,
      article: /^(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen)$/u,
      link: /^(?:von|vom|des|der|für)$/u,
      noun: /^(?:polizei|feuerwehr|behörde|ministerium|regierung|sprecher|unternehmen|konzern|versicher|verband|gutachter|institut|betreiber|bahn|stadt|gemeinde|landratsamt|staatsanwaltschaft|experte|analyst|gewerkschaft|bürgermeister|minister|amt)/u,
      not: /^(?:er|sie|es|wir|ihr|man|ich|unser|unsere|unseren|unserer|dies|diese|dieser|dieses|das|was|wer|welche|welcher|dass|damit|doch|so|dann|zudem|insgesamt|bisher|zunächst|auch|noch|nur|rund|etwa|wie|als|wenn|weil|heute|gestern|morgen|zu|zur|zum|um|bis|über|unter|vor|hinter|gegen|durch|ohne|aus)$/u,
      object: /^(?:den|dem|einen|einem)$/u,
      nounCaps: true,
    },
  },
};
