/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 13 labelled clusters
 * (42351 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, norask-deployment, ostrovia-trade, velmar-bridge, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 5.5974, words2 -2.7987, thingSame 0, thingOverlap 2.4876, thingBothMissing 0, attrSame 0, attrDiff -0.7428, attrOne -0.2308, cueOverlap 0.1096, eventSame 1.5123, eventDiff -1.3066, scopeSame 1.1236, scopeDiff -4.5234, perSame 0, perDiff 0, perOne -3.1935, countedSame 0.3028, countedDiff -0.8663, sameReport -1.1633, sameSentence -1.1604, dateDay -2.5073, kindCount -0.5635, kindDate -1.3651, kindMoney 0.02, valueMeet 0.7424, valueSame 1.3176, valueGap -1.5532, valueFar 0, otherScale -0.0665, nameSame 0.1856, nameDiff 0, label 1.6084, label2 -0.8042, langDiff 0.457, sameDayValue 3.7768, sameValueAcross -0.7034
  weights: [5.5974,-2.7987,0,2.4876,0,0,-0.7428,-0.2308,0.1096,1.5123,-1.3066,1.1236,-4.5234,0,0,-3.1935,0.3028,-0.8663,-1.1633,-1.1604,-2.5073,-0.5635,-1.3651,0.02,0.7424,1.3176,-1.5532,0,-0.0665,0.1856,0,1.6084,-0.8042,0.457,3.7768,-0.7034],
  bias: 1.0181,
  link: 1,
  merge: 1.5,
  attach: {
    // the same features with the value comparisons blanked
    weights: [7.2022,-3.6011,0.0805,1.3806,0,0,-0.9116,-0.2599,0,0.8161,-2.3438,1.4387,-5.4353,0,0,-3.3236,0.1709,-1.071,-0.9067,-2.1174,-2.1919,-0.9001,-1.4489,0.2773,0,0,0,0,0,0.641,0,2.7792,-1.3896,-0.1648,5.6121,2.2565],
    bias: 0.6173,
    threshold: 1,
    day: {
      // the same for two single days, the equal-day comparison blanked too
      weights: [7.473,-3.7365,0,1.7369,0,0,-0.8759,-0.1915,0,0.3208,-2.4842,1.4274,-5.454,0,0,-3.3379,0.1763,-1.0705,-0.8189,-2.2787,0.6129,-0.8942,-1.35,0.2839,0,0,0,0,0,0.6669,0,2.4904,-1.2452,-0.4109,0,2.9708],
      bias: 0.5721,
    },
  },
  trust: -1,
  groups: {
    // pooledWords 1.3536, pooledLabel 4.15, meanWords 0.3425, maxWords 0, minWords 0.2484, apartShare 0, thingMaj 0.7463, attrMaj 0, eventMaj 0, countedMaj 1.7741, measureMaj 2.0833, minSizeLog -1.5403, kindDate -0.0646, kindCount 1.9542, farShare -3.4202
    weights: [1.3536,4.15,0.3425,0,0.2484,0,0.7463,0,0,1.7741,2.0833,-1.5403,-0.0646,1.9542,-3.4202],
    bias: 2.0266,
    threshold: 2,
  },
};
