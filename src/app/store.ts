/**
 * Opening the store for a use case: one place for the error a person sees when it cannot be opened.
 * @module
 */
import { isServer, openStore, prefetchStore, resolveLocation, storeFolder, tablesBytes, type Store } from "../store/index.js";
import { AppError } from "./errors.js";

/**
 * A change of at least this many new reports is a bulk one: the writer (`add`, `update`) reconciles
 * the whole store at its end (reconciled.ts `keepFactsCurrent` with `whole`), as an update could not take it. The
 * size of an extraction batch: below it, `add` extracts in its own thread, and the next reader's
 * update costs less than the writer's would (it reads the kept facts once, not twice).
 */
export const BULK = 100;

export type { Store } from "../store/index.js";

/** The store at `db` (a folder or postgres:// URL; default $DOSSIER_DB, $DATABASE_URL, ./.dossier). */
export async function openStoreAt(db: string | undefined): Promise<Store> {
  try {
    return await openStore({ db });
  } catch (e) {
    throw new AppError(`cannot open the store: ${(e as Error).message}`);
  }
}

/** Readies the opening of the store at `db` (an embedded one's WebAssembly compiled meanwhile): for a command about to open it. */
export function readyStore(db: string | undefined): void {
  prefetchStore({ db });
}

/** Runs `fn` with the store at `db` open, and closes it whatever happens. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStoreAt(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * Whether the store at `db` (as `openStoreAt` resolves it) is a Postgres server, or a folder holding
 * more than `mb` MB of tables: one whose whole reconcile may need more than V8's default heap.
 */
export function isLargeStore(db: string | undefined, mb: number): boolean {
  const where = resolveLocation({ db });
  const folder = storeFolder(where);
  if (folder) return tablesBytes(folder) > mb * 2 ** 20;
  return isServer(where);
}
