/**
 * The pairwise model fitted by `npm run fit` (eval/_fit.ts) on 13 labelled clusters
 * (42351 pairs): crimean-bridge-multilingual-dev, derna-floods-dev, ever-given-dev, itaewon-ko-dev, kakhovka-dam-dev, port-dev, tumen-bridge-dev, cyclone-hesper, irtysh-pipeline, norask-deployment, ostrovia-trade, velmar-bridge, zerdeli-dam. Generated: do not edit by hand, refit.
 * @module
 */
import type { Model } from "./model.js";
import { FEATURES } from "./pairs.js";

export const MODEL: Model = {
  features: FEATURES,
  // words 5.597, words2 -2.7985, thingSame 0.0045, thingOverlap 2.502, thingBothMissing 0, attrSame 0, attrDiff -0.7423, attrOne -0.2315, cueOverlap 0.1106, eventSame 1.5125, eventDiff -1.306, scopeSame 1.1251, scopeDiff -4.5234, perSame 0, perDiff 0, perOne -3.193, countedSame 0.3032, countedDiff -0.8656, sameReport -1.1636, sameSentence -1.1621, dateDay -2.5068, kindCount -0.5624, kindDate -1.3635, kindMoney 0.0217, valueMeet 0.7431, valueSame 1.3179, valueGap -1.553, valueFar 0, otherScale -0.0663, nameSame 0.1862, nameDiff 0, label 1.602, label2 -0.801, langDiff 0.4573, sameDayValue 3.7762, sameValueAcross -0.7039
  weights: [5.597,-2.7985,0.0045,2.502,0,0,-0.7423,-0.2315,0.1106,1.5125,-1.306,1.1251,-4.5234,0,0,-3.193,0.3032,-0.8656,-1.1636,-1.1621,-2.5068,-0.5624,-1.3635,0.0217,0.7431,1.3179,-1.553,0,-0.0663,0.1862,0,1.602,-0.801,0.4573,3.7762,-0.7039],
  bias: 1.0157,
  link: 1,
  merge: 1.5,
  attach: {
    // the same features with the value comparisons blanked
    weights: [7.2022,-3.6011,0.0831,1.393,0,0,-0.9114,-0.2602,0,0.8162,-2.3438,1.4391,-5.4354,0,0,-3.3232,0.1711,-1.0708,-0.9068,-2.1187,-2.1917,-0.8997,-1.4484,0.2779,0,0,0,0,0,0.6414,0,2.7754,-1.3877,-0.1646,5.6122,2.2566],
    bias: 0.6165,
    threshold: 1,
    day: {
      // the same for two single days, the equal-day comparison blanked too
      weights: [7.4726,-3.7363,0,1.7531,0,0,-0.8756,-0.1918,0,0.3208,-2.4844,1.4277,-5.4535,0,0,-3.3377,0.1765,-1.0702,-0.8187,-2.2798,0.613,-0.8937,-1.3493,0.2848,0,0,0,0,0,0.6673,0,2.4876,-1.2438,-0.4107,0,2.9707],
      bias: 0.5713,
    },
  },
  trust: -1,
  groups: {
    // pooledWords 1.355, pooledLabel 4.1143, meanWords 0.3369, maxWords 0, minWords 0.2512, apartShare 0, thingMaj 0.7524, attrMaj 0, eventMaj 0, countedMaj 1.8138, measureMaj 1.8247, minSizeLog -1.5475, kindDate -0.0488, kindCount 2.022, farShare -3.4496
    weights: [1.355,4.1143,0.3369,0,0.2512,0,0.7524,0,0,1.8138,1.8247,-1.5475,-0.0488,2.022,-3.4496],
    bias: 2.0334,
    threshold: 2,
  },
};
