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
      const parsed = plainFrontMatter(fm[1]) ?? parseYaml(fm[1]);
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

// a line `key: value` whose value YAML reads as that very string: no quote, flow, anchor, tag,
// block or comment marker, no ": " or " #" inside, not a number, boolean or null
const PLAIN_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):[ \t]+([^\s\-?:,[\]{}#&*!|>'"%@`0-9.+~][^\t]*?|\d{4}-\d{2}-\d{2})[ \t]*$/;
const NOT_A_STRING = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/**
 * Front matter made only of plain `key: value` lines, read without the YAML parser (most files
 * are: the parser costs more than the rest of reading a short report); null when any line is
 * anything else, and the YAML parser reads it. Gives what the parser would, or nothing.
 */
export function plainFrontMatter(src: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const line of src.split(/\r?\n/)) {
    const m = PLAIN_LINE.exec(line);
    if (!m || Object.hasOwn(out, m[1])) return null;
    const v = m[2];
    if (NOT_A_STRING.test(v) || v.includes(": ") || v.includes(" #") || v.endsWith(":")) return null;
    out[m[1]] = v;
  }
  return out;
}
