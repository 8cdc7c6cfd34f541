/**
 * What several commands do alike: the store named by --db, and how a failed input is printed.
 * @module
 */
import { openStoreAt, type Store } from "../../app/store.js";
import type { CommandContext } from "../cli.js";
import { oneLine } from "../io.js";

export const dbOf = (ctx: CommandContext) => ctx.options.db as string | undefined;

export async function storeFrom(ctx: CommandContext): Promise<Store> {
  return openStoreAt(dbOf(ctx));
}

/** An input that could not be read or stored: one line on stderr. */
export const printError = (ctx: CommandContext) => (message: string) => ctx.io.err(`error: ${oneLine(message, 500)}`);
