/**
 * The HTTP client for imagery: byte ranges with retries (backoff + jitter), a per-request timeout,
 * an optional on-disk cache keyed by URL + range, a fallback for servers that ignore Range
 * (200 with the full body: kept in memory and sliced), and byte/request counters.
 * `fetch` is injected so tests and callers can route requests.
 * @module
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, renameSync, existsSync } from "node:fs";
import { join } from "node:path";

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export interface HttpOptions {
  fetch?: FetchLike;
  retries?: number;
  timeoutMs?: number;
  backoffMs?: number;
  cacheDir?: string | null;
  /** largest full body accepted from a server that ignores Range */
  maxFullBody?: number;
}

export interface HttpStats {
  requests: number;
  /** bytes received over the network */
  bytes: number;
  retries: number;
  cacheHits: number;
  /** responses that ignored Range and sent the whole file */
  fullBodies: number;
}

export class HttpError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const retryable = (status: number) => status === 408 || status === 429 || status >= 500;

export class RangeClient {
  readonly stats: HttpStats = { requests: 0, bytes: 0, retries: 0, cacheHits: 0, fullBodies: 0 };
  private readonly fetchFn: FetchLike;
  private readonly full = new Map<string, Promise<Uint8Array>>();
  private readonly sizes = new Map<string, number>();
  /** bytes per URL, for provenance */
  readonly bytesByUrl = new Map<string, number>();
  constructor(readonly opts: HttpOptions = {}) {
    this.fetchFn = opts.fetch ?? ((u, i) => fetch(u, i));
    if (opts.cacheDir) mkdirSync(opts.cacheDir, { recursive: true });
  }

  size(url: string): number | null {
    return this.sizes.get(url) ?? null;
  }

  private count(url: string, n: number) {
    this.stats.bytes += n;
    this.bytesByUrl.set(url, (this.bytesByUrl.get(url) ?? 0) + n);
  }

  /** Runs one request with retries on network errors, timeouts and 408/429/5xx. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const retries = this.opts.retries ?? 3;
    let lastErr: unknown;
    let wait = 0;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt) {
        this.stats.retries++;
        const base = (this.opts.backoffMs ?? 250) * 2 ** (attempt - 1);
        await sleep(Math.max(wait, base / 2 + Math.random() * base));
      }
      this.stats.requests++;
      try {
        const res = await this.fetchFn(url, { ...init, signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30_000) });
        if (retryable(res.status) && attempt < retries) {
          // a throttling server may say how long to wait (seconds); honour up to 30 s
          const ra = Number(res.headers.get("retry-after"));
          wait = Number.isFinite(ra) && ra > 0 ? Math.min(ra, 30) * 1000 : 0;
          await res.arrayBuffer().catch(() => undefined);
          lastErr = new HttpError(`${url}: HTTP ${res.status}`, res.status);
          continue;
        }
        return res;
      } catch (e) {
        lastErr = e;
        // nothing listens there / no such host / a port fetch refuses: retrying will not help
        const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
        if (cause?.code === "ECONNREFUSED" || cause?.code === "ENOTFOUND" || cause?.message === "bad port") break;
      }
    }
    const e = lastErr as { message?: string; cause?: { code?: string; message?: string } };
    const why = e?.cause?.code ?? e?.cause?.message;
    const msg = `${e?.message ?? String(lastErr)}${why ? ` (${why})` : ""}`;
    throw new HttpError(msg.startsWith(url) ? msg : `${url}: ${msg}`);
  }

  async json<T = unknown>(url: string, init: RequestInit = {}): Promise<T> {
    const res = await this.request(url, init);
    const body = new Uint8Array(await res.arrayBuffer());
    this.count(url, body.length);
    if (!res.ok) throw new HttpError(`${url}: HTTP ${res.status} ${new TextDecoder().decode(body.slice(0, 200)).replace(/\s+/g, " ")}`, res.status);
    try {
      return JSON.parse(new TextDecoder().decode(body)) as T;
    } catch {
      throw new HttpError(`${url}: response is not JSON`);
    }
  }

  private cachePath(url: string, start: number, end: number) {
    return join(this.opts.cacheDir!, createHash("sha1").update(`${url}\n${start}-${end}`).digest("hex") + ".bin");
  }

  /** Bytes [start, end] (inclusive) of `url`; fewer at the end of the file. */
  async range(url: string, start: number, end: number): Promise<Uint8Array> {
    const whole = this.full.get(url);
    if (whole) return (await whole).subarray(start, end + 1);
    const cp = this.opts.cacheDir ? this.cachePath(url, start, end) : null;
    if (cp && existsSync(cp)) {
      this.stats.cacheHits++;
      return new Uint8Array(readFileSync(cp));
    }
    const res = await this.request(url, { headers: { Range: `bytes=${start}-${end}` } });
    if (res.status === 416) {
      await res.arrayBuffer().catch(() => undefined);
      return new Uint8Array(0);
    }
    if (res.status === 200) {
      // the server ignored Range: keep the whole body once and slice from it
      this.stats.fullBodies++;
      const len = Number(res.headers.get("content-length") ?? NaN);
      const max = this.opts.maxFullBody ?? 1 << 30;
      if (len > max) throw new HttpError(`${url}: server ignores Range and the file is ${len} bytes (limit ${max})`);
      const p = res.arrayBuffer().then((b) => {
        const u = new Uint8Array(b);
        this.count(url, u.length);
        this.sizes.set(url, u.length);
        return u;
      });
      this.full.set(url, p);
      try {
        return (await p).subarray(start, end + 1);
      } catch (e) {
        this.full.delete(url);
        throw new HttpError(`${url}: ${(e as Error).message}`);
      }
    }
    if (res.status !== 206) {
      await res.arrayBuffer().catch(() => undefined);
      throw new HttpError(`${url}: HTTP ${res.status} for a byte range`, res.status);
    }
    const cr = /bytes\s+(\d+)-(\d+)\/(\d+|\*)/.exec(res.headers.get("content-range") ?? "");
    if (cr && cr[3] !== "*") this.sizes.set(url, Number(cr[3]));
    if (cr && Number(cr[1]) !== start) throw new HttpError(`${url}: asked for bytes from ${start}, got ${cr[1]}`);
    const body = new Uint8Array(await res.arrayBuffer());
    this.count(url, body.length);
    if (cp) {
      const tmp = `${cp}.${process.pid}.tmp`;
      writeFileSync(tmp, body);
      renameSync(tmp, cp);
    }
    return body;
  }
}
