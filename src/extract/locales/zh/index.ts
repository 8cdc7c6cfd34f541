/** Chinese (simplified and traditional): counters, 万/亿 scales, qualifiers, currencies (ICU has no such words). */
import { defineLocale } from "../../common/vocab.js";
import { generated } from "./vocab.generated.js";

export const vocab = defineLocale(generated, {
  code: "zh",
  family: "cjk",
  cjkNumerals: true,
  drop: ["日", "天", "年", "l", "g", "m"],
  // the grammar words around a number (common/cjk.ts): "5个百分点", "3至5", "300多人", "2022年10月29日至31日", "年底", "三年前", "三分之二"
  cjk: {
    percent: "个百分点|個百分點|百分点", range: "至", lower: "多|余|餘",
    // "从3000人到5000人": a range after "从" only ("增加6人到122人" is by six to 122), not before a change ("从12亿元到19亿元增长")
    from: { word: "到", before: "从|從", change: "(?:增|减|減|升|降|涨|漲|跌|提高|降低|扩大|擴大|缩|縮)" },
    year: "年", month: "月", day: "日", notDay: "間|间", through: "至", end: "末|底",
    speed: "每秒|秒速",
    // "8月3日以来": since, so not after the report
    since: "以来",
    // a weekday in a sentence with these is the next
    future: "将|預計|预计|计划|計劃|下周|下週",
    // "今年前9个月", "2024年1～9月": the year's first nine months
    firstMonths: "前(?<n>\\d{1,2}|[一二三四五六七八九十]{1,2})\\s*(?:个|個)月", monthRange: true,
    ago: { word: "前", spans: { 年: 365.25, 个月: 30.44, 個月: 30.44, 周: 7, 日: 1, 天: 1 } },
    fraction: "分之", times: "倍",
    // "增长了两倍", "增加两倍": grown by two times, three times the start ("增长到两倍", "是…的两倍": two)
    timesBy: "(?:增长|增長|增加|提高|上升|上涨|上漲|扩大|擴大|增)了?",
    // "第三季度", "三季度", "前三季度", "上半年": calendar quarters and halves
    periods: { quarter: "第?(?<q>[1-4一二三四])\\s*季度", first: "前(?<fq>[23二三])(?:个|個)?季度", halves: { "上半年": 1, "下半年": 2 }, not: "每第前" },
    // "一辆卡车", "一座桥": a truck, a bridge
    article: "一",
  },
  scales: { 千: 1e3, "万|萬": 1e4, "亿|億": 1e8, "万亿|萬億": 1e12, "百万|百萬": 1e6, "千万|千萬": 1e7 },
  currencies: {
    "美元": "USD", "卢布|盧布": "RUB", "欧元|歐元": "EUR", "日元|日圓": "JPY", "韩元|韓元|韩圆": "KRW", "元|人民币|人民幣|块": "CNY",
    "英镑|英鎊": "GBP", "格里夫纳": "UAH",
  },
  // "20美分", "30欧分": a hundredth of a dollar, of a euro (not "分" alone: minutes, points)
  subunits: { "美分": "USD", "欧分|歐分": "EUR" },
  units: {
    "公里|千米|㎞": "km", "米|公尺": "m", "厘米|公分": "cm", "毫米": "mm", "公斤|千克|㎏": "kg", "吨|噸|公吨": "t", "平方公里|平方千米": "km2",
    "平方米|平方公尺": "m2", "立方米": "m3", "公顷|公頃": "ha", "km(?![A-Za-z])": "km", "m(?![A-Za-z])": "m",
  },
  spans: {
    "天|日間": 1, "周|週|星期": 7, "个月|個月|月之久": 30.44, "年(?![前后後底初末])": 365.25, "小时|小時": 1 / 24, "分钟|分鐘|分": 1 / 1440,
    "岁|歲": 365.25,
  },
  counters: {
    "人次": "person", "人|名|位|死|伤|傷": "person", 艘: "ship", 次: "time", "辆|輛": "vehicle", 架: "aircraft", "个国家|個國家|国|國": "country",
    "个|個": "item", 座: "building", 所: "building", 家: "company", 起: "case", "条|條": "item", 件: "case", 台: "unit", 枚: "item",
    "车道|車道": "lane", "轨道|軌道": "track", 节: "wagon", 例: "case", "户|戶": "household", "列": "train", "栋|棟": "building",
  },
  before: { "约|約|近|大约|大約|将近|將近": "approx", "超过|超過|逾|至少|多达|多達": "lower", "不到|不足|最多|最高": "upper" },
  after: { "以上|多": "lower", "以下|以内|以內|不到": "upper", "左右|上下": "approx" },
  years: { "去年": -1, "今年": 0, "明年": 1, "前年": -2 },
  days: { "今天|今日": 0, "昨天|昨日": -1, "明天|明日": 1 },
  // "次日", "第二天" (after "7月17日"): the day after the day just stated
  steps: { "次日|翌日|第二天|隔天": ["day", 1], "前一天|前一日": ["day", -1] },
  // "7.1级地震", "里氏6.9级", "震级为7.1" ("6级大风" is a wind's level: "级" alone only with an earthquake near)
  magnitude: {
    before: "(?:里氏|芮氏|矩)?震[级級](?:为|為|达|達)?|里氏|芮氏", after: "\\s*[级級](?=\\s*(?:地震|强震|強震|余震|餘震|浅源|淺源|深源))",
    weak: { after: "\\s*[级級]" }, quake: "地震|余震|餘震|震源|震中|海啸|海嘯",
  },
});
