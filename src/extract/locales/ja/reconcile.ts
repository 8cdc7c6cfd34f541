/**
 * Japanese cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
export const ja = {
  // "当初の見積もり", "以前の発表", "前回の"
  earlier: /(?:以前|前回|従来|先の)/u,
  // (nothing after the figure dates it earlier but what says it was replaced: `replaced`)
  earlierAfter: /(?!)/u,
  // the report's own figure replaced it: "当初の見積もり", "最初は"; right after it "9人から増え" (from
  // 9), "とされていた" (had been put at), "予定だった" (had been due)
  replaced: {
    before: /(?:当初|もともと|元々|最初は|はじめは)/u,
    after: /^\s*(?:から(?:増|減|上方|下方)|とされていた|[^、。]{0,12}?(?:予定|はず)だった)/u,
  },
  running: /(?:これまでに|これまで|現在までに|累計|合計|総計)/u,
  // what a figure measures, by word (a run of characters contains it: no spaces between words)
  cues: [
    [/(?:全長|長さ|延長)/u, "#length"],
    // a radius around a point ("within a 5 km radius"): a distance from it, never a length
    [/(?:半径|圏内)/u, "#distance"],
    [/(?:幅)/u, "#width"],
    [/(?:高さ)/u, "#height"],
    [/(?:深さ|水深)/u, "#depth"],
    [/(?:面積)/u, "#area"],
    [/(?:費用|建設費|総工費|事業費|予算|投資)/u, "#cost"],
    [/(?:容量|貯水量)/u, "#capacity"],
    [/(?:死亡|死者|犠牲|亡くな)/u, "#casualty"],
    [/(?:負傷|けが|重傷|軽傷)/u, "#injured"],
    // "158人不明" (a headline's), "158人の行方が分からなくなっている": whereabouts unknown
    [/(?:行方|不明)/u, "#missing"],
    [/(?:避難)/u, "#displaced"],
    [/(?:開通|完成|竣工|開業|稼働)/u, "#complete"],
    [/(?:着工|開始)/u, "#start"],
    [/(?:署名|協定|条約|合意)/u, "#agree"],
  ] as Array<[RegExp, string]>,
  asOf: /(?:時点|現在)/u,
  // "入院中": in hospital
  status: /入院/u,
  // "今も待機", "依然として停電", "避難所に": a level
  level: /(?:平均|渋滞|行列|待ち列|現在も|今も|いまだ|未だ|依然|まだ|残って|残る|待機|足止め|避難所|停電|断水)/u,
  progress: /鎮圧|封じ込め|制圧|完了|完成|進捗|復旧|開票|接種/u,
  // words that make the figure replace an earlier one ("revised", "final figures": verdict.ts Judged.revises)
  revision: /上方修正|重複|下方修正|修正|訂正|確定値|確報|改定/u,
  // "速報値", "暫定", "概算", "当面"
  provisional: /速報|暫定|概算|当面|中間集計|一部開票/u,
  // "女性が101人", "男性が55人": a toll broken down by sex, a gradient; "20代が104人": by age bracket
  clauseCues: [
    // a level of water (a river's, a flood's, a tide's): it rises and falls, unlike a size (verdict.ts)
    [/(?:水位|潮位)/u, "#level"],
    [/女性|女子/u, "#female"],
    [/男性|男子/u, "#male"],
    [/傾斜|勾配/u, "#slope"],
    // "死傷者300人": the dead and the injured together
    [/死傷/u, "#hurt"],
  ] as Array<[RegExp, string]>,
  bracket: /\d+\s*代(?:が|は|の)?\s*$/u,
  // "うち8000人": a part of the whole stated before
  // "全長", "総工費", "合計": the whole; "第1期", "区間", "本体", "除く": a part of it (the English
  // `scope`). "Xを含め": X is what the figure after it holds, so no "including" word makes a part
  // (nor a whole: "40人を含め" is the part it names)
  scope: {
    whole: /全長|総延長|総額|総工費|総事業費|合計|総計|全体|全部で/u,
    part: /第1期|第一期|第1段階|第一段階|区間|本体|単独|除く|除いた/u,
    excluding: /^(?:本体|単独|除く|除いた)$/u,
    phase: /期|段階/u,
    including: /(?!)/u,
  },
  part: { before: /(?:うち|このうち|そのうち)[、,]?\s*$/u },
  // "市の30%": the whole a share is taken of, before the possessive particle
  whole: { before: /の\s*$/u },
  // "7月1日までに", "2025年以前": the latest a thing is to happen by (the word after the date)
  deadline: { after: /^\s*(?:までに|まで|以前|より前)/u },
  // "2021年以来最悪", "以来初めて": 比較の基準
  baseline: { after: /^\s*(?:以来|以降)(?:の|で)?\s*(?:最|初|過去最)/u },
  window: { after: /^\s*(?:以内|の間に|のうちに)/u },
  // "過去7日間", "直近1週間", "7日間平均": 移動する期間
  rolling: {
    before: /(?:(?:過去|直近|最近)(?:\d+|一|二|三|七|十四|三十)?(?:日間|週間|か月|カ月|ヶ月|時間)|(?:\d+|七)日間?(?:平均|移動平均))[^\d。；！？]{0,15}$/u,
    after: /^[^\d。；！？]{0,10}?(?:(?:過去|直近|最近)(?:\d+|一|二|三|七|十四|三十)?(?:日間|週間|か月|カ月|ヶ月|時間)|(?:\d+|七)日間?(?:平均|移動平均))/u,
  },
  // "封鎖は[12日]目", "出口調査では…[41%]"
  ongoing: { after: /^\s*目/u },
  poll: /(?:出口調査|世論調査)[^；\d]{0,40}$/u,
  // "決選投票まであと[2週間]", "残り[3週間]": 残りの時間
  countdown: { before: /(?:あと|残り)$/u },
  // "40票が二重に計上", "重複登録": 集計から除かれた重複
  duplicate: { after: /^[^。；;\d]{0,15}?(?:二重(?:に)?(?:計上|集計|登録|カウント|数え)|重複(?:して)?(?:計上|集計|登録|カウント))/u },
  direction: /片側|片道/u,
  // "比べ", "下回", "ではなく": a figure set against another
  contrast: { near: /比べ|比較して|下回|上回|ではなく|反論|否定/u, before: /(?:比べ|比較して|ではなく)\s*$/u },
  // "増え", "累計", "これまでに", "修正": a figure that moves
  // a stretch of time that places a moment, not a length (src/reconcile/own-clause.ts changeOf):
  // its word right after it ("3年後", "2日前", "半年前倒し"). No word of the amounts moved by
  // ("1人増えて"), as in Korean
  change: {
    by: /(?!)/u, verb: /(?!)/u, before: /(?!)/u, upDown: /(?!)/u, moved: /(?!)/u, points: /(?!)/u, after: /(?!)/u,
    offset: /^\s*(?:後|前(?!後)|ぶり|早く|遅れ|前倒し)/u,
  },
  moving: /増え|増加|累計|これまでに|現在まで|修正|更新|最新|新たに/u,
  // "平均", "全国", "全域": a whole area, not one place of it
  area: /平均|全国|全域|全県|県全体|国全体/u,
  // "目標は38万人", "定員は921人", "921人を乗せることができる": a goal (an amount asked for too: "480万ドルの支援を要請"), a capacity (judge.ts roleOf), neither an amount reached
  role: {
    aim: { before: /(?:目標|目指|上限|制限|配給)[^、。，,；;：:！!？?（）()\n]{0,12}$/u, after: /^[^、。，,；;：:！!？?（）()\n]{0,12}(?:要請|要求|求め)/u },
    capacity: { before: /(?:容量|能力|収容|定員)[^、。，,；;：:！!？?（）()\n]{0,12}$/u, after: /^[^、。，,；;：:！!？?（）()\n]{0,16}?(?:乗せ|載せ|積め|積載|収容|運べ)(?:ることができ|られ|でき)/u },
  },
  // "2万ユーロずつ": an amount for each one, set apart from totals (the English `perUnit`)
  perUnit: /^\s*ずつ/u,
  // "1人あたり50リットル", "配給は25リットル": an amount for each one, said before it (the English `perUnitBefore`)
  perUnitBefore: /(?:(?:1|一)人(?:あたり|当たり)|1世帯(?:あたり|当たり)|配給)[^、。，,；;：:！!？?（）()\n]{0,12}$/u,
  // who a figure is credited to: src/extract/credits.ts finds it ("消防庁によると", "警察の発表では"),
  // src/reconcile/origins.ts keys it
  credit: {
    generic: new Set<string>(),
    vague: /^(関係者|当局|複数の関係者|メディア)$/,
    article: /^(?!)/,
    reader: {
      before: /(?!)/,
      said: /^(?!)/,
      noun: /^(?!)/,
      not: /^(?:これ|それ|同|関係者)$/u,
      glued: [/([\p{Script=Han}\p{Script=Katakana}ー・\p{Lu}]{2,12})(?:によると|によれば|の発表では|の発表によると|の調べでは)/u],
    },
  },
};
