/** Japanese: counters, 万/億 scales, qualifiers, currencies (ICU has no such words). */
import { defineLocale } from "../../common/vocab.js";
import { generated } from "./vocab.generated.js";

export const vocab = defineLocale(generated, {
  code: "ja",
  family: "cjk",
  cjkNumerals: true,
  drop: ["日", "年", "分", "l", "g", "m"],
  // the grammar words around a number (common/cjk.ts): "50パーセント", "3至5", "100余人", "十数人", "7月17日", "年末", "2か月前"
  cjk: {
    percent: "パーセント", range: "至", lower: "余|餘", approx: "数|數",
    year: "年", month: "月", day: "日", notDay: "間", notDayBefore: "泊", through: "至", end: "末",
    // "3分の1": a share; "3倍": a multiplier
    fraction: "分の", times: "倍",
    speed: "秒速",
    // "全長2.4キロ", "30キロ離れた" km, "重さ30キロ" kg, "時速100キロ" km/h: "キロ" alone by its sentence's words; a direction or the sea ("南西約3キロの海上") says a distance
    kilo: {
      length: "全長|長さ|距離|離れ|先|沖|海上|海域|南西|南東|北西|北東|北方|南方|東方|西方|区間|延長|走行|圏|幅|地点|歩|移動|渋滞|範囲|深さ|高さ|上空|線|道|路|橋|トンネル|パイプライン|国境",
      weight: "重さ|重量|体重|荷物|グラム|減量|増量|米|肉|野菜|魚|収穫|出荷|爆薬|麻薬|覚醒剤|金塊|押収",
      speed: "時速",
    },
    // "8月3日以来": since, so not after the report
    since: "以来",
    // "5000人から7000人", "10から15%": a range; "1.2兆円から1.9兆円に膨らんだ": a change, two figures
    from: { word: "から", change: "(?:に|へ)\\s?(?:増|減|膨ら|縮|拡大|縮小|引き上げ|引き下げ|上昇|下落|低下|伸び|延び|落ち|下が|上が|削減|倍増|半減|回復|悪化|改善|上方修正|下方修正|変更|修正|拡充|短縮|延長)" },
    // a weekday in a sentence with these is the next
    future: "予定|見通し|見込み|方針|する計画|来週",
    // "今年1～9月", "2024年1-9月": January to September
    monthRange: true,
    ago: { word: "前", spans: { 年: 365.25, か月: 30.44, カ月: 30.44, ヶ月: 30.44, 週間: 7, 日: 1 } },
    // "2023年度", "今年度上半期", "2024年度第1四半期": a fiscal year from April, and its parts
    fiscal: {
      mark: "年度", start: 4, rel: { "今年度|本年度": 0, "昨年度|前年度": -1, "来年度": 1 },
      quarter: "第(?<q>[1-4１-４一二三四])四半期", halves: { "上半期|上期": 1, "下半期|下期": 2 },
    },
  },
  scales: { 千: 1e3, "万|萬": 1e4, "億": 1e8, "兆": 1e12 },
  currencies: { "円": "JPY", "ドル": "USD", "ルーブル": "RUB", "ユーロ": "EUR", "ウォン": "KRW", "元|人民元": "CNY", "ポンド": "GBP" },
  // "50銭", "30セント": a hundredth of a yen, of a dollar
  subunits: { "銭": "JPY", "セント": "USD" },
  // "キロ" alone is km or kg by its sentence (cjk.kilo); katakana after it makes another unit ("キロワット", "キロリットル")
  units: {
    "キロメートル|キロ(?=メ)|㎞": "km", "キロ(?![\\u30A0-\\u30FF])": "kilo", "メートル|ｍ": "m", "センチ(?:メートル)?": "cm", "ミリ(?:メートル)?": "mm", "キログラム|㎏": "kg", "トン": "t",
    "平方キロ(?:メートル)?": "km2", "平方メートル": "m2", "立方メートル|㎥": "m3", "ヘクタール|㏊": "ha", "km(?![A-Za-z])": "km", "m(?![A-Za-z])": "m",
  },
  spans: { "日間|日ぶり|日(?:(?<=泊\\d{1,2}日)|$)": 1, "週間": 7, "か月|カ月|ヶ月|ケ月|箇月": 30.44, "年間|年ぶり|年(?![前後末初度])": 365.25, "時間": 1 / 24, "分間|分": 1 / 1440, "歳|才": 365.25 },
  counters: {
    "人|名": "person", "カ国|か国|ヶ国|ケ国|箇国": "country", "隻": "ship", "台": "vehicle", "機": "aircraft", "件": "case", "棟": "building", "回": "time",
    "両": "wagon", "戸|世帯": "household", "編成": "train", "個": "item", "発": "round",
  },
  before: { "約|およそ|ほぼ": "approx", "少なくとも|最低": "lower", "最大|最高|最多": "upper" },
  after: { "以上|超|あまり|余り|余": "lower", "以下|未満|以内": "upper", "ほど|程度|前後|ごろ": "approx" },
  years: { "昨年|去年": -1, "今年": 0, "来年": 1 },
  days: { "今日|本日": 0, "昨日": -1, "明日": 1 },
  // "翌日", "前日" (after "29日"): the day after or before the day just stated
  steps: { "翌日": ["day", 1], "前日": ["day", -1] },
  // "マグニチュード7.1の地震", "M6.9" (the symbol: common/magnitude.ts); "震度6強" is an intensity, not read
  magnitude: { before: "マグニチュード(?:は|が)?", quake: "地震|余震|震源|津波" },
});
