/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 10 labelled clusters
 * (37759 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 6.0908, words2 -4.7163, thingSame 0.2066, thingOverlap 2.7174, thingBothMissing 0, attrSame -0.1456, attrDiff -0.1256, attrOne -0.1901, cueOverlap 1.8357, eventSame 0.058, eventDiff 0.1737, scopeSame 1.2837, scopeDiff -5.5533, perSame -0.8737, perDiff 0, perOne -5.3416, countedSame 0.5566, countedDiff -1.6292, sameReport -1.1749, sameSentence -1.254, dateDay -2.2815, kindCount -1.0726, kindDate -1.0332, kindMoney 0.1998, valueMeet 1.1477, valueSame 1.5693, valueGap -2.0004, valueFar 0.7072, otherScale 0.3719, nameSame 0.312, nameDiff -0.0589, label 2.4088, label2 -2.3939, langDiff 0.8778, sameDayValue 3.044, sameValueAcross -1.2101
  weights: [6.0908,-4.7163,0.2066,2.7174,0,-0.1456,-0.1256,-0.1901,1.8357,0.058,0.1737,1.2837,-5.5533,-0.8737,0,-5.3416,0.5566,-1.6292,-1.1749,-1.254,-2.2815,-1.0726,-1.0332,0.1998,1.1477,1.5693,-2.0004,0.7072,0.3719,0.312,-0.0589,2.4088,-2.3939,0.8778,3.044,-1.2101],
  bias: 0.8208,
  link: 1.5,
  merge: 2,
  attach: {
    // the same features with the value comparisons blanked
    weights: [9.9792,-6.7222,0.4492,0.8573,0,0.0078,-0.2816,-0.0613,0.3399,-0.5406,-0.9322,1.2971,-6.2427,-0.2527,0,-6.2864,0.1768,-1.4802,-0.9987,-2.3878,-1.8239,-1.3034,-1.1105,0.6045,0,0,0,0,0,0.6888,-0.0528,3.5466,-2.9783,0.2755,5.4012,2.2724],
    bias: 0.4801,
    threshold: 1,
  },
};
