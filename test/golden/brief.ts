/** The briefing of files and folders as Markdown and JSON, with a fixed `generated`, for the golden test. */
import { run } from "../cli/helpers.js";

export const GENERATED = "2026-01-01T00:00:00.000Z";

export async function briefOfPaths(paths: string[]): Promise<{ md: string; json: string }> {
  const md = await run(["brief", "-f", "md", ...paths]);
  const json = await run(["brief", "-f", "json", ...paths]);
  if (md.code || json.code) throw new Error(`brief failed: ${md.err.join("\n")}${json.err.join("\n")}`);
  const j = JSON.parse(json.out.join("\n"));
  j.generated = GENERATED;
  return {
    md: md.out.join("\n").replace(/^_Generated \d{4}-\d{2}-\d{2} /m, `_Generated ${GENERATED.slice(0, 10)} `) + "\n",
    json: JSON.stringify(j, null, 2) + "\n",
  };
}
