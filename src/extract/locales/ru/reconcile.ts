/**
 * Russian cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
const B = "(?<![\\p{L}])", E = "(?![\\p{L}])";
/** Words that make a count one per direction of a two-way road ("two in each direction"): extraction's perDirection and the start of this locale's `direction`. */
export const PER_DIRECTION = "в\\s+каждом\\s+направлении|в\\s+каждую\\s+сторону|на\\s+каждое\\s+направление";
/** Words that set a figure against another ("по сравнению с", "вместо", "не позднее"). */
const CONTRAST = "по сравнению с|в отличие от|вместо|против|а не|ниже|выше|больше чем|меньше чем|не ранее|не позднее|опроверг\\p{L}*|оспарива\\p{L}*|оспори\\p{L}*";

export const ru = {
  // "ранее сообщалось о", "по сравнению с"
  earlier: new RegExp(`${B}(?:ранее|прежде|предыдущ\\p{L}*|по сравнению с)${E}`, "iu"),
  earlierAfter: new RegExp(`${B}(?:ранее|прежде|накануне)${E}`, "iu"),
  // the report's own figure replaced it: "первоначально 40", "прежняя оценка", "должен был", "против прежних 40"
  replaced: {
    before: new RegExp(`${B}(?:должен был|должна была|должно было|должны были|планировал\\p{L}*|предполагал\\p{L}*|первоначальн\\p{L}*|изначальн\\p{L}*|сначала|поначалу|прежн\\p{L}*)${E}`, "iu"),
    after: new RegExp(`${B}(?:первоначально|изначально|сначала)${E}`, "iu"),
  },
  running: new RegExp(`${B}(?:до сих пор|к настоящему времени|на сегодняшний день|всего|в общей сложности|с начала)${E}`, "iu"),
  // what a figure measures, by the start of a word (endings and particles vary)
  cues: [
    [/^(?:длин|протяж)/u, "#length"],
    [/^(?:ширин)/u, "#width"],
    [/^(?:высот)/u, "#height"],
    [/^(?:глубин)/u, "#depth"],
    [/^(?:площад)/u, "#area"],
    [/^(?:стоимост|стоит|обошл|бюджет|затрат|инвестиц)/u, "#cost"],
    [/^(?:мощност|вместим|пропускн)/u, "#capacity"],
    [/^(?:погиб|гибел|жертв|смерт|умер|убит)/u, "#casualty"],
    [/^(?:ранен|пострадавш|травм)/u, "#injured"],
    [/^(?:пропал|пропавш|без вести)/u, "#missing"],
    [/^(?:эвакуир|эвакуац|переселен|беженц)/u, "#displaced"],
    [/^(?:открыт|открыл|откроют|заверш|сдан|введ|запуст)/u, "#complete"],
    [/^(?:начал|начат|старт|заложен)/u, "#start"],
    [/^(?:подписа|соглашени|договор)/u, "#agree"],
  ] as Array<[RegExp, string]>,
  asOf: /(?:по состоянию на|на момент)/iu,
  // "госпитализированы": in hospital
  status: /госпитализ|в больниц/iu,
  // "ещё 40 судов ожидают", "остаются без света", "в пунктах временного размещения": a level
  level: new RegExp(`${B}(?:ещё|еще|по-прежнему|оста[её]тся|остаются|оставал\\p{L}*|сейчас|в настоящее время|ожида\\p{L}*|в ожидании|без|ПВР|пункт\\p{L}* временного)${E}`, "iu"),
  progress: /локализ|под контролем|заверш|построен|восстановлен|готовност|обработан|привит|выполнен/iu,
  // words that make the figure replace an earlier one ("revised", "final figures": verdict.ts Judged.revises)
  revision: /пересмотр|скорректир|уточнённ|уточненн|исправленн|окончательн(?:ые|ым|ых) (?:данн|итог|результат)|обновлённ(?:ые|ым|ых) данн|обновленн(?:ые|ым|ых) данн/iu,
  // "по предварительным данным", "предварительный итог", "пока"
  provisional: new RegExp(`${B}(?:предварительн\\p{L}*|промежуточн\\p{L}*|пока что|на первый взгляд)${E}`, "iu"),
  // "погибших и раненых": one count of both tolls
  join: { toll: /^(?:и|или)$/u },
  // counted nouns → one English noun (vehicles, lanes, tracks, rail wagons, spans, strikes…; see reconcile.ts `counted`)
  counted: [
    [/^(?:автомоб|машин|грузовик|транспортн\p{L}*средств)/u, "vehicle"],
    [/^(?:полос)/u, "lane"],
    [/^(?:колей|путей|пути|путн)/u, "track"],
    [/^(?:вагон|цистерн)/u, "wagon"],
    [/^(?:пролет|пролёт)/u, "span"],
    [/^(?:удар|атак)/u, "attack"],
    [/^(?:взрыв)/u, "explosion"],
    [/^(?:беспилотн|дрон)/u, "drone"],
    [/^(?:катер|лодк)/u, "boat"],
    [/^(?:человек|люд|жител|гражданин|граждан|мирн)/u, "person"],
    [/^(?:пассажир)/u, "passenger"],
  ] as Array<[RegExp, string]>,
  adjective: /(?:ых|их|ым|им|ыми|ими|ого|его|ому|ему|ой|ый|ий|ая|яя|ое|ее|ые|ие|ую|юю)$/u,
  // "102 женщины", "56 мужчин": a toll broken down by sex, a gradient
  clauseCues: [
    // a level of water (a river's, a flood's, a tide's): it rises and falls, unlike a size (verdict.ts)
    [/^(?:уровен|уровн)/u, "#level"],
    [/^(?:женщин|девуш|девоч)/u, "#female"],
    [/^(?:мужчин|юнош|мальчик)/u, "#male"],
    [/^(?:уклон)/u, "#slope"],
  ] as Array<[RegExp, string]>,
  // "из них 8000", "в том числе 40": a part of the whole stated before
  part: { before: /(?:из них|в том числе|среди них)\s+(?:(?:около|более|почти)\s+)?$/iu },
  // "30% территории", "30% от общего объёма": the whole a share is taken of, in the genitive right after it
  whole: { after: /^\s+(?:от\s+)?(?:(?:всего|всей|всех|общего|общей|общих)\s+)?/iu },
  // "до 1 июля", "не позднее 2025 года", "к концу года": the latest a thing is to happen by
  deadline: { before: /(?<![\p{L}])(?:до|не\s+позднее|не\s+позже|к)\s+$/iu },
  // "крупнейший ущерб с 2021 года", "впервые с 2019": база сравнения
  baseline: { before: new RegExp(`${B}(?:сам(?:ый|ая|ое|ые|ой|ого|ых|ым|ом|ую)|\\p{L}+[еа]йш\\p{L}+|наибол\\p{L}+|наимен\\p{L}+|впервые|рекорд\\p{L}*|максимальн\\p{L}+|минимальн\\p{L}+)${E}[^,;:.!?()]{0,60}${B}(?:с|со|после)\\s+$`, "iu") },
  // a count per direction (extraction's perDirection: the same words) or of one direction only
  direction: new RegExp(`${B}(?:${PER_DIRECTION}|в\\s+одну\\s+сторону)${E}`, "iu"),
  // "ниже 14 млрд, названных ранее", "по сравнению с", "вместо": a figure set against another
  contrast: { near: new RegExp(`${B}(?:${CONTRAST})${E}`, "iu"), before: new RegExp(`${B}(?:${CONTRAST})\\s+$`, "iu") },
  // "уточнённые данные", "к настоящему времени", "число погибших возросло": a figure that moves
  moving: new RegExp(`${B}(?:пересмотр\\p{L}*|уточн\\p{L}*|обновл\\p{L}*|к настоящему времени|на данный момент|возросл\\p{L}*|вырос\\p{L}*|увеличил\\p{L}*|достиг\\p{L}*|число погибших|последни\\p{L}* данны\\p{L}*)${E}`, "iu"),
  // "в среднем по региону", "по всей стране": a whole area, not one place of it
  area: new RegExp(`${B}(?:в среднем|средн\\p{L}*|по всей стране|по стране|по всему региону|по региону|по всей области|по области|в целом по|всей страны|всего региона|всей области|общенациональн\\p{L}*)${E}`, "iu"),
  // "вступает в силу", "вступил в силу": a law's or a pact's entry into force
  inForce: { noun: /^(?:силу)$/u, before: /^(?:в)$/u },
  // "в 40 км к северу от Херсона": a compass word before "от" makes a distance
  compass: { word: /^(?:северу|югу|востоку|западу|северо-востоку|северо-западу|юго-востоку|юго-западу)$/u, of: /^от$/u },
};
