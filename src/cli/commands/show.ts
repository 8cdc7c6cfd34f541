/** `dossier show <id>`: one report's metadata and text. */
import type { CommandContext } from "../cli.js";
import { ExitError } from "../errors.js";
import { printable } from "../io.js";
import { mentionsOf, storeFrom } from "./shared.js";

export async function run(ctx: CommandContext): Promise<number> {
  const store = await storeFrom(ctx);
  try {
    for (const id of ctx.args) {
      const r = await store.getReport(id);
      if (!r) throw new ExitError(`no report "${id}" in the store (see \`dossier reports\`)`);
      if (ctx.options.json) {
        // mentionsOf re-extracts when the stored ones were made by an older extractor
        ctx.io.out(JSON.stringify({ ...r, mentions: await mentionsOf(r, store) }));
        continue;
      }
      for (const [k, v] of Object.entries({ id: r.id, title: r.title, publisher: r.publisher, published: r.published, language: r.language, url: r.url, origin: r.origin, "copy of": r.copyOf, added: r.addedAt, sha256: r.hash }))
        if (v != null) ctx.io.out(`${k.padEnd(10)} ${printable(String(v).replace(/\s+/g, " "))}`);
      ctx.io.out("");
      ctx.io.out(printable(r.text));
    }
    return 0;
  } finally {
    await store.close();
  }
}
