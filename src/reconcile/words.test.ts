import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize, WORDS } from "./words.js";

test("a report's words are its lower-cased letters, however many words were met before", () => {
  // past the word table's growths and its start again (2^17 words): each word as slice and toLowerCase give it
  const words: string[] = [];
  for (let i = 0; i < 140_000; i++) words.push(`W${i.toString(36).replace(/\d/g, (d) => "abcdefghij"[Number(d)])}x`);
  const text = `${words.join(" ")} Über ÉTÉ don't Don't`;
  const toks = tokenize(text, WORDS);
  const want = text.match(/[\p{L}][\p{L}\p{M}'’-]*/gu)!.map((w) => w.toLowerCase());
  assert.equal(toks.n, want.length);
  for (let i = 0; i < toks.n; i++) if (toks.lw[i] !== want[i] || text.slice(toks.s[i], toks.e[i]).toLowerCase() !== want[i]) assert.fail(`word ${i}: ${toks.lw[i]} against ${want[i]}`);
  // the same words again: the same strings
  const again = tokenize(text, WORDS);
  assert.equal(again.lw[5], want[5]);
});
