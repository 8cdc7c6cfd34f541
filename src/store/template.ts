/**
 * A new embedded store starts from a kept copy of an empty PGlite cluster. Making a cluster runs
 * Postgres' initdb inside WebAssembly, ~8 s of CPU on a 2-core machine, paid by the first command
 * of every new dossier (and by every test that opens a fresh store); unpacking a tarball of an
 * empty cluster takes ~1 s. The tarball is made once per PGlite version, from the first cluster
 * made the slow way, and kept in the user's cache folder (`$DOSSIER_CACHE`, else
 * `$XDG_CACHE_HOME/dossier`, else `~/.cache/dossier`; `DOSSIER_CACHE=off` turns it off). Nothing of
 * a store's own data is in it: it is taken before the schema is migrated, so it serves every
 * schema version. Any trouble with it (unwritable folder, a broken file) falls back to initdb.
 * @module
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";

type PGliteClass = typeof import("@electric-sql/pglite").PGlite;
type PGliteInstance = InstanceType<PGliteClass>;

/** The PGlite package's version: a cluster made by one version is not given to another. */
function pgliteVersion(): string | null {
  try {
    let dir = dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
    for (let i = 0; i < 4; i++, dir = dirname(dir)) {
      const p = join(dir, "package.json");
      if (existsSync(p)) {
        const pkg = JSON.parse(readFileSync(p, "utf8")) as { name?: string; version?: string };
        if (pkg.name === "@electric-sql/pglite" && pkg.version) return pkg.version;
      }
    }
  } catch {}
  return null;
}

/** Where the template of this PGlite version is kept, or null when the cache is off or unknown. */
export function templatePath(env: NodeJS.ProcessEnv = process.env): string | null {
  const setting = env.DOSSIER_CACHE;
  if (setting === "off" || setting === "0") return null;
  const version = pgliteVersion();
  if (!version) return null;
  const base = setting || join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "dossier");
  return join(base, `pglite-${version}-empty.tar.gz`);
}

/**
 * Postgres' settings for an embedded store. Its shared memory is zeroed at every start inside
 * WebAssembly memory, and each page of it the process touches first costs the kernel a fault
 * (~10 µs here: ~2.5 ms of CPU per MB): the default 128 MB of shared buffers cost ~0.4 s and
 * ~110 MB of every command, 16 MB and the slots of 100 connections and 10 WAL senders still ~24 MB.
 * Every process starts with its buffers empty and the operating system's page cache holds the
 * files (PGlite reads them through the host's file system), so a few MB serve as well: 2 MB and
 * room for 10 connections (PGlite has one) make it ~6 MB, ~0.05 s less CPU per command.
 */
const SETTINGS = ["-c", "shared_buffers=2MB", "-c", "max_connections=10", "-c", "max_wal_senders=0", "-c", "max_replication_slots=0"];

/**
 * Parameters of text (25) and bytea (17) given as bytes go to Postgres as they are (its binary
 * format, which for text is the UTF-8 itself, checked on arrival). PGlite's own serializers made
 * a string of them again (text), or spelled them in hex (bytea), in JavaScript a character at a
 * time: the ~7 MB of facts a first brief keeps at 2,000 reports cost ~0.3 s of it. Other values
 * are serialized as PGlite does.
 */
const SERIALIZERS = {
  25: (x: unknown) => (x instanceof Uint8Array ? x : x instanceof Date ? x.toISOString() : (x as object).toString()),
  17: (x: unknown) => {
    if (x instanceof Uint8Array) return x;
    throw new Error("Invalid input for bytea type");
  },
} as unknown as Record<number, (x: unknown) => string>;

/**
 * Opens a PGlite cluster at `dataDir` (a folder, or undefined for memory): a new one from the kept
 * template when there is one, else made by initdb and then kept as the template for next time.
 */
export async function createCluster(PGlite: PGliteClass, dataDir: string | undefined): Promise<PGliteInstance> {
  const fresh = !dataDir || !existsSync(join(dataDir, "PG_VERSION"));
  const path = fresh ? templatePath() : null;
  const pgliteWasmModule = (await compiling?.catch(() => null)) ?? undefined;
  const options = { startParams: [...PGlite.defaultStartParams, ...SETTINGS], serializers: SERIALIZERS, ...(pgliteWasmModule ? { pgliteWasmModule } : {}) };
  if (!path) return PGlite.create(dataDir, options);
  let tarball: Buffer | null = null;
  try {
    tarball = readFileSync(path);
  } catch {}
  if (tarball) {
    try {
      // unpacked here: a truncated gzip fails in this try, where PGlite's own unpacking threw
      // outside any promise and killed the process
      const tar = gunzipSync(tarball);
      return await PGlite.create(dataDir, { ...options, loadDataDir: new Blob([new Uint8Array(tar)]) });
    } catch {
      // a broken template (another version's, a truncated copy): forget it, make the cluster anew
      try {
        rmSync(path, { force: true });
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      } catch {}
    }
  }
  const pg = await PGlite.create(dataDir, options);
  await keepTemplate(pg, path);
  return pg;
}

let compiling: Promise<WebAssembly.Module> | null = null;

/**
 * Starts compiling Postgres' WebAssembly (9 MB) for a store about to be opened: V8 compiles it on
 * background threads while the command loads its modules, where PGlite would compile it only
 * when the store is opened, the main thread waiting (~0.1–0.2 s of every command's wall time on
 * two cores). Any trouble: PGlite compiles it itself.
 */
export function prefetchPglite(): void {
  if (compiling) return;
  try {
    const dir = dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
    compiling = WebAssembly.compile(readFileSync(join(dir, "pglite.wasm")));
    compiling.catch(() => {});
  } catch {}
}

/** Writes the tarball of a just-made, empty cluster whole or not at all (a temporary file renamed). */
async function keepTemplate(pg: PGliteInstance, path: string): Promise<void> {
  try {
    const blob = await pg.dumpDataDir("gzip");
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
    renameSync(tmp, path);
  } catch {
    // a read-only home or a full disk: the store works without the template, only its start is slower
  }
}
