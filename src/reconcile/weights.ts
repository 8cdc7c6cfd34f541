/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 10 labelled clusters
 * (37759 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 5.8187, words2 -3.5054, thingSame 0.2844, thingOverlap 2.5603, thingBothMissing 0, attrSame -0.7505, attrDiff -0.7199, attrOne -0.6673, cueOverlap 1.0909, eventSame 0.8164, eventDiff -2.013, scopeSame 1.196, scopeDiff -5.3046, perSame -0.8952, perDiff 0, perOne -5.3122, countedSame 0.47, countedDiff -1.5349, sameReport -1.1763, sameSentence -1.5361, dateDay -2.5521, kindCount -1.0649, kindDate -1.1045, kindMoney 0.301, valueMeet 1.0868, valueSame 1.5051, valueGap -1.9996, valueFar 0.6943, otherScale 0.4297, nameSame 0.4178, nameDiff 0.0418, label 2.7837, label2 -3.0904, langDiff 0.2468, sameDayValue 3.3481, sameValueAcross -0.8409
  weights: [5.8187,-3.5054,0.2844,2.5603,0,-0.7505,-0.7199,-0.6673,1.0909,0.8164,-2.013,1.196,-5.3046,-0.8952,0,-5.3122,0.47,-1.5349,-1.1763,-1.5361,-2.5521,-1.0649,-1.1045,0.301,1.0868,1.5051,-1.9996,0.6943,0.4297,0.4178,0.0418,2.7837,-3.0904,0.2468,3.3481,-0.8409],
  bias: 1.3317,
  link: 1,
  merge: 1.5,
  attach: {
    // the same features with the value comparisons blanked
    weights: [9.5187,-6.4541,0.5358,0.8452,0,-0.6447,-0.9341,-0.5691,-0.0985,0.3258,-3.1515,1.2234,-6.0212,0.1083,0,-6.1905,0.1174,-1.4217,-0.9919,-2.1622,-2.033,-1.3043,-1.4201,0.7786,0,0,0,0,0,0.92,0.0793,3.8972,-3.3206,-0.2695,5.4825,2.4381],
    bias: 0.9936,
    threshold: 1,
  },
  trust: 1,
};
