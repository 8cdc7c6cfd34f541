/** `dossier remove`: take reports (and their figures) out of the store. */
import { removeReports } from "../../app/remove.js";
import { withStore } from "../../app/store.js";
import type { CommandContext } from "../cli.js";
import { dbOf } from "./shared.js";

export async function run(ctx: CommandContext): Promise<number> {
  const copiesOf = ctx.options["copies-of"] as string[] | undefined;
  const before = ctx.options.before as string | undefined;
  const { removed, missing } = await withStore(dbOf(ctx), (store) => removeReports(store, { ids: ctx.args, copiesOf, before }));
  for (const id of removed) ctx.options.json ? ctx.io.out(JSON.stringify({ id, removed: true })) : ctx.io.out(`removed  ${id}`);
  for (const id of missing) ctx.io.err(`error: no report ${id} in the store`);
  ctx.io.err(`${removed.length} report${removed.length === 1 ? "" : "s"} removed`);
  return missing.length ? 1 : 0;
}
