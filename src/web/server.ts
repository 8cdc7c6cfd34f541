/**
 * The explorer's HTTP side (node:http, no framework): a router from method + path to a response,
 * and a server around it. Data comes from a `load()` function, so tests can pass plain data.
 * Loopback by default; GET and HEAD only; a Content-Security-Policy that allows nothing remote.
 * @module
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Dossier } from "../app/explore.js";
import type { NewsletterService } from "../app/newsletter.js";
import type { DecisionService } from "../app/decide.js";
import { answerDecision, decisionForms, newCsrfToken } from "./decide.js";
import { decodedPath, readBody } from "./request.js";
import { loadCharts, renderHtml, renderJson, renderMarkdown } from "../publish/index.js";
import { issueEntries, newsletterRoute } from "./newsletter.js";
import { atomFeed } from "./feed.js";
import { imageryPage } from "./imagery.js";
import { errorPage, factPage, homePage, notFoundPage } from "./pages.js";
import { factsPage, reportsPage, sourcesPage, timelinePage } from "./lists.js";
import { searchPage } from "./search.js";
import { reportPage } from "./report.js";
import { pageParam } from "./paging.js";

/** No scripts, no remote anything: styles inline, images only as data: URLs, forms only to us. */
export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export interface Response {
  status: number;
  type: string;
  body: string;
  headers?: Record<string, string>;
  /** where a 303 after a form sends the browser */
  location?: string;
}

const HTML = "text/html; charset=utf-8";
const html = (body: string, status = 200): Response => ({ status, type: HTML, body });

/**
 * The response for a GET of `path` (with its query string). `base` is the origin links in the
 * feed are made absolute with.
 */
export function route(d: Dossier, url: URL, base: string, edit?: { csrf: string }): Response {
  const path = decodedPath(url);
  if (path === null) return html(notFoundPage(`There is no page at this address.`), 404);
  if (path === "/" || path === "/index.html") return html(homePage(d));
  const page = pageParam(url);
  if (path === "/reports" || path === "/reports/") return html(reportsPage(d, { page }));
  if (path === "/facts" || path === "/facts/") return html(factsPage(d, { verdict: url.searchParams.get("verdict"), page }));
  if (path === "/timeline") return html(timelinePage(d, { page }));
  if (path === "/sources") return html(sourcesPage(d, { page }));
  // reached only when this explorer takes no decisions (with them, /decisions is answered before)
  if (path === "/decisions") return html(notFoundPage("This explorer was started without decisions (`dossier serve --decisions on` takes them; `dossier fact decisions` lists them)."), 404);
  if (path === "/search") return html(searchPage(d, url.searchParams.get("q") ?? "", { factsPage: pageParam(url, "facts"), reportsPage: pageParam(url, "reports") }));
  if (path === "/briefing.html") return html(renderHtml(d.briefing));
  if (path === "/briefing.md") return { status: 200, type: "text/markdown; charset=utf-8", body: renderMarkdown(d.briefing) };
  if (path === "/briefing.json") return { status: 200, type: "application/json; charset=utf-8", body: renderJson(d.briefing) };
  if (path === "/feed.atom") return { status: 200, type: "application/atom+xml; charset=utf-8", body: atomFeed(d, base) };
  const fact = /^\/facts\/(.+)$/.exec(path);
  if (fact) {
    const f = d.factById.get(fact[1]);
    return f ? html(factPage(d, f, { page, after: edit ? (shown) => decisionForms(d, f, edit.csrf, shown) : "" })) : html(notFoundPage(`No fact has the id “${fact[1]}”. Facts are renumbered when reports are added; start again from the list of facts.`, { href: "/facts", label: "All facts" }), 404);
  }
  const site = /^\/imagery\/(.+)$/.exec(path);
  if (site) {
    const page = imageryPage(d, site[1]);
    return page ? html(page) : html(notFoundPage(`No watched site is called “${site[1]}”. Sites come from \`dossier watch --db\`.`), 404);
  }
  const report = /^\/reports\/(.+)$/.exec(path);
  if (report) {
    const r = d.reportById.get(report[1]);
    return r ? html(reportPage(d, r, { part: pageParam(url, "part") })) : html(notFoundPage(`No report has the id “${report[1]}”.`), 404);
  }
  return html(notFoundPage(`There is no page at ${path}.`), 404);
}

const LOOPBACK = /^(127(?:\.\d{1,3}){3}|::1|localhost)$/i;
export const isLoopback = (host: string) => LOOPBACK.test(host.replace(/^\[|\]$/g, ""));

export interface ServerOptions {
  load: () => Promise<Dossier>;
  /** called with errors of `load()` (the page says "something went wrong") */
  onError?: (e: unknown) => void;
  /** the address bound; with a loopback address, requests naming another host are refused (DNS rebinding) */
  host?: string;
  /** the newsletter's pages and actions (/newsletter/…): the only place that answers POST */
  newsletter?: NewsletterService;
  /** the analyst's decisions: forms on fact pages, /decisions, and the POSTs that store them */
  decisions?: DecisionService;
  /** host names besides loopback ones that requests may name (the host of DOSSIER_PUBLIC_URL behind a proxy) */
  names?: string[];
}

