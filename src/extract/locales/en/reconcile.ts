/**
 * English cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary,
 * no story's words.
 * @module
 */
export const en = {
  // "initially $1.7bn", "the previous estimate of 3,000", "originally planned for", "had been expected"
  earlier:
    /\b(initially|originally|at first|at the outset|previous(?:ly)?|earlier (?:estimate|figure|forecast|plan|target|report)s?|former (?:estimate|figure|target)|first (?:estimated|reported|put|announced|planned)|had (?:been )?(?:expected|planned|estimated|forecast|projected)|original(?:ly)? (?:estimate|plan|budget|schedule|target|deadline|cost)s?|up from|down from|revised from|raised from|lowered from|compared with)\b/i,
  earlierAfter: /\b(?:earlier|previous|previously|initial|initially|original|originally|former|at first)\b/i,
  // "the ministry said on Tuesday": the date of a statement, not of what it is about
  said: /^(?:said|says|say|told|tells|announced|announces|stated|states|admitted|admits|reported|reports|confirmed|confirms|declared|wrote|writes|added|revealed|warned|claimed|noted|acknowledged|unveiled)$/,
  running:
    /\b(so far|to date|toll|tally|running total|has (?:risen|grown|climbed|reached)|rose|risen|climbed|climbs|jumped|now stands|now at|at least|rising|rises|reached|reaches|latest|updated|cumulative|in total)\b/i,
  asOf: /\b(?:as of|as at)\b/i,
  // "the weir could lower the lake by up to 3 metres": what may happen, not what did
  maybe: /^(?:could|might)$/,
  able: /^(?:store|stores|hold|holds|carry|carries|accommodate|accommodates|handle|handles|seat|seats|house|houses|produce|produces|generate|generates)$/,
  negation: /^(?:not|never)$/,
  // "250,000 lira per household", "$40 a head": an amount for each one, set apart from totals
  // (a period, "per day", is the mention's own `per`)
  perUnit: /^\s*(?:per|a|for each|for every)\s+(?:head|capita|household|family|person|resident|home|worker|employee|student|child|passenger|vehicle|car|tonne|ton|barrel|share)\b/i,
  // "10 are still in hospital": people in a state they leave (recover, go home, die), not a running total
  status: /\b(?:hospitali[sz]ed|in hospital|still being treated|receiving treatment|morgues?)\b/i,
  // "evacuated from the right bank", "the level at the town's gauge": the place a figure was measured at
  place: {
    preposition: /^(?:in|from|on|at|across|along|near|within|throughout|inside|outside)$/,
    noun: /^(?:banks?|sides?|regions?|oblasts?|provinces?|districts?|count(?:y|ies)|states?|territor(?:y|ies)|areas?|zones?|cit(?:y|ies)|towns?|villages?|settlements?|neighbou?rhoods?|municipalit(?:y|ies)|prefectures?|rivers?|lakes?|seas?|coasts?|shores?|valleys?|gauges?|stations?|parts?)$/,
    side: /^(?:right|left|north|south|east|west|northern|southern|eastern|western|upper|lower|central|coastal|occupied|controlled|held)$/,
  },
};
