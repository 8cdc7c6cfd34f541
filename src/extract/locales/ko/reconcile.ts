/**
 * Korean cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * Korean attaches particles to the figure: "154명에서 1명 추가돼 155명" (from 154, one more, 155).
 * @module
 */
export const ko = {
  // "지난 7일간", "최근 일주일", "7일 평균": 이동하는 기간 ("지난주" is a date)
  rolling: {
    before: /(?:(?:지난|최근)\s*\d+\s*(?:일|주|시간|개월)(?:간|\s*동안)?|최근\s*(?:일주일|한\s*달)|\d+\s*일\s*(?:평균|이동평균))[^\d.。;!?]{0,15}$/u,
    after: /^[^\d.。;!?]{0,10}?(?:(?:지난|최근)\s*\d+\s*(?:일|주|시간|개월)(?:간|\s*동안)?|최근\s*(?:일주일|한\s*달)|\d+\s*일\s*(?:평균|이동평균))/u,
  },
  // "봉쇄 [12일]째", "출구조사에서 … [41%]"
  ongoing: { after: /^\s*째/u },
  poll: /(?:출구\s*조사|여론\s*조사)[^;\d]{0,40}$/u,
  // "결선까지 [2주] 남은", "앞으로 [3주]": 남은 시간
  countdown: { before: /앞으로\s*$/u, after: /^\s*(?:남은|남았|남아)/u },
  // "40표가 이중 집계", "중복 등록": 집계에서 빠진 중복
  duplicate: { after: /^[^.;\d]{0,15}?(?:이중|중복)\s*(?:집계|계산|등록|기록|산정)/u },
  // "당초 3천명", "기존 추정치", "종전 집계"
  earlier: /(?:기존|종전)/u,
  // right after the figure: "(전날 발표한 418명)보다", "(전날) 대비": set beside it, not replaced by it
  earlierAfter: /^\s*(?:보다|대비)/u,
  // the report's own figure replaced it: "당초 1,420억 원", "처음에는"; right after it "154명에서 … 늘어"
  // (from 154), "…으로 예정이었다" (had been due)
  replaced: { before: /(?:당초|애초|처음에는|처음엔)/u, after: /^\s*(?:에서|으로부터|[^,.]{0,15}?예정이었)/u },
  running: /(?:지금까지|현재까지|이제까지|누적|합계|총계)/u,
  // what a figure measures, by the start of a word (endings and particles vary)
  cues: [
    [/^(?:길이|총연장|총길이)/u, "#length"],
    // a radius around a point ("within a 5 km radius"): a distance from it, never a length
    [/^(?:반경)/u, "#distance"],
    [/^(?:폭|너비)/u, "#width"],
    [/^(?:높이)/u, "#height"],
    [/^(?:깊이|수심)/u, "#depth"],
    [/^(?:면적)/u, "#area"],
    [/^(?:비용|사업비|공사비|건설비|예산|투자)/u, "#cost"],
    [/^(?:용량|저수량|수용)/u, "#capacity"],
    [/^(?:사망|숨|희생|목숨)/u, "#casualty"],
    [/^(?:부상|다쳤|다친|중상|경상)/u, "#injured"],
    [/^(?:실종)/u, "#missing"],
    [/^(?:대피|이재민|피난)/u, "#displaced"],
    [/^(?:개통|완공|준공|개장|가동)/u, "#complete"],
    [/^(?:착공|시작|개시)/u, "#start"],
    [/^(?:서명|협정|조약|합의)/u, "#agree"],
  ] as Array<[RegExp, string]>,
  asOf: /(?:현재|기준)/u,
  // "10명은 아직 입원중": still in hospital, a number that falls as they go home; "병원에 안치":
  // the dead lying at hospitals until their funerals
  status: /입원|안치/u,
  // "여전히 대기", "아직 남아", "대피소에": a level
  level: /(?:평균|대기열|정체|장사진|여전히|아직|남아|남은|대기|대피소|단전|단수|정전)/u,
  progress: /진화율|진화|진척|공정률|완료|완공|복구|개표|접종/u,
  // words that make the figure replace an earlier one ("revised", "final figures": verdict.ts Judged.revises)
  revision: /상향 조정|중복|하향 조정|수정|정정|확정치|최종 집계|최종 결과/u,
  // "잠정 집계", "예비 조사", "1차 집계", "일단"
  provisional: /잠정|예비 (?:조사|집계|결과)|1차 (?:집계|조사|결과)|중간 집계|일단/u,
  // "및", "그리고" join two clauses (a toll's "와"/"과" is a particle glued to its noun)
  join: { clause: /^(?:및|그리고)$/u },
  // particles and the copula on a noun, longest first ("사망자는", "외국인으로", "명이다")
  ending: /(?:에서는|에게서|으로는|이었다|에서|에게|으로|까지|부터|보다|처럼|만큼|께서|이다|이며|이고|였다|은|는|이|가|을|를|의|에|로|와|과|도|만)$/u,
  // "여성 98명", "남성 56명": a toll broken down by sex, a gradient; "20대가 103명": by age bracket
  clauseCues: [
    // a level of water (a river's, a flood's, a tide's): it rises and falls, unlike a size (verdict.ts)
    [/^(?:수위|해수면)/u, "#level"],
    [/^(?:여성|여자)/u, "#female"],
    [/^(?:남성|남자)/u, "#male"],
    [/^(?:경사)/u, "#slope"],
    // "303명의 사상자": the dead and the injured together (not "사상 최대", the largest ever)
    [/^(?:사상자)/u, "#hurt"],
  ] as Array<[RegExp, string]>,
  bracket: /\d+\s*대(?:가|는|의|에서|이)?\s*[(（]?\s*$/u,
  // "그중 8천 명", "이 가운데 40명": a part of the whole stated before
  part: { before: /(?:그중|그 중|이 중|이중|이 가운데|그 가운데|가운데)\s*$/u },
  // "도시의 30%": the whole a share is taken of, its word closed by the possessive particle
  whole: { before: /의\s*$/u },
  // "올해 말까지", "7월 1일 이전": the latest a thing is to happen by (the particle after the date)
  deadline: { after: /^\s*(?:까지|이전|전까지)/u },
  // "2021년 이후 최대", "이래 처음": 비교의 기준
  baseline: { after: /^\s*(?:이후|이래)\s*(?:최(?!근|종)\p{L}*|처음|가장)/u },
  direction: /편도|한쪽 방향/u,
  // "전날보다", "대비", "대신", "반박", "부인했다" (denied; not "부인", a wife): a figure set against another
  contrast: { near: /보다|대비|반면|달리|대신|반박|부인(?:했|하|한)/u, before: /(?:보다|대비|대신)\s*$/u },
  // "늘어", "누적", "지금까지", "수정": a figure that moves
  moving: /늘어|늘었|늘면서|증가|누적|지금까지|현재까지|수정|정정|상향|하향|잠정/u,
  // a stretch of time that places a moment, not a length (src/reconcile/own-clause.ts changeOf):
  // its word right after it ("6개월 가량 앞당겨졌다", "3년 전", "이틀 뒤"). No word of the amounts
  // moved by ("17명 늘어"): read as changes, they moved the fit (LOCO conflict F1 0.8729 → 0.8634)
  change: {
    by: /(?!)/u, verb: /(?!)/u, before: /(?!)/u, upDown: /(?!)/u, moved: /(?!)/u, points: /(?!)/u, after: /(?!)/u,
    offset: /^\s*(?:가량\s*|정도\s*|여\s*)?(?:앞당겨|늦춰|늦어|지연|연기|후(?:에|\s|$)|뒤(?:에|\s|$)|전(?:에|부터|\s|$)|일찍|빨리)/u,
  },
  // "평균", "전국", "전역": a whole area, not one place of it
  area: /평균|전국|전역/u,
  // whose a figure is (src/reconcile/holder.ts): the word before the possessive particle, its
  // measure's word closed by a topic or subject particle ("선사의 지난해 매출은 412억 원")
  holder: {
    before: [/(?<![\p{L}])(\p{L}{2,})의\s+(?:\p{L}+\s+){0,2}\p{L}+(?:은|는|이|가)\s*(?:(?:약|총|모두)\s*)?$/u],
    quiet: /^(?:이|그|저|이번|지난|올해|지난해|작년|당시)$/u,
  },
  // "목표는 38만 명", "정원 921명", "921명을 태울 수 있다": a goal (an amount asked for too: "480만 달러 지원을 요청"), a capacity (judge.ts roleOf), neither an amount reached
  role: {
    aim: { before: /(?:목표|제한|한도|상한|배급)[^、。，,；;：:！!？?（）()\n]{0,12}$/u, after: /^[^、。，,；;：:！!？?（）()\n]{0,12}(?:요청|호소|촉구)/u },
    capacity: { before: /(?:용량|수용|능력|정원)[^、。，,；;：:！!？?（）()\n]{0,12}$/u, after: /^[^、。，,；;：:！!？?（）()\n]{0,24}?(?:실을|태울|수용할|저장할|처리할|담을)\s*수\s*있/u },
  },
  // "2만 유로씩": an amount for each one, set apart from totals (the English `perUnit`)
  perUnit: /^\s*씩/u,
  // "1인당 50리터", "배급량 25리터": an amount for each one, said before it (the English `perUnitBefore`)
  perUnitBefore: /(?:1인당|한 사람당|가구당|배급)[^、。，,；;：:！!？?（）()\n]{0,12}$/u,
  // who a figure is credited to: src/extract/credits.ts finds it ("소방청에 따르면", "경찰에 의하면"),
  // src/reconcile/origins.ts keys it
  credit: {
    generic: new Set<string>(),
    vague: /^(?:관계자|소식통|당국|외신|언론)들?$/,
    article: /^(?!)/,
    reader: {
      before: /(?!)/,
      said: /^(?!)/,
      noun: /^(?!)/,
      not: /^(?:이|그|저|이는|이에|그에)$/u,
      glued: [/(?<![^\s"“'‘(,])([^\s"“”'‘’(),.·]{2,20}?)(?:에\s?따르면|에\s?의하면)/u],
    },
  },
};