/** Bytes of a POST body read at most: the one-click body is 26 bytes, a form's a few more. */
const MAX_POST = 16 * 1024;

/** The request handler: security headers on every response; GET/HEAD, and POST for newsletter and decision forms. */
export function handler(opts: ServerOptions): http.RequestListener {
  const host = opts.host ?? "127.0.0.1";
  const edit = opts.decisions ? { csrf: newCsrfToken() } : undefined;
  return (req, res) => {
    const send = (r: Response) => {
      const body = Buffer.from(r.body, "utf8");
      res.writeHead(r.status, {
        "content-type": r.type,
        "content-length": String(body.length),
        "content-security-policy": CSP,
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "cache-control": "no-store",
        ...r.headers,
        ...(r.location ? { location: r.location } : {}),
      });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    // under a path prefix too (DOSSIER_PUBLIC_URL=https://example.org/dossier behind a proxy that keeps it)
    const newsletter = opts.newsletter && /^(\/[^?#]*)?\/newsletter(\/|$|\?)/.test(req.url ?? "") ? opts.newsletter : null;
    const decisions = opts.decisions && /^\/(facts\/.+\/decide|decisions(\/\d+\/undo)?)$/.test((req.url ?? "").replace(/[?#].*/, "")) ? opts.decisions : null;
    if (req.method !== "GET" && req.method !== "HEAD" && !((newsletter || decisions) && req.method === "POST")) {
      send({ status: 405, type: HTML, body: errorPage(405, `${req.method} is not allowed here: the explorer only reads.`), headers: { allow: "GET, HEAD" } });
      return;
    }
    const hostHeader = req.headers.host ?? "";
    const name = hostHeader.replace(/:\d+$/, "");
    if (isLoopback(host) && !isLoopback(name) && name !== host && !opts.names?.includes(name.toLowerCase())) {
      // a page elsewhere whose name now resolves to 127.0.0.1 must not read the dossier
      send({ status: 421, type: "text/plain; charset=utf-8", body: `This server answers to loopback names only, not ${hostHeader}.\n` });
      return;
    }
    const base = /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(hostHeader) ? `http://${hostHeader}` : `http://${host.includes(":") ? `[${host}]` : host}`;
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
    } catch {
      send(html(notFoundPage("There is no page at this address."), 404));
      return;
    }
    if (opts.newsletter && url.pathname === "/feed.atom") {
      // the feed carries the newsletter's issues beside the reports
      const nl = opts.newsletter;
      Promise.all([opts.load(), issueEntries(nl, base)]).then(
        ([d, extra]) => send({ status: 200, type: "application/atom+xml; charset=utf-8", body: atomFeed(d, base, extra) }),
        (e) => {
          opts.onError?.(e);
          send(html(errorPage(500, `The dossier could not be read: ${(e as Error)?.message ?? e}`), 500));
        },
      );
      return;
    }
    if (newsletter) {
      answerNewsletter(req, newsletter, url).then(
        (r) => send(r ?? html(notFoundPage(`There is no page at ${url.pathname}.`), r === null && req.method === "POST" ? 405 : 404)),
        (e) => {
          opts.onError?.(e);
          send(html(errorPage(500, "This page could not be built; the error is in the server's log."), 500));
        },
      );
      return;
    }
    if (decisions && edit) {
      answerDecision(req, decodedPath(url) ?? url.pathname, decisions, edit.csrf, opts.load).then(
        (r) => send(r ? { status: r.status, type: HTML, body: r.body, location: r.location } : html(notFoundPage(`There is no page at ${url.pathname}.`), 404)),
        (e) => {
          opts.onError?.(e);
          send(html(errorPage(500, "This decision could not be completed; the error is in the server's log."), 500));
        },
      );
      return;
    }
    opts.load().then(
      (d) => {
        try {
          send(route(d, url, base, edit));
        } catch (e) {
          opts.onError?.(e);
          send(html(errorPage(500, "This page could not be built; the error is in the server's log."), 500));
        }
      },
      (e) => {
        opts.onError?.(e);
        send(html(errorPage(500, `The dossier could not be read: ${(e as Error)?.message ?? e}`), 500));
      },
    );
  };
}

/** A newsletter page or action; the POST body is read (bounded) and not needed: the token in the path says it all. */
async function answerNewsletter(req: http.IncomingMessage, nl: NewsletterService, url: URL): Promise<Response | null> {
  if (req.method === "POST" && !(await readBody(req, MAX_POST))) return { status: 413, type: HTML, body: errorPage(413, "That request body is too large.") };
  const path = decodedPath(url);
  if (path === null) return null;
  const r = await newsletterRoute(nl, req.method === "POST" ? "POST" : "GET", path.slice(path.lastIndexOf("/newsletter")));
  return r && { status: r.status, type: HTML, body: r.body };
}

export interface RunningServer {
  /** http://host:port/ */
  url: string;
  port: number;
  server: http.Server;
  close(): Promise<void>;
}

/** Starts the explorer on host:port (port 0 picks a free one). */
export async function startServer(opts: ServerOptions & { port?: number }): Promise<RunningServer> {
  // pages draw charts synchronously
  await loadCharts();
  const host = opts.host ?? "127.0.0.1";
  const server = http.createServer(handler({ ...opts, host }));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 4242, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
