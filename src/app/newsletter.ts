/**
 * The newsletter's use cases: subscribe (double opt-in), confirm and unsubscribe by signed
 * token (what `serve` calls), send the current issue, list subscribers and issues.
 *
 * Sending loses nothing and sends nothing twice: each (issue, subscriber) delivery is recorded
 * "sending" before the SMTP conversation and "sent" after it; a second `send` after a crash
 * picks up every delivery not marked sent. A 4xx reply or a timeout is retried with backoff and
 * then left for the next send; a 5xx reply suppresses the address. One subscriber's failure
 * never stops the others.
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Briefing } from "../types.js";
import { diffSnapshots, feedAlerts, hasNews, issueSubject, renderConfirmation, renderIssue, signToken, smtpFailure, snapshotOf, verifyToken, backoffMs, type Alert, type IssueContent, type MailFigure, type Snapshot } from "../newsletter/index.js";
import type { IssueRecord, Store, Subscriber } from "../store/index.js";
import { briefStore, latestWatch } from "./brief.js";
import { AppError } from "./errors.js";
import { withStore } from "./store.js";
import type { Mailer } from "./mailer.js";

export type { Mailer } from "./mailer.js";
export type { Subscriber } from "../store/index.js";

/** Where `dossier serve` is reachable from subscribers' mail clients, and where its mail comes from. */
export interface NewsletterSite {
  /** DOSSIER_PUBLIC_URL without a trailing slash */
  base: string;
}

