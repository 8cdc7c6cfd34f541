/**
 * RSS 2.0, Atom and RDF (RSS 1.0) feeds → items. XML entity expansion is off and any
 * DOCTYPE that declares entities is refused outright, so an XXE or billion-laughs feed is
 * one clear error and nothing else.
 * @module
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { sha256, toDay } from "../bytes.js";
import { IngestError } from "../errors.js";
import { blockText, parseHTML } from "../html.js";

export interface FeedItem {
  /** stable identity of the item within its feed: guid, Atom id, rdf:about, else link, else a hash */
  key: string;
  /** the item's page */
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  /** the feed's own text for the item (content or description), as plain text */
  summary: string | null;
}

export interface Feed {
  kind: "rss" | "atom" | "rdf";
  title: string | null;
  /** the site the feed belongs to */
  link: string | null;
  items: FeedItem[];
}

/** Throws when the document declares entities: nothing in a feed needs them, and they are how XXE and entity bombs work. */
export function refuseEntities(xml: string, where: string): void {
  const doctype = /<!DOCTYPE/i.exec(xml);
  if (!doctype) return;
  if (/<!ENTITY/i.test(xml.slice(doctype.index))) throw new IngestError(where, "the feed declares XML entities (<!ENTITY> in its DOCTYPE); refused, entity expansion is disabled");
  if (/<!DOCTYPE[^>]*\[/i.test(xml.slice(doctype.index))) throw new IngestError(where, "the feed has an internal DTD subset; refused");
}

const XML_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric references, and only those. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : "\ufffd";
    }
    return XML_ENTITIES[e.toLowerCase()] ?? m;
  });
}

type Node = Record<string, unknown>;
const asArray = <T>(v: T | T[] | undefined | null): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);

/** Text of a parsed XML node (a string, a number, or an object with #text). */
function text(v: unknown): string | null {
  if (v == null) return null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "string" || typeof v === "number") {
    const s = decodeXmlEntities(String(v)).trim();
    return s || null;
  }
  if (typeof v === "object" && "#text" in (v as Node)) return text((v as Node)["#text"]);
  return null;
}

const attr = (v: unknown, name: string): string | null => (v && typeof v === "object" && !Array.isArray(v) ? text((v as Node)[`@_${name}`]) : null);

/** HTML (or plain text) from a feed field → plain text with paragraphs. */
function htmlToText(s: string | null): string | null {
  if (!s) return null;
  if (!/<[a-z!/]/i.test(s)) return s.trim() || null;
  const { document } = parseHTML(`<!doctype html><html><body>${s}</body></html>`);
  return blockText(document.body as unknown as globalThis.Node) || null;
}

function absolute(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

function firstOf(node: Node, ...names: string[]): unknown {
  for (const n of names) if (node[n] != null) return node[n];
  return undefined;
}

/** Parses a feed document. `base` (the feed's URL) makes relative links absolute. */
export function parseFeed(xml: string, where: string, base?: string): Feed {
  refuseEntities(xml, where);
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (valid !== true) throw new IngestError(where, `not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (e) {
    throw new IngestError(where, `not a readable feed (${(e as Error).message.split("\n")[0]})`);
  }
  const item = (it: Node, kind: Feed["kind"]): FeedItem => {
    let url: string | null;
    if (kind === "atom") {
      const links = asArray(it.link as unknown);
      const alt = links.find((l) => !attr(l, "rel") || attr(l, "rel") === "alternate") ?? links[0];
      url = absolute(attr(alt, "href") ?? text(alt), base);
    } else {
      const links = asArray(it.link as unknown);
      url = absolute(links.map((l) => text(l)).find(Boolean) ?? null, base);
      const guid = it.guid;
      if (!url && guid && attr(guid, "isPermaLink") !== "false") url = absolute(text(guid), base);
      if (!url && kind === "rdf") url = absolute(attr(it, "rdf:about"), base);
    }
    const title = htmlToText(text(it.title));
    const published = toDay(text(firstOf(it, "pubDate", "published", "updated", "dc:date", "dcterms:issued", "dcterms:created")));
    const summary = htmlToText(text(firstOf(it, "content:encoded", "content", "description", "summary", "atom:summary")));
    const id = kind === "atom" ? text(it.id) : kind === "rdf" ? attr(it, "rdf:about") : text(it.guid);
    const key = id ?? url ?? `sha256:${sha256(`${title ?? ""}\n${published ?? ""}\n${summary ?? ""}`).slice(0, 32)}`;
    return { key, url, title, published, summary };
  };
  if (doc.rss && typeof doc.rss === "object") {
    const channel = (asArray((doc.rss as Node).channel as Node)[0] ?? {}) as Node;
    return {
      kind: "rss",
      title: text(channel.title),
      link: absolute(asArray(channel.link as unknown).map((l) => text(l)).find(Boolean) ?? null, base),
      items: asArray(channel.item as Node | Node[]).map((it) => item(it, "rss")),
    };
  }
  if (doc.feed && typeof doc.feed === "object") {
    const f = doc.feed as Node;
    const links = asArray(f.link as unknown);
    const alt = links.find((l) => !attr(l, "rel") || attr(l, "rel") === "alternate");
    return { kind: "atom", title: text(f.title), link: absolute(attr(alt, "href"), base), items: asArray(f.entry as Node | Node[]).map((it) => item(it, "atom")) };
  }
  if (doc["rdf:RDF"] && typeof doc["rdf:RDF"] === "object") {
    const r = doc["rdf:RDF"] as Node;
    const channel = (asArray(r.channel as Node)[0] ?? {}) as Node;
    return { kind: "rdf", title: text(channel.title), link: absolute(text(channel.link), base), items: asArray(r.item as Node | Node[]).map((it) => item(it, "rdf")) };
  }
  throw new IngestError(where, "not an RSS, Atom or RDF feed");
}
