/**
 * Untrusted text (titles, page metadata, error messages quoting them) made fit for one line, and
 * the paths reports came from as a person should see them.
 * @module
 */
import { isAbsolute, relative } from "node:path";
import { ellipsis, graphemes } from "../graphemes.js";
/**
 * Untrusted text (titles, report text, page metadata) made safe to show on a terminal: control
 * characters (C0 except tab and newline, DEL, C1) and bidirectional overrides are removed, so a
 * fetched page cannot move the cursor, retitle the window or reorder what is shown.
 * JSON output needs none of this: JSON.stringify escapes control characters.
 */
export const printable = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "");

/**
 * One line of at most `max` characters (whole characters as a reader sees them: an emoji, a flag or
 * an accented letter is never cut in half), printable; a
 * longer one is cut at a word when one ends in its last third ("…for negligence and…", not "…murde…").
 */
export const oneLine = (s: string | null | undefined, max = 80) => {
  const t = printable((s ?? "").replace(/\s+/g, " ").trim());
  const chars = t.length > max ? graphemes(t) : [];
  if (t.length <= max || chars.length <= max) return t;
  return ellipsis(chars.slice(0, max - 1), (max * 2) / 3);
};

/**
 * Where a report came from, without the machine's own folders: a URL as it is; a file relative to
 * `cwd` (where the command runs) when it lies inside it; outside it, by its name (`outside: "name"`,
 * for pages others may read) or by a relative path still usable in a command (`"relative"`).
 */
export function shownPath(origin: string, opts: { cwd?: string; outside?: "name" | "relative" } = {}): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(origin)) return origin;
  const cwd = opts.cwd ?? process.cwd();
  const norm = origin.replace(/\\/g, "/");
  const base = cwd.replace(/\\/g, "/").replace(/\/?$/, "/");
  if (norm.startsWith(base)) return norm.slice(base.length);
  if (!/^(\/|[A-Za-z]:\/|~)/.test(norm)) return norm;
  if (opts.outside === "relative" && isAbsolute(origin)) return relative(cwd, origin).replace(/\\/g, "/");
  return norm.slice(norm.lastIndexOf("/") + 1);
}
