/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 12 labelled clusters
 * (40794 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, norask-deployment, ostrovia-trade, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 6.9339, words2 -4.4094, thingSame 0.0736, thingOverlap 2.255, thingBothMissing 0, attrSame -0.7658, attrDiff -0.6727, attrOne -0.4302, cueOverlap 0.8009, eventSame 1.0334, eventDiff -1.2958, scopeSame 1.161, scopeDiff -4.721, perSame -1.0435, perDiff 0, perOne -3.1824, countedSame 0.3172, countedDiff -1.1289, sameReport -1.1218, sameSentence -1.0513, dateDay -2.4407, kindCount -0.8117, kindDate -1.5124, kindMoney -0.1336, valueMeet 0.9741, valueSame 1.4321, valueGap -1.8725, valueFar 0.6873, otherScale 0.1798, nameSame 0.1727, nameDiff 0.1588, label 2.8175, label2 -4.1317, langDiff 0.5951, sameDayValue 3.7366, sameValueAcross -0.9042
  weights: [6.9339,-4.4094,0.0736,2.255,0,-0.7658,-0.6727,-0.4302,0.8009,1.0334,-1.2958,1.161,-4.721,-1.0435,0,-3.1824,0.3172,-1.1289,-1.1218,-1.0513,-2.4407,-0.8117,-1.5124,-0.1336,0.9741,1.4321,-1.8725,0.6873,0.1798,0.1727,0.1588,2.8175,-4.1317,0.5951,3.7366,-0.9042],
  bias: 1.0605,
  link: 1,
  merge: 1.5,
  attach: {
    // the same features with the value comparisons blanked
    weights: [9.4862,-6.3208,0.2354,1.0948,0,-0.7107,-0.8345,-0.3971,-0.0906,0.57,-2.3922,1.2651,-5.3987,-0.0505,0,-3.1456,0.1381,-1.2181,-0.9208,-1.8758,-2.1978,-1.08,-1.6036,0.2208,0,0,0,0,0,0.6397,0.1508,3.5581,-3.4795,-0.027,5.7724,2.23],
    bias: 0.8103,
    threshold: 1,
  },
  trust: 1,
};
