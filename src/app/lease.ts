/**
 * A store that a long-running process (`serve`) holds only while nobody else wants it. The
 * embedded store (PGlite) is one process's at a time: a `serve` that kept it open would make every
 * other command on the folder (`newsletter send`, `add`, `run`) wait a minute, then fail. A
 * process waiting for the folder says so (a file beside the lock); the lease sees it, closes the
 * store between two requests, and reopens it at the next request, which then waits its own turn.
 * A postgres:// store is shared by design: it stays open.
 * @module
 */
import { existsSync } from "node:fs";
import { lockWaitFile, resolveLocation, storeFolder, type Store } from "../store/index.js";
import { openStoreAt } from "./store.js";

export interface StoreLease {
  /** a Store whose every method (and those of its db, newsletter and runner) runs under the lease */
  store: Store;
  close(): Promise<void>;
}

const NESTED = new Set(["db", "newsletter", "runner", "derived", "feeds"]);

export function leaseStore(db: string | undefined, pollMs = 250): StoreLease {
  let open: Promise<Store> | null = null;
  let inflight = 0;
  let closed = false;
  const folder = storeFolder(resolveLocation({ db }));

  const release = async () => {
    const s = open;
    open = null;
    if (s) await (await s).close();
  };
  // between requests, give the folder to whoever waits for it
  const poll = folder
    ? setInterval(() => {
        if (open && !inflight && existsSync(lockWaitFile(folder))) void release().catch(() => {});
      }, pollMs)
    : null;
  poll?.unref();

  async function use<T>(fn: (s: Store) => Promise<T> | T): Promise<T> {
    if (closed) throw new Error("the store lease is closed");
    inflight++;
    try {
      if (!open) {
        open = openStoreAt(db);
        // a failed open is not kept: the next call tries again
        open.catch(() => (open = null));
      }
      return await fn(await open);
    } finally {
      inflight--;
    }
  }
  // every property is a method call forwarded under the lease; db and the stores Store holds one level down
  const forward = (path: string | null): unknown =>
    new Proxy(
      {},
      {
        get(_t, prop) {
          if (typeof prop !== "string" || prop === "then") return undefined;
          if (path == null && NESTED.has(prop)) return forward(prop);
          if (path == null && prop === "close") return () => Promise.resolve();
          return (...args: unknown[]) =>
            use((s) => {
              const owner = (path ? (s as unknown as Record<string, unknown>)[path] : s) as Record<string, (...a: unknown[]) => unknown>;
              return owner[prop](...args);
            });
        },
      },
    );
  return {
    store: forward(null) as Store,
    async close() {
      closed = true;
      if (poll) clearInterval(poll);
      await release();
    },
  };
}
