/**
 * Pages of long lists: every list of the explorer shows a bounded slice, reached by a stable URL
 * (`?page=N`, with the list's other parameters kept), so a page weighs the same at 30 reports or
 * 30,000.
 * @module
 */
import { escapeHtml as esc } from "../publish/index.js";

export interface Page<T> {
  items: T[];
  /** 1-based, clamped to the pages that exist */
  page: number;
  pages: number;
  total: number;
  /** index of the first item shown in the whole list */
  offset: number;
}

/** The `page`-th slice of `size` items (page numbers outside 1..pages show the nearest page). */
export function paginate<T>(xs: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(xs.length / size));
  const p = Math.min(pages, Math.max(1, Number.isFinite(page) ? Math.floor(page) : 1));
  const offset = (p - 1) * size;
  return { items: xs.slice(offset, offset + size), page: p, pages, total: xs.length, offset };
}

/** `?page=` of a URL: a positive integer, else 1. */
export const pageParam = (url: URL, name = "page") => {
  const n = Number(url.searchParams.get(name) ?? "1");
  return Number.isInteger(n) && n > 0 ? n : 1;
};

/** A URL of the same list at another page; the other parameters stay as they were. */
export function pageHref(path: string, params: Record<string, string | null | undefined>, page: number, name = "page"): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  if (page > 1) q.set(name, String(page));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** "Page 2 of 30 · ← previous · next →" (nothing when everything fits on one page). */
export function pager(p: Page<unknown>, href: (page: number) => string, noun = "items"): string {
  if (p.pages <= 1) return "";
  const prev = p.page > 1 ? `<a rel="prev" href="${esc(href(p.page - 1))}">← previous</a>` : `<span>← previous</span>`;
  const next = p.page < p.pages ? `<a rel="next" href="${esc(href(p.page + 1))}">next →</a>` : `<span>next →</span>`;
  const first = p.page > 2 ? `<a href="${esc(href(1))}">first</a>` : "";
  const last = p.page < p.pages - 1 ? `<a href="${esc(href(p.pages))}">last</a>` : "";
  const shown = `${p.offset + 1}–${p.offset + p.items.length} of ${p.total.toLocaleString("en-US")} ${esc(noun)}`;
  return `<nav class="pager" aria-label="Pages"><span class="at">Page ${p.page} of ${p.pages} (${shown})</span>${first}${prev}${next}${last}</nav>`;
}

export const PAGER_CSS = `
nav.pager{display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:center;margin:1rem 0;font-size:.9rem}
nav.pager .at{color:var(--muted);margin-right:auto}
nav.pager span:not(.at){color:var(--line)}
`;
