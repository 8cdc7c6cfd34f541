/**
 * One careful HTTP GET: node:http/https with our own DNS lookup so that the address we
 * checked is the address we connect to (no DNS rebinding), every redirect re-checked,
 * and hard limits on time, bytes on the wire, bytes after decompression, redirects and
 * content types. Polite: a clear User-Agent, a few requests per host at a time, and
 * retries with backoff on 429/503 honouring Retry-After (capped).
 * @module
 */
import { promises as dns, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { createRequire } from "node:module";
import zlib from "node:zlib";
import { MAX_BYTES } from "../bytes.js";
import { IngestError } from "../errors.js";
import { blockedReason } from "./address.js";

/** The package's version: from the nearest package.json above this module (tsc's output and the bundle sit at different depths). */
export const VERSION: string = (() => {
  const require = createRequire(import.meta.url);
  for (const up of ["../../../package.json", "../../package.json"]) {
    try {
      const pkg = require(up) as { name?: string; version?: string };
      if (pkg.name === "dossier" && pkg.version) return pkg.version;
    } catch {}
  }
  return "0";
})();
export const USER_AGENT = `dossier/${VERSION} (+https://github.com/dossier-osint/dossier)`;

export const PAGE_TYPES = ["text/html", "application/xhtml+xml", "text/plain"];
export const FEED_TYPES = [...PAGE_TYPES, "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml", "application/feed+xml"];

export interface FetchLimits {
  /** whole request, headers and body, per attempt */
  timeoutMs: number;
  /** bytes on the wire (compressed) */
  maxBytes: number;
  /** bytes after decompression: a gzip bomb stops here */
  maxDecodedBytes: number;
  maxRedirects: number;
  /** extra attempts after a 429 or 503 */
  maxRetries: number;
  /** the longest we wait before a retry, whatever Retry-After asks */
  maxRetryWaitMs: number;
  /** requests in flight to one host */
  perHost: number;
}

export const DEFAULT_LIMITS: FetchLimits = {
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxDecodedBytes: MAX_BYTES,
  maxRedirects: 5,
  maxRetries: 2,
  maxRetryWaitMs: 30_000,
  perHost: 2,
};

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export interface GetOptions extends Partial<FetchLimits> {
  /** let requests reach private, loopback and link-local addresses */
  allowPrivate?: boolean;
  /** accepted media types (default: pages) */
  types?: string[];
  /** DNS resolution (tests give a fake one; default: the system resolver) */
  resolve?: Resolver;
  /** why an address is refused, or null (default: `blockedReason`; tests narrow it) */
  blocked?: (ip: string) => string | null;
  userAgent?: string;
  accept?: string;
  /** conditional request: the validators of the copy we hold; a 304 then comes back as `notModified` */
  validators?: { etag?: string | null; lastModified?: string | null };
}

export interface Fetched {
  /** the URL asked for */
  requested: string;
  /** the URL the content came from, after redirects */
  url: string;
  status: number;
  /** media type, lower case, without parameters */
  mediaType: string;
  /** charset from the Content-Type header, if any */
  charset: string | null;
  /** the first language of the Content-Language header, if any */
  language: string | null;
  body: Buffer;
  /** the validators to send next time (ETag, Last-Modified), when the server gave them */
  etag: string | null;
  lastModified: string | null;
  /** the server answered 304 to a conditional request: `body` is empty, the held copy is current */
  notModified?: boolean;
}

const systemResolve: Resolver = (host) => dns.lookup(host, { all: true, verbatim: true });

/** Throws unless the URL is http(s) and, when it names an IP address, that address is public. */
export function checkUrl(raw: string, allowPrivate = false, blocked = blockedReason): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new Error("not a valid URL");
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error(`only http and https URLs can be fetched (not ${u.protocol})`);
  if (u.username || u.password) throw new Error("URLs with a user name or password are not fetched");
  const host = u.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && isIP(host)) {
    const why = blocked(host);
    if (why) throw new Error(`refused: ${host} is a ${why} address (use --allow-private to allow it)`);
  }
  return u;
}

/**
 * A `lookup` for net.connect that resolves, refuses the whole host if any of its addresses
 * is not public, and hands net only addresses it checked.
 */
function safeLookup(resolve: Resolver, allowPrivate: boolean, blocked: (ip: string) => string | null) {
  return (hostname: string, options: { all?: boolean; family?: number | string }, cb: (...args: unknown[]) => void) => {
    resolve(hostname)
      .then((addrs) => {
        if (!addrs.length) throw new Error(`${hostname} has no address`);
        if (!allowPrivate) {
          for (const a of addrs) {
            const why = blocked(a.address);
            if (why) throw new Error(`refused: ${hostname} resolves to ${a.address}, a ${why} address (use --allow-private to allow it)`);
          }
        }
        const fam = options.family === 4 || options.family === "IPv4" ? 4 : options.family === 6 || options.family === "IPv6" ? 6 : 0;
        const ok = fam ? addrs.filter((a) => a.family === fam) : addrs;
        if (!ok.length) throw new Error(`${hostname} has no IPv${fam} address`);
        if (options.all) cb(null, ok);
        else cb(null, ok[0].address, ok[0].family);
      })
      .catch((e: Error) => cb(Object.assign(e, { code: (e as NodeJS.ErrnoException).code ?? "EREFUSED" })));
  };
}

