/**
 * A date right after a locale's deadline words ("до", "bis", "d'ici", "entro", "até") or right
 * before them ("까지", "前", "までに") is an upper bound on when; the end of a from-to pair is not.
 * Sentences written for these tests.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../../src/extract/index.js";
import { rng } from "../../rng.js";
import { expectFigure } from "./util.js";

test("a date by a deadline word is an upper bound, in every locale that has one", () => {
  expectFigure("uk", "Ремонт мають завершити до 1 липня 2025 року.", { text: "1 липня 2025 року", kind: "date", qualifier: "upper" });
  expectFigure("ru", "Работы закончат не позднее 20 мая.", { text: "20 мая", kind: "date", qualifier: "upper" });
  expectFigure("de", "Die Brücke soll bis Ende 2025 fertig sein.", { text: "Ende 2025", kind: "date", qualifier: "upper" });
  expectFigure("fr", "Le chantier doit finir d'ici 2026.", { text: "2026", kind: "date", qualifier: "upper" });
  expectFigure("es", "La obra estará lista antes de 2027.", { text: "2027", kind: "date", qualifier: "upper" });
  expectFigure("it", "I lavori finiranno entro il 2026.", { text: "2026", kind: "date", qualifier: "upper" });
  expectFigure("pt", "A ponte abre até 2026.", { text: "2026", kind: "date", qualifier: "upper" });
  expectFigure("ko", "공사는 올해 말까지 끝난다.", { text: "올해 말", kind: "date", qualifier: "upper" });
  expectFigure("zh", "大桥将在2025年10月前完工。", { text: "2025年10月", kind: "date", qualifier: "upper" });
  expectFigure("ja", "工事は2025年10月までに終わる。", { text: "2025年10月", kind: "date", qualifier: "upper" });
});

test("a date with no deadline word, or the end of a from-to pair, is no bound", () => {
  expectFigure("uk", "Міст відкрили 5 травня 2018 року.", { text: "5 травня 2018 року", kind: "date", qualifier: null });
  expectFigure("de", "Gebaut wurde von 2016 bis 2018.", { text: "2018", kind: "date", qualifier: null });
  expectFigure("ko", "2016년부터 2018년까지 공사가 이어졌다.", { text: "2018년", kind: "date", qualifier: null });
  // two deadlines in one sentence, a clause apart: both bounds
  expectFigure("uk", "Один бік відкриють до 1 вересня, а інший – до 1 листопада.", { text: "1 листопада", kind: "date", qualifier: "upper" });
});

test("deadline words at the edges: no throw, offsets inside", () => {
  const pieces: Record<string, string[]> = {
    uk: ["до", "з", "1 липня", "2025 року", ",", " ", "не пізніше"],
    de: ["bis", "spätestens", "zum", "1. Juli", "Ende 2025", "von", " "],
    ko: ["까지", "부터", "2025년", "말", "10월 1일", " "],
    zh: ["前", "之前", "2025年", "10月8日", "，"],
    ja: ["までに", "まで", "2025年", "10月", "、"],
  };
  const r = rng(20261207);
  for (const [lang, ps] of Object.entries(pieces)) {
    for (let i = 0; i < 150; i++) {
      let text = "";
      for (let n = Math.floor(r() * 10); n > 0; n--) text += ps[Math.floor(r() * ps.length)] + (r() < 0.5 ? " " : "");
      for (const m of extract(text, { language: lang, published: "2024-03-15", source: "t" })) {
        assert.ok(0 <= m.start && m.start < m.end && m.end <= text.length, `${lang} ${JSON.stringify(text)}: ${m.start}-${m.end}`);
        assert.equal(text.slice(m.start, m.end), m.text);
      }
    }
  }
});
