/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 13 labelled clusters
 * (42351 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, norask-deployment, ostrovia-trade, velmar-bridge, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 6.4882, words2 -3.9623, thingSame 0.0163, thingOverlap 2.2525, thingBothMissing 0, attrSame -0.7314, attrDiff -1.0921, attrOne -0.446, cueOverlap 0.6208, eventSame 1.1581, eventDiff -1.3686, scopeSame 1.236, scopeDiff -4.5554, perSame -0.8683, perDiff 0, perOne -3.1891, countedSame 0.3101, countedDiff -0.8606, sameReport -1.1565, sameSentence -1.0243, dateDay -2.6194, kindCount -0.5505, kindDate -1.5684, kindMoney 0.0652, valueMeet 0.732, valueSame 1.3888, valueGap -1.717, valueFar 0.329, otherScale 0.0302, nameSame 0.1942, nameDiff 0.1252, label 3.311, label2 -4.5724, langDiff 0.5297, sameDayValue 3.8291, sameValueAcross -0.752
  weights: [6.4882,-3.9623,0.0163,2.2525,0,-0.7314,-1.0921,-0.446,0.6208,1.1581,-1.3686,1.236,-4.5554,-0.8683,0,-3.1891,0.3101,-0.8606,-1.1565,-1.0243,-2.6194,-0.5505,-1.5684,0.0652,0.732,1.3888,-1.717,0.329,0.0302,0.1942,0.1252,3.311,-4.5724,0.5297,3.8291,-0.752],
  bias: 1.1164,
  link: 1.5,
  merge: 2,
  attach: {
    // the same features with the value comparisons blanked
    weights: [9.0309,-5.67,0.0643,1.2886,0,-0.8626,-1.3552,-0.5679,-0.1397,0.6333,-2.4148,1.4805,-5.1805,0.0832,0,-3.2753,0.2234,-1.1132,-0.9049,-1.9751,-2.2739,-0.8898,-1.7282,0.3793,0,0,0,0,0,0.6854,0.1602,3.836,-3.7734,-0.0363,5.6636,2.2257],
    bias: 0.7778,
    threshold: 1,
    day: {
      // the same for two single days, the equal-day comparison blanked too
      weights: [9.6532,-6.1738,-0.0462,1.6668,0,-0.7527,-1.2769,-0.4653,-0.4297,0.2187,-2.5715,1.4805,-5.1783,-0.0072,0,-3.3113,0.2175,-1.1067,-0.8122,-2.1085,0.5238,-0.8892,-1.6036,0.3622,0,0,0,0,0,0.6952,0.1366,3.4663,-3.3559,-0.2641,0,2.9536],
      bias: 0.7148,
    },
  },
  trust: -1,
};
