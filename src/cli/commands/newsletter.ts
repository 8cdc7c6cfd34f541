/**
 * `dossier newsletter subscribe <email> | send | subscribers`: double opt-in, sending the
 * current issue, listing subscribers. Mail goes through DOSSIER_SMTP_URL; every link points
 * under DOSSIER_PUBLIC_URL (where `dossier serve` answers).
 */
import type { CommandContext } from "../cli.js";
import { ExitError, UsageError } from "../errors.js";
import { oneLine, table } from "../io.js";
import { storeFrom } from "./shared.js";

const VERBS = ["subscribe", "send", "subscribers"];

export async function run(ctx: CommandContext): Promise<number> {
  try {
    return await newsletter(ctx);
  } catch (e) {
    const { AppError } = await import("../../app/errors.js");
    if (e instanceof AppError) throw e.usage ? new UsageError(e.message) : new ExitError(e.message);
    throw e;
  }
}

async function newsletter(ctx: CommandContext): Promise<number> {
  const [verb, ...rest] = ctx.args;
  if (!VERBS.includes(verb)) throw new UsageError(`newsletter: unknown action "${verb}" (use ${VERBS.join(", ")})`);
  if (verb === "subscribe" && rest.length !== 1) throw new UsageError("newsletter subscribe: give one e-mail address");
  if (verb !== "subscribe" && rest.length) throw new UsageError(`newsletter ${verb}: unexpected argument "${rest[0]}"`);
  const app = await import("../../app/newsletter.js");
  if (verb === "subscribers") {
    const store = await storeFrom(ctx);
    try {
      const subs = await app.listSubscribers(store);
      if (ctx.options.json) for (const s of subs) ctx.io.out(JSON.stringify({ email: s.email, state: s.state, createdAt: s.createdAt, confirmedAt: s.confirmedAt, leftAt: s.leftAt, lastIssue: s.lastIssue, reason: s.reason }));
      else if (!subs.length) ctx.io.err("no subscribers yet: `dossier newsletter subscribe <email>`");
      else for (const line of table(subs.map((s) => [s.email, s.state, s.createdAt.slice(0, 10), s.lastIssue == null ? "–" : String(s.lastIssue), oneLine(s.reason ?? "", 60)]), ["email", "state", "since", "last issue", ""])) ctx.io.out(line);
      return 0;
    } finally {
      await store.close();
    }
  }
  const smtpUrl = process.env.DOSSIER_SMTP_URL?.trim();
  if (!smtpUrl) throw new ExitError("DOSSIER_SMTP_URL is not set: smtp://user:password@host:port (or smtps:// for TLS from the start)");
  const site = app.publicSite();
  const { smtpMailer } = await import("../../app/mailer.js");
  const store = await storeFrom(ctx);
  const mailer = await smtpMailer({ url: smtpUrl, from: app.senderAddress(site, smtpUrl) });
  try {
    if (typeof ctx.options.title === "string" && ctx.options.title.trim()) await store.newsletter.setSetting("newsletter_title", ctx.options.title.trim());
    const title = (await store.newsletter.setting("newsletter_title")) ?? undefined;
    if (verb === "subscribe") {
      const { subscriber, mailed } = await app.subscribe(store, rest[0], { site, mailer, title: title ?? "the dossier" });
      if (ctx.options.json) ctx.io.out(JSON.stringify({ email: subscriber.email, state: subscriber.state, mailed }));
      ctx.io.err(mailed ? `${subscriber.email}: pending; confirmation mailed (the link opens a page whose button confirms)` : `${subscriber.email}: already ${subscriber.state}`);
      return 0;
    }
    const now = await app.currentDossier(store, title);
    if (!now) {
      ctx.io.err("the store has no reports: nothing to send");
      return 0;
    }
    const r = await app.sendNewsletter(store, {
      site,
      mailer,
      briefing: now.briefing,
      figures: now.figures,
      onDelivery: (d) => ctx.io.err(`${d.status.padEnd(8)} issue ${d.issue} to ${d.email}${d.error ? `: ${oneLine(d.error, 200)}` : ""}`),
    });
    if (ctx.options.json) ctx.io.out(JSON.stringify(r));
    if (r.reason === "no-subscribers") ctx.io.err("no confirmed subscriber: nothing sent, no issue made");
    else if (r.reason === "nothing-new") ctx.io.err(`nothing changed since issue ${r.issue}: nothing sent`);
    else ctx.io.err(`issue ${r.issue}${r.created ? " (new)" : ""}: ${r.sent} sent, ${r.deferred} deferred (retried next send), ${r.bounced} bounced (suppressed)`);
    return r.deferred ? 1 : 0;
  } finally {
    mailer.close();
    await store.close();
  }
}
