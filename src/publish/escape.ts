/**
 * Escaping for HTML: one function, used by every page we write.
 * @module
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Escapes text for HTML element content and quoted attribute values. */
export const esc = (s: string | null | undefined) => String(s ?? "").replace(/[&<>"']/g, (c) => ENTITIES[c]);
