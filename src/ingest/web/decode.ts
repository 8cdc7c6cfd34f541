/**
 * Bytes from the web → text, in the charset the page declares: a byte-order mark first,
 * then the HTTP Content-Type charset, then <meta charset> / http-equiv (HTML) or the XML
 * declaration (feeds), else UTF-8 (falling back to windows-1252 when the bytes are not UTF-8).
 * @module
 */
import { IngestError } from "../errors.js";

function bomCharset(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "utf-8";
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  if (b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  return null;
}

/** The charset the document declares in its first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1].toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1].toLowerCase() : null;
}

const knownLabel = (label: string) => {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
};

/** Decodes web bytes. Never throws on stray bad bytes (they become U+FFFD); throws on binary data. */
export function decodeWeb(bytes: Uint8Array, where: string, headerCharset: string | null): { text: string; charset: string } {
  if (!bytes.length) throw new IngestError(where, "empty response");
  const probe = bytes.subarray(0, 8192);
  const bom = bomCharset(bytes);
  if (!bom && probe.includes(0)) throw new IngestError(where, "binary data (NUL bytes), not text");
  const declared = [bom, headerCharset && knownLabel(headerCharset), knownLabel(declaredCharset(bytes) ?? "")].find(Boolean) ?? null;
  // utf-16 declared in a <meta> of a page that is plainly 8-bit is a known authoring slip
  const charset = declared && /^utf-16/.test(declared) && !bom ? "utf-8" : declared;
  if (charset) {
    let text = new TextDecoder(charset).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, charset };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), charset: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), charset: "windows-1252" };
  }
}
