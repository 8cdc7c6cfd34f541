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
  // words 5.5864, words2 -2.7932, thingSame 0.005, thingOverlap 2.5005, thingBothMissing 0, attrSame 0, attrDiff -0.7424, attrOne -0.2321, cueOverlap 0.1116, eventSame 1.516, eventDiff -1.2661, scopeSame 1.1269, scopeDiff -4.522, perSame 0, perDiff 0, perOne -3.1938, countedSame 0.304, countedDiff -0.8662, sameReport -1.1632, sameSentence -1.1599, dateDay -2.5065, kindCount -0.5622, kindDate -1.3649, kindMoney 0.0218, valueMeet 0.748, valueSame 1.315, valueGap -1.5525, valueFar 0, otherScale -0.064, nameSame 0.1846, nameDiff 0, label 1.5922, label2 -0.7961, langDiff 0.4556, sameDayValue 3.7761, sameValueAcross -0.7031, holderSame 0.2216, holderDiff -0.6275
  weights: [5.5864,-2.7932,0.005,2.5005,0,0,-0.7424,-0.2321,0.1116,1.516,-1.2661,1.1269,-4.522,0,0,-3.1938,0.304,-0.8662,-1.1632,-1.1599,-2.5065,-0.5622,-1.3649,0.0218,0.748,1.315,-1.5525,0,-0.064,0.1846,0,1.5922,-0.7961,0.4556,3.7761,-0.7031,0.2216,-0.6275],
  bias: 1.0155,
  link: 1,
  merge: 1.5,
  attach: {
    // the same features with the value comparisons blanked
    weights: [7.1916,-3.5958,0.0836,1.39,0,0,-0.9117,-0.2608,0,0.8185,-2.2776,1.4405,-5.4325,0,0,-3.3229,0.1714,-1.0706,-0.9064,-2.1156,-2.1902,-0.8992,-1.4506,0.2781,0,0,0,0,0,0.6394,0,2.7682,-1.3841,-0.165,5.6108,2.2565,0,-0.644],
    bias: 0.618,
    threshold: 1,
    day: {
      // the same for two single days, the equal-day comparison blanked too
      weights: [7.4622,-3.7311,0,1.75,0,0,-0.8759,-0.1924,0,0.3233,-2.4257,1.429,-5.4506,0,0,-3.3375,0.1768,-1.07,-0.8183,-2.2767,0.6126,-0.8932,-1.3508,0.2849,0,0,0,0,0,0.6657,0,2.4816,-1.2408,-0.4112,0,2.9709,0,-0.6438],
      bias: 0.5728,
    },
  },
  trust: -1,
  groups: {
    // pooledWords 1.3183, pooledLabel 4.0712, meanWords 0.3625, maxWords 0, minWords 0.2364, apartShare 0, thingMaj 0.8026, attrMaj 0, eventMaj 0, countedMaj 1.8032, measureMaj 1.8162, minSizeLog -1.6139, kindDate -0.1686, kindCount 1.921, farShare -3.4537
    weights: [1.3183,4.0712,0.3625,0,0.2364,0,0.8026,0,0,1.8032,1.8162,-1.6139,-0.1686,1.921,-3.4537],
    bias: 2.1968,
    threshold: 2,
  },
  join: JOIN,
};
