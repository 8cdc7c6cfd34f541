import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeText } from "./bytes.js";
import { readTextReport } from "./text.js";

const TEXT = "Pont sur la Tumen : 850 m, coût 1,2 milliard ₽ — 🌉 ouverture mi-2026.";

function encode(s: string, enc: "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be"): Uint8Array {
  const cps = [0xfeff, ...[...s].map((c) => c.codePointAt(0)!)];
  if (enc.startsWith("utf-32")) {
    const b = Buffer.alloc(cps.length * 4);
    cps.forEach((cp, i) => (enc === "utf-32le" ? b.writeUInt32LE(cp, i * 4) : b.writeUInt32BE(cp, i * 4)));
    return b;
  }
  const le = Buffer.from("\ufeff" + s, "utf16le");
  if (enc === "utf-16le") return le;
  return le.swap16();
}

test("a byte-order mark names the encoding: UTF-16 and UTF-32, either byte order, read as text", () => {
  for (const enc of ["utf-16le", "utf-16be", "utf-32le", "utf-32be"] as const) assert.equal(decodeText(encode(TEXT, enc), `x.${enc}`), TEXT, enc);
  assert.equal(decodeText(Buffer.from("\ufeff" + TEXT, "utf8"), "x.txt"), TEXT, "UTF-8 with a mark");
});

test("a UTF-16 report with front matter keeps its metadata", () => {
  const r = readTextReport(encode("---\npublisher: Wire\npublished: 2025-05-02\n---\nThe bridge is 850 m long.", "utf-16le"), "wire.txt");
  assert.equal(r.publisher, "Wire");
  assert.equal(r.published, "2025-05-02");
  assert.equal(r.text, "The bridge is 850 m long.");
});

test("still binary: NUL bytes without a mark, truncated or impossible UTF-32", () => {
  assert.throws(() => decodeText(Buffer.from([0x41, 0, 0x42, 0]), "a.txt"), /binary file/);
  assert.throws(() => decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0]), "b.txt"), /not valid UTF-32LE/);
  assert.throws(() => decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0, 0xd8, 0, 0]), "c.txt"), /not valid UTF-32LE/);
  assert.throws(() => decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0, 0, 0, 0, 0]), "d.txt"), /NUL characters/);
});
