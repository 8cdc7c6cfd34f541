/**
 * Plain text and Markdown reports, with optional YAML front matter
 * (title, url, publisher, published, language).
 * @module
 */
import { parse as parseYaml } from "yaml";
import type { ReportInput } from "../types.js";
import { decodeText, sha256, toDay } from "./bytes.js";
import { IngestError } from "./errors.js";
import { FrontMatterSchema, firstIssue, REPORT_ID } from "./schemas.js";

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function readTextReport(bytes: Uint8Array, where: string): ReportInput {
  const raw = decodeText(bytes, where);
  let text = raw;
  let found: unknown = {};
  const fm = FRONT_MATTER.exec(raw);
  if (fm) {
    try {
      const parsed = parseYaml(fm[1]);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) found = parsed;
      else throw new Error("not a mapping");
    } catch (e) {
      throw new IngestError(where, `front matter is not valid YAML (${(e as Error).message.split("\n")[0]})`);
    }
    text = raw.slice(fm[0].length);
    if (!text.trim()) throw new IngestError(where, "no text after the front matter");
  }
  const checked = FrontMatterSchema.safeParse(found);
  if (!checked.success) throw new IngestError(where, `front matter ${firstIssue(checked.error)}`);
  const meta = checked.data;
  const id = meta.id;
  if (id != null && !REPORT_ID.test(id)) throw new IngestError(where, `front matter "id" must be made of letters, digits, '.', '_' or '-' (got ${JSON.stringify(id)})`);
  return {
    id: id ?? undefined,
    url: meta.url,
    publisher: meta.publisher,
    published: toDay(meta.published ?? meta.date),
    language: meta.language ?? meta.lang,
    title: meta.title,
    hash: sha256(bytes),
    text,
    origin: where,
  };
}
