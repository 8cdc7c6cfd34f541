/**
 * HTML pages: the main text (Readability over linkedom) and the metadata a page declares
 * (<meta>, Open Graph, JSON-LD, <html lang>).
 * @module
 */
import { createRequire } from "node:module";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import type { parseHTML as ParseHTML } from "linkedom";
import type { ReportInput } from "../types.js";
import { decodeText, readPublished, sha256, toDay } from "./bytes.js";
import { IngestError } from "./errors.js";
import { pruneAfter, pruneBefore } from "./web/prune.js";
import { HtmlBudgetError, MAX_READABLE_TAGS, withinBudget } from "./budget.js";
import { cleanTitle } from "./title.js";

/**
 * The DOM and Readability, loaded when the first page is read: linkedom costs ~0.2 s to load, paid
 * by every `add` of Markdown or text files before. Required (both ship CommonJS), so readers of
 * HTML stay synchronous.
 */
let dom: { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityClass } | null = null;
const require = createRequire(import.meta.url);
const load = () => (dom ??= { parseHTML: require("linkedom").parseHTML, Readability: require("@mozilla/readability").Readability });

/** linkedom's parseHTML, loaded on first use. */
export const parseHTML = (html: string): ReturnType<typeof ParseHTML> => load().parseHTML(html);

export interface HtmlMeta {
  title: string | null;
  publisher: string | null;
  published: string | null;
  /** the date the page declares when it names no day (see `readPublished`) */
  unreadDate?: string;
  language: string | null;
  url: string | null;
}

export interface HtmlArticle extends HtmlMeta {
  text: string;
}

const BLOCK = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "BLOCKQUOTE", "PRE", "UL", "OL", "LI", "DL", "DT", "DD",
  "H1", "H2", "H3", "H4", "H5", "H6", "TABLE", "TR", "FIGURE", "FIGCAPTION", "HR", "ADDRESS", "NAV", "FORM",
]);

/** Text of a DOM subtree with paragraphs as blank-line-separated blocks and runs of spaces folded. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      parts.push(n.nodeValue ?? "");
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE") return;
    if (tag === "BR") {
      parts.push("\n");
      return;
    }
    const block = BLOCK.has(tag);
    if (block) parts.push("\n\n");
    if (tag === "TD" || tag === "TH") parts.push(" ");
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push("\n\n");
  };
  walk(root);
  return parts
    .join("")
    .replace(/[ \t\f\v\u00a0\u200b]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The page's <meta> elements, gathered once: one walk of a big page instead of one per name asked. */
const metasOf = new WeakMap<Document, Element[]>();

function metaContent(doc: Document, ...names: string[]): string | null {
  let metas = metasOf.get(doc);
  if (!metas) metasOf.set(doc, (metas = Array.from(doc.querySelectorAll("meta"))));
  for (const name of names) {
    // the first in document order that names it by any of the four attributes (as a selector list would)
    const el = metas.find((m) => m.getAttribute("property") === name || m.getAttribute("name") === name || m.getAttribute("itemprop") === name || m.getAttribute("http-equiv") === name);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
}

/** Objects in the page's JSON-LD blocks, @graph flattened. Malformed blocks are skipped. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const v = JSON.parse(s.textContent ?? "");
      // a queue read by index, appended one by one: a @graph of any size costs its length, no spread
      const queue: unknown[] = Array.isArray(v) ? v.slice() : [v];
      for (let q = 0; q < queue.length; q++) {
        const o = queue[q];
        if (!o || typeof o !== "object") continue;
        out.push(o as Record<string, unknown>);
        const graph = (o as Record<string, unknown>)["@graph"];
        if (Array.isArray(graph)) for (const g of graph) queue.push(g);
      }
    } catch {}
  }
  return out;
}

const nameOf = (v: unknown): string | null => {
  if (!v) return null;
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (typeof v === "object" && typeof (v as { name?: unknown }).name === "string") return (v as { name: string }).name;
  return null;
};

/** Metadata the page declares about itself. */
export function htmlMeta(doc: Document): HtmlMeta {
  const ld = jsonLd(doc);
  const ldArticle = ld.find((o) => /Article|Posting|Report/i.test(String(o["@type"] ?? ""))) ?? ld.find((o) => o.datePublished) ?? {};
  const ldLang = typeof ldArticle.inLanguage === "string" ? ldArticle.inLanguage : null;
  const lang = doc.documentElement?.getAttribute("lang") || doc.documentElement?.getAttribute("xml:lang") || metaContent(doc, "og:locale", "content-language", "language", "dc.language") || ldLang;
  return {
    title: metaContent(doc, "og:title", "twitter:title") ?? (typeof ldArticle.headline === "string" ? ldArticle.headline : null) ?? (doc.querySelector("title")?.textContent?.trim() || null),
    publisher: metaContent(doc, "og:site_name", "application-name") ?? nameOf(ldArticle.publisher) ?? nameOf(ld.find((o) => /Organization|NewsMediaOrganization/.test(String(o["@type"])))),
    ...readPublished(
      metaContent(doc, "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued", "sailthru.date") ??
        ldArticle.datePublished ??
        doc.querySelector("time[datetime]")?.getAttribute("datetime"),
    ),
    language: lang ? lang.trim().replace("_", "-").split(/[,;\s]/)[0].toLowerCase() || null : null,
    url: metaContent(doc, "og:url") ?? doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
  };
}

const MAX_DEPTH = 200;

/** Whether the element tree under `root` is deeper than `limit` (iterative: no recursion on hostile input). */
function deeperThan(root: Element | null, limit: number): boolean {
  if (!root) return false;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > limit) return true;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return false;
}

