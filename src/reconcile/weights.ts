/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 13 labelled clusters
 * (42351 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, norask-deployment, ostrovia-trade, velmar-bridge, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 5.5904, words2 -2.7952, thingSame 0.0049, thingOverlap 2.5001, thingBothMissing 0, attrSame 0, attrDiff -0.7428, attrOne -0.2325, cueOverlap 0.1095, eventSame 1.5161, eventDiff -1.2664, scopeSame 1.1267, scopeDiff -4.5221, perSame 0, perDiff 0, perOne -3.1937, countedSame 0.3042, countedDiff -0.8664, sameReport -1.1634, sameSentence -1.1608, dateDay -2.5065, kindCount -0.5623, kindDate -1.365, kindMoney 0.0217, valueMeet 0.7477, valueSame 1.3151, valueGap -1.5525, valueFar 0, otherScale -0.0642, nameSame 0.185, nameDiff 0, label 1.5926, label2 -0.7963, langDiff 0.4557, sameDayValue 3.7761, sameValueAcross -0.7031
  weights: [5.5904,-2.7952,0.0049,2.5001,0,0,-0.7428,-0.2325,0.1095,1.5161,-1.2664,1.1267,-4.5221,0,0,-3.1937,0.3042,-0.8664,-1.1634,-1.1608,-2.5065,-0.5623,-1.365,0.0217,0.7477,1.3151,-1.5525,0,-0.0642,0.185,0,1.5926,-0.7963,0.4557,3.7761,-0.7031],
  bias: 1.0158,
  link: 1,
  merge: 1.5,
  attach: {
    // the same features with the value comparisons blanked
    weights: [7.192,-3.596,0.0837,1.3899,0,0,-0.9117,-0.2609,0,0.8184,-2.2777,1.4407,-5.4326,0,0,-3.3228,0.1715,-1.0709,-0.9064,-2.1158,-2.1902,-0.8994,-1.4507,0.278,0,0,0,0,0,0.6395,0,2.768,-1.384,-0.1649,5.6109,2.2566],
    bias: 0.618,
    threshold: 1,
    day: {
      // the same for two single days, the equal-day comparison blanked too
      weights: [7.4626,-3.7313,0,1.7501,0,0,-0.876,-0.1925,0,0.3232,-2.4257,1.4291,-5.4508,0,0,-3.3375,0.1769,-1.0703,-0.8183,-2.2769,0.6126,-0.8934,-1.3509,0.2849,0,0,0,0,0,0.6658,0,2.4814,-1.2407,-0.4111,0,2.971],
      bias: 0.5728,
    },
  },
  trust: -1,
  groups: {
    // pooledWords 1.3076, pooledLabel 4.0667, meanWords 0.3739, maxWords 0, minWords 0.2269, apartShare 0, thingMaj 0.8019, attrMaj 0, eventMaj 0, countedMaj 1.8023, measureMaj 1.8203, minSizeLog -1.6315, kindDate -0.1616, kindCount 1.9184, farShare -3.4613
    weights: [1.3076,4.0667,0.3739,0,0.2269,0,0.8019,0,0,1.8023,1.8203,-1.6315,-0.1616,1.9184,-3.4613],
    bias: 2.1976,
    threshold: 2,
  },
};
