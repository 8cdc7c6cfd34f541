/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 10 labelled clusters
 * (37759 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 6.1163, words2 -4.4434, thingSame 0.1, thingOverlap 2.9795, thingBothMissing 0, attrSame -0.327, attrDiff -0.3023, attrOne -0.3449, cueOverlap 1.7897, eventSame -0.2213, eventDiff 0.0776, scopeSame 1.4567, scopeDiff -5.3489, perSame -1.2609, perDiff 0, perOne -5.4241, countedSame 0.6551, countedDiff -1.7248, sameReport -1.2161, sameSentence -1.4312, dateDay -1.4086, kindCount -1.0697, kindDate -0.9503, kindMoney 0.2263, valueMeet 1.2561, valueSame 2.4583, valueGap -1.8942, valueFar 0.7042, otherScale 0.5595, nameSame 0.3204, nameDiff -0.0502
  weights: [6.1163,-4.4434,0.1,2.9795,0,-0.327,-0.3023,-0.3449,1.7897,-0.2213,0.0776,1.4567,-5.3489,-1.2609,0,-5.4241,0.6551,-1.7248,-1.2161,-1.4312,-1.4086,-1.0697,-0.9503,0.2263,1.2561,2.4583,-1.8942,0.7042,0.5595,0.3204,-0.0502],
  bias: 0.9608,
  link: 1.5,
  merge: 2,
  attach: {
    // the same features with the value comparisons blanked
    weights: [10.8256,-6.9468,0.3803,1.2501,0,-0.1535,-0.4093,-0.191,-0.0556,-0.7781,-0.7585,1.3805,-6.2353,-0.4123,0,-6.4547,0.1695,-1.4513,-0.8928,-2.8713,0.8332,-1.2819,-1.164,0.5905,0,0,0,0,0,0.7039,-0.0903],
    bias: 0.7771,
    threshold: 1,
  },
};
