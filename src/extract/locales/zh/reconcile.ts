/**
 * Chinese cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
export const zh = {
  // "最初估计", "此前报道", "原计划", "较前一日的53人"
  earlier: /(?:此前|先前|早前|之前|较前|較前|前一日)/u,
  earlierAfter: /^\s*(?:此前|之前)/u,
  // the report's own figure replaced it: "最初估计", "原计划", "原定"; right after it "30人增至41人" (from 30)
  replaced: {
    before: /(?:原定|本应|本應|最初|起初|原本|原先|原计划|原計劃)/u,
    after: /^\s*(?:最初|起初|增至|增加至|升至|上升至|上调至|上調至|下调至|下調至|减至|減至|降至|修正为|修正為|调整为|調整為)/u,
  },
  running: /(?:迄今|至今|到目前为止|到目前為止|累计|累計|共计|共計|总计|總計)/u,
  // what a figure measures, by word (a run of characters contains it: no spaces between words)
  cues: [
    [/(?:长度|全长|总长|长约|长达)/u, "#length"],
    // a radius around a point ("within a 5 km radius"): a distance from it, never a length
    [/(?:半径|半徑)/u, "#distance"],
    [/(?:宽度|宽约|宽)/u, "#width"],
    [/(?:高度|高约|高达)/u, "#height"],
    [/(?:深度|水深)/u, "#depth"],
    [/(?:面积)/u, "#area"],
    [/(?:造价|成本|费用|投资|耗资|预算|花费|造價|費用|投資)/u, "#cost"],
    [/(?:容量|库容|運力|运力|产能)/u, "#capacity"],
    [/(?:死亡|遇难|罹难|丧生|身亡|死者|遇難|罹難|喪生)/u, "#casualty"],
    [/(?:受伤|伤者|重伤|轻伤|受傷|傷者|重傷|輕傷)/u, "#injured"],
    [/(?:失踪|失蹤)/u, "#missing"],
    [/(?:疏散|撤离|流离失所|撤離)/u, "#displaced"],
    [/(?:通车|竣工|建成|开通|投入使用|投产|落成|启用|通車|開通)/u, "#complete"],
    [/(?:开工|动工|開工|動工)/u, "#start"],
    [/(?:签署|签订|协议|条约|簽署|協議|條約)/u, "#agree"],
  ] as Array<[RegExp, string]>,
  asOf: /(?:截至|截止)/u,
  // "11人仍在住院治疗": still in hospital
  status: /住院/u,
  // "仍有40艘船在等待", "仍然停电", "在安置点": a level
  level: /(?:平均|排队|排隊|拥堵|擁堵|长龙|長龍|仍然|仍有|仍在|依然|尚有|还有|還有|滞留|滯留|等待|等候|目前|安置点|安置點|避难所|避難所|停电|停電|停水)/u,
  // "每人50升", "人均用水80升", "配给25升": an amount for each one, said before it (the English `perUnitBefore`)
  perUnitBefore: /(?:每人|每户|人均|配给|配給)[^、。，,；;：:！!？?（）()\n]{0,12}$/u,
  progress: /控制|完成|竣工|进度|進度|恢复|恢復|修复|修復|计票|計票|接种|接種/u,
  // words that make the figure replace an earlier one ("revised", "final figures": verdict.ts Judged.revises)
  revision: /修正|重复|重複|修订|修訂|更正|订正|訂正|最终数据|最終數據|最终结果|最終結果|最终统计|最終統計/u,
  // "初步统计", "暂定", "暂时", "目前暂"
  provisional: /初步|暂定|暫定|暂时|暫時|临时统计|臨時統計|部分结果|部分結果/u,
  // "100名女性", "55名男性": a toll broken down by sex, a gradient; "20多歲有103人": by age bracket
  clauseCues: [
    // a level of water (a river's, a flood's, a tide's): it rises and falls, unlike a size (verdict.ts)
    [/(?:水位|潮位)/u, "#level"],
    [/女性|女子/u, "#female"],
    [/男性|男子/u, "#male"],
    [/坡度|斜坡|傾斜|倾斜/u, "#slope"],
    // "伤亡300人", "死伤": the dead and the injured together
    [/伤亡|傷亡|死伤|死傷/u, "#hurt"],
  ] as Array<[RegExp, string]>,
  bracket: /\d+\s*多?[歲岁](?:的|有)?\s*$/u,
  // "其中8000人": a part of the whole stated before
  part: { before: /其中\s*$/u },
  // "城市的30%": the whole a share is taken of, before the possessive particle
  whole: { before: /的\s*$/u },
  // "10月8日前", "2025年之前": the latest a thing is to happen by (the word after the date)
  deadline: { after: /^\s*(?:之前|以前|前)/u },
  // "2021年以来最严重", "以来首次": 比较的基准
  baseline: { after: /^\s*(?:以来|以來)(?:的)?\s*(?:最|首次|首度|新高|新低)/u },
  // "24小时内": the window of another amount
  window: { after: /^\s*(?:之内|以内|内|內|之內|以內)/u },
  // "过去7天", "近一周", "7日平均": 滚动窗口
  rolling: {
    before: /(?:(?:过去|最近|近)(?:\d+|一|两|三|七|十四|三十|几)?(?:天|日|周|週|星期|个月|小时)|(?:\d+|七)日(?:平均|均值))[^\d。；！？]{0,15}$/u,
    after: /^[^\d。；！？]{0,10}?(?:(?:过去|最近|近)(?:\d+|一|两|三|七|十四|三十|几)?(?:天|日|周|週|星期|个月|小时)|(?:\d+|七)日(?:平均|均值))/u,
  },
  // "没有候选人获得超过[50%]": 被否定的界限
  negatedBound: /没有[^，。；！？\d]{0,12}(?:超过|多于|逾|高于)$/u,
  // "封锁已持续[12天]": 仍在进行的事件已持续多久
  ongoing: { before: /已(?:经)?(?:持续|延续|进行)(?:了)?$/u },
  // "出口民调显示…[41%]"
  poll: /(?:出口民调|民调|民意调查)[^；\d]{0,40}$/u,
  // "还有[两周]", "距第二轮投票还有[14天]": 剩下的时间
  countdown: { before: /(?:还有|还剩|尚有)$/u },
  // "40张选票被重复统计", "重复登记": 从统计中剔除的重复
  duplicate: { after: /^[^。；;\d]{0,15}?(?:重复|重複)(?:计算|统计|登记|计入|录入)/u },
  direction: /单向|單向|每个方向|每個方向/u,
  // "相比", "低于", "而非": a figure set against another
  contrast: { near: /相比|比起|相较|相較|低于|高于|低於|高於|而非|而不是|反驳|反駁|否认|否認|不早于|不晚于|不早於|不晚於/u, before: /(?:低于|高于|低於|高於|不早于|不晚于|不早於|不晚於|而非)\s*$/u },
  // "增至", "累计", "最新": a figure that moves
  // a stretch of time that places a moment, not a length (src/reconcile/own-clause.ts changeOf):
  // its word right after it ("一年后", "三天前") or before it ("提前一年通车", "推迟两个月"). No
  // word of the amounts moved by ("增加6人"), as in Korean
  change: {
    by: /(?!)/u, verb: /(?!)/u, before: /(?!)/u, upDown: /(?!)/u, moved: /(?!)/u, points: /(?!)/u, after: /(?!)/u,
    offset: /^\s*(?:后|後|前|以来|以來|之后|之後|之前|以后|以後)/u,
    offsetBefore: /(?:提前了?|推迟了?|推遲了?|延迟了?|延遲了?|延期了?)\s*$/u,
  },
  moving: /增至|升至|上升至|累计|累計|截至目前|至今|修正|更新|最新|上调|下调|上調|下調|再添|新增/u,
  // "平均", "全国", "全省": a whole area, not one place of it
  area: /平均|全国|全國|全省|全市|全境/u,
  // "目标是38万人", "可容纳921人": a goal (an amount asked for too: "呼吁居民每天用水不超过50升"), a capacity (judge.ts roleOf), neither an amount reached
  role: {
    aim: { before: /(?:目标|目標|配给|配給|呼吁|请求|申请|要求|上限|限额|限制)[^、。，,；;：:！!？?（）()\n]{0,12}$/u },
    capacity: { before: /(?:容量|产能|能力|可容纳|可搭载|可载|载客量|定员|床位)[^、。，,；;：:！!？?（）()\n]{0,12}$/u },
  },
  // who a figure is credited to: src/extract/credits.ts finds it ("据新华社报道", "根据应急管理部的统计"),
  // src/reconcile/origins.ts keys it
  credit: {
    generic: new Set<string>(),
    vague: /^(消息人士|知情人士|媒体|外媒|官方|当局)$/,
    article: /^(?!)/,
    reader: {
      before: /(?!)/,
      said: /^(?!)/,
      noun: /^(?!)/,
      not: /^(?:了解|悉|报道|统计|消息|称|介绍)$/u,
      glued: [
        /(?<![\p{Script=Han}])(?:据|根据|援引)([\p{Script=Han}\p{Lu}·]{2,12}?)(?:的)?(?:报道|统计|消息|称|介绍|通报|数据|发布|公布|披露|表示|官员|发言人)/u,
      ],
    },
  },
};
