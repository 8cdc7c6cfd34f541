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
 * Decodes UTF-8 strictly; a NUL byte or an invalid sequence means this is not a text file.
 * NUL is refused anywhere, not only near the start: Postgres cannot store it in a text column.
 */
export function decodeText(bytes: Uint8Array, where: string, encoding = "utf-8"): string {
  if (bytes.length === 0) throw new IngestError(where, "empty file");
  if (bytes.length > MAX_BYTES) throw new IngestError(where, `too big (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB)`);
  const utf16 = /^utf-?16/i.test(encoding);
  if (!utf16 && bytes.includes(0)) throw new IngestError(where, "binary file (NUL bytes), not text");
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (e) {
    if (e instanceof RangeError) throw new IngestError(where, `unknown character encoding "${encoding}"`);
    throw new IngestError(where, `not valid ${encoding.toUpperCase()} text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (utf16 && text.includes("\0")) throw new IngestError(where, "binary file (NUL characters), not text");
  if (!text.trim()) throw new IngestError(where, "no text (only white space)");
  return text;
}

/** "2025-04-30T10:00:00+03:00", "2025-04-30", "30 April 2025"… → "2025-04-30", or null. */
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
