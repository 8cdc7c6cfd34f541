/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 14 labelled clusters
 * (44036 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, norask-deployment, ostrovia-trade, selmar-shadow-fleet, velmar-bridge, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 6.642, words2 -4.0846, thingSame 0.0244, thingOverlap 2.07, thingBothMissing 0, attrSame -0.8626, attrDiff -1.2116, attrOne -0.496, cueOverlap 0.6335, eventSame 1.2197, eventDiff -1.2519, scopeSame 1.2068, scopeDiff -4.4064, perSame -0.9436, perDiff 0, perOne -3.2324, countedSame 0.2153, countedDiff -0.6735, sameReport -1.0901, sameSentence -1.1014, dateDay -2.2501, kindCount -0.4583, kindDate -1.8118, kindMoney 0.0216, valueMeet 0.659, valueSame 1.4404, valueGap -1.6474, valueFar 0.1008, otherScale -0.0344, nameSame 0.2134, nameDiff 0.0916, label 2.8036, label2 -4.1366, langDiff 0.5454, sameDayValue 3.6765, sameValueAcross -0.8153
  weights: [6.642,-4.0846,0.0244,2.07,0,-0.8626,-1.2116,-0.496,0.6335,1.2197,-1.2519,1.2068,-4.4064,-0.9436,0,-3.2324,0.2153,-0.6735,-1.0901,-1.1014,-2.2501,-0.4583,-1.8118,0.0216,0.659,1.4404,-1.6474,0.1008,-0.0344,0.2134,0.0916,2.8036,-4.1366,0.5454,3.6765,-0.8153],
  bias: 1.23,
  link: 1.5,
  merge: 2,
  attach: {
    // the same features with the value comparisons blanked
    weights: [8.8942,-5.5454,-0.0059,1.3081,0,-0.8368,-1.3467,-0.4834,-0.132,0.6703,-2.3101,1.4115,-5.0469,-0.0684,0,-3.4039,0.1364,-0.848,-0.8795,-1.9602,-2.0096,-0.7117,-1.7406,0.408,0,0,0,0,0,0.7021,0.1447,3.5786,-3.563,-0.0693,5.561,2.1866],
    bias: 0.6824,
    threshold: 1,
  },
  trust: -1,
};
