/**
 * `dossier serve`: the web explorer over the store, on loopback unless told otherwise.
 * Thin: open the store, start the server, print the URL, close both on Ctrl-C / SIGTERM.
 */
import type { CommandContext } from "../cli.js";
import { ExitError, UsageError } from "../errors.js";

export async function run(ctx: CommandContext): Promise<number> {
  const portText = String(ctx.options.port ?? "4242");
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new UsageError(`serve: --port must be a number from 0 to 65535, not "${portText}"`);
  const host = String(ctx.options.host ?? "127.0.0.1");
  const { startServer, isLoopback } = await import("../../web/index.js");
  const decide = String(ctx.options.decisions ?? (isLoopback(host) ? "on" : "off"));
  if (decide !== "on" && decide !== "off") throw new UsageError(`serve: --decisions is on or off, not "${decide}"`);
  const { storeLoader } = await import("../../app/explore.js");
  const { newsletterService } = await import("../../app/newsletter.js");
  const { decisionService } = await import("../../app/decide.js");
  const { leaseStore } = await import("../../app/lease.js");
  // held only while no other command waits for an embedded store's folder
  const lease = leaseStore(ctx.options.db as string | undefined);
  const store = lease.store;
  try {
    await store.feeds.listFeeds();
  } catch (e) {
    await lease.close();
    throw new ExitError(`cannot open the store: ${(e as Error).message}`);
  }
  const newsletter = newsletterService(store);
  const load = storeLoader(store);
  // the facts of a large store take seconds to build (kept facts are read back faster): build them
  // before listening, so the first page answers as fast as the others
  const started = Date.now();
  ctx.io.err("building the facts of the store…");
  try {
    await load();
  } catch (e) {
    ctx.io.err(`warning: the facts could not be built (${(e as Error)?.message ?? e}); pages will say so until they can`);
  }
  if (Date.now() - started > 2000) ctx.io.err(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  let server;
  try {
    server = await startServer({ load, host, port, newsletter, decisions: decide === "on" ? decisionService(store) : undefined, names: newsletter.base ? [new URL(newsletter.base).hostname.toLowerCase()] : [], onError: (e) => ctx.io.err(`error: ${(e as Error)?.stack ?? e}`) });
  } catch (e) {
    await lease.close();
    throw new ExitError(`cannot listen on ${host}:${port}: ${(e as Error).message}`);
  }
  if (!isLoopback(host)) ctx.io.err(`warning: listening on ${host}: anyone who can reach this address can read the dossier${decide === "on" ? " and record decisions" : ""}`);
  ctx.io.err(`dossier explorer at ${server.url} (Ctrl-C to stop)`);
  const running = server;
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await running.close();
  await lease.close();
  ctx.io.err("stopped");
  return 0;
}
