/**
 * zod schemas of the JSON and YAML that come in with reports: a corpus folder's `sources.json`
 * entries and a text report's front matter. Unknown keys are allowed and ignored; a value that is
 * not text (an object, a list) is an error naming the key, never "[object Object]" in a title.
 * @module
 */
import { createRequire } from "node:module";
import type { z } from "zod";

/** A report id: letters, digits, '.', '_' or '-' (it names files and URLs). */
export const REPORT_ID = /^[\w.-]+$/;

const ID_NEEDED = "each source needs an \"id\" made of letters, digits, '.', '_' or '-'";

/**
 * The schemas, made when first used: zod is ~95 modules, ~0.1 s of CPU at every `add`, and most
 * files' front matter is plain `key: value` text that needs no check (text.ts). Loaded through
 * `require`, as the caller's reading is synchronous.
 */
function build() {
  const { z } = createRequire(import.meta.url)("zod") as typeof import("zod");
  /** Text as written: strings as they are; numbers and booleans written out (YAML reads `title: 1984` as a number). */
  const text = z
    .union([z.string(), z.number(), z.boolean()], "must be text")
    .nullish()
    .transform((v) => (v == null ? null : String(v)));
  return {
    /** One entry of a corpus folder's sources.json. `published` is read by `toDay` (a day, or null). */
    sourceEntry: z.looseObject({
      id: z.string(ID_NEEDED).regex(REPORT_ID, ID_NEEDED),
      url: text,
      publisher: text,
      published: z.unknown().optional(),
      language: text,
      title: text,
      /** a free-text note; for an undated report it may give a rough date */
      note: text,
    }),
    /** The YAML front matter of a .md or .txt report (`date` and `lang` are accepted for `published` and `language`). */
    frontMatter: z.looseObject({
      id: text,
      url: text,
      publisher: text,
      published: z.unknown().optional(),
      date: z.unknown().optional(),
      language: text,
      lang: text,
      title: text,
    }),
  };
}

let schemas: ReturnType<typeof build> | null = null;

/** The schema of one entry of a corpus folder's sources.json. */
export const sourceEntrySchema = () => (schemas ??= build()).sourceEntry;

/** The schema of a text report's front matter. */
export const frontMatterSchema = () => (schemas ??= build()).frontMatter;

/** Front matter as `frontMatterSchema` reads it. */
export type FrontMatter = z.infer<ReturnType<typeof frontMatterSchema>>;

/** The first problem of a failed parse, for a person: `key: message`. */
export function firstIssue(e: z.ZodError): string {
  const i = e.issues[0];
  return i.path.length ? `"${i.path.join(".")}" ${i.message}` : i.message;
}
