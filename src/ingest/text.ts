/**
 * Plain text and Markdown reports, with optional YAML front matter
 * (title, url, publisher, published, language).
 * @module
 */
import { parse as parseYaml } from "yaml";
import type { ReportInput } from "../types.js";
import { decodeText, sha256, toDay } from "./bytes.js";
import { IngestError } from "./errors.js";

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function readTextReport(bytes: Uint8Array, where: string): ReportInput {
  const raw = decodeText(bytes, where);
  let text = raw;
  let meta: Record<string, unknown> = {};
  const fm = FRONT_MATTER.exec(raw);
  if (fm) {
    try {
      const parsed = parseYaml(fm[1]);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
      else throw new Error("not a mapping");
    } catch (e) {
      throw new IngestError(where, `front matter is not valid YAML (${(e as Error).message.split("\n")[0]})`);
    }
    text = raw.slice(fm[0].length);
    if (!text.trim()) throw new IngestError(where, "no text after the front matter");
  }
  const str = (k: string) => (meta[k] == null ? null : String(meta[k]));
  const id = str("id");
  if (id != null && !/^[\w.-]+$/.test(id)) throw new IngestError(where, `front matter "id" must be made of letters, digits, '.', '_' or '-' (got ${JSON.stringify(id)})`);
  return {
    id: id ?? undefined,
    url: str("url"),
    publisher: str("publisher"),
    published: toDay(meta.published ?? meta.date),
    language: str("language") ?? str("lang"),
    title: str("title"),
    hash: sha256(bytes),
    text,
    origin: where,
  };
}
