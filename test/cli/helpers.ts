/**
 * Running the CLI in-process: `main(argv, io)` with an Io that keeps what is printed.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/index.js";
import type { Io } from "../../src/cli/io.js";

export interface Run {
  code: number;
  out: string[];
  err: string[];
  /** raw writes (the progress bar) */
  raw: string[];
}

export async function run(argv: string[], opts: { tty?: boolean } = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const raw: string[] = [];
  const io: Io = { out: (l) => void out.push(l), err: (l) => void err.push(l), tty: opts.tty ?? false, write: (c) => void raw.push(c) };
  const code = await main(argv, io);
  return { code, out, err, raw };
}

/** A temporary folder removed when the process exits. */
export function tempDir(prefix = "dossier-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** The shared evaluation corpus, next to the repository (absent outside the project's machines). */
export const SHARED_CORPUS = join(ROOT, "../shared/corpus");

/**
 * Skip option for tests that need ../shared: skip with a reason when it is absent,
 * but never on CI, where its absence must fail the test.
 */
export const needsShared = (path: string) => (existsSync(path) || process.env.CI ? {} : { skip: `${path} is absent (../shared is only on the project's machines)` });
