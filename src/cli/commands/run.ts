/**
 * `dossier run [--every 30m] [--once]`: keeps the dossier current (see src/app/run.ts). Stops
 * after the current step on Ctrl-C / SIGTERM, releasing the runner lock.
 */
import type { CommandContext } from "../cli.js";
import { UsageError } from "../errors.js";
import { oneLine } from "../io.js";

export async function run(ctx: CommandContext): Promise<number> {
  const { parseDuration, runLoop } = await import("../../app/run.js");
  const { AppError } = await import("../../app/errors.js");
  const every = String(ctx.options.every ?? "30m");
  const everyMs = parseDuration(every);
  if (everyMs == null || everyMs < 60_000) throw new UsageError(`run: --every must be a duration of at least a minute, like 30m, 2h or 1d (not "${every}")`);
  const once = Boolean(ctx.options.once);
  const stop = new AbortController();
  const onSignal = () => {
    ctx.io.err("stopping after the current step…");
    stop.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  let failed = 0;
  try {
    const cycles = await runLoop({
      db: ctx.options.db as string | undefined,
      once,
      everyMs,
      allowPrivate: Boolean(ctx.options["allow-private"]),
      signal: stop.signal,
      onLog: (line) => ctx.io.err(oneLine(line, 300)),
      onError: (line) => ctx.io.err(`error: ${oneLine(line, 300)}`),
    });
    failed = cycles.reduce((n, c) => n + c.failed, 0);
  } catch (e) {
    // another runner: under cron a second start is expected, and says who holds the store
    if (e instanceof AppError && once && /another runner holds/.test(e.message)) {
      ctx.io.err(e.message);
      return 0;
    }
    throw e;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  return failed ? 1 : 0;
}
