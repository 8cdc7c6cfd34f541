/**
 * The newsletter's pages in `serve`: the confirmation and unsubscribe pages (a GET shows a
 * button and changes nothing, since link scanners and mail filters fetch every link; the
 * button's POST acts, as does the RFC 8058 one-click POST of mail clients), the archive of
 * issues, and the source alerts. Pages are built here; what they do is the app's.
 * @module
 */
import type { NewsletterService, TokenPage } from "../app/newsletter.js";
import { renderIssue } from "../app/newsletter.js";
import { escapeHtml as esc, formatPublished } from "../publish/index.js";
import { xml } from "./feed.js";
import { layout, notFoundPage } from "./pages.js";

export interface NewsletterResponse {
  status: number;
  body: string;
}

const page = (title: string, body: string, status = 200): NewsletterResponse => ({ status, body: layout(`${title} — dossier`, body) });

const invalid = () =>
  page("Link not valid", `<h1>This link is not valid</h1><p>It may have been mistyped, cut by the mail program, or replaced by a newer one. Nothing was changed.</p>`, 404);

function confirmPage(p: TokenPage): NewsletterResponse {
  if (!p.valid) return invalid();
  if (p.state === "confirmed") return page("Subscribed", `<h1>You are subscribed</h1><p>The newsletter goes to ${esc(p.masked)}. Nothing more to do.</p>`);
  if (p.state !== "pending") return page("Not subscribed", `<h1>This subscription is no longer pending</h1><p>Subscribe again to receive the newsletter.</p>`);
  return page(
    "Confirm your subscription",
    `<h1>Confirm your subscription</h1><p>Press the button to receive the newsletter at ${esc(p.masked)}.</p><form method="post"><button type="submit" id="confirm">Confirm my subscription</button></form>`,
  );
}

function unsubscribePage(p: TokenPage): NewsletterResponse {
  if (!p.valid) return invalid();
  if (p.state !== "confirmed" && p.state !== "pending") return page("Unsubscribed", `<h1>You are unsubscribed</h1><p>Nothing more is sent to ${esc(p.masked)}.</p>`);
  return page(
    "Unsubscribe",
    `<h1>Unsubscribe</h1><p>Press the button and nothing more is sent to ${esc(p.masked)}.</p><form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit" id="unsubscribe">Unsubscribe</button></form>`,
  );
}

async function archivePage(nl: NewsletterService): Promise<NewsletterResponse> {
  const issues = await nl.issues();
  const alerts = await nl.alerts();
  const rows = issues.map((i) => `<li><a href="/newsletter/issues/${i.number}">Issue ${i.number}</a>: ${esc(i.subject)} <span class="note">${esc(formatPublished(i.createdAt.slice(0, 10)))}</span></li>`);
  return page(
    "Newsletter",
    [
      `<h1>Newsletter</h1>`,
      alertList(alerts),
      issues.length ? `<ul class="sources">${rows.join("")}</ul>` : `<p class="note">No issue yet: <code>dossier newsletter send</code> makes the first one when someone has confirmed a subscription.</p>`,
    ].join("\n"),
  );
}

/** The source alerts standing now, for the newsletter page and the home page. */
export function alertList(alerts: Awaited<ReturnType<NewsletterService["alerts"]>>): string {
  if (!alerts.length) return "";
  const items = alerts.map((a) => `<li><b>${esc(a.title ?? a.source)}</b> ${a.kind === "broken" ? "is failing" : "has gone quiet"}: ${esc(a.detail)} <span class="note">${esc(a.source)}</span></li>`);
  return `<section class="alerts"><h2>Source alerts</h2><ul class="sources">${items.join("")}</ul></section>`;
}

async function issuePage(nl: NewsletterService, n: number): Promise<NewsletterResponse> {
  const issue = await nl.issue(n);
  if (!issue) return { status: 404, body: notFoundPage(`There is no newsletter issue ${n}.`) };
  const base = nl.base ?? "";
  const figures = issue.figures.map((f) => ({ caption: f.caption, contentType: f.contentType, content: Buffer.from(f.data, "base64") }));
  const mail = renderIssue(issue.content, issue.number, { base, archive: `${base}/newsletter/issues/${n}`, unsubscribe: `${base}/newsletter` }, figures, (f) => `data:${f.contentType};base64,${f.content.toString("base64")}`);
  // the mail's own body, inside the explorer's frame
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(mail.html)?.[1] ?? "";
  return page(`Issue ${n}`, `<p class="note"><a href="/newsletter">All issues</a></p>${body}`);
}

/** The newsletter's answer to a request under /newsletter, or null when the path is not one of its pages. */
export async function newsletterRoute(nl: NewsletterService, method: string, path: string): Promise<NewsletterResponse | null> {
  const post = method === "POST";
  if (path === "/newsletter" || path === "/newsletter/") return post ? null : archivePage(nl);
  const issue = /^\/newsletter\/issues\/(\d{1,9})$/.exec(path);
  if (issue) return post ? null : issuePage(nl, Number(issue[1]));
  const m = /^\/newsletter\/(confirm|unsubscribe)\/([A-Za-z0-9._-]{1,300})$/.exec(path);
  if (!m) return null;
  const [, action, token] = m;
  if (action === "confirm") {
    if (!post) return confirmPage(await nl.page(token, "confirm"));
    const r = await nl.confirm(token);
    if (r === "invalid") return invalid();
    return page("Subscribed", `<h1>You are subscribed</h1><p>${r === "already" ? "This subscription was already confirmed." : "Thank you: the next issue will come to you."}</p>`);
  }
  if (!post) return unsubscribePage(await nl.page(token, "unsubscribe"));
  const r = await nl.unsubscribe(token);
  if (r === "invalid") return invalid();
  return page("Unsubscribed", `<h1>You are unsubscribed</h1><p>Nothing more will be sent to you.</p>`);
}

/** Atom entries for the newsletter's issues (newest first), for `atomFeed`'s extra entries. */
export async function issueEntries(nl: NewsletterService, base: string): Promise<Array<{ updated: string; xml: string }>> {
  return (await nl.issues()).map((i) => ({
    updated: i.createdAt,
    xml: [
      `<entry>`,
      `<id>${xml(`${nl.base ?? base}/newsletter/issues/${i.number}`)}</id>`,
      `<title>${xml(`Newsletter issue ${i.number}: ${i.subject}`)}</title>`,
      `<updated>${xml(i.createdAt)}</updated>`,
      `<author><name>dossier newsletter</name></author>`,
      `<link rel="alternate" type="text/html" href="${xml(`${base}/newsletter/issues/${i.number}`)}"/>`,
      `<summary type="text">${xml(issueSummary(i.content))}</summary>`,
      `</entry>`,
    ].join("\n"),
  }));
}

function issueSummary(c: Awaited<ReturnType<NewsletterService["issues"]>>[number]["content"]): string {
  if (c.kind === "summary") return `The briefing so far: ${c.keyFacts.map((f) => `${f.about}: ${f.values.map((v) => v.words).join(" / ")}`).slice(0, 8).join("; ")}.`;
  const lines = [
    ...c.newValues.map((v) => `${v.fact.about}: now ${v.added.map((x) => x.words).join(", ")} (was ${v.before.join(", ")})`),
    ...c.verdicts.map((v) => `${v.fact.about}: ${v.from} → ${v.to}`),
    ...c.newFacts.map((f) => `${f.about}: ${f.values.map((v) => v.words).join(" / ")}`),
    ...c.events.map((t) => `${t.when}: ${t.event}`),
  ];
  return lines.slice(0, 12).join("\n");
}
