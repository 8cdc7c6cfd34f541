/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 13 labelled clusters
 * (42351 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, norask-deployment, ostrovia-trade, velmar-bridge, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 5.5682, words2 -2.7841, thingSame 0, thingOverlap 2.5008, thingBothMissing 0, attrSame 0, attrDiff -0.7386, attrOne -0.2251, cueOverlap 0.1441, eventSame 1.4942, eventDiff -1.2243, scopeSame 1.1261, scopeDiff -4.5281, perSame 0, perDiff 0, perOne -3.1934, countedSame 0.303, countedDiff -0.8663, sameReport -1.1661, sameSentence -1.1525, dateDay -2.5086, kindCount -0.5633, kindDate -1.3671, kindMoney 0.0212, valueMeet 0.7442, valueSame 1.3179, valueGap -1.5554, valueFar 0, otherScale -0.0693, nameSame 0.1849, nameDiff 0, label 1.5886, label2 -0.7943, langDiff 0.4563, sameDayValue 3.7797, sameValueAcross -0.7033
  weights: [5.5682,-2.7841,0,2.5008,0,0,-0.7386,-0.2251,0.1441,1.4942,-1.2243,1.1261,-4.5281,0,0,-3.1934,0.303,-0.8663,-1.1661,-1.1525,-2.5086,-0.5633,-1.3671,0.0212,0.7442,1.3179,-1.5554,0,-0.0693,0.1849,0,1.5886,-0.7943,0.4563,3.7797,-0.7033],
  bias: 1.0147,
  link: 1,
  merge: 1.5,
  attach: {
    // the same features with the value comparisons blanked
    weights: [7.2062,-3.6031,0.0812,1.3872,0,0,-0.9104,-0.2581,0,0.7922,-2.2974,1.4395,-5.4354,0,0,-3.3232,0.1706,-1.0707,-0.9077,-2.1173,-2.1976,-0.9001,-1.4537,0.2775,0,0,0,0,0,0.6424,0,2.7684,-1.3842,-0.1618,5.6126,2.2566],
    bias: 0.616,
    threshold: 1,
    day: {
      // the same for two single days, the equal-day comparison blanked too
      weights: [7.462,-3.731,0,1.7349,0,0,-0.8747,-0.1894,0,0.3049,-2.484,1.43,-5.4523,0,0,-3.3373,0.1764,-1.0704,-0.8183,-2.2808,0.5866,-0.8939,-1.3545,0.2844,0,0,0,0,0,0.6748,0,2.4816,-1.2408,-0.4048,0,2.9779],
      bias: 0.5715,
    },
  },
  trust: -1,
  groups: {
    // pooledWords 1.543, pooledLabel 3.8784, meanWords 0.4282, maxWords 0, minWords 0.1646, apartShare 0, thingMaj 0.7542, attrMaj 0, eventMaj 0, countedMaj 1.6616, measureMaj 1.8144, minSizeLog -1.6383, kindDate -0.0754, kindCount 1.8678, farShare -3.4293
    weights: [1.543,3.8784,0.4282,0,0.1646,0,0.7542,0,0,1.6616,1.8144,-1.6383,-0.0754,1.8678,-3.4293],
    bias: 2.0085,
    threshold: 5,
  },
};
