/**
 * Untrusted text (titles, page metadata, error messages quoting them) made fit for one line.
 * @module
 */
/**
 * Untrusted text (titles, report text, page metadata) made safe to show on a terminal: control
 * characters (C0 except tab and newline, DEL, C1) and bidirectional overrides are removed, so a
 * fetched page cannot move the cursor, retitle the window or reorder what is shown.
 * JSON output needs none of this: JSON.stringify escapes control characters.
 */
export const printable = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "");

/** One line of at most `max` characters (code points: an emoji is never cut in half), printable. */
export const oneLine = (s: string | null | undefined, max = 80) => {
  const t = printable((s ?? "").replace(/\s+/g, " ").trim());
  const chars = Array.from(t);
  return chars.length > max ? chars.slice(0, max - 1).join("") + "…" : t;
};