/** At most `limit` requests in flight per host, process-wide. */
const hosts = new Map<string, { active: number; queue: Array<() => void> }>();
async function hostSlot(host: string, limit: number): Promise<() => void> {
  let h = hosts.get(host);
  if (!h) hosts.set(host, (h = { active: 0, queue: [] }));
  const slot = h;
  if (slot.active >= limit) await new Promise<void>((r) => slot.queue.push(r));
  slot.active++;
  return () => {
    slot.active--;
    const next = slot.queue.shift();
    if (next) next();
    else if (!slot.active) hosts.delete(host);
  };
}

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer | null;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const RETRY = new Set([429, 503]);

function mediaTypeOf(ct: string | undefined): { mediaType: string; charset: string | null } {
  if (!ct) return { mediaType: "", charset: null };
  const [type, ...params] = ct.split(";");
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1].toLowerCase();
  }
  return { mediaType: type.trim().toLowerCase(), charset };
}

/** One request to one URL: no redirects followed, body read only for a 2xx of an accepted type. */
function requestOnce(u: URL, o: Required<Pick<GetOptions, "allowPrivate" | "types" | "resolve" | "userAgent" | "accept" | "blocked">> & FetchLimits & Pick<GetOptions, "validators">): Promise<Response> {
  return new Promise((resolvePromise, reject) => {
    const mod = u.protocol === "https:" ? https : http;
    let settled = false;
    let decoderRef: zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | zlib.BrotliDecompress | null = null;
    const done = (err: Error | null, res?: Response) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        decoderRef?.destroy();
        req.destroy();
        reject(err);
      } else resolvePromise(res!);
    };
    const req = mod.request(
      u,
      {
        method: "GET",
        agent: false,
        lookup: safeLookup(o.resolve, o.allowPrivate, o.blocked) as never,
        headers: {
          "user-agent": o.userAgent,
          accept: o.accept,
          "accept-encoding": "gzip, deflate, br",
          ...(o.validators?.etag ? { "if-none-match": o.validators.etag } : {}),
          ...(o.validators?.lastModified ? { "if-modified-since": o.validators.lastModified } : {}),
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status >= 300) {
          // a redirect or an error page: its body is never read (it may not end)
          res.destroy();
          done(null, { status, headers: res.headers, body: null });
          return;
        }
        const { mediaType } = mediaTypeOf(res.headers["content-type"]);
        if (!mediaType) return done(new Error("the server sent no Content-Type; refused"));
        if (!o.types.includes(mediaType) && !(o.types.includes("application/xml") && /\+xml$/.test(mediaType)))
          return done(new Error(`refused content type ${mediaType} (accepted: ${o.types.join(", ")})`));
        const declared = Number(res.headers["content-length"]);
        if (Number.isFinite(declared) && declared > o.maxBytes) return done(new Error(`too big: ${declared} bytes (the limit is ${o.maxBytes})`));
        const enc = String(res.headers["content-encoding"] ?? "identity").toLowerCase().trim();
        let decoder: zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | zlib.BrotliDecompress | null = null;
        if (enc !== "identity" && enc !== "" && enc !== "gzip" && enc !== "x-gzip" && enc !== "deflate" && enc !== "br") return done(new Error(`unsupported Content-Encoding ${enc}`));
        const chunks: Buffer[] = [];
        let raw = 0;
        let decoded = 0;
        const collect = (c: Buffer) => {
          if (settled) return;
          decoded += c.length;
          if (decoded > o.maxDecodedBytes) {
            decoder?.destroy();
            return done(new Error(`too big after decompression: more than ${o.maxDecodedBytes} bytes`));
          }
          chunks.push(c);
        };
        const finish = () => done(null, { status, headers: res.headers, body: Buffer.concat(chunks) });
        /** The decompressor, made at the first bytes: "deflate" is zlib-wrapped or, from some servers, raw. */
        const decoderFor = (first: Buffer) => {
          const d =
            enc === "gzip" || enc === "x-gzip"
              ? zlib.createGunzip()
              : enc === "br"
                ? zlib.createBrotliDecompress()
                : (first[0] & 0x0f) === 8 && ((first[0] << 8) | (first[1] ?? 0)) % 31 === 0
                  ? zlib.createInflate()
                  : zlib.createInflateRaw();
          d.on("data", collect);
          d.on("error", (e) => done(new Error(`bad ${enc} data: ${e.message}`)));
          d.on("end", finish);
          decoderRef = d;
          return d;
        };
        const compressed = enc !== "identity" && enc !== "";
        res.on("data", (c: Buffer) => {
          if (settled) return;
          raw += c.length;
          if (raw > o.maxBytes) return done(new Error(`too big: more than ${o.maxBytes} bytes`));
          if (compressed) (decoder ??= decoderFor(c)).write(c);
          else collect(c);
        });
        res.on("end", () => {
          if (!res.complete) return done(new Error("the connection closed before the page ended"));
          if (decoder) decoder.end();
          else if (compressed) done(new Error(`empty ${enc} body`));
          else finish();
        });
        res.on("error", (e) => done(e));
        res.on("aborted", () => done(new Error("the connection closed before the page ended")));
      },
    );
    const timer = setTimeout(() => done(new Error(`timed out after ${o.timeoutMs / 1000} s`)), o.timeoutMs);
    req.on("error", (e) => done(e));
    req.end();
  });
}

