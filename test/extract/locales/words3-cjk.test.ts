/**
 * Parts of a year in Chinese and Korean: a quarter, the first quarters, a half. Sentences written
 * for these tests. REF is 15 March 2024: a part with no year is the latest begun by then.
 */
import { test } from "node:test";
import { expectFigure, expectNone } from "./util.js";

test("a quarter and a half in Chinese and Korean", () => {
  expectFigure("zh", "2023年第三季度出口下降。", { text: "2023年第三季度", kind: "date", date: ["2023-07-01", "2023-09-30"] });
  expectFigure("zh", "三季度出口下降。", { text: "三季度", kind: "date", date: ["2023-07-01", "2023-09-30"] });
  expectFigure("zh", "去年前三季度利润增长。", { text: "去年前三季度", kind: "date", date: ["2023-01-01", "2023-09-30"] });
  expectFigure("zh", "今年上半年出口增长。", { text: "今年上半年", kind: "date", date: ["2024-01-01", "2024-06-30"] });
  expectFigure("zh", "下半年产量下降。", { text: "下半年", kind: "date", date: ["2023-07-01", "2023-12-31"] });
  expectFigure("ko", "2023년 3분기 수출이 줄었다.", { text: "2023년 3분기", kind: "date", date: ["2023-07-01", "2023-09-30"] });
  expectFigure("ko", "올해 1분기 매출이 늘었다.", { text: "올해 1분기", kind: "date", date: ["2024-01-01", "2024-03-31"] });
  expectFigure("ko", "상반기 수출이 늘었다.", { text: "상반기", kind: "date", date: ["2024-01-01", "2024-06-30"] });
  expectFigure("ko", "작년 하반기 생산이 줄었다.", { text: "작년 하반기", kind: "date", date: ["2023-07-01", "2023-12-31"] });
  // every quarter, a junction: no part of a year
  expectNone("zh", "公司每季度发布报告。", "季度");
  expectNone("ko", "이 도로의 분기점은 멀다.", "분기점");
});