/** Main text and metadata of an HTML page. Never throws on malformed HTML; an empty article is an error. */
export function extractArticle(html: string, where = "page"): HtmlArticle {
  try {
    return readArticle(html, where);
  } catch (e) {
    // the DOM library and tree walks recurse: tens of thousands of nested tags exhaust the stack
    if (e instanceof RangeError) throw new IngestError(where, "the HTML is nested too deeply to read");
    throw e;
  }
}

function readArticle(raw: string, where: string): HtmlArticle {
  // made shallow before any DOM exists: parsing and Readability grow with the square of the depth
  let html: string;
  let tags: number;
  try {
    ({ html, tags } = withinBudget(raw));
  } catch (e) {
    if (e instanceof HtmlBudgetError) throw new IngestError(where, e.message);
    throw e;
  }
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const meta = htmlMeta(doc);
  // the first heading names a page that declares no title; read before pruning cuts the page up
  const heading = meta.title ? null : cleanTitle(doc.querySelector("h1")?.textContent);
  let text = "";
  let touched = false;
  try {
    // Readability's time grows steeply with nesting depth: a page nested deeper than any real
    // layout (hostile or broken) is read as plain text instead of hanging the ingest
    if (deeperThan(doc.body, MAX_DEPTH)) throw new Error("too deeply nested");
    // Readability and the pruning cost about a millisecond per element on this machine: a page of
    // more elements than any article is read as the whole body's text (linear) instead
    if (tags > MAX_READABLE_TAGS) throw new Error("too many elements");
    // metadata is read: the same document can now be pruned and handed to Readability (which mutates it)
    touched = true;
    pruneBefore(doc);
    const article = new (load().Readability)(doc).parse();
    if (article?.content) {
      const body = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as Element;
      pruneAfter(body);
      text = blockText(body);
    }
    if (!meta.title && article?.title) meta.title = article.title;
    if (!meta.publisher && article?.siteName) meta.publisher = article.siteName;
    if (!meta.published && article?.publishedTime) meta.published = toDay(article.publishedTime);
  } catch {
    // fall through to the whole body's text
  }
  if (!text.trim()) {
    // the page as parsed, unless pruning and Readability have already cut it up
    const body = (touched ? parseHTML(html).document.body : doc.body) as unknown as Node | null;
    text = body ? blockText(body) : "";
  }
  if (!text.trim()) throw new IngestError(where, "no readable text in the HTML");
  meta.title ??= heading;
  // Readability may have found the day the declared date did not name
  if (meta.published) delete meta.unreadDate;
  return { ...meta, text };
}

export function readHtmlReport(bytes: Uint8Array, where: string, opts: { url?: string | null; encoding?: string } = {}): ReportInput {
  const html = decodeText(bytes, where, opts.encoding ?? sniffCharset(bytes) ?? "utf-8");
  const a = extractArticle(html, where);
  return {
    url: opts.url ?? a.url,
    publisher: a.publisher,
    published: a.published,
    ...(a.unreadDate ? { unreadDate: a.unreadDate } : {}),
    language: a.language,
    title: a.title,
    hash: sha256(bytes),
    text: a.text,
    origin: where,
  };
}

/** The charset a page declares in its first bytes (<meta charset>, http-equiv), if any. */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}
