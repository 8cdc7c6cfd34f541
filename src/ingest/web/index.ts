/**
 * Reports and feeds from the web. Every URL either becomes a report (or a feed) or one
 * IngestError naming it; a bad URL never stops the others. Fetching rules (address checks,
 * limits, politeness) live in ./fetch.ts.
 * @module
 */
import type { ReportInput } from "../../types.js";
import { sha256 } from "../bytes.js";
import { IngestError } from "../errors.js";
import { extractArticle, parseHTML } from "../html.js";
import { decodeWeb } from "./decode.js";
import { parseFeed, type Feed } from "./feed.js";
import { FEED_TYPES, PAGE_TYPES, get, type GetOptions } from "./fetch.js";

export { blockedReason } from "./address.js";
export type { Feed, FeedItem } from "./feed.js";
export { get, checkUrl, USER_AGENT, type GetOptions } from "./fetch.js";

export interface FetchOptions extends GetOptions {
  onProgress?: (done: number, total: number) => void;
  /** requests in flight overall (each host also has its own limit) */
  concurrency?: number;
}

const siteName = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
};

/** Bytes fetched from `fetched.url` → a report input (throws IngestError). */
export function pageReport(body: Uint8Array, opts: { requested: string; url: string; charset: string | null; mediaType: string; language?: string | null }): ReportInput {
  const { text: page } = decodeWeb(body, opts.requested, opts.charset);
  let input: Omit<ReportInput, "hash">;
  if (opts.mediaType === "text/plain") {
    if (!page.trim()) throw new IngestError(opts.requested, "no text (only white space)");
    input = { url: opts.url, publisher: siteName(opts.url), published: null, language: opts.language ?? null, title: null, text: page.trim(), origin: opts.requested };
  } else {
    const a = extractArticle(page, opts.requested);
    input = { url: opts.url, publisher: a.publisher ?? siteName(opts.url), published: a.published, language: a.language ?? opts.language ?? null, title: a.title, text: a.text, origin: opts.requested };
  }
  // The page's bytes change on every fetch (ads, tokens, timestamps); what it says at this
  // address does not. Hashing both keeps a re-fetch from becoming a second report, while the
  // same wire story at another outlet stays a report of its own (and is then marked a copy).
  return { ...input, hash: sha256(`${opts.url}\n${input.text}`) };
}

/** Fetches one page and reads it into a report input (throws IngestError naming the URL). */
export async function fetchPage(url: string, opts: GetOptions = {}): Promise<ReportInput> {
  const f = await get(url, { ...opts, types: PAGE_TYPES });
  return pageReport(f.body, f);
}

const FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

/** The feed a page names in <link rel="alternate" type="application/rss+xml|atom+xml|rdf+xml">, if any. */
export function discoverFeed(html: string, base: string): string | null {
  const { document } = parseHTML(html);
  for (const l of Array.from(document.querySelectorAll("link[rel][href]"))) {
    const rel = (l.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    const type = (l.getAttribute("type") ?? "").toLowerCase();
    if (!rel.includes("alternate") || !/^application\/(rss|atom|rdf)\+xml$/.test(type)) continue;
    try {
      return new URL(l.getAttribute("href")!, base).href;
    } catch {}
  }
  return null;
}

/**
 * Fetches and parses one feed (throws IngestError naming the URL). Given a web page instead,
 * follows the feed the page announces, if it names one.
 */
export async function fetchFeed(url: string, opts: GetOptions = {}): Promise<Feed & { url: string; etag: string | null; lastModified: string | null; notModified: boolean }> {
  let f = await get(url, { ...opts, types: FEED_TYPES, accept: FEED_ACCEPT });
  // a conditional request answered 304: the feed has nothing we have not seen
  if (f.notModified) return { kind: "rss", title: null, link: null, items: [], url: f.url, etag: f.etag, lastModified: f.lastModified, notModified: true };
  let { text } = decodeWeb(f.body, url, f.charset);
  // some servers label feeds text/html: only a page without a feed's root element is a page
  if ((f.mediaType === "text/html" || f.mediaType === "application/xhtml+xml") && !/<(rss|feed|rdf:RDF)[\s>]/.test(text)) {
    const found = discoverFeed(text, f.url);
    if (!found) throw new IngestError(url, "a web page, not a feed, and it names no RSS or Atom feed");
    // the validators were for the page, not the feed it names
    f = await get(found, { ...opts, validators: undefined, types: FEED_TYPES, accept: FEED_ACCEPT });
    ({ text } = decodeWeb(f.body, found, f.charset));
  }
  return { ...parseFeed(text, url, f.url), url: f.url, etag: f.etag, lastModified: f.lastModified, notModified: false };
}

/** Runs `fn` over the items, at most `limit` at a time, keeping their order. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Each URL → its report input, or the one error that kept it out. */
export async function fetchReports(urls: string[], opts: FetchOptions = {}): Promise<Array<ReportInput | IngestError>> {
  let done = 0;
  return mapLimit(urls, opts.concurrency ?? 6, async (url) => {
    let r: ReportInput | IngestError;
    try {
      r = await fetchPage(url, opts);
    } catch (e) {
      r = e instanceof IngestError ? e : new IngestError(url, (e as Error).message);
    }
    opts.onProgress?.(++done, urls.length);
    return r;
  });
}
