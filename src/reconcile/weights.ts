/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 10 labelled clusters
 * (37759 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 6.1614, words2 -4.7071, thingSame 0.213, thingOverlap 2.76, thingBothMissing 0, attrSame -0.1647, attrDiff -0.1246, attrOne -0.1898, cueOverlap 1.8503, eventSame 0.0372, eventDiff 0.1791, scopeSame 1.2995, scopeDiff -5.5126, perSame -0.899, perDiff 0, perOne -5.3415, countedSame 0.5517, countedDiff -1.6248, sameReport -1.1755, sameSentence -1.2986, dateDay -2.2906, kindCount -1.0731, kindDate -1.0347, kindMoney 0.1981, valueMeet 1.1444, valueSame 1.5722, valueGap -2.0046, valueFar 0.7112, otherScale 0.3568, nameSame 0.3118, nameDiff -0.0568, label 2.1172, label2 -2.245, langDiff 0.8743, sameDayValue 3.0479, sameValueAcross -1.213
  weights: [6.1614,-4.7071,0.213,2.76,0,-0.1647,-0.1246,-0.1898,1.8503,0.0372,0.1791,1.2995,-5.5126,-0.899,0,-5.3415,0.5517,-1.6248,-1.1755,-1.2986,-2.2906,-1.0731,-1.0347,0.1981,1.1444,1.5722,-2.0046,0.7112,0.3568,0.3118,-0.0568,2.1172,-2.245,0.8743,3.0479,-1.213],
  bias: 0.8306,
  link: 1.5,
  merge: 2,
  attach: {
    // the same features with the value comparisons blanked
    weights: [10.0335,-6.7747,0.4393,0.9001,0,-0.004,-0.2809,-0.0619,0.368,-0.5595,-0.9346,1.2873,-6.209,-0.2542,0,-6.284,0.1712,-1.475,-0.9971,-2.4105,-1.8434,-1.3037,-1.1139,0.5996,0,0,0,0,0,0.6947,-0.0473,3.163,-2.5146,0.2724,5.4129,2.2708],
    bias: 0.4875,
    threshold: 1,
  },
};
