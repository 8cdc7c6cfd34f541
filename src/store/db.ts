/**
 * One small database interface over two engines: embedded PGlite (default, a folder on disk)
 * and a Postgres server (a postgres:// URL). Everything above this file speaks SQL through `Db`.
 * @module
 */
import { mkdirSync, openSync, closeSync, writeSync, readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { MIGRATIONS } from "./migrations.js";
import { createCluster, prefetchPglite } from "./template.js";

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly engine: "pglite" | "postgres";
  /** where it lives: a folder, "memory" or the URL without its password */
  readonly location: string;
  /** runs fn in one transaction: all of it is written, or none */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** a folder for PGlite, "memory" for an in-memory PGlite, or a postgres:// URL */
  db?: string;
  /**
   * Called once when a PGlite folder is in use by another process and this one starts waiting
   * (default: one line on stderr naming the holder). Postgres servers take many writers: never called.
   */
  onWait?: (holder: LockHolder, dir: string) => void;
  /** how long to wait for a PGlite folder before giving up (default 60 s) */
  waitMs?: number;
}

/** Who holds a PGlite folder: written in its lock file, so a waiting process can say what it waits for. */
export interface LockHolder {
  pid: number;
  /** the command line, as `dossier add …` */
  command: string | null;
  /** ISO timestamp of when it took the lock */
  since: string | null;
}

/** "process 4242 (dossier add feeds/, since 14:02:11)" */
export const describeHolder = (h: LockHolder) =>
  `process ${h.pid}${h.command || h.since ? ` (${[h.command, h.since ? `since ${h.since}` : null].filter(Boolean).join(", ")})` : ""}`;

/** Which database the options and environment point at: --db, then DATABASE_URL / DOSSIER_DB, then ./.dossier */
export function resolveLocation(opts: OpenOptions = {}, env: NodeJS.ProcessEnv = process.env): string {
  return opts.db ?? env.DOSSIER_DB ?? env.DATABASE_URL ?? ".dossier";
}

/** Whether a store location is a Postgres server (a postgres:// URL) rather than a folder or memory. */
export const isServer = (s: string) => /^postgres(ql)?:\/\//i.test(s);

/**
 * A long text parameter (one written as `$n::text`) as the engine takes it best: PGlite measures
 * and encodes a string parameter character by character in JavaScript (seconds over the tens of
 * MB of a batch of reports and figures), but copies bytes as they are; a server driver takes the string.
 */
export function bulkText(db: Pick<Db, "engine">, s: string): string | Uint8Array {
  return db.engine === "pglite" ? Buffer.from(s, "utf8") : s;
}

/** Starts compiling PGlite's WebAssembly when the store at `where` is an embedded one (see `prefetchPglite`). */
export function prefetchStore(opts: OpenOptions = {}): void {
  if (!isServer(resolveLocation(opts))) prefetchPglite();
}

/** Opens the store's database and brings its schema up to date. */
export async function openDb(opts: OpenOptions = {}): Promise<Db> {
  const where = resolveLocation(opts);
  const db = isServer(where) ? await openPostgres(where) : await openPglite(where, opts);
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}

async function openPglite(where: string, opts: OpenOptions): Promise<Db> {
  const { PGlite } = await import("@electric-sql/pglite");
  const memory = where === "memory" || where === "memory://";
  let release = () => {};
  let dir = "memory";
  if (!memory) {
    dir = resolve(where);
    mkdirSync(dir, { recursive: true });
    release = await lockDir(dir, opts.waitMs, opts.onWait);
  }
  let pg: InstanceType<typeof PGlite>;
  try {
    pg = await createCluster(PGlite, memory ? undefined : join(dir, "pgdata"));
  } catch (e) {
    release();
    throw e;
  }
  const query = async <T>(sql: string, params?: unknown[]) => (await pg.query<T>(sql, params)).rows;
  return {
    engine: "pglite",
    location: dir,
    query,
    transaction: (fn) => pg.transaction((tx) => fn({ query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows })),
    async close() {
      try {
        await pg.close();
      } finally {
        release();
      }
    },
  };
}

/**
 * Postgres' template databases (template1, template0: fixed ids), the same ~16 MB in every store
 * and never written: their ~600 files are not stat'ed at every command's start.
 */
const TEMPLATE_DBS = new Set(["1", "4"]);

