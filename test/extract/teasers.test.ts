/**
 * The teasers of other stories at a page's foot (common/refiners/UnlikelySpanFilter.ts
 * teaserSpan): their figures are other stories', in every language. Texts written for these tests.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../src/extract/index.js";
import { headedSpan, teaserSpan } from "../../src/extract/common/refiners/UnlikelySpanFilter.js";

const texts = (text: string, language: string) => extract(text, { language, published: "2024-03-15", source: "t" }).map((m) => m.text);

const BODY = "The storm killed 42 people on Tuesday, officials said.\nRescuers reached 300 homes by the evening.";

test("teasers: the related links after an article are no figures of it", () => {
  const text = `${BODY}\n\n- Storm toll rises to 35 as rivers swell\n- 12 villages still cut off a year on\nThe Daily Example\n© Example Media`;
  const got = texts(text, "en");
  assert.ok(got.includes("42 people") && got.some((t) => t.startsWith("300")), got.join(" | "));
  assert.ok(!got.some((t) => /35|12 villages/.test(t)), got.join(" | "));
});

test("teasers: in any language, by the layout alone", () => {
  const text = "폭우로 17명이 숨졌다고 당국이 밝혔다.\n–\n- 폭우 사망자 9명으로 늘어 (속보)\n- 이재민 1200명 대피소로\n예시신문";
  const got = texts(text, "ko");
  assert.ok(got.some((t) => t.startsWith("17")), got.join(" | "));
  assert.ok(!got.some((t) => /^9|1200/.test(t)), got.join(" | "));
});

test("teasers: an article's own list, a lone list line, list lines followed by prose, a list by no page mark stay", () => {
  const sentences = `${BODY}\n- The first dam held 18 million cubic metres.\n- The second dam held 1.5 million cubic metres.`;
  assert.equal(teaserSpan(sentences), null);
  assert.equal(teaserSpan(`${BODY}\n- Storm toll rises to 35`), null);
  assert.equal(teaserSpan(`- Storm toll rises to 35\n- 12 villages still cut off\n${BODY}`), null);
  assert.equal(teaserSpan(`${BODY}\n- Storm toll rises to 35\n- 12 villages still cut off\n`), null, "no copyright or rule beside it");
  assert.equal(teaserSpan(`${BODY}\n---\n- Length: 850 m\n- Cost: $100 million\n© Example Media`), null, "a fact box's rows");
  const foot = `${BODY}\n* * *\n- Storm toll rises to 35\n- 12 villages still cut off\n`;
  const span = teaserSpan(foot)!;
  assert.equal(foot.slice(span[0], span[1]), "- Storm toll rises to 35\n- 12 villages still cut off");
});

test("teasers: under a heading in capitals, with or without list marks, in any language", () => {
  const plain = `${BODY}\n\nMORE FROM THE COAST\nFerry fares to rise 9% in spring\nHarbour fire kills 3 in old town`;
  const got = texts(plain, "en");
  assert.ok(got.includes("42 people"), got.join(" | "));
  assert.ok(!got.some((t) => /9%|^3$/.test(t)), got.join(" | "));
  const quoted = "La tormenta dejó 42 muertos el martes.\n\nLO MÁS VISTO\n>> Un premio de 2 millones para un jubilado\n>> Lotería: 5 acertantes\n\n(c) 2024 Ejemplo Medios.";
  assert.ok(!texts(quoted, "es").some((t) => /^2 millones|^5/.test(t)));
  // a fact box under a heading, rows all: its figures stay; nor is prose under a heading a teaser
  assert.equal(headedSpan(`${BODY}\n\nKEY FACTS\n- Length: 850 m\n- Cost: $100 million`), null);
  assert.equal(headedSpan(`KEY FACTS\n${BODY}\nThe bridge opened in 2019.`), null);
});

test("teasers: a line of links to other stories ('Related: …', 'Read more: …') gives no figure", () => {
  const got = texts(`${BODY}\nRelated: Ferry fares to rise 9% | 5 things to know about storms\nRescuers found 12 more people.`, "en");
  assert.ok(got.includes("42 people") && got.some((t) => t.startsWith("12")), got.join(" | "));
  assert.ok(!got.some((t) => /9%|^5/.test(t)), got.join(" | "));
});

test("a scraper's date header line is no figure, in any language", () => {
  assert.ok(!texts(" date 2024-03 Il ponte è stato riaperto dopo due settimane di lavori.", "it").some((t) => /2024/.test(t)));
  assert.ok(!texts(" date 2024-03-14 Міст відкрили після двох тижнів ремонту.", "uk").some((t) => /2024/.test(t)));
  assert.ok(!texts(" date 2024-03-14 The bridge reopened after two weeks of repairs.", "en").some((t) => /2024|03-14/.test(t)));
});

test("a figure the text's end cuts off is dropped; a short last line keeps its figure", () => {
  const cut = `${BODY}\nThe agency first lowered its estimate to $400 million, then in a statement on Friday cut it further to $4`;
  const got = texts(cut, "en");
  assert.ok(got.includes("$400 million") && !got.includes("$4"), got.join(" | "));
  assert.ok(texts(`${BODY}\n- Length: 850 m`, "en").some((t) => t.startsWith("850")));
});