/** The newsletter's public base URL from DOSSIER_PUBLIC_URL (required: every mail links to it). */
export function publicSite(env: NodeJS.ProcessEnv = process.env): NewsletterSite {
  const raw = env.DOSSIER_PUBLIC_URL?.trim();
  if (!raw) throw new AppError("DOSSIER_PUBLIC_URL is not set: the base URL at which `dossier serve` is reachable (https://… in production), used in every link of the mail");
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new AppError(`DOSSIER_PUBLIC_URL is not a URL: ${raw}`);
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") throw new AppError(`DOSSIER_PUBLIC_URL must be an http(s) URL, not ${raw}`);
  return { base: u.href.replace(/[?#].*$/, "").replace(/\/+$/, "") };
}

/** The sender address: DOSSIER_MAIL_FROM, else the SMTP user when it is an address, else newsletter@<public host>. */
export function senderAddress(site: NewsletterSite, smtpUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.DOSSIER_MAIL_FROM?.trim()) return env.DOSSIER_MAIL_FROM.trim();
  try {
    const user = decodeURIComponent(new URL(smtpUrl).username);
    if (/^[^@\s]+@[^@\s]+$/.test(user)) return user;
  } catch {}
  const host = new URL(site.base).hostname;
  return `newsletter@${/[a-z]/i.test(host) && host.includes(".") ? host : "localhost"}`;
}

export const links = {
  confirm: (site: NewsletterSite, token: string) => `${site.base}/newsletter/confirm/${token}`,
  unsubscribe: (site: NewsletterSite, token: string) => `${site.base}/newsletter/unsubscribe/${token}`,
  issue: (site: NewsletterSite, n: number) => `${site.base}/newsletter/issues/${n}`,
};

const EMAIL = /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+\.[^\s@<>(),;:"\\[\]]+$/;

/** Stores a pending subscriber and mails the confirmation (a link to a page whose button confirms). */
export async function subscribe(store: Store, email: string, o: { site: NewsletterSite; mailer: Mailer; title: string }): Promise<{ subscriber: Subscriber; mailed: boolean }> {
  const address = email.trim().toLowerCase();
  if (!EMAIL.test(address) || address.length > 254) throw new AppError(`not an e-mail address: ${JSON.stringify(email)}`, true);
  const { subscriber } = await store.newsletter.subscribe(address);
  if (subscriber.state === "confirmed") return { subscriber, mailed: false };
  if (subscriber.state === "suppressed") throw new AppError(`${address} is suppressed after a hard bounce (${subscriber.reason ?? "5xx"}); nothing is mailed to it`);
  const secret = await store.newsletter.secret();
  const token = signToken(secret, { purpose: "confirm", subscriber: subscriber.id, nonce: subscriber.confirmNonce! });
  const mail = renderConfirmation(o.title, links.confirm(o.site, token));
  try {
    await o.mailer.send({ to: address, subject: mail.subject, text: mail.text, html: mail.html, messageId: `<confirm.${subscriber.id}.${subscriber.confirmNonce}@${hostOf(o.site)}>` });
  } catch (e) {
    if (smtpFailure(e) === "hard") await store.newsletter.suppress(subscriber.id, errText(e));
    throw new AppError(`the confirmation mail to ${address} could not be sent: ${errText(e)} (the subscriber stays pending; subscribe again to resend)`);
  }
  return { subscriber, mailed: true };
}

export interface TokenPage {
  /** the token is genuine and names a subscriber */
  valid: boolean;
  /** the address with its local part hidden (the page is seen by whoever holds the link) */
  masked: string | null;
  state: Subscriber["state"] | null;
}

const mask = (email: string) => email.replace(/^(.)[^@]*(@.*)$/, "$1…$2");

/** What a confirmation or unsubscribe page shows on GET: reading it changes nothing. */
export async function tokenPage(store: Store, token: string, purpose: "confirm" | "unsubscribe"): Promise<TokenPage> {
  const claims = verifyToken(await store.newsletter.secret(), token, purpose);
  const s = claims ? await store.newsletter.subscriber(claims.subscriber) : null;
  if (!claims || !s) return { valid: false, masked: null, state: null };
  // a confirmation link whose nonce was used or replaced is no longer valid for confirming
  if (purpose === "confirm" && s.state === "pending" && s.confirmNonce !== claims.nonce) return { valid: false, masked: null, state: null };
  return { valid: true, masked: mask(s.email), state: s.state };
}

/** POST of a confirmation link: confirms once; "already" when it was confirmed before. */
export async function confirmByToken(store: Store, token: string): Promise<"confirmed" | "already" | "invalid"> {
  const claims = verifyToken(await store.newsletter.secret(), token, "confirm");
  if (!claims) return "invalid";
  if (await store.newsletter.confirm(claims.subscriber, claims.nonce)) return "confirmed";
  const s = await store.newsletter.subscriber(claims.subscriber);
  return s?.state === "confirmed" ? "already" : "invalid";
}

/** POST of an unsubscribe link (RFC 8058 one-click): at once, no login, no confirmation. */
export async function unsubscribeByToken(store: Store, token: string): Promise<"unsubscribed" | "already" | "invalid"> {
  const claims = verifyToken(await store.newsletter.secret(), token, "unsubscribe");
  if (!claims) return "invalid";
  if (await store.newsletter.unsubscribe(claims.subscriber)) return "unsubscribed";
  return (await store.newsletter.subscriber(claims.subscriber)) ? "already" : "invalid";
}

export interface SendOptions {
  site: NewsletterSite;
  mailer: Mailer;
  /** the dossier now (briefStore of the store) */
  briefing: Briefing;
  /** the chart and latest snapshot, attached when an issue carries imagery */
  figures?: MailFigure[];
  /** tries per delivery before it is left for the next send (default 3) */
  tries?: number;
  /** first wait between tries (default 2 s; doubles) */
  backoffMs?: number;
  onDelivery?: (d: { email: string; issue: number; status: "sent" | "deferred" | "bounced"; error?: string }) => void;
  now?: Date;
}

export interface SendResult {
  /** the issue delivered (new or resumed), null when nothing was to be sent */
  issue: number | null;
  /** a new issue was made by this send */
  created: boolean;
  sent: number;
  deferred: number;
  bounced: number;
  /** why nothing was sent */
  reason?: "no-subscribers" | "nothing-new";
}

/** The source alerts standing now (feeds quiet or broken). */
export async function currentAlerts(store: Store, now = new Date()): Promise<Alert[]> {
  return feedAlerts(await store.runner.feeds(), now);
}

type Issue = IssueRecord<IssueContent, Snapshot>;

/**
 * Mails the current issue to every confirmed subscriber. A new issue is made when the dossier
 * changed since the last one; each subscriber gets what changed since the last issue it received
 * (its first: the briefing's summary).
 */
export async function sendNewsletter(store: Store, o: SendOptions): Promise<SendResult> {
  const nl = store.newsletter;
  const result: SendResult = { issue: null, created: false, sent: 0, deferred: 0, bounced: 0 };
  const confirmed = (await nl.subscribers()).filter((s) => s.state === "confirmed");
  if (!confirmed.length) return { ...result, reason: "no-subscribers" };
  const snapshot = snapshotOf(o.briefing, await currentAlerts(store, o.now));
  let latest = await nl.lastIssue<IssueContent, Snapshot>();
  const content = diffSnapshots(latest?.snapshot ?? null, snapshot);
  if (!latest || hasNews(content)) {
    const figures = content.observations.length ? (o.figures ?? []) : [];
    latest = await nl.addIssue<IssueContent, Snapshot>({
      kind: content.kind,
      subject: issueSubject(content, 0).replace(/ \(issue 0\)$/, ""),
      content,
      snapshot,
      figures: figures.map((f) => ({ caption: f.caption, contentType: f.contentType, data: f.content.toString("base64") })),
    });
    result.created = true;
  }
  result.issue = latest.number;
  const secret = await nl.secret();
  const earlier = new Map<number, Issue | null>();
  const issueAt = async (n: number) => (earlier.has(n) ? earlier.get(n)! : (earlier.set(n, await nl.issue<IssueContent, Snapshot>(n)), earlier.get(n)!));
  let anything = false;
  for (const s of confirmed) {
    if (s.lastIssue != null && s.lastIssue >= latest.number) continue;
    // what this subscriber has not seen: since its last issue, or the summary for its first
    const since = s.lastIssue != null ? await issueAt(s.lastIssue) : null;
    const mine = since ? diffSnapshots(since.snapshot, latest.snapshot) : diffSnapshots(null, latest.snapshot);
    if (!hasNews(mine)) continue;
    anything = true;
    const token = signToken(secret, { purpose: "unsubscribe", subscriber: s.id, nonce: "" });
    const unsubscribe = links.unsubscribe(o.site, token);
    // the figures stored with the issue; a first issue (the summary) of an issue without imagery takes today's
    const stored = latest.figures.map((f) => ({ caption: f.caption, contentType: f.contentType, content: Buffer.from(f.data, "base64") }));
    const figures = mine.observations.length ? (stored.length ? stored : (o.figures ?? [])) : [];
    const mail = renderIssue(mine, latest.number, { base: o.site.base, archive: links.issue(o.site, latest.number), unsubscribe }, figures);
    const messageId = `<issue-${latest.number}.${s.id}@${hostOf(o.site)}>`;
    const record = { issue: latest.number, subscriber: s.id, sinceIssue: s.lastIssue, messageId };
    await nl.recordDelivery({ ...record, status: "sending", lastError: null });
    const outcome = await deliver(o, () =>
      o.mailer.send({
        to: s.email,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId,
        attachments: mail.attachments,
        headers: {
          "List-Unsubscribe": `<${unsubscribe}>, <mailto:${o.mailer.from}?subject=unsubscribe%20${token}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          "List-Id": `<newsletter.${hostOf(o.site)}>`,
        },
      }),
    );
    await nl.recordDelivery({ ...record, status: outcome.status, attempts: outcome.tries, lastError: outcome.error ?? null });
    if (outcome.status === "bounced") await nl.suppress(s.id, outcome.error ?? "hard bounce");
    result[outcome.status === "sent" ? "sent" : outcome.status]++;
    o.onDelivery?.({ email: s.email, issue: latest.number, status: outcome.status, error: outcome.error });
  }
  if (!anything && !result.created) return { ...result, reason: "nothing-new" };
  return result;
}

async function deliver(o: SendOptions, send: () => Promise<void>): Promise<{ status: "sent" | "deferred" | "bounced"; tries: number; error?: string }> {
  const tries = Math.max(1, o.tries ?? 3);
  for (let i = 0; ; i++) {
    try {
      await send();
      return { status: "sent", tries: i + 1 };
    } catch (e) {
      if (smtpFailure(e) === "hard") return { status: "bounced", tries: i + 1, error: errText(e) };
      if (i + 1 >= tries) return { status: "deferred", tries: i + 1, error: errText(e) };
      await new Promise((r) => setTimeout(r, backoffMs(i, o.backoffMs ?? 2000)));
    }
  }
}

const errText = (e: unknown) => String((e as Error)?.message ?? e).split("\n")[0].slice(0, 300);
const hostOf = (site: NewsletterSite) => new URL(site.base).hostname.replace(/^\[|\]$/g, "") || "localhost";

/** Subscribers with their state and the last issue each received. */
export async function listSubscribers(db: string | undefined): Promise<Subscriber[]> {
  return withStore(db, (store) => store.newsletter.subscribers());
}

/** The stored issues, newest first (for the archive and the feed). */
export async function listIssues(store: Store) {
  return store.newsletter.issues<IssueContent>();
}

/** One stored issue, or null. */
export async function getIssue(store: Store, n: number): Promise<Issue | null> {
  return Number.isInteger(n) && n > 0 ? store.newsletter.issue<IssueContent, Snapshot>(n) : null;
}

/** What `serve` asks of the newsletter: token pages, the two POST actions, the archive, the alerts. */
export interface NewsletterService {
  /** DOSSIER_PUBLIC_URL's base, or null when unset (links in the archive are then relative) */
  base: string | null;
  page(token: string, purpose: "confirm" | "unsubscribe"): Promise<TokenPage>;
  confirm(token: string): Promise<"confirmed" | "already" | "invalid">;
  unsubscribe(token: string): Promise<"unsubscribed" | "already" | "invalid">;
  issues(): ReturnType<typeof listIssues>;
  issue(n: number): Promise<Issue | null>;
  alerts(): Promise<Alert[]>;
}

export function newsletterService(store: Store, env: NodeJS.ProcessEnv = process.env): NewsletterService {
  let base: string | null = null;
  try {
    base = publicSite(env).base;
  } catch {}
  return {
    base,
    page: (token, purpose) => tokenPage(store, token, purpose),
    confirm: (token) => confirmByToken(store, token),
    unsubscribe: (token) => unsubscribeByToken(store, token),
    issues: () => listIssues(store),
    issue: (n) => getIssue(store, n),
    alerts: () => currentAlerts(store),
  };
}

export { renderIssue } from "../newsletter/index.js";
export type { Alert, IssueContent } from "../newsletter/index.js";

/**
 * The dossier as the newsletter sees it now: the briefing of everything in the store (the same
 * composition as `dossier brief`), and the figures of the latest watch for mail (PNG only: mail
 * clients do not show SVG).
 */
export async function currentDossier(store: Store, title?: string): Promise<{ briefing: Briefing; figures: MailFigure[] } | null> {
  const { briefing } = await briefStore(store, { title });
  if (!briefing) return null;
  return { briefing, figures: mailFigures(latestWatch(briefing.observations ?? [])?.outDir ?? null) };
}

/** The chart and latest clear snapshot of a watch output folder, as PNG attachments. */
export function mailFigures(outDir: string | null): MailFigure[] {
  if (!outDir || !existsSync(join(outDir, "table.json"))) return [];
  const out: MailFigure[] = [];
  try {
    const t = JSON.parse(readFileSync(join(outDir, "table.json"), "utf8")) as { site?: string; rows?: Array<{ date: string; flags: string[] }> };
    const rows = t.rows ?? [];
    if (existsSync(join(outDir, "chart.png"))) out.push({ caption: `Site ${t.site}: progress and class areas per Sentinel-2 date. Contains modified Copernicus Sentinel data.`, contentType: "image/png", content: readFileSync(join(outDir, "chart.png")) });
    const clear = [...rows].reverse().find((r) => !r.flags?.includes("cloudy") && existsSync(join(outDir, "snapshots", `${r.date}.png`)));
    if (clear) out.push({ caption: `Site ${t.site} on ${clear.date} (Sentinel-2 L2A true colour). Contains modified Copernicus Sentinel data ${clear.date.slice(0, 4)}.`, contentType: "image/png", content: readFileSync(join(outDir, "snapshots", `${clear.date}.png`)) });
  } catch {
    // a folder moved or half-written: the issue goes out without its figures
  }
  return out;
}

/**
 * The mailer and public site the environment names (DOSSIER_SMTP_URL, DOSSIER_PUBLIC_URL,
 * DOSSIER_MAIL_FROM), the store at `db` with the newsletter's title kept when one is given, and
 * `fn` run with all three; the mailer is closed after.
 */
async function withEnvMailer<T>(db: string | undefined, env: NodeJS.ProcessEnv, title: string | undefined, fn: (store: Store, site: NewsletterSite, mailer: Mailer) => Promise<T>): Promise<T> {
  const smtpUrl = env.DOSSIER_SMTP_URL?.trim();
  if (!smtpUrl) throw new AppError("DOSSIER_SMTP_URL is not set: smtp://user:password@host:port (or smtps:// for TLS from the start)");
  const site = publicSite(env);
  const { smtpMailer } = await import("./mailer.js");
  const mailer = await smtpMailer({ url: smtpUrl, from: senderAddress(site, smtpUrl, env) });
  try {
    return await withStore(db, async (store) => {
      if (title?.trim()) await store.newsletter.setSetting("newsletter_title", title.trim());
      return fn(store, site, mailer);
    });
  } finally {
    mailer.close();
  }
}

/**
 * `newsletter send` from the environment: DOSSIER_SMTP_URL, DOSSIER_PUBLIC_URL (and optionally
 * DOSSIER_MAIL_FROM); the newsletter's title is the one kept in the store. Null when the store has
 * no reports.
 */
export async function sendCurrentIssue(db: string | undefined, env: NodeJS.ProcessEnv, events: Pick<SendOptions, "onDelivery"> & { title?: string } = {}): Promise<SendResult | null> {
  return withEnvMailer(db, env, events.title, async (store, site, mailer) => {
    const now = await currentDossier(store, (await store.newsletter.setting("newsletter_title")) ?? undefined);
    if (!now) return null;
    return sendNewsletter(store, { site, mailer, briefing: now.briefing, figures: now.figures, onDelivery: events.onDelivery });
  });
}

/** `newsletter subscribe` from the environment. */
export async function subscribeAddress(db: string | undefined, env: NodeJS.ProcessEnv, email: string, title?: string): Promise<{ subscriber: Subscriber; mailed: boolean }> {
  return withEnvMailer(db, env, title, async (store, site, mailer) =>
    subscribe(store, email, { site, mailer, title: (await store.newsletter.setting("newsletter_title")) ?? "the dossier" }),
  );
}