/** Bytes of table files in an embedded store's folder (0 when there is none; its template databases left out): a cheap measure of its size. */
export function tablesBytes(folder: string): number {
  let bytes = 0;
  // paths joined by hand: `join` normalizes each of the ~400 paths, half this walk's CPU (~10 ms of every command)
  const walk = (dir: string, top: boolean) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${e.name}`;
      if (!e.isDirectory()) bytes += statSync(path).size;
      else if (!(top && TEMPLATE_DBS.has(e.name))) walk(path, false);
    }
  };
  try {
    walk(join(folder, "pgdata", "base"), true);
  } catch {}
  return bytes;
}

/** The file a process waiting for an embedded store's folder writes, so that its holder can let go. */
export const lockWaitFile = (dir: string) => join(dir, "dossier.lock.wait");

/** The folder of an embedded store at `where`, or null for memory and server stores. */
export function storeFolder(where: string): string | null {
  return isServer(where) || where === "memory" || where === "memory://" ? null : resolve(where);
}

/**
 * PGlite is single-process: a second process on the same folder would corrupt it.
 * An exclusive lock file makes a second `dossier` wait its turn (cron, two shells), saying whom it
 * waits for; a lock left by a dead process is taken over.
 */
async function lockDir(dir: string, waitMs = 60_000, onWait: OpenOptions["onWait"] = defaultOnWait): Promise<() => void> {
  const path = join(dir, "dossier.lock");
  const deadline = Date.now() + waitMs;
  let told = false;
  let blank = 0;
  const me: LockHolder = { pid: process.pid, command: commandLine(), since: new Date().toISOString() };
  for (;;) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      try {
        unlinkSync(lockWaitFile(dir));
      } catch {}
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(path);
        } catch {}
        process.off("exit", release);
      };
      process.on("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = readHolder(path);
      if (holder === "writing" && ++blank < 100) {
        // taken this instant by another process, its holder not yet written (2 s of that: a crash, stale)
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      if (!holder || holder === "writing" || !alive(holder.pid)) {
        try {
          unlinkSync(path);
        } catch {}
        continue;
      }
      if (Date.now() > deadline) throw new Error(`the store ${dir} is in use by ${describeHolder(holder)}; try again when it ends`);
      if (!told) {
        told = true;
        onWait(holder, dir);
      }
      // say that someone waits: a long-running holder (serve) lets go of the folder when it sees this
      try {
        writeFileSync(lockWaitFile(dir), String(process.pid));
      } catch {}
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function defaultOnWait(holder: LockHolder, dir: string): void {
  process.stderr.write(`waiting for the store ${dir}: in use by ${describeHolder(holder)}\n`);
}

/** "dossier add feeds/": the script's name and its arguments (not node's own path and flags). */
function commandLine(): string {
  const [script, ...args] = process.argv.slice(1);
  const name = script ? script.replace(/^.*[\\/]/, "").replace(/\.(js|ts|mjs)$/, "") : "node";
  return [name === "bin" ? "dossier" : name, ...args].join(" ").slice(0, 200);
}

/** The holder written in a lock file: JSON, or a bare pid (lock files of earlier versions); null when unreadable. */
function readHolder(path: string): LockHolder | "writing" | null {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8").trim();
  } catch {
    return null;
  }
  if (!raw) return "writing";
  if (/^\d+$/.test(raw)) return { pid: Number(raw), command: null, since: null };
  try {
    const h = JSON.parse(raw) as Partial<LockHolder>;
    return typeof h.pid === "number" && h.pid > 0 ? { pid: h.pid, command: typeof h.command === "string" ? h.command : null, since: typeof h.since === "string" ? h.since : null } : null;
  } catch {
    return null;
  }
}

/** Whether a process of this machine is running (one of another user's too: signalling it is refused, not failed). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // fail now, with a clear message, rather than at the first query
  try {
    (await pool.connect()).release();
  } catch (e) {
    await pool.end();
    throw new Error(`cannot connect to ${redact(url)}: ${(e as Error).message}`);
  }
  return {
    engine: "postgres",
    location: redact(url),
    query: async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params as unknown[])).rows as T[],
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const out = await fn({ query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params as unknown[])).rows as T[] });
        await client.query("COMMIT");
        return out;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");

/** Applies the migrations not yet applied, each in its own transaction, in order. */
export async function migrate(db: Db): Promise<number[]> {
  const versions = async () => new Set((await db.query<{ version: number }>(`SELECT version FROM schema_migrations`)).map((r) => Number(r.version)));
  // the versions read first: a store that has its table (every store but a new one) is checked by
  // one query, not two (the CREATE ... IF NOT EXISTS cost every command's start ~7 ms)
  let done: Set<number>;
  try {
    done = await versions();
  } catch {
    await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    done = await versions();
  }
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    await db.transaction(async (tx) => {
      // two processes migrating one server at once: the second waits, then sees the row
      if (db.engine === "postgres") await tx.query(`SELECT pg_advisory_xact_lock(4242)`);
      const again = await tx.query(`SELECT 1 FROM schema_migrations WHERE version = $1`, [m.version]);
      if (again.length) return;
      for (const stmt of m.sql.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) await tx.query(stmt);
      await tx.query(`INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, [m.version, m.name]);
      applied.push(m.version);
    });
  }
  return applied;
}

