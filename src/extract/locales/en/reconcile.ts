/**
 * English cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary,
 * no story's words.
 * @module
 */
/** Verbs that move a figure ("rose", "cut"): a figure right after them, or after their "by", is the change. */
const CHANGE_VERB =
  "rose|rise|rises|risen|rising|increased?|increases|increasing|grew|grows?|grown|growing|fell|falls?|fallen|falling|dropped|drops?|dropping|declined?|declines|declining|decreased?|decreases|decreasing|reduced?|reduces|reducing|cuts?|cutting|lowered|lowers?|lowering|raised?|raises|raising|climbed|climbs?|climbing|jumped|jumps?|soared|soars?|plunged|plunges?|slipped|slips?|shrank|shrunk|shrinks?|gained|gains?|expanded|expands?|widened|narrowed|boosted|swelled|surged|surges?|tumbled|lost|loses|losing|shed|sheds|shedding|slid|slides|sliding|slumped|slumps?";
/** Nouns of change: "an increase of 5%", "a 40 percent cut". */
const CHANGE_NOUN = "increase|rise|drop|fall|decline|decrease|reduction|cut|jump|gain|growth|hike";
/** Words that set a figure against another ("below", "up from", "rather than"). */
const CONTRAST =
  "up from|down from|revised from|raised from|lowered from|below|above|against|compared (?:with|to)|versus|vs\\.?|rather than|instead of|whereas|contradict\\w*|disput\\w*|higher than|lower than|no earlier than|no later than";
/** Right after a figure, not a word that compares it with another time ("from a year earlier", "against an initial 2,000"). */
const NOT_COMPARED = "^(?!\\s*(?:from|than|over|on|against|versus|vs\\.?|compared (?:with|to))\\b)";
/** The qualifiers that may stand between such a word and its figure ("by as much as 40 percent"). */
const QUALIFIER = "(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only|over|more than|less than|at least|up to|as much as|as many as|as little as)\\s+)?";

/** Words that are not the thing a figure measures: speakers, verbs of saying and planning, units, vague adjectives (heads.ts). */
const NOT_HEAD: ReadonlySet<string> = new Set(
  ("will would could expects expected expect estimate estimates estimated plans planned plan officials official ministry minister " +
    "government agency media statement sources source analysts experts spokesperson spokesman spokeswoman president company " +
    "authorities authority news newspaper times data figures figure total number amount metres meters metre meter kilometres " +
    "kilometers miles mile feet foot tonnes tons dollars dollar euros euro yuan rubles roubles pounds percent cent hectares " +
    "largest biggest major local national international current first second third main key overall final whole entire full latest " +
    "recent own other several many few much further additional estimated around least almost nearly people time times part date dates " +
    "north south east west hold holds get gets take takes make makes reach reaches give gives put keep set run come go due including " +
    "bn mn mln trillion strategic since until till ago already still yet even ever down cover covers put puts says told " +
    "mutual joint bilateral comprehensive larger smaller bigger higher lower later earlier greater fewer longer shorter wider " +
    "deeper older newer paid given made done built seen taken known shown won held left well " +
    // pronouns, adverbs of time, irregular participles and the seasons never name the thing measured
    "officer chief head director executive chairman manager envoy ambassador governor mayor leader leaders premier " +
    "regional provincial federal central general global annual initial original political financial commercial industrial " +
    "environmental technical critical potential social digital legal natural rural coastal tropical seasonal municipal " +
    "reporters reporter journalists journalist press row rows series group range couple pair lot handful dozens hundreds thousands " +
    "countries country nations nation sides side parties party partners " +
    "km mm cm kw mw gw kwh mwh gwh below whether upstream downstream beyond nearby now itself themselves himself herself begun fallen risen grown driven broken chosen written gone " +
    "summer winter spring autumn season quarter decade century weekend morning evening afternoon night").split(" "),
);

