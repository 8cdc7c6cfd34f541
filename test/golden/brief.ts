/** The briefing of files and folders as Markdown and JSON, with a fixed `generated`, for the golden test. */
import { briefPaths } from "../../src/app/brief.js";
import { renderJson, renderMarkdown } from "../../src/publish/index.js";

export const GENERATED = "2026-01-01T00:00:00.000Z";

export async function briefOfPaths(paths: string[]): Promise<{ md: string; json: string }> {
  const errors: string[] = [];
  const { briefing } = await briefPaths(paths, { generated: GENERATED, onError: (e) => errors.push(e) });
  if (!briefing || errors.length) throw new Error(`brief failed: ${errors.join("\n")}`);
  return { md: renderMarkdown(briefing), json: renderJson(briefing) };
}
