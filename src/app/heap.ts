/**
 * A full garbage collection on demand, for the few places that know a large heap has just become
 * garbage and that more is about to be allocated on top of it.
 * @module
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | null | undefined;

/**
 * Collects garbage now (a no-op where the runtime refuses). V8 collects the old generation when it
 * reaches a limit set at the last collection: after a whole reconcile that limit is ~3 times what
 * stays live, so keeping the facts allocated on top of the reconcile's garbage and the heap grew
 * to its peak there. `gc` is reachable only with --expose-gc, which a context made after the flag
 * is set exposes.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc") as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
