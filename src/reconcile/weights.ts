/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 11 labelled clusters
 * (38861 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, norask-deployment, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 6.2082, words2 -4.1832, thingSame 0.1778, thingOverlap 2.4572, thingBothMissing 0, attrSame -0.85, attrDiff -0.9112, attrOne -0.5517, cueOverlap 0.7347, eventSame 0.8639, eventDiff -1.5539, scopeSame 1.1889, scopeDiff -4.9634, perSame -0.9287, perDiff 0, perOne -5.2424, countedSame 0.3539, countedDiff -1.1774, sameReport -1.1933, sameSentence -1.0332, dateDay -2.7177, kindCount -0.8235, kindDate -1.2642, kindMoney 0.4251, valueMeet 0.9903, valueSame 1.6868, valueGap -1.8473, valueFar 0.7554, otherScale 0.552, nameSame 0.6549, nameDiff 0.3171, label 2.7719, label2 -3.1219, langDiff 0.3246, sameDayValue 3.5014, sameValueAcross -0.9553
  weights: [6.2082,-4.1832,0.1778,2.4572,0,-0.85,-0.9112,-0.5517,0.7347,0.8639,-1.5539,1.1889,-4.9634,-0.9287,0,-5.2424,0.3539,-1.1774,-1.1933,-1.0332,-2.7177,-0.8235,-1.2642,0.4251,0.9903,1.6868,-1.8473,0.7554,0.552,0.6549,0.3171,2.7719,-3.1219,0.3246,3.5014,-0.9553],
  bias: 1.1855,
  link: 1.5,
  merge: 2,
  attach: {
    // the same features with the value comparisons blanked
    weights: [9.2112,-6.4373,0.4216,0.9672,0,-0.8157,-1.1115,-0.5132,-0.1627,0.4964,-2.5426,1.3676,-5.7059,0.176,0,-6.0525,0.1395,-1.2737,-0.9822,-1.8614,-2.345,-1.1342,-1.5883,0.8759,0,0,0,0,0,1.0052,0.2802,3.4947,-2.8061,-0.2545,5.7753,2.3145],
    bias: 1.0158,
    threshold: 1,
  },
  trust: 2,
};
