/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 10 labelled clusters
 * (37759 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 5.8203, words2 -3.4871, thingSame 0.2918, thingOverlap 2.5551, thingBothMissing 0, attrSame -0.7519, attrDiff -0.7213, attrOne -0.6659, cueOverlap 1.0827, eventSame 0.8207, eventDiff -2.0107, scopeSame 1.3182, scopeDiff -5.296, perSame -0.9025, perDiff 0, perOne -5.3285, countedSame 0.4734, countedDiff -1.5359, sameReport -1.1774, sameSentence -1.5323, dateDay -2.5501, kindCount -1.0625, kindDate -1.1031, kindMoney 0.3, valueMeet 1.0878, valueSame 1.5062, valueGap -2.0004, valueFar 0.6937, otherScale 0.4323, nameSame 0.4161, nameDiff 0.042, label 2.7605, label2 -3.1087, langDiff 0.2478, sameDayValue 3.3428, sameValueAcross -0.8336
  weights: [5.8203,-3.4871,0.2918,2.5551,0,-0.7519,-0.7213,-0.6659,1.0827,0.8207,-2.0107,1.3182,-5.296,-0.9025,0,-5.3285,0.4734,-1.5359,-1.1774,-1.5323,-2.5501,-1.0625,-1.1031,0.3,1.0878,1.5062,-2.0004,0.6937,0.4323,0.4161,0.042,2.7605,-3.1087,0.2478,3.3428,-0.8336],
  bias: 1.3299,
  link: 1,
  merge: 1.5,
  attach: {
    // the same features with the value comparisons blanked
    weights: [9.5124,-6.4293,0.5411,0.8455,0,-0.6473,-0.934,-0.5667,-0.1086,0.3313,-3.1471,1.3496,-6.0002,0.099,0,-6.1953,0.1224,-1.4216,-0.9961,-2.1576,-2.0297,-1.2993,-1.4167,0.7837,0,0,0,0,0,0.9214,0.0791,3.8517,-3.311,-0.2683,5.4795,2.4585],
    bias: 0.9908,
    threshold: 1,
  },
  trust: 1,
};
