/**
 * The command-line entry: parse, dispatch, and the one place where errors become exit codes.
 * @module
 */
import { parseArgs } from "node:util";
import { COMMANDS, commandByName, commandHelp, mainHelp, type OptionSpec } from "./cli.js";
import { AppError } from "../app/errors.js";
import { ExitError, UsageError } from "./errors.js";
import { processIo, type Io } from "./io.js";

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (io === processIo) quietOnClosedPipe();
  // a wrong use of a command points at that command's help, where its options are
  const cmd = argv[0] && !argv[0].startsWith("-") ? commandByName(argv[0]) : undefined;
  const usage = `Run \`dossier ${cmd ? `${cmd.name} ` : ""}--help\` for usage.`;
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof ExitError) {
      io.err(`dossier: ${e.message}`);
      if (e instanceof UsageError) io.err(usage);
      return e.code;
    }
    if (e instanceof AppError) {
      // a use case could not go on: a wrong argument (exit 2) or what it met (exit 1)
      io.err(`dossier: ${e.message}`);
      if (e.usage) io.err(usage);
      return e.usage ? 2 : 1;
    }
    io.err(`dossier: internal error: ${(e as Error)?.stack ?? e}`);
    io.err("This is a bug in dossier; please report it with the command you ran.");
    return 1;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    const sub = name === "help" ? commandByName(rest[0] ?? "") : undefined;
    io.out(sub ? commandHelp(sub) : mainHelp());
    return 0;
  }
  if (name === "--version" || name === "-v") {
    const { createRequire } = await import("node:module");
    io.out(createRequire(import.meta.url)("../../package.json").version);
    return 0;
  }
  const cmd = commandByName(name);
  if (!cmd) throw new UsageError(`unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(", ")})`);
  const options: Record<string, OptionSpec> = { ...cmd.options, help: { type: "boolean", short: "h", help: "" } };
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: Object.fromEntries(Object.entries(options).map(([k, o]) => [k, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }])),
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(`${name}: ${(e as Error).message.split("\n")[0]}`);
  }
  if (parsed.values.help) {
    io.out(commandHelp(cmd));
    return 0;
  }
  if (parsed.positionals.length < (cmd.minArgs ?? 0)) throw new UsageError(`${name}: missing argument (usage: ${cmd.usage})`);
  if (parsed.positionals.length > (cmd.maxArgs ?? Infinity))
    throw new UsageError(`${name}: unexpected argument "${parsed.positionals[cmd.maxArgs ?? 0]}" (usage: ${cmd.usage})`);
  const mod = await cmd.load();
  const code = await mod.run({ args: parsed.positionals, options: parsed.values as Record<string, string | boolean | string[] | undefined>, io });
  return code ?? 0;
}

/** `dossier reports | head -1`: the reader went away; stop without a stack trace. */
function quietOnClosedPipe() {
  for (const stream of [process.stdout, process.stderr])
    if (!stream.listenerCount("error"))
      stream.on("error", (e: NodeJS.ErrnoException) => {
        if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
        throw e;
      });
}
