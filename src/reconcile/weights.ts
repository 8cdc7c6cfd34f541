/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 10 labelled clusters
 * (37759 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 5.7679, words2 -3.5561, thingSame 0.2856, thingOverlap 2.5443, thingBothMissing 0, attrSame -0.7582, attrDiff -0.7058, attrOne -0.6675, cueOverlap 1.1298, eventSame 0.8175, eventDiff -2.0012, scopeSame 1.306, scopeDiff -5.2898, perSame -0.8607, perDiff 0, perOne -5.3337, countedSame 0.4701, countedDiff -1.5377, sameReport -1.1757, sameSentence -1.4844, dateDay -2.5551, kindCount -1.0676, kindDate -1.1111, kindMoney 0.2882, valueMeet 1.0903, valueSame 1.5, valueGap -1.9862, valueFar 0.6793, otherScale 0.4382, nameSame 0.4101, nameDiff 0.0346, label 2.8031, label2 -3.1163, langDiff 0.241, sameDayValue 3.3514, sameValueAcross -0.8248
  weights: [5.7679,-3.5561,0.2856,2.5443,0,-0.7582,-0.7058,-0.6675,1.1298,0.8175,-2.0012,1.306,-5.2898,-0.8607,0,-5.3337,0.4701,-1.5377,-1.1757,-1.4844,-2.5551,-1.0676,-1.1111,0.2882,1.0903,1.5,-1.9862,0.6793,0.4382,0.4101,0.0346,2.8031,-3.1163,0.241,3.3514,-0.8248],
  bias: 1.3392,
  link: 1,
  merge: 1.5,
  attach: {
    // the same features with the value comparisons blanked
    weights: [9.4902,-6.3771,0.5392,0.8383,0,-0.6446,-0.9268,-0.5668,-0.1107,0.3315,-3.1503,1.3416,-6.0054,0.0954,0,-6.1981,0.1192,-1.4226,-0.9971,-2.1671,-2.0284,-1.3034,-1.4206,0.7752,0,0,0,0,0,0.917,0.0754,3.8659,-3.3412,-0.2692,5.4784,2.4596],
    bias: 0.9964,
    threshold: 1,
  },
  trust: 1,
};