/** Seconds or an HTTP date → milliseconds to wait, or null. */
export function retryAfterMs(v: string | string[] | undefined, now = Date.now()): number | null {
  const s = Array.isArray(v) ? v[0] : v;
  if (!s) return null;
  if (/^\s*\d+\s*$/.test(s)) return Number(s) * 1000;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const errText = (e: unknown) => {
  const err = e as NodeJS.ErrnoException;
  if (err.code === "ENOTFOUND") return "no such host";
  if (err.code === "ECONNREFUSED") return "connection refused";
  if (err.code === "ECONNRESET") return "connection reset";
  return String(err.message ?? e).split("\n")[0];
};

/**
 * GETs a URL within the limits. Throws an IngestError naming the URL on any failure:
 * refused address, timeout, too big, wrong type, HTTP error, redirect loop.
 */
export async function get(url: string, opts: GetOptions = {}): Promise<Fetched> {
  const o = {
    ...DEFAULT_LIMITS,
    ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)),
    allowPrivate: Boolean(opts.allowPrivate),
    types: opts.types ?? PAGE_TYPES,
    resolve: opts.resolve ?? systemResolve,
    blocked: opts.blocked ?? blockedReason,
    userAgent: opts.userAgent ?? USER_AGENT,
    accept: opts.accept ?? "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
  } as FetchLimits & Required<Pick<GetOptions, "allowPrivate" | "types" | "resolve" | "userAgent" | "accept" | "blocked">> & Pick<GetOptions, "validators">;
  const seen = [url];
  let current = url;
  let redirects = 0;
  let attempt = 0;
  const fail = (why: string) => new IngestError(url, current !== url ? `${why} (at ${current}, after ${redirects} redirect${redirects === 1 ? "" : "s"})` : why);
  for (;;) {
    let u: URL;
    try {
      u = checkUrl(current, o.allowPrivate, o.blocked);
    } catch (e) {
      throw fail((e as Error).message);
    }
    const release = await hostSlot(u.host, o.perHost);
    let res: Response;
    try {
      res = await requestOnce(u, o);
    } catch (e) {
      throw fail(errText(e));
    } finally {
      release();
    }
    if (REDIRECT.has(res.status)) {
      const loc = res.headers.location;
      if (!loc) throw fail(`HTTP ${res.status} redirect without a Location`);
      let next: string;
      try {
        next = new URL(loc, u).href;
      } catch {
        throw fail(`redirect to an invalid URL ${JSON.stringify(loc)}`);
      }
      if (seen.includes(next)) throw fail(`redirect loop (${[...seen.slice(seen.indexOf(next)), next].join(" → ")})`);
      if (++redirects > o.maxRedirects) throw fail(`too many redirects (more than ${o.maxRedirects})`);
      seen.push(next);
      current = next;
      attempt = 0;
      continue;
    }
    if (RETRY.has(res.status)) {
      if (attempt < o.maxRetries) {
        const asked = retryAfterMs(res.headers["retry-after"]);
        await sleep(Math.min(asked ?? 1000 * 2 ** attempt, o.maxRetryWaitMs));
        attempt++;
        continue;
      }
      throw fail(`HTTP ${res.status} (${http.STATUS_CODES[res.status] ?? "error"}), gave up after ${attempt + 1} tries`);
    }
    const header = (name: string) => {
      const v = res.headers[name];
      return (Array.isArray(v) ? v[0] : v) || null;
    };
    const validators = { etag: header("etag"), lastModified: header("last-modified") };
    if (res.status === 304 && (o.validators?.etag || o.validators?.lastModified))
      return { requested: url, url: current, status: 304, mediaType: "", charset: null, language: null, body: Buffer.alloc(0), etag: validators.etag ?? o.validators.etag ?? null, lastModified: validators.lastModified ?? o.validators.lastModified ?? null, notModified: true };
    if (res.status < 200 || res.status >= 300 || !res.body) throw fail(`HTTP ${res.status} (${http.STATUS_CODES[res.status] ?? "error"})`);
    const { mediaType, charset } = mediaTypeOf(res.headers["content-type"]);
    if (!res.body.length) throw fail("empty response");
    const language = String(res.headers["content-language"] ?? "").split(",")[0].trim().toLowerCase() || null;
    return { requested: url, url: current, status: res.status, mediaType, charset, language, body: res.body, ...validators };
  }
}
