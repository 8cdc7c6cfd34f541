/**
 * Ukrainian cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
const B = "(?<![\\p{L}'’])", E = "(?![\\p{L}])";
/** Words that make a count one per direction of a two-way road ("two in each direction"): extraction's perDirection and the start of this locale's `direction`. */
export const PER_DIRECTION = "[ув]\\s+кожному\\s+напрям(?:ку|і)|[ув]\\s+кожен\\s+бік";
/** Words that set a figure against another ("порівняно з", "замість", "не пізніше"). */
const CONTRAST = "порівняно з|на відміну від|замість|проти|а не|нижче|вище|більше ніж|менше ніж|не раніше|не пізніше|спростува\\p{L}*|запереч\\p{L}*";

export const uk = {
  // "спочатку 3 000", "раніше повідомлялося", "за попередніми даними"
  // ("попередні дані", "за попередніми підрахунками" are preliminary, not previous: `provisional`)
  earlier: new RegExp(`${B}(?:раніше|попередн\\p{L}*(?![\\p{L}])(?!\\s+(?:дан|підрахунк|підсумк|результат|оцінк))|порівняно з)${E}`, "iu"),
  earlierAfter: new RegExp(`${B}(?:раніше|напередодні)${E}`, "iu"),
  // the report's own figure replaced it: "спочатку 40", "початкова оцінка", "планували"
  replaced: {
    before: new RegExp(`${B}(?:планувал\\p{L}*|передбачал\\p{L}*|спочатку|початков\\p{L}*|первісн\\p{L}*|колишн\\p{L}*)${E}`, "iu"),
    after: new RegExp(`${B}(?:спочатку|початково|первісно)${E}`, "iu"),
  },
  running: new RegExp(`${B}(?:до цього часу|на сьогодні|загалом|усього|всього|в цілому|з початку)${E}`, "iu"),
  // what a figure measures, by the start of a word (endings and particles vary)
  cues: [
    [/^(?:довжин|протяж)/u, "#length"],
    [/^(?:ширин)/u, "#width"],
    [/^(?:висот)/u, "#height"],
    [/^(?:глибин)/u, "#depth"],
    [/^(?:площ)/u, "#area"],
    [/^(?:вартіст|коштува|бюджет|інвестиц)/u, "#cost"],
    [/^(?:потужніст|місткіст|пропускн)/u, "#capacity"],
    [/^(?:загин|загибл|жертв|смерт|помер|убит|вбит)/u, "#casualty"],
    [/^(?:поранен|постражд|травм)/u, "#injured"],
    [/^(?:зникл)/u, "#missing"],
    [/^(?:евакуйов|евакуац|переселен|біженц)/u, "#displaced"],
    [/^(?:відкрит|відкри|заверш|введен|запуст)/u, "#complete"],
    [/^(?:почал|почат|старт)/u, "#start"],
    [/^(?:підписа|угод|договір|договор)/u, "#agree"],
  ] as Array<[RegExp, string]>,
  asOf: /(?:станом на)/iu,
  // "госпіталізовані": in hospital
  status: /госпіталіз|у лікарн/iu,
  // "досі 40 суден чекають", "залишаються без світла": a level
  level: new RegExp(`${B}(?:ще|досі|як і раніше|залиша\\p{L}*|наразі|зараз|очіку\\p{L}*|чека\\p{L}*|без|пункт\\p{L}* тимчасового)${E}`, "iu"),
  progress: /локаліз|під контролем|заверш|збудован|відновлен|готовн|опрацьован|виконан|щеплен/iu,
  // words that make the figure replace an earlier one ("revised", "final figures": verdict.ts Judged.revises)
  revision: /переглян|скориг|уточнен|виправлен|остаточн(?:і|им|их) (?:дан|підсумк|результат)|оновлен(?:і|им|их) дан/iu,
  // "за попередніми даними", "проміжні результати", "поки що"
  provisional: new RegExp(`${B}(?:за попередніми (?:даними|підрахунками|оцінками)|попередні (?:дані|підсумки|результати|оцінки)|попередній (?:підсумок|результат)|проміжн\\p{L}*|поки що)${E}`, "iu"),
  // "загиблих і поранених" (and a Latin "i" typed for the Cyrillic one): one count of both tolls
  join: { toll: /^(?:і|й|та|або|i)$/u },
  // counted nouns → one English noun (vehicles, lanes, tracks, rail wagons, spans, strikes…; see reconcile.ts `counted`)
  counted: [
    [/^(?:автомоб|машин|вантажів|транспортн\p{L}*засоб)/u, "vehicle"],
    [/^(?:смуг)/u, "lane"],
    [/^(?:колі[ия]|колій)/u, "track"],
    [/^(?:вагон|цистерн)/u, "wagon"],
    [/^(?:проліт|прольот)/u, "span"],
    [/^(?:удар|атак)/u, "attack"],
    [/^(?:вибух)/u, "explosion"],
    [/^(?:безпілотн|дрон)/u, "drone"],
    [/^(?:катер|човн)/u, "boat"],
    [/^(?:людей|люди|осіб|особ|жител|мешкан|громадян|цивіл)/u, "person"],
    [/^(?:пасажир)/u, "passenger"],
  ] as Array<[RegExp, string]>,
  adjective: /(?:их|іх|ими|іми|ого|ому|ий|ій|ої|ою|ая|яя)$/u,
  // "102 жінки", "56 чоловіків": a toll broken down by sex, a gradient
  clauseCues: [
    // a level of water (a river's, a flood's, a tide's): it rises and falls, unlike a size (verdict.ts)
    [/^(?:рівень|рівня|рівні|рівнем|рівню)$/u, "#level"],
    [/^(?:жін|жінк|дівчат|дівчин)/u, "#female"],
    [/^(?:чоловік|хлопц|хлопчик)/u, "#male"],
    [/^(?:ухил)/u, "#slope"],
  ] as Array<[RegExp, string]>,
  // "з них 8000", "у тому числі 40": a part of the whole stated before
  part: { before: /(?:з них|із них|у тому числі|в тому числі|серед них)\s+(?:(?:близько|понад|майже)\s+)?$/iu },
  // "30% території", "30% від загального обсягу": the whole a share is taken of, in the genitive right after it
  whole: { after: /^\s+(?:від\s+)?(?:(?:всього|всієї|всіх|усього|усієї|усіх|загального|загальної)\s+)?/iu },
  // "до 1 липня", "не пізніше 2025 року": the latest a thing is to happen by
  deadline: { before: /(?<![\p{L}])(?:до|не\s+пізніше(?:\s+ніж)?)\s+$/iu },
  // "найбільші збитки з 2021 року", "вперше з 2019": база порівняння
  baseline: { before: new RegExp(`${B}(?:най\\p{L}+|вперше|рекорд\\p{L}*|максимальн\\p{L}+|мінімальн\\p{L}+)${E}[^,;:.!?()]{0,60}${B}(?:з|із|зі|від|після)\\s+$`, "iu") },
  // a count per direction (extraction's perDirection: the same words) or of one direction only
  direction: new RegExp(`${B}(?:${PER_DIRECTION}|в\\s+один\\s+бік)${E}`, "iu"),
  // "нижче 14 млрд, названих раніше", "порівняно з", "замість": a figure set against another
  contrast: { near: new RegExp(`${B}(?:${CONTRAST})${E}`, "iu"), before: new RegExp(`${B}(?:${CONTRAST})\\s+$`, "iu") },
  // "уточнені дані", "станом на", "кількість загиблих зросла": a figure that moves
  moving: new RegExp(`${B}(?:переглянут\\p{L}*|уточнен\\p{L}*|оновлен\\p{L}*|наразі|на цей час|зросл\\p{L}*|зріс|збільшил\\p{L}*|сягнул\\p{L}*|досягл\\p{L}*|кількість загиблих|останні дані)${E}`, "iu"),
  // "в середньому по області", "по всій країні": a whole area, not one place of it
  area: new RegExp(`${B}(?:в середньому|у середньому|середн\\p{L}*|по всій країні|по країні|по всьому регіону|по регіону|по всій області|по області|в цілому по|у цілому по|всієї країни|всього регіону|всієї області|загальнонаціональн\\p{L}*)${E}`, "iu"),
  // "набуде чинності", "набрав чинності": a law's or a pact's entry into force
  inForce: { noun: /^(?:чинності)$/u, before: /^(?:набуде|набуває|набрав|набрала|набрало|набрали|набирає|набере)$/u },
  // "за 40 км на північ від Херсона": a compass word before "від" makes a distance
  compass: { word: /^(?:північ|південь|схід|захід)$/u, of: /^від$/u },
};
