/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 10 labelled clusters
 * (37759 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 5.8214, words2 -3.4988, thingSame 0.2899, thingOverlap 2.5538, thingBothMissing 0, attrSame -0.7511, attrDiff -0.7214, attrOne -0.6669, cueOverlap 1.0829, eventSame 0.8195, eventDiff -2.0122, scopeSame 1.3159, scopeDiff -5.2985, perSame -0.9002, perDiff 0, perOne -5.3283, countedSame 0.4718, countedDiff -1.5348, sameReport -1.1772, sameSentence -1.5298, dateDay -2.5516, kindCount -1.063, kindDate -1.1024, kindMoney 0.3002, valueMeet 1.0869, valueSame 1.5046, valueGap -2.0005, valueFar 0.6943, otherScale 0.4328, nameSame 0.4167, nameDiff 0.0419, label 2.7824, label2 -3.0959, langDiff 0.2477, sameDayValue 3.348, sameValueAcross -0.8418
  weights: [5.8214,-3.4988,0.2899,2.5538,0,-0.7511,-0.7214,-0.6669,1.0829,0.8195,-2.0122,1.3159,-5.2985,-0.9002,0,-5.3283,0.4718,-1.5348,-1.1772,-1.5298,-2.5516,-1.063,-1.1024,0.3002,1.0869,1.5046,-2.0005,0.6943,0.4328,0.4167,0.0419,2.7824,-3.0959,0.2477,3.348,-0.8418],
  bias: 1.3297,
  link: 1,
  merge: 1.5,
  attach: {
    // the same features with the value comparisons blanked
    weights: [9.5087,-6.4345,0.5389,0.8419,0,-0.6462,-0.9347,-0.5687,-0.1092,0.3305,-3.1502,1.3481,-6.0009,0.1003,0,-6.1949,0.1205,-1.4211,-0.9967,-2.1531,-2.0325,-1.3006,-1.4159,0.784,0,0,0,0,0,0.921,0.0795,3.9057,-3.3305,-0.2687,5.4825,2.4365],
    bias: 0.9898,
    threshold: 1,
  },
  trust: 1,
};
