/** Korean: counters, 만/억/조 scales, qualifiers glued or after the figure, currencies (ICU has no such words). */
import { defineLocale } from "../../common/vocab.js";
import { generated } from "./vocab.generated.js";

export const vocab = defineLocale(generated, {
  code: "ko",
  family: "cjk",
  // "일" alone is a day of the month (a date); "l" is too short after a number
  drop: ["일", "l", "주", "g", "m"],
  // the grammar words around a number (common/cjk.ts): "50퍼센트", "3내지 5", "300여 명", "2022년 10월 29일", "올해 말", "3년 전", "3분의 2"
  cjk: {
    percent: "퍼센트|프로", range: "내지", lower: "여",
    // "3000명 내지 5000명", "3000명에서 5000명", as "3000명~5000명": a range whose first end has its counter,
    // but for a change's start and end ("1조 원에서 2조 원으로 늘었다": "으로", "로" and a verb of change after)
    from: {
      word: "내지|에서",
      change: "(?:으로|로)\\s?(?:늘|줄|증가|감소|확대|축소|상승|하락|올|내|떨어|불어|급증|급감|바뀌|변경|인상|인하|낮|높|조정|수정|상향|하향|감축|성장|치솟|뛰)",
    },
    year: "년", month: "월", day: "일", notDay: "간|\\s?만(?:에|인|의)(?![가-힣])", notDayBefore: "박", end: "말",
    // "말했다", "말한": said, not a year's end; "3배로": a multiplier
    notEnd: "[하한할했씀]", times: "배",
    // "6.8m까지 올라갔다", "3.5%까지 올렸다": the level a change reaches
    level: "올라|올랐|올려|올렸|상승|늘어|늘었|늘려|늘렸|증가|인상|오르|오른|떨어|내려|내렸|낮춰|낮췄|낮아|감소|줄어|줄었|줄여|줄였|하락|치솟",
    speed: "초속",
    // "길이 2.4킬로" km, "무게 30킬로" kg, "시속 100킬로" km/h: "킬로" alone by its sentence's words; a direction or the sea ("남서쪽 약 3킬로 해상") says a distance
    kilo: {
      length: "길이|거리|떨어|구간|연장|주행|반경|폭|깊이|높이|상공|앞바다|해상|해역|남서쪽|남동쪽|북서쪽|북동쪽|남쪽|북쪽|동쪽|서쪽|지점|도로|노선|다리|터널|국경",
      weight: "무게|중량|체중|짐|그램|쌀|고기|마약|필로폰|금괴|압수",
      speed: "시속",
    },
    // a weekday in a sentence with these is the next
    future: "예정|계획|방침|전망|다음 주",
    // "올해 첫 9개월", "1~9월": the year's first nine months
    firstMonths: "첫\\s?(?<n>\\d{1,2})\\s?개월", monthRange: true,
    ago: { word: "전", spans: { 년: 365.25, 개월: 30.44, 달: 30.44, 주: 7, 일: 1 } },
    fraction: "분의",
    // "3분기", "제3분기", "상반기": quarters and halves ("분기점" is a junction, "분기별" quarterly)
    periods: { quarter: "제?(?<q>[1-4])\\s*분기(?!점|별)", halves: { "상반기": 1, "하반기": 2 } },
  },
  // "사흘 동안", "이틀 만에": two, three… days in one word (not "사흘 전", a date; "하루 평균", a rate)
  dayWords: {
    words: { 하루: 1, 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 엿새: 6, 이레: 7, 열흘: 10 },
    after: "동안|만에|간(?![가-힣])|째|사이|새|가량|넘게|에 걸쳐",
  },
  scales: { 천: 1e3, 만: 1e4, 억: 1e8, 조: 1e12, "천만": 1e7, "백만": 1e6 },
  currencies: { 원: "KRW", 달러: "USD", 루블: "RUB", 유로: "EUR", 엔: "JPY", 위안: "CNY", 파운드: "GBP", 흐리우냐: "UAH" },
  // "30센트": a hundredth of a dollar (not "전", as often "before": "3일 전")
  subunits: { 센트: "USD" },
  // "킬로" alone is km or kg by its sentence (cjk.kilo), not the start of another unit ("킬로와트", "킬로리터", "킬로톤")
  units: { "㎞|킬로미터": "km", "킬로(?!미터|그램|와트|리터|칼로리|바이트|볼트|톤|헤르츠)": "kilo", "m(?![A-Za-z])|미터": "m", "㎝": "cm", "㎜": "mm", "㎏": "kg", "톤": "t", "㎡|제곱미터": "m2", "㎢|제곱킬로미터": "km2", "㎥|세제곱미터": "m3", "㏊|헥타르": "ha" },
  // "53일 만에", "53일 만인": days until a thing was done, a span as "이틀 만에" is
  // "2주 동안", "2주 만에", "2주 뒤": weeks ("주" alone is dropped: a state, a share, a stock; "$" lets a word read alone match)
  spans: { "일간|일 동안|일동안|일(?=$|\\s?만(?:에|인|의)(?![가-힣]))|일(?:(?<=박\\s?\\d{1,2}일)|$)": 1, "주간|주일|주(?=$|\\s?(?:동안|만에|째|뒤|후|사이|이내|안에|내에|연속|새|만(?![가-힣]))(?![가-힣]))": 7, "개월|달": 30.44, "년간|년 동안|년": 365.25, "시간": 1 / 24, "분": 1 / 1440, "세|살": 365.25 },
  counters: {
    명: "person", 개국: "country", 개: "item", 대: "vehicle", 척: "ship", 량: "wagon", 건: "case", 곳: "place", 채: "building", 마리: "animal",
    가구: "household", 발: "round", 기: "unit", 차례: "time", 회: "time", "편(?!성)": "flight", 편성: "train", 정: "gun",
  },
  // "최소 47명" (at least), "최대 300명" (at most)
  before: { "약|대략|무려": "approx", "최소|적어도|최소한": "lower", "최대": "upper" },
  after: { "이상|넘게|넘는|남짓": "lower", "이하|미만|까지": "upper", "가량|정도|쯤|께|안팎|내외": "approx" },
  years: { "작년|지난해|전년": -1, "올해|금년|올(?![가-힣])": 0, "내년|다음해": 1 },
  days: { 오늘: 0, 어제: -1, 내일: 1, 그제: -2 },
  // "다음날", "전날" (after "14일"): the day after or before the day just stated; "전날인 30일" is that date
  steps: { "다음\\s?날(?!인)|이튿날|익일": ["day", 1], "전날(?!인)": ["day", -1] },
  // "규모 7.1의 지진", "리히터 규모 6.9" (not "대규모", nor "475명 규모의", nor "규모 5천명": a body's size)
  magnitude: {
    before: "(?<![가-힣])(?:리히터\\s*)?규모(?:는|가)?", quake: "지진|여진|진앙|진원|쓰나미|해일",
    notAfter: "\\s*(?:[천만억조명개척대곳건채원]|달러)",
  },
});
