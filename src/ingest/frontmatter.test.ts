import { test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "yaml";
import { plainFrontMatter } from "./text.js";

test("plain front matter is read as the YAML parser reads it, or left to the parser", () => {
  const plain = [
    "id: b5\npublisher: Harbour Ledger 7\npublished: 2025-03-01\ntitle: Work resumes on the river bridge\nurl: https://example.org/a/b?c=1#frag",
    "title: A 40% rise, and then some\nlanguage: pt-BR",
    "publisher: The Northport Courier (evening edition)",
  ];
  for (const src of plain) {
    const fast = plainFrontMatter(src);
    assert.ok(fast, src);
    assert.deepEqual(fast, parse(src), src);
  }
  // anything the parser would read otherwise (numbers, booleans, quotes, comments, nesting,
  // lists, a colon-space inside, empty values, duplicate keys) goes to the parser
  const other = [
    "id: 2025",
    "published: 2025-03-01T10:00:00Z extra: x",
    "title: yes",
    "title: 'quoted'",
    'title: "quoted"',
    "title: cost # a comment",
    "title: Bridge: the cost",
    "tags:\n  - a",
    "title:",
    "id: a\nid: b",
    "# a comment\nid: a",
    "title: [a, b]",
    "title: .5",
    "title: ~",
    "title: -3",
    "title: &anchor x",
  ];
  for (const src of other) assert.equal(plainFrontMatter(src), null, src);
});
