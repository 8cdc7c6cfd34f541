/**
 * `dossier newsletter subscribe <email> | send | subscribers`: double opt-in, sending the
 * current issue, listing subscribers. Mail goes through DOSSIER_SMTP_URL; every link points
 * under DOSSIER_PUBLIC_URL (where `dossier serve` answers).
 */
import type { CommandContext } from "../cli.js";
import { UsageError } from "../errors.js";
import { oneLine, table } from "../io.js";


const VERBS = ["subscribe", "send", "subscribers"];

export async function run(ctx: CommandContext): Promise<number> {
  const [verb, ...rest] = ctx.args;
  if (!VERBS.includes(verb)) throw new UsageError(`newsletter: unknown action "${verb}" (use ${VERBS.join(", ")})`);
  if (verb === "subscribe" && rest.length !== 1) throw new UsageError("newsletter subscribe: give one e-mail address");
  if (verb !== "subscribe" && rest.length) throw new UsageError(`newsletter ${verb}: unexpected argument "${rest[0]}"`);
  const app = await import("../../app/newsletter.js");
  const db = ctx.options.db as string | undefined;
  const title = typeof ctx.options.title === "string" ? ctx.options.title : undefined;
  if (verb === "subscribers") {
    const subs = await app.listSubscribers(db);
    if (ctx.options.json) for (const s of subs) ctx.io.out(JSON.stringify({ email: s.email, state: s.state, createdAt: s.createdAt, confirmedAt: s.confirmedAt, leftAt: s.leftAt, lastIssue: s.lastIssue, reason: s.reason }));
    else if (!subs.length) ctx.io.err("no subscribers yet: `dossier newsletter subscribe <email>`");
    else for (const line of table(subs.map((s) => [s.email, s.state, s.createdAt.slice(0, 10), s.lastIssue == null ? "–" : String(s.lastIssue), oneLine(s.reason ?? "", 60)]), ["email", "state", "since", "last issue", ""])) ctx.io.out(line);
    return 0;
  }
  if (verb === "subscribe") {
    const { subscriber, mailed } = await app.subscribeAddress(db, process.env, rest[0], title);
    if (ctx.options.json) ctx.io.out(JSON.stringify({ email: subscriber.email, state: subscriber.state, mailed }));
    ctx.io.err(mailed ? `${subscriber.email}: pending; confirmation mailed (its link opens a page whose button confirms)` : `${subscriber.email}: already ${subscriber.state}`);
    return 0;
  }
  const r = await app.sendCurrentIssue(db, process.env, {
    title,
    onDelivery: (d) => ctx.io.err(`${d.status.padEnd(8)} issue ${d.issue} to ${d.email}${d.error ? `: ${oneLine(d.error, 200)}` : ""}`),
  });
  if (!r) {
    ctx.io.err("the store has no reports: nothing to send");
    return 0;
  }
  if (ctx.options.json) ctx.io.out(JSON.stringify(r));
  if (r.reason === "no-subscribers") ctx.io.err("no confirmed subscriber: nothing sent, no issue made");
  else if (r.reason === "nothing-new") ctx.io.err(`nothing changed since issue ${r.issue}: nothing sent`);
  else ctx.io.err(`issue ${r.issue}${r.created ? " (new)" : ""}: ${r.sent} sent, ${r.deferred} deferred (retried next send), ${r.bounced} bounced (suppressed)`);
  return r.deferred ? 1 : 0;
}
