/**
 * Turning raw bytes into text, refusing what is not text: empty, binary, invalid UTF-8, too big.
 * @module
 */
import { createHash } from "node:crypto";
import { IngestError } from "./errors.js";

/** Largest input accepted, in bytes. A report is text; 20 MB of it is already a book. */
export const MAX_BYTES = 20 * 1024 * 1024;

export const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/**
 * The encoding a byte-order mark names, if the bytes start with one. UTF-32 LE is tested before
 * UTF-16 LE: its mark (FF FE 00 00) starts with UTF-16's.
 */
export function bomEncoding(b: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be" | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "utf-8";
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return "utf-32le";
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return "utf-32be";
  if (b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return null;
}

/** UTF-32 (TextDecoder has no UTF-32): strict, like the others. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  if (bytes.length % 4) throw new TypeError("truncated");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw new TypeError("not a code point");
    chunk.push(cp);
    // fromCodePoint takes arguments: a chunk at a time keeps the call stack small
    if (chunk.length === 8192) parts.push(String.fromCodePoint(...chunk)), (chunk = []);
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join("");
}

/**
 * Decodes text strictly: UTF-8 unless a byte-order mark says UTF-16 or UTF-32 (a mark outranks
 * the `encoding` asked for, as in browsers). A NUL or an invalid sequence means this is not a
 * text file. NUL is refused anywhere, not only near the start: Postgres cannot store it in a text column.
 */
export function decodeText(bytes: Uint8Array, where: string, encoding = "utf-8"): string {
  if (bytes.length === 0) throw new IngestError(where, "empty file");
  if (bytes.length > MAX_BYTES) throw new IngestError(where, `too big (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB)`);
  encoding = bomEncoding(bytes) ?? encoding;
  const wide = /^utf-?(16|32)/i.test(encoding);
  if (!wide && bytes.includes(0)) throw new IngestError(where, "binary file (NUL bytes), not text");
  let text: string;
  try {
    text = /^utf-?32/i.test(encoding) ? decodeUtf32(bytes, !/be$/i.test(encoding)) : new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (e) {
    if (e instanceof RangeError) throw new IngestError(where, `unknown character encoding "${encoding}"`);
    throw new IngestError(where, `not valid ${encoding.toUpperCase()} text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (wide && text.includes("\0")) throw new IngestError(where, "binary file (NUL characters), not text");
  if (!text.trim()) throw new IngestError(where, "no text (only white space)");
  return text;
}

/** "2025-04-30T10:00:00+03:00", "2025-04-30", "30 April 2025"… → "2025-04-30", or null. */
/**
 * A publication date as given, read: `published` is the day it names; a value given that names no
 * day ("2025-04-31", "last spring") is kept as written in `unreadDate`, so the report is added
 * undated with a warning quoting it rather than losing the value without a word.
 */
export function readPublished(value: unknown): { published: string | null; unreadDate?: string } {
  const published = toDay(value);
  const given = value == null ? "" : String(value).replace(/\s+/g, " ").trim();
  return published || !given ? { published } : { published, unreadDate: given.length > 60 ? `${given.slice(0, 59)}…` : given };
}

export function toDay(value: unknown): string | null {
  if (value == null || value === "") return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const s = String(value).trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) {
    // "2025-02-30" is no day: refuse it rather than store a date nothing can compare
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? `${m[1]}-${m[2]}-${m[3]}` : null;
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  // a bare date parsed as local midnight: keep its calendar day
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
