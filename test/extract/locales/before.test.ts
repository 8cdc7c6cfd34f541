/**
 * "The words right before" a figure (a day span's "du", "da", "von"; a weekday's "for"; a weekend's
 * "last" and "next" words) are read by one builder, `wordBefore` (common/numerals.ts): a word
 * standing alone, then one to three spaces. Sentences written for these tests.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { wordBefore } from "../../../src/extract/common/numerals.js";
import { expectFigure } from "./util.js";

test("a word right before: whole, after a non-letter or the start, then up to three spaces", () => {
  const re = wordBefore("du|da", "\\s{1,3}");
  assert.ok(re.test("Le salon se tient du "));
  assert.ok(re.test("(da  "));
  assert.ok(re.test("Da "));
  assert.ok(!re.test("Canada "), "the end of a longer word");
  assert.ok(!re.test("du    "), "more than three spaces");
  assert.ok(!re.test("du"), "no space after it");
});

test("a day span opens only on its own word, not on a word that ends in it", () => {
  expectFigure("it", "La fiera si tiene da venerdì 15 a domenica 17 in piazza.", { text: "venerdì 15 a domenica 17", kind: "date", date: ["2024-03-15", "2024-03-17"] });
  expectFigure("it", "La squadra del Canada venerdì 15 a domenica 17 gioca in piazza.", { text: "venerdì 15", kind: "date", date: ["2024-03-15", "2024-03-15"] });
});

test("no extractor builds its own 'words right before' pattern", () => {
  const files = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : n.endsWith(".ts") ? [join(d, n)] : []));
  const own = files("src/extract").filter((f) => !f.endsWith("numerals.ts") && /new RegExp\(`\(\?:\^\|\[\^\$\{ALPHA\}\]\)\(\?:\$\{[^}]+\}\)[^`]*\$`/.test(readFileSync(f, "utf8")));
  assert.deepEqual(own, []);
});
