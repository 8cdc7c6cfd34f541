/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 12 labelled clusters
 * (40794 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, norask-deployment, ostrovia-trade, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 6.7521, words2 -4.4803, thingSame 0.0536, thingOverlap 2.225, thingBothMissing 0, attrSame -0.7795, attrDiff -0.7038, attrOne -0.4395, cueOverlap 0.8908, eventSame 1.0231, eventDiff -1.2881, scopeSame 1.1587, scopeDiff -4.715, perSame -0.9505, perDiff 0, perOne -3.1917, countedSame 0.3033, countedDiff -1.1318, sameReport -1.1158, sameSentence -0.9588, dateDay -2.458, kindCount -0.8286, kindDate -1.5237, kindMoney -0.1424, valueMeet 0.9808, valueSame 1.4368, valueGap -1.8677, valueFar 0.6874, otherScale 0.209, nameSame 0.1869, nameDiff 0.1733, label 3.0028, label2 -4.2579, langDiff 0.5108, sameDayValue 3.7409, sameValueAcross -0.8556
  weights: [6.7521,-4.4803,0.0536,2.225,0,-0.7795,-0.7038,-0.4395,0.8908,1.0231,-1.2881,1.1587,-4.715,-0.9505,0,-3.1917,0.3033,-1.1318,-1.1158,-0.9588,-2.458,-0.8286,-1.5237,-0.1424,0.9808,1.4368,-1.8677,0.6874,0.209,0.1869,0.1733,3.0028,-4.2579,0.5108,3.7409,-0.8556],
  bias: 1.0843,
  link: 1,
  merge: 1.5,
  attach: {
    // the same features with the value comparisons blanked
    weights: [9.3126,-6.3702,0.2463,1.0311,0,-0.7327,-0.8735,-0.4074,-0.0282,0.5739,-2.3896,1.2614,-5.3761,0.0432,0,-3.1443,0.1134,-1.2198,-0.9145,-1.8071,-2.2083,-1.1064,-1.622,0.2149,0,0,0,0,0,0.6533,0.1676,3.7221,-3.5086,-0.1433,5.773,2.2932],
    bias: 0.8504,
    threshold: 1,
  },
  trust: 1,
};
