/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 13 labelled clusters
 * (42351 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, norask-deployment, ostrovia-trade, velmar-bridge, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 6.5075, words2 -4.0681, thingSame 0.0738, thingOverlap 2.2414, thingBothMissing 0, attrSame -0.7834, attrDiff -0.734, attrOne -0.3614, cueOverlap 0.8176, eventSame 0.9996, eventDiff -1.4527, scopeSame 1.043, scopeDiff -4.6149, perSame -0.9858, perDiff 0, perOne -3.2938, countedSame 0.2387, countedDiff -0.8425, sameReport -1.1531, sameSentence -0.9504, dateDay -2.569, kindCount -0.6038, kindDate -1.4326, kindMoney 0.0625, valueMeet 0.7493, valueSame 1.3719, valueGap -1.7139, valueFar 0.2845, otherScale -0.0296, nameSame 0.1338, nameDiff 0.0939, label 3.2056, label2 -4.366, langDiff 0.5052, sameDayValue 3.868, sameValueAcross -0.7899
  weights: [6.5075,-4.0681,0.0738,2.2414,0,-0.7834,-0.734,-0.3614,0.8176,0.9996,-1.4527,1.043,-4.6149,-0.9858,0,-3.2938,0.2387,-0.8425,-1.1531,-0.9504,-2.569,-0.6038,-1.4326,0.0625,0.7493,1.3719,-1.7139,0.2845,-0.0296,0.1338,0.0939,3.2056,-4.366,0.5052,3.868,-0.7899],
  bias: 1.1381,
  link: 1.5,
  merge: 2,
  attach: {
    // the same features with the value comparisons blanked
    weights: [9.0319,-5.8008,0.1789,1.3122,0,-0.722,-0.8921,-0.415,-0.1379,0.5555,-2.4614,1.2561,-5.2583,-0.1068,0,-3.3857,0.1185,-1.0533,-0.9203,-1.874,-2.2115,-0.9349,-1.5385,0.3636,0,0,0,0,0,0.6152,0.1175,3.839,-3.6865,-0.0661,5.7157,2.1859],
    bias: 0.7652,
    threshold: 1,
  },
  trust: 0,
};
