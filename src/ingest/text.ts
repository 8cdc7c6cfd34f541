/**
 * Plain text and Markdown reports, with optional YAML front matter
 * (title, url, publisher, published, language).
 * @module
 */
import { createRequire } from "node:module";
import type { ReportInput } from "../types.js";
import { decodeText, readPublished, sha256 } from "./bytes.js";
import { IngestError } from "./errors.js";
import { firstIssue, frontMatterSchema, REPORT_ID, type FrontMatter } from "./schemas.js";

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function readTextReport(bytes: Uint8Array, where: string): ReportInput {
  const raw = decodeText(bytes, where);
  let text = raw;
  let found: unknown = {};
  // plain `key: value` text (or none) is what the schema would make of it without a check
  let plain: Record<string, string> | null = {};
  const fm = FRONT_MATTER.exec(raw);
  if (fm) {
    try {
      plain = plainFrontMatter(fm[1]);
      const parsed = plain ?? parseYaml(fm[1]);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) found = parsed;
      else throw new Error("not a mapping");
    } catch (e) {
      throw new IngestError(where, `front matter is not valid YAML (${(e as Error).message.split("\n")[0]})`);
    }
    text = raw.slice(fm[0].length);
    if (!text.trim()) throw new IngestError(where, "no text after the front matter");
  }
  let meta: FrontMatter;
  if (plain) meta = plainMeta(plain);
  else {
    const checked = frontMatterSchema().safeParse(found);
    if (!checked.success) throw new IngestError(where, `front matter ${firstIssue(checked.error)}`);
    meta = checked.data;
  }
  const id = meta.id;
  if (id != null && !REPORT_ID.test(id)) throw new IngestError(where, `front matter "id" must be made of letters, digits, '.', '_' or '-' (got ${JSON.stringify(id)})`);
  return {
    id: id ?? undefined,
    url: meta.url,
    publisher: meta.publisher,
    ...readPublished(meta.published ?? meta.date),
    language: meta.language ?? meta.lang,
    title: meta.title,
    hash: sha256(bytes),
    text,
    origin: where,
  };
}

/** YAML read by the `yaml` package (~70 modules), loaded only for front matter that is not plain. */
const parseYaml = (src: string): unknown => (createRequire(import.meta.url)("yaml") as typeof import("yaml")).parse(src);

/** Plain front matter as `frontMatterSchema` reads it (its values are text already). */
const plainMeta = (p: Record<string, string>): FrontMatter => ({
  ...p,
  id: p.id ?? null,
  url: p.url ?? null,
  publisher: p.publisher ?? null,
  language: p.language ?? null,
  lang: p.lang ?? null,
  title: p.title ?? null,
});

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