/** A name of one to three capitalised words ("Orrin", "Kestrel Networks"), for a holder (holder.ts). */
const HOLDER_NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*`;
/** A name, or a name of a thing of another ("Nadia Koskel of the Social Democratic Party"). */
const HOLDER_NAMES = String.raw`${HOLDER_NAME}(?:\s+of\s+(?:the\s+)?${HOLDER_NAME})?`;
/** A verb, or a word that opens one, between a possessor and its figure: the figure is then the verb's, not the possessor's ("Lusarna's largest city fell to"). */
const HOLDER_VERB = String.raw`(?:\p{L}+ed|fell|rose|rises|grew|grows|sank|sunk|hit|hits|put|puts|said|says|told|made|gave|took|set|cut|lost|has|have|had|will|would|could|may|might|can)(?![\p{L}])`;
/** Right before a possessor: a verb whose object it is, what the figure after it is put on ("values Veldmark's largest operator at"). */
const HOLDER_OBJECT = String.raw`(?<!(?:values|valued|valuing|puts|put|putting|estimates|estimated|gives|gave|sets|set)\s+)`;
/** A verb whose subject holds the figure after it ("Kestrel had revenue of", "the Civic Alliance took 55", "Orrin employs 14,200"). */
const HOLDER_HAS = "(?:had|has|have|reported|reports|posted|posts|employs|employed|owns|owned|holds|received|receives|won|wins|took|takes|got|gets|secured|earned|earns|made|makes|generated|generates)";
/** What a thing costs or is worth, its subject the thing ("the checkpoint will cost", "the deal is valued at", "Orrin is worth"). */
// verbs whose subject serves the figure's people: "Kestrel provides broadband … to 19 million customers"
const HOLDER_SERVE = "(?:serves|served|provides|provided|supplies|supplied|sells|sold|delivers|delivered)";

const HOLDER_PRICE = String.raw`(?:cost|costs|costing|valued\s+at|worth|priced\s+at)`;
/** A word that is never one of a holder's noun phrase: a verb of being, a preposition, an adverb, a qualifier (whole). */
const HOLDER_FUNCTION = String.raw`(?:is|was|were|are|be|been|has|have|had|will|would|could|by|of|at|to|in|on|for|from|with|into|than|and|or|but|itself|roughly|about|around|some|nearly|almost|approximately|just|only|over|more|less|up|down)(?![\p{L}])`;
/** A definite noun phrase of one or two lower-case words ("the checkpoint", "the cable unit"), for a holder. */
const HOLDER_NOUN = String.raw`(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?!${HOLDER_FUNCTION})\p{Ll}[\p{L}\p{M}-]*\s+)?(?!${HOLDER_FUNCTION})\p{Ll}[\p{L}\p{M}-]*`;
/** A possessor, its phrase in group 1 ("Orrin's", "the refinery's", "the frigates'"), not a pronoun's contraction ("It's"). */
const HOLDER_POSSESSOR = `(?!(?:It|That|There|Here|What|Who|He|She|Let)['’])(${HOLDER_NAME}|${HOLDER_NOUN})(?:['’]s|(?<=s)['’])`;
/** After a possessor, the words that make it the figure's speaker, not its holder ("the ministry's estimate", "X's count is", "Y's ministry said"). */
const HOLDER_NOT = "(?:figures?|estimates?|estimated|counts?|tally|tallies|forecasts?|calculations?|assessments?|data|numbers?|said|says|told|reported|reports|puts|put|ministry|minister|spokesman|spokeswoman|officials?)";
/** Between a holder's phrase and its figure: a verb of being or reaching, then "at" or "to" ("was", "stood at", "came to"). */
const HOLDER_LINK = "(?:(?:was|is|were|are|stood|stands|totalled|totaled|totals|reached|came|amounted|of)\\s+)?(?:(?:at|to)\\s+)?";

export const en = {
  // "previously", "in earlier reports", "had been reported", "compared with": a figure of an earlier
  // time, which need not be one the report's own figure replaced (`replaced` has those words)
  // ("it used to take 80", right before the figure: a value of the past, since changed)
  earlier: /\b(previous(?:ly)?|earlier reports?|had (?:been )?(?:given|reported|cited)|compared with)\b|\bused to(?:\s+[a-z]+){1,2}\s*$/i,
  // not after a word that compares the figure with another time ("up 8 percent from a year earlier",
  // "3,000, against an initial 2,000"): the earlier time is then the other figure's, not this one's
  earlierAfter: new RegExp(`${NOT_COMPARED}[\\s\\S]*?\\b(?:earlier|previous|previously|former)\\b`, "i"),
  // the report says its own figure replaced this one: "up from 6.2 billion", "initially 14 million",
  // "the original estimate of", "had been expected in April" (an estimate or a plan since revised);
  // not a value another source gave beside its own ("418, than the coast guard's 390")
  replaced: {
    before:
      /\b(initially|originally|at first|at the outset|(?:earlier|previous|former) (?:estimate|figure|forecast|plan|target|count|tally)s?|first (?:estimated|reported|put|announced|planned)|had (?:been )?(?:expected|planned|estimated|forecast|projected|put|pegged|set|due|scheduled|slated|supposed|meant|intended)|original(?:ly)? (?:estimate|plan|budget|schedule|target|deadline|cost)s?|(?:up|down|revised|raised|lowered|increased|cut|reduced) from)\b/i,
    after: new RegExp(`${NOT_COMPARED}[\\s\\S]*?\\b(?:initial|initially|original|originally|at first)\\b`, "i"),
  },
  // "narrowed to €14.3 billion, from €15.0 billion a year earlier": the earlier figure is of a year before its report
  yearEarlier: /^[\s,]*(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year|(?:in\s+)?the\s+year\s+before)\b/i,
  // "the ministry said on Tuesday": the date of a statement, not of what it is about
  said: /^(?:said|says|say|told|tells|announced|announces|stated|states|admitted|admits|reported|reports|confirmed|confirms|declared|wrote|writes|added|revealed|warned|claimed|noted|acknowledged|unveiled)$/,
  declared: /\b(?:declared|pronounced|proclaimed)\s+(?!(?:on|in|at|last|this|that|early|late|yesterday|today|earlier)\b)[^.;:!?]+$/i,
  // "declared an outbreak on", "reopened on", "waited up to 10 days": what happened then, or so long
  eventVerb:
    /^(?!(?:expected|scheduled|planned|slated|estimated|projected|forecast|intended|supposed|based|located|called|named|compared|used|needed|required|listed|included|involved|aged|owned|dated|priced|valued|hundred|speed|breed|indeed|united|limited|related|reported|quoted|cited)$)[a-z]{3,}ed$/,
  pastVerb:
    /^(?:began|begun|bought|broke|broken|brought|built|burst|came|caught|crept|cut|done|drove|fell|fled|flew|fought|found|froze|gone|grew|heard|hit|held|hung|kept|known|laid|led|left|lost|made|met|paid|put|ran|rose|sank|sunk|seen|sent|set|shot|shown|shut|slid|sold|spent|split|spoke|spoken|spread|stood|struck|stuck|swept|swam|taught|thought|told|took|taken|tore|torn|went|won|wound|wrote|written|overran|overtook|undertook|withdrew|upheld)$/,
  running: /\b(?:so far|thus far|to date|until now|up to now|in total|in all|altogether|cumulative(?:ly)?|running total)\b/i,
  asOf: /\b(?:as of|as at)\b/i,
  // "the weir could lower the lake by up to 3 metres": what may happen, not what did
  // "will be allowed to take up to 5 bcm": a permitted amount is what may be, as a modal says
  maybe: /^(?:could|might|if|allowed|permitted|entitled)$/,
  able: /^(?:store|stores|hold|holds|carry|carries|accommodate|accommodates|handle|handles|seat|seats|house|houses|produce|produces|generate|generates)$/,
  negation: /^(?:not|never)$/,
  // "250,000 lira per household", "$40 a head": an amount for each one, set apart from totals
  // (a period, "per day", is the mention's own `per`)
  // "€20,000 to the family of each person killed", "45,000 euros each", "600 euros per hectare"
  perUnit: /^\s*(?:(?:per|a|for each|for every|to each|to every)\s+(?:head|capita|household|family|person|resident|home|worker|employee|student|child|passenger|vehicle|car|tonne|ton|barrel|share|hectare|acre|victim|patient|pupil)|(?:(?:a|per)\s+(?:day|week|month|year)\s+)?each|to\s+the\s+famil(?:y|ies)\s+of\s+(?:each|every))\b/i,
  // "each resident is allowed 50 litres", "a daily ration of 25 litres": an amount for each one, said before it
  perUnitBefore: /(?:\b(?:each|every|per)\s+(?:person|resident|inhabitant|citizen|household|family|head|home|worker|passenger|pupil|student|child|patient|victim)\b[^,;:.!?()"“”\n]{0,40}|\b(?:rations?|allowances?)\s+of\s+(?:about\s+|around\s+|just\s+|only\s+|up to\s+)?)$/i,
  // "aims to reach about 380,000 people", "with a target of", "Target: 350 million litres", "the
  // 310,000 targeted", "an age limit of 30 years", "capped at", "a daily ration of 25 litres": a goal or a bound set; "with a capacity of", "which can process", "a 400-bed hospital",
  // "a 210,000 barrel-a-day refinery", "with storage of 1.2 million m3", "berths for 160": what a
  // thing can hold. Neither is an amount reached. Nor is an amount asked for ("appealed for $4.8
  // million", "asks residents to use no more than 50 litres", "requested 300 tents"): a goal someone else is to meet
  role: {
    aim: {
      before: /\b(?:limits?|caps?|capped|ceilings?|rations?|allowances?|targets?|targeted|targeting|aims?|aimed|aiming|goals?|objectives?|quotas?|(?:plans?|planned|planning|seeks?|seeking|sought|wants?|wanted|intends?|intended) to|(?:appeal(?:s|ed|ing)?|ask(?:s|ed|ing)?|call(?:s|ed|ing)?) for|request(?:s|ed|ing)?|(?:ask(?:s|ed|ing)?|urg(?:es|ed|ing)|call(?:s|ed|ing)? on)\s+(?:[\p{L}'’]+\s+){0,3}to)\b(?:\s*:\s*|[^,;:.!?()"“”\n]{0,40})$/iu,
      after: /^\s*(?:\p{L}+\s+)?(?:targeted|sought|requested|appeal)\b/iu,
    },
    capacity: {
      before: /\b(?:capacit(?:y|ies)|storage|(?:accommodation|berths?|bunks?|beds?|seats?|places|room)\s+for|(?:can|could|cannot|able to|capable of)\s+(?:\p{L}+\s+)?(?:store|hold|carry|accommodate|handle|seat|house|produce|generate|process|supply|pump|treat|serve|take|load)\p{L}*)\b(?:\s*:\s*|[^,;:.!?()"“”\n]{0,40})$/iu,
      after: /^(?:\s?\p{L}+-a-day|-(?:bed|seat|room|berth|cell|place|pupil|student|classroom|megawatt|gigawatt)s?)\s+\p{L}/iu,
    },
  },
  // "revised up to", "according to final figures": the figure replaces one given before; so does a
  // speaker's own figure it moved ("the union lowered its demand to 5.5%")
  revision: /\b(?:(?:raised|lowered|cut|trimmed|reduced|increased|scaled back|pared back) (?:its|their|his|her) (?:[\w-]+ ){1,3}?to|revis(?:ed|es|ing|ion)|final (?:figures?|data|count|tally|results?|estimates?|numbers?)|updated (?:figures?|data|count|tally|estimates?|numbers?)|corrected|de-?duplicat\w*|duplicates? (?:removed|excluded)|(?:after|once) (?:removing|excluding) duplicates)\b/i,
  // "preliminary results show", "a provisional toll", "the initial estimate", "41 dead, at least for now"
  provisional: /\b(?:preliminary|provisional|initial (?:estimates?|figures?|counts?|tally|tallies|results?|data|assessments?)|partial (?:results?|counts?|figures|returns|data)|early (?:estimates?|returns)|(?:at least )?for now|for the time being)\b/i,
  // "up 5.2 percent from the same period of 2026" (a base), "since Tuesday" (an open stretch): no period of the amount
  // "in December alone it totaled …": the month's part of the year's figure
  // "…, and in December alone": a comma and such a word end the amount's clause
  period: { clause: /,\s*(?:and|but|while|whereas)\s/, base: /\b(?:from|than|over|compared|against|since|versus|vs)\b/i, open: /\b(?:since|from|after|before|until|till)\s+(?:the\s+)?$/i, alone: /^\s+alone\b/i },
  // "$1.10 per euro", "93 roubles to the dollar", "at 7.1 yuan against the U.S. dollar": an exchange rate
  rate: /^\s*(?:per|to the|to one|to a|against the|for (?:one|each|every|a|the))\s+(?:U\.?S\.?\s+)?(\p{L}+)/iu,
  // "10 are still in hospital": people in a state they leave (recover, go home, die), not a running total
  status: /\b(?:hospitali[sz]ed|in hospital|still being treated|receiving treatment|morgues?)\b/i,
  // "ships still waiting at anchor", "1,200 without power", "300 in shelters": a count of a state, a level;
  // "an average of 74 litres a day": an average of a time, read again as a level is
  level: /\b(?:(?:on )?averag(?:e|es|ed|ing)|still|remain(?:s|ed|ing)?|currently|at present|waiting|queued|queues?|tailbacks?|backlog|at anchor|stranded|without|in (?:emergency )?shelters?|sheltering|on short-time work|furloughed)\b/i,
  progress: /\b(?:contain(?:ed|ment)|under control|complete[ds]?|completion|finished|built|rebuilt|restored|repaired|done|vaccinated|counted)\b/i,
  // "$12bn, below the $14bn quoted", "no earlier than 2031": a figure set against another
  contrast: { near: new RegExp(`\\b(${CONTRAST})\\b`, "i"), before: new RegExp(`(?:\\b(${CONTRAST})\\b)(?:\\s+(?:the|a|an|its|their|that|this))?\\s+$`, "i") },
  // "revised", "so far", "the toll rose": a figure that moves
  moving: /\b(revised|raised|lowered|increased|updated|latest|so far|to date|risen|rises|rose|climbed|climbs|soared|soars|jumped|jumps|reaches|reached|up from|down from|toll|now stands|has grown)\b/i,
  // "in total", "the first phase", "the bridge itself", "the Russian part spanning 424 metres" (a
  // side's part of one thing; "part of the plan" is no share): a figure for the whole or a part
  scope: {
    whole: /\b(including|included|includes|in total|total|totals|totalling|totaling|together with|overall|combined|altogether|entire|full|all phases|whole|master plan|upon completion|when complete|fully)\b/i,
    part: /\b(of which|itself|alone|first phase|first stage|phase (?:i|1|one)\b|initial phase|first part|(?:the|its|their)\s+(?:[\w-]+\s+)?part\b(?!\s+of\b)|section|excluding|without)\b/i,
    excluding: /^(?:itself|alone|excluding|without)$/i,
    phase: /phase|stage/i,
    including: /^including$/i,
  },
  // "2,300 died and 10,000 are missing": a measure word across a joining word is the other clause's;
  // "killed or wounded": one count of both tolls
  join: { clause: /^(?:and|or|but|while|whereas|with|plus)$/, toll: /^(?:and|or)$/, coordinator: /^(and|but|while|whereas|or)$/, subject: /^(?:while|whereas|but)$/, afterComma: /but|while|and/ },
  // "first gas", "deliveries will begin": a project's output is its completion
  output: {
    first: /^first$/,
    what: /^(gas|oil|lng|power|electricity|output|production|water|cargo|shipments?|deliver\w*|flows?)$/,
    noun: /^(deliveries|delivery|supplies|supply|production|output|operations?|service|services|flows?|exports?|generation|shipments?)$/,
    opener: /^(since|after|before|when|while|as|and|but|because|until|once|although|though|if|which|that|who)$/,
  },
  // "came into force", "took effect"
  inForce: { noun: /^(?:force|effect)$/, before: /^(into|in|took|take|takes|taken|taking|came)$/ },
  // "evacuated from the right bank", "the level at the town's gauge": the place a figure was measured at
  place: {
    preposition: /^(?:in|from|on|at|across|along|near|within|throughout|inside|outside)$/,
    noun: /^(?:banks?|sides?|regions?|oblasts?|provinces?|districts?|count(?:y|ies)|states?|territor(?:y|ies)|areas?|zones?|cit(?:y|ies)|towns?|villages?|settlements?|neighbou?rhoods?|municipalit(?:y|ies)|prefectures?|rivers?|lakes?|seas?|coasts?|shores?|valleys?|gauges?|stations?|parts?)$/,
    side: /^(?:right|left|north|south|east|west|northern|southern|eastern|western|upper|lower|central|coastal|occupied|controlled|held)$/,
    // "on his Telegram channel": a name after a possessive is someone's thing, not a place
    possessive: /^(?:his|her|its|their|our|my|your)$/,
    // "both the Russian and Ukrainian-controlled sides", "the city of Kherson": a phrase runs on past them
    runOn: /^(?:and|of)$/,
  },
  // "Brill, a town of about 9,200", "a country of 4 million", "home to 60,000": a place's
  // people ("in the region of 500" is a size of the figure, so no "region of")
  population: new RegExp(`\\b(?:(?:city|town|village|municipality|island|country|nation|province|county|settlement|suburb|district|capital)\\s+of|home\\s+to)\\s+${QUALIFIER}$`, "i"),
  // "the average level in the region", "nationwide", "the country as a whole": a whole area, not
  // one place of it ("in the region of $550 million" is a size, not an area)
  area: /\b(?:average|averaged|nationwide|countrywide|statewide|region-wide|as a whole|(?:in|across|throughout) the (?:whole |entire )?(?:region|country|nation|province|state|oblast)\b(?!\s+of\b)|(?:whole|entire) (?:region|country|nation|province|state|oblast)\b)/i,
  // "30 km east of the city of Kherson", "95 miles from its southern entrance": the point a distance is measured from
  reference: {
    open: /^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:wards?)?\s+of|(?:away\s+)?from|(?:up|down)stream\s+(?:of|from)|off)\s+/i,
    close: /^(?:and|or|as|but|which|where|that|to|in|on|at|for|with|by|said|says|according|while|after|before|since|is|was|are|were|has|had|will|would)$/i,
  },
  // "will rise by another metre", "up 3 percent", "rose 7.6 percent", "a 40 percent cut", "down 3.1
  // percentage points": an amount of change, which is no rival of a level ("the water reached 12
  // metres"); "two days after landfall": a stretch of time that places a moment, not a length
  change: {
    by: new RegExp(`\\bby\\s+(?:(?:another|a further|an additional)\\s+)?${QUALIFIER}$`, "i"),
    verb: new RegExp(`\\b(?:${CHANGE_VERB})\\b`, "i"),
    // "a further 300", "an additional 40": an amount added to one stated before, no rival of the
    // total. Not "another": "5,500 dead and another 10,000 missing" lists the missing, a total of its own
    before: new RegExp(`\\b(?:(?:${CHANGE_NOUN})s?\\s+of|a\\s+further|an\\s+(?:additional|extra))\\s+${QUALIFIER}$`, "i"),
    upDown: new RegExp(`\\b(?:up|down)\\s+${QUALIFIER}$`, "i"),
    // "4.2% more than in 2025", "$2 billion higher than planned": a difference from another time or plan
    after: new RegExp(`^[\\s-]*(?:(?:${CHANGE_NOUN})s?\\b|(?:more|less|higher|lower)\\s+than\\b)`, "i"),
    // "sending 3,000 more", "two other people", "300 additional troops": an amount beside or on top
    // of one stated before (read right after the number, inside the figure's span too)
    added: /^[\s-]*(?:more|other|additional|further|extra)\b(?!\s+(?:or|and|than)\b)/i,
    moved: new RegExp(`\\b(?:${CHANGE_VERB})\\s+${QUALIFIER}$`, "i"),
    // "cut the trip by ten days", "will reduce the ten days", "delayed two weeks": how far a stretch of time moved
    stretch: new RegExp(`\\b(?:${CHANGE_VERB}|shortened|shortens?|lengthened|lengthens?|extended|extends?|delayed|delays?|postponed|postpones?|pushed back)\\s+(?:(?:the|its|their|by)\\s+)?${QUALIFIER}$`, "i"),
    points: /^\s*(?:percentage[\s-]+)?points?\b|\bpercentage[\s-]+points?\b|\bpp\b/i,
    offset: /^\s*(?:after|later|since|ago|before|earlier|into)\b/i,
    // "the gauge was dark for six days before the storm", "closed for two weeks after the blast": how long
    lasting: new RegExp(`\\b(?:for|lasting)\\s+${QUALIFIER}$`, "i"),
  },
  // labels only (src/reconcile/about.ts): connectives, adverbs and verbs ("number of although",
  // "percentage of the suggest"), web addresses; adjectives and the words of a comparison that
  // modify a thing without naming it ("annual volume of the northern", "cost of the record");
  // "-ional" and "-ical" words are adjectives ("date of the provisional", "percentage of the educational")
  label: {
    notThing:
      /^(?:although|though|however|therefore|meanwhile|moreover|thus|hence|instead|otherwise|nevertheless|rather|alone|through|throughout|halfway|along|among|amid|across|against|toward|towards|within|without|upon|onto|via|despite|another|every|each|off|ago|far|remain|remains|stood|heard|felt|found|brought|became|become|becomes|come|comes|went|lie|lies|say|says|see|sees|suggest|suggests|seem|seems|appear|appears|apply|applies|enter|enters|slows|connects|comprises|includes|shows|means|tops|bought|paid|told|kept|https|http|www)$/,
    notHead:
      /^(?:late|early|bad|good|valid|invalid|preliminary|equivalent|gross|excess|main|major|minor|net|overall|north|south|east|west|northeast|northwest|southeast|southwest|clear|urgent|important|familiar|intelligent|significant|relevant|different|independent|northern|southern|eastern|western|central|upper|lower|heavy|light|same|short|dry|wet|narrow|narrower|wider|higher|larger|smaller|greater|bigger|record|new|old|average|ordinary|immediate|usual|normal|extra|certain|similar|various|possible|likely|unlikely|desperate|wary|close|due|free|available|nearby|whole|total|top|worth|vital|crucial|essential|potential|initial|final|actual|faster|slower|earlier|later|period|hour|hours|minute|minutes|\p{L}+bound|\p{L}+ional|\p{L}+ical)$/u,
    // after a length, words of its size, not its thing ("12 metres deep", "a 400m-long ship")
    size: /^(?:long|wide|deep|high|tall|thick|broad|across|north\w*|south\w*|east\w*|west\w*|in|of|to|and|or|per|a|an|the|from|by|at|on|for|with|away|apart|off|up|down|below|above|under|over|beyond|behind|into|more|less|than|about)$/,
    // a date's clause: between a subject and its verb ("were", "officially"), determiners, no subjects
    aux: /^(?:was|were|is|are|be|been|being|had|has|have|will|would|could|should|may|might|can|also|then|finally|first|officially|formally|reportedly|already|only|just|later|eventually|partly|partially|fully|completely)$/,
    determiner: /^(?:the|a|an|its|their|his|her|our|this|that|these|those|each|every|no)$/,
    noSubject: /^(?:he|she|it|they|we|i|you|who|which|that|this|these|those|there|and|or|but|when|as|after|before|since|then|one|some|many|most|all)$/,
    closed:
      /^(?:a|an|the|this|that|these|those|another|other|each|every|some|any|all|both|either|neither|such|which|what|whose|who|whom|it|its|they|them|their|theirs|he|him|his|she|her|hers|we|us|our|ours|you|your|yours|i|me|my|of|in|on|at|by|for|from|to|with|without|within|about|above|below|across|along|among|around|after|before|behind|beneath|beside|between|beyond|despite|during|except|inside|into|like|unlike|near|off|onto|out|outside|over|past|since|than|through|throughout|till|toward|towards|under|until|up|upon|via|versus|plus|minus|per|and|or|but|nor|so|yet|if|as|because|while|although|though|whether|more|most|less|least|much|many|few|several|also|just|only|even|still|again|then|there|here|now|when|where|why|how|not|no|can|cannot|could|may|might|must|shall|should|will|would|ought|is|are|was|were|be|been|being|am|has|have|had|do|does|did|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|million|billion|ahead|aside|away|back|apart|forward|together|ago|soon|already|else|instead)$|['’]/,
    // (a count in words too: "orders two more ships", "limit each dive")
    object: /^[ \t]+(?:(?:the|an?(?![ \t]+(?:year|month|week|day|hour|head|piece|time)\b)|its|their|his|her|this|these|those|our|it|him|them|us|each|every|both|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b|(?:about|some|nearly|around|almost|roughly)?[ \t]*[$€£]?\d)/i,
  },
  // what a figure measures, by word: a class shared by its synonyms (general news vocabulary, no story words)
  cues: [
    [/^(long|length|span|spans|spanning|stretch\w*|extend\w*)$/, "#length"],
    [/^(wide|width|broad)$/, "#width"],
    [/^(deep|depth|draft|draught)$/, "#depth"],
    [/^(high|tall|taller|tallest|height|rises|rising|towers?|towering|above)$/, "#height"],
    [/^(area|surface|hectares?|acres?)$/, "#area"],
    [/^(cost|costs|costing|price|priced|budget\w*|worth|valued|value|invest\w*|fund\w*|financ\w*|spent|spend\w*|expenditure)$/, "#cost"],
    [/^(revenue\w*|income|sales|turnover|profit\w*|earn\w*)$/, "#revenue"],
    [/^(capacity|throughput|handle|handles|handling|accom+odate|volume\w*|store|stores|storage)$/, "#capacity"],
    // deaths, injuries, the missing and the displaced are different tolls of one disaster
    [/^(kill\w*|dead|deaths?|died|fatalit\w*|casualt\w*|loss|losses|toll)$/, "#casualty"],
    [/^(wounded|injur\w*|hurt)$/, "#injured"],
    [/^(missing|unaccounted)$/, "#missing"],
    [/^(displac\w*|homeless|evacuat\w*|fled|flee\w*|shelter\w*|uproot\w*|relocat\w*|resettl\w*)$/, "#displaced"],
    [/^(sent|send\w*|deploy\w*|dispatch\w*|troops?|soldiers?|personnel)$/, "#deploy"],
    [/^(jobs?|employ\w*|workers?|hires?|hiring)$/, "#jobs"],
    [/^(share|shares|stake|stakes|owns|owned|ownership|holds|held|accounted|accounts|accounting)$/, "#share"],
    // unit words ("km", "miles") are not cues: the figure's own unit says nothing about what it measures
    [/^(away|distance|distant|radius)$/, "#distance"],
    // a project's completion, opening and first output are one milestone in most reporting
    [/^(complet\w*|finish\w*|ready|done|open|opened|opening|opens|inaugurat\w*|operations?|operational|commission\w*|service|switch|generat\w*|deliver\w*|flow|flows|flowing|power|electricity|produc\w*)$/, "#complete"],
    [/^(original\w*|initial\w*|previous\w*|earlier|former\w*)$/, "#original"],
    [/^(began|begin\w*|start\w*|launch\w*|groundbreaking|commenc\w*|kick\w*|broke|laid)$/, "#start"],
    [/^(sign\w*|agreed|agreement|treaty|deal|accord|pact|partnership|visit\w*|summit)$/, "#agree"],
    [/^(daily|day|annual\w*|yearly|year|monthly|weekly)$/, "#rate"],
    // the moment a storm, quake or attack hits
    [/^(landfall|ashore|struck|strikes|slammed|smashed|battered|lashed|hit|hits|swept|barrelled|barreled|tore)$/, "#strike"],
    [/^(grow\w*|growth|increase\w*|rise|rose|risen|fell|fall|falls|fallen|drop\w*|declin\w*|reduc\w*|cut)$/, "#change"],
    [/^(time|takes|transit|journey|trip|voyage|travel\w*|arriv\w*|reach|duration|transport\w*|shipping|sail\w*|crossing|commute)$/, "#transit"],
  ] as Array<[RegExp, string]>,
  // "98 women", "56 men": a toll broken down by sex, a gradient, not the toll
  clauseCues: [
    // a level of water (a river's, a flood's, a tide's): it rises and falls, unlike a size (verdict.ts)
    [/^(levels?|waterline)$/, "#level"],
    [/^(?:women|woman|female|females|girls)$/, "#female"],
    [/^(?:men|man|male|males|boys)$/, "#male"],
    [/^(?:slope|slopes|gradient|incline)$/, "#slope"],
    // "4,700 casualties": the dead and the injured together, neither toll alone
    [/^casualt/, "#hurt"],
  ] as Array<[RegExp, string]>,
  // counted nouns → one English noun: outlets write "people", "residents" or "citizens" for one
  // figure, "trucks" or "lorries" for another; the nouns the other languages' lists give ("Lkw",
  // "ciężarówek", "camiones" are trucks, "Wagen", "vagones" rail wagons)
  counted: [
    [/^(persons?|people|citizens?|residents?|inhabitants?|individuals?|villagers?|civilians?|locals?)$/, "person"],
    [/^(trucks?|lorr(?:y|ies))$/, "truck"],
    [/^(wagons?|carriages?|railcars?)$/, "wagon"],
    [/^(travell?ers?)$/, "passenger"],
  ] as Array<[RegExp, string]>,
  // "no earlier than 2031": "earlier" bounds the figure, it names no earlier one
  bound: { word: /^earlier$/, before: /^no$/ },
  // "40 km north of the city": a compass word before "of" makes a distance ("North Korea" does not)
  compass: { word: /^(north|south|east|west|northwest|northeast|southwest|southeast)$/, of: /^of$/ },
  // "6,200 of whom crossed", "about 300 of them", "12 of the boats", "two of its older barges": a part
  // of the whole stated before (a partitive "of the" and a plural); "…, of whom 1.2 million", "among them 40",
  // "all … allowed home, except about 800", "29 of those 131" (a set named again) before it
  part: {
    before: /\b(?:of (?:whom|which|them|those|these)|among (?:them|whom|which|those|these)|except(?: for)?)\s+(?:(?:about|around|some|roughly|nearly|almost|over|more than|at least)\s+)?$/i,
    after: /^\s*(?:of (?:them|whom|which|those|these)|among them|of (?:the|its|their|these|those)\s+(?:[a-z-]+\s+)?(?:people|children|men|women|[a-z-]+s)\b)/i,
    // "Of the boats at the locks, about 30 carry grain, 12 …": the whole, named first, then closed by a comma
    opens: /^\W*of (?:the|those|these|its|their)\b[^.;:!?]*,/i,
  },
  // "$100 billion of trade by 2028", "no later than the end of June": a deadline
  deadline: { before: /\b(?:by|(?:no|not) later than)\s+(?:the\s+)?$/i },
  // "the costliest loss since 2021", "the first cut since 2020", "the deadliest since a 1993 fire": a comparison's base, another happening's date ("at least … since", "the first evacuees have arrived since" are none)
  baseline: { before: /(?<!\bat\s+)\b(?:(?:most|least|worst|best|record|highest|lowest|largest|biggest|smallest|greatest|longest|strongest|weakest|heaviest|fastest|hottest|coldest|wettest|driest|\w+iest)\b[^,;:.!?()]{0,60}|first(?:\s+[\w-]+){0,2}\s+)\bsince\s+(?:(?:the\s+)?(?:early|mid|late|start\s+of|end\s+of|beginning\s+of)[\s-]+)?(?:the\s+|an?\s+)?$/i },
  // "400mm of rain within a 24-hour period", "in the space of two days": the window of another amount
  window: { before: /\b(?:within(?:\s+(?:a|an|the\s+(?:first|past|last|next)))?|in\s+the\s+space\s+of|(?:in|over|during|inside)\s+(?:a|an|the\s+(?:first|past|last|next)))\s+$/i, after: /^[\s-]*(?:period|window|span|stretch)\b/i },
  // "Positivity, past seven days: 29%", "in the last 24 hours", "(7-day average)": a rolling window's figure ("the last week of July" is a date)
  rolling: {
    before: /(?:\bthe\s+(?:past|last|previous|preceding)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|ten|fourteen|twenty-four|thirty|few)[\s-]+)?(?:days?|weeks?|hours?|months?|fortnight)|\b(?:past|last|previous)\s+(?:\d+|two|three|four|five|six|seven|eight|ten|fourteen|twenty-four|thirty)[\s-]+(?:days?|weeks?|hours?|months?)|\b(?:\d+|seven|fourteen|thirty)[\s-](?:day|week|hour|month)\s+(?:rolling\s+|moving\s+)?(?:average|mean|total)|\b(?:rolling|moving|trailing)\s+(?:\S+\s+)?(?:average|mean|total))\b(?!\s+of\b)[^\d;.!?]{0,40}$/i,
    after: /^[^\d;.!?]{0,30}?(?:\bthe\s+(?:past|last|previous|preceding)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|ten|fourteen|twenty-four|thirty|few)[\s-]+)?(?:days?|weeks?|hours?|months?|fortnight)|\b(?:past|last|previous)\s+(?:\d+|two|three|four|five|six|seven|eight|ten|fourteen|twenty-four|thirty)[\s-]+(?:days?|weeks?|hours?|months?)|\b(?:\d+|seven|fourteen|thirty)[\s-](?:day|week|hour|month)\s+(?:rolling\s+|moving\s+)?(?:average|mean|total)|\b(?:rolling|moving|trailing)\s+(?:\S+\s+)?(?:average|mean|total))\b(?!\s+of\b)/i,
  },
  // "as no candidate had received more than [50 per cent]": a bound denied of all, a threshold ("no more than 50" is a bound of a value)
  negatedBound: /\b(?:no|neither)\s+(?!more\b|less\b|fewer\b)\p{L}+(?:\s+[\p{L}'’-]+){0,6}?\s+(?:(?:more|less|fewer|higher|lower)\s+than|over|above|at\s+least)\s+(?:about\s+|around\s+|roughly\s+)?$/iu,
  // "the blockade has lasted [12 days]", "has been going on for": the age of a happening still under way
  ongoing: { before: /\b(?:has|have)\s+(?:now\s+|already\s+)?(?:lasted|been\s+going\s+on|gone\s+on|dragged\s+on|been\s+under\s*way|run)\s+(?:for\s+)?(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+|some\s+)?$/i },
  // "our agents were present at [5,870] polling stations", "observers visited [1,150]": the places covered
  coverage: /\b(?:(?:were|was|been)\s+present\s+(?:at|in)|(?:visited|monitored|observed)|(?:were|was)\s+(?:stationed|represented)\s+(?:at|in))\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|only\s+)?$/i,
  // "an exit poll … had put the race at 44% for Sulev and [41%]" (not "polls closed"; a holder's possessive between is another's figure)
  poll: /\b(?:(?:exit|opinion|straw)[\s-]+polls?|pollsters?)(?:['’]s?)?(?![\s-]+(?:station|closed|close|opened|open)\b)[^;'’]*$/i,
  // "[three more weeks] of campaigning", "[2 weeks] until the runoff", "another [ten days]": what is left
  countdown: { before: /\banother\s+$/i, after: /^\s+(?:more|left|to\s+go|remaining|away|until|till)\b/i, inside: /\s(?:more|extra|further)\s/i },
  // "40 ballots were counted twice", "12 double-counted deaths", "40 duplicates": things struck out of a count
  duplicate: { after: /^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:(?:had|have|has|were|was|been|being|are)\s+)*(?:(?:counted|recorded|registered|entered|logged)\s+(?:twice|two\s+times|more\s+than\s+once)|double[\s-]counted|duplicated|duplicates?)\b/iu },
  // "eastbound traffic by nearly $4.5 billion", "two lanes in each direction": one direction of a two-way flow
  // "the two reservoirs together", "four spans … in all": several things summed; not a unit ("40 metres")
  sum: {
    word: /\b(?:together|in all|combined|in total|altogether|all told|between them)\b/i,
    many: /\b(?:two|three|four|five|six|seven|eight|nine|ten|both|\d+)\s+(?:[a-z-]+\s+)?(?!(?:metre|meter|kilometre|kilometer|mile|feet|foot|tonne|ton|dollar|euro|percent|year|month|week|day|hour|minute|second|time)s\b)([a-z]{3,}?)s\b/i,
  },
  direction: /\b(?:(?:north|south|east|west)bound|inbound|outbound|(?:in|for|per) (?:each|one|either|every) direction)\b/i,
  // "30 percent of the city", "a quarter of all the trade": the whole a share is taken of
  whole: { after: /^\s+of\s+(?:(?:the|a|an|its|their|his|her|our|all|this|that|these|those)\s+)*/i },
  // the thing a figure measures, told by its noun (src/reconcile/heads.ts)
  head: {
    // speakers, verbs of saying and planning, units, vague adjectives: never the thing
    not: NOT_HEAD,
    // adverbs, verb forms, adjectives, nationalities, possessives: no head noun ("-ly", "-ed", "-ing", "-ian", "-ous")
    notEnding: /(?:ly|ed|ing|ian|ese|ic|ive|ous|ful|able|ible|['’]s|-)$/,
    // no modifier of a head either ("road" bridge is one; "-ly", "-ed", "Iraqi" are not)
    notModifierEnding: /(?:ly|ed|ing|ian|ese|i|['’]s)$/,
    // participles that say what happened to counted things ("people displaced", "troops deployed"), not verbs of saying
    eventParticiple: /^(?!(?:said|reported|estimated|expected|planned|quoted|cited|added|noted|stated|confirmed|announced|claimed|based|located|called|named|used|listed|compared|needed|required|owned|included|involved|totalled|totaled|designed|scheduled|slated|intended|projected|forecast|capped|limited)$)[a-z]{3,}ed$/,
    // an agreement's noun names the thing signed
    agreement: /^(treaty|deal|agreement|accord|pact|partnership|contract|memorandum)$/,
    // a word shaped as a demonym, which says whose or where from ("Asian", "Korean", "Chinese",
    // "British", "Iraqi", "Mexican", "Kenyan"): an adjective, whose noun follows. Named by the endings
    // demonyms take, not by those of place names: "-an" alone ends as many places as demonyms
    // ("Pakistan", "Michigan", "Wuhan", "Amman", "Oman"), so only its demonyms' own endings count.
    demonym: /^(?=\p{L}{5,}$)\p{L}*(?:ian|ean|ese|ish|ani|aini|eli|aqi|udi|eni|aiti|eshi|atari|irati|omali|epali|ican|ccan|yan|ndan|uban|german|ghan|etan|elan|olan)$/u,
    // words after which a bare word is a verb, not a noun ("to decide", "will run", "has begun")
    verbBefore: /^(to|it|he|she|they|we|who|which|will|would|can|could|shall|should|may|might|must|has|have|had|did|does|do|be|been|being|cannot|won't|wouldn't|didn't|doesn't)$/,
    // "this becomes", "that means": a word in -s after a lone demonstrative is its verb
    demonstrative: /^(this|that)$/,
    // nouns for those who speak or act: a noun before them modifies them ("the disaster agency said")
    speaker: /^(agency|ministry|minister|official|officer|government|authority|company|spokesperson|spokesman|spokeswoman|statement|president|head|chief|director|operator|regulator)$/,
    // prepositions of place and time; "of" and "for" are left out: "the length of the road" names the thing
    adjunct: /^(on|at|in|near|across|along|alongside|during|since|until|till|into|onto|within|through|throughout|around|outside|inside|beyond|via|toward|towards|among|amid|amidst|against|under|over|behind|off|upstream|downstream)$/,
    determiner: /^(the|a|an|both|either|each|its|their|his|her|our|this|that|these|those|all|some|many|several)$/,
  },
  // a credited speaker (src/reconcile/origins.ts): `generic` words of a credit name no one
  // ("the state news agency"), a `vague` credit names no origin at all ("sources", "officials"),
  // once the `article` before it is off
  credit: {
    generic: new Set(
      "the a an of and state news agency agencies newspaper paper media outlet wire service official officials report reports figure figures data tally tallies toll count counts estimate estimates latest last new final provisional said says its their his her".split(" "),
    ),
    vague: /^(reports?|sources?|plans?|statement|experts?|analysts?|officials?|media|he|she|it|they|we|i|you|this|that)$/i,
    article: /^the\s+/i,
  },
  // whose a figure is (src/reconcile/holder.ts): "the checkpoint's cost was $", "Orrin's revenue of",
  // "the group's €", "the cost of the bridge was", "Adrian Sulev: 46%", "41% for Varanen"
  holder: {
    before: [
      new RegExp(String.raw`${HOLDER_OBJECT}(?<![\p{L}'’])${HOLDER_POSSESSOR}\s+(?!(?:[\p{L}\p{M}-]+\s+){0,3}${HOLDER_NOT}(?![\p{L}]))(?:(?!${HOLDER_VERB})[\p{L}\p{M}-]+\s+){1,3}${HOLDER_LINK}${QUALIFIER}$`, "u"),
      new RegExp(String.raw`(?<![\p{L}])\p{Ll}+\s+of\s+(${HOLDER_NAME}|${HOLDER_NOUN})\s+${HOLDER_LINK}${QUALIFIER}$`, "u"),
      /(?<![\p{L}])((?:\p{Lu}\p{Ll}[\p{L}\p{M}-]*\s+){1,2}\p{Lu}\p{Ll}[\p{L}\p{M}-]*)\s*:\s*$/u,
      new RegExp(String.raw`(?<![\p{L}'’])(${HOLDER_NAME}|${HOLDER_NOUN})(?:,[^.;:!?]{1,60}?,)?\s+(?:(?:is|was|are|were|will|would|could|has|had|have|be|been|now|also|initially|originally|first|expected|estimated|set|due|likely|to)\s+){0,4}${HOLDER_PRICE}\s+${QUALIFIER}$`, "u"),
      new RegExp(String.raw`(?<![\p{L}'’])(${HOLDER_NAMES})(?:,[^.;:!?]{1,60}?,)?(?:\s+(?:${HOLDER_HAS}|${HOLDER_SERVE})\s+[^.;:!?]{1,60}?\s+and)?\s+(?:also\s+|then\s+|still\s+)?${HOLDER_HAS}\s+(?!(?:been|put|set|made|got|paid|held|cut|kept|left|lost|seen|done|taken|given|shown|won|\p{L}+(?:en|ed))(?![\p{L}]))(?:[\p{L}\p{M}-]+\s+){0,3}(?:of\s+|at\s+)?${QUALIFIER}$`, "u"),
      new RegExp(String.raw`(?<![\p{L}'’])(${HOLDER_NAMES})(?:,[^.;:!?]{1,60}?,)?\s+(?:also\s+|now\s+)?${HOLDER_SERVE}\s+(?:[^.;:!?]{1,60}?\s+)?to\s+${QUALIFIER}$`, "u"),
    ],
    beside: [new RegExp(String.raw`${HOLDER_OBJECT}(?<![\p{L}'’])${HOLDER_POSSESSOR}\s+(?:own\s+)?${QUALIFIER}$`, "u")],
    // "3,000 Norask soldiers", "a €6.8 billion Kestrel bid": a name between the number and its noun
    within: [new RegExp(String.raw`^[^\p{L}]*\d(?:[\s-]*(?:million|billion|thousand|bn|m|k)(?![\p{L}]))?\s+(${HOLDER_NAME})\s+\p{Ll}`, "u")],
    after: [new RegExp(String.raw`^\s+for\s+(${HOLDER_NAME}|${HOLDER_NOUN})(?![\p{L}\p{M}'’-])`, "u")],
    // "Revenue in 2027 was $", "Its workforce is": a sentence that leaves its holder to the one before it
    carried: new RegExp(String.raw`^\s*(?:Its\s+|(?!(?:There|Here|It|This|That|These|Those|What|Which|Who|He|She|They|We|You|I)\s)(\p{Lu}\p{Ll}+)\s+)(?:\p{Ll}+\s+)?(?:(?:in|for)\s+\d{4}\s+|last\s+year\s+)?(?:was|were|is|are|totalled|totaled|stood\s+at|reached|came\s+to|amounted\s+to)\s+${QUALIFIER}$`, "u"),
    // the subject of the sentence before: a name that starts it, then its verb
    subject: new RegExp(String.raw`(?:[.!?]["”’)]?\s+|\n\s*)(${HOLDER_NAMES})(?:,[^.;:!?]{1,60}?,)?\s+\p{Ll}(?:(?![.!?]["”’)]?\s+\p{Lu}).)*$`, "su"),
    quiet: /^(?:the|this|that|these|those|of|its|their|his|her|our|we|they|it|he|she|you|including|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|last|next|same|whole|time|year|month|week|day|period|moment|now)$/,
  },
  // "1.315 billion": right after a dotted group, a scale word makes the dot a decimal point
  scaleAfter: /^\s*(?:billion|million|trillion|thousand|bn|mn|m|b|k)\b/i,
};
