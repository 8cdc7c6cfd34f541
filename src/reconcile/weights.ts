/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 13 labelled clusters
 * (42351 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, norask-deployment, ostrovia-trade, velmar-bridge, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { JOIN } from "./join.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 5.5862, words2 -2.7931, thingSame 0.0052, thingOverlap 2.4995, thingBothMissing 0, attrSame 0, attrDiff -0.7425, attrOne -0.2323, cueOverlap 0.1117, eventSame 1.5216, eventDiff -1.2617, scopeSame 1.1273, scopeDiff -4.5223, perSame 0, perDiff 0, perOne -3.1942, countedSame 0.3039, countedDiff -0.8661, sameReport -1.1631, sameSentence -1.16, dateDay -2.5065, kindCount -0.5622, kindDate -1.3659, kindMoney 0.0224, valueMeet 0.749, valueSame 1.3148, valueGap -1.5517, valueFar 0, otherScale -0.0639, nameSame 0.1844, nameDiff 0, label 1.5902, label2 -0.7951, langDiff 0.4558, sameDayValue 3.7768, sameValueAcross -0.7031, holderSame 0.2218, holderDiff -1.0348
  weights: [5.5862,-2.7931,0.0052,2.4995,0,0,-0.7425,-0.2323,0.1117,1.5216,-1.2617,1.1273,-4.5223,0,0,-3.1942,0.3039,-0.8661,-1.1631,-1.16,-2.5065,-0.5622,-1.3659,0.0224,0.749,1.3148,-1.5517,0,-0.0639,0.1844,0,1.5902,-0.7951,0.4558,3.7768,-0.7031,0.2218,-1.0348],
  bias: 1.0151,
  link: 1,
  merge: 1.5,
  attach: {
    // the same features with the value comparisons blanked
    weights: [7.1854,-3.5927,0.0841,1.3893,0,0,-0.9119,-0.2612,0,0.8346,-2.2731,1.4412,-5.4311,0,0,-3.3228,0.1716,-1.0706,-0.9061,-2.1139,-2.1902,-0.899,-1.4526,0.2782,0,0,0,0,0,0.6389,0,2.7678,-1.3839,-0.165,5.6121,2.2567,0,-1.2314],
    bias: 0.6186,
    threshold: 1,
    day: {
      // the same for two single days, the equal-day comparison blanked too
      weights: [7.4524,-3.7262,0,1.75,0,0,-0.8763,-0.1931,0,0.3393,-2.4214,1.4299,-5.4485,0,0,-3.3374,0.1772,-1.07,-0.8178,-2.2741,0.6135,-0.8928,-1.3531,0.2852,0,0,0,0,0,0.6655,0,2.482,-1.241,-0.4119,0,2.9718,0,-1.2337],
      bias: 0.5737,
    },
  },
  trust: -1,
  groups: {
    // pooledWords 1.3188, pooledLabel 4.0667, meanWords 0.3634, maxWords 0, minWords 0.2347, apartShare 0, thingMaj 0.8024, attrMaj 0, eventMaj 0, countedMaj 1.8017, measureMaj 1.8168, minSizeLog -1.6146, kindDate -0.1688, kindCount 1.9174, farShare -3.452
    weights: [1.3188,4.0667,0.3634,0,0.2347,0,0.8024,0,0,1.8017,1.8168,-1.6146,-0.1688,1.9174,-3.452],
    bias: 2.1958,
    threshold: 2,
  },
  join: JOIN,
};
