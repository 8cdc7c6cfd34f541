/**
 * Taking reports out of a dossier: named ids, the copies of a report, or everything published
 * before a day. The reports, their figures and the facts they alone made go; other reports, their
 * figures and the analyst's decisions stay (the kept facts are brought up to date: a fact that other
 * reports also state keeps their members). Copies are then found again over what remains: a copy of
 * a removed original is grouped with its next original, if any.
 * @module
 */
import { markCopies } from "./copies.js";
import { isDay } from "../normalize/index.js";
import { AppError } from "./errors.js";
import type { Store } from "./store.js";

export interface RemoveWhat {
  /** report ids */
  ids?: string[];
  /** remove the reports marked as copies of these ids (not the ids themselves) */
  copiesOf?: string[];
  /** remove every report published before this day (YYYY-MM-DD); undated reports stay */
  before?: string;
}

export interface Removed {
  /** ids removed, sorted */
  removed: string[];
  /** ids asked for that are not in the store */
  missing: string[];
}

export async function removeReports(store: Store, what: RemoveWhat): Promise<Removed> {
  const ids = what.ids ?? [];
  if (what.before !== undefined && !isDay(what.before)) throw new AppError(`--before wants a day as YYYY-MM-DD (got "${what.before}")`, true);
  if (!ids.length && !what.copiesOf?.length && what.before === undefined) throw new AppError("remove: name reports by id, or give --copies-of ID or --before DATE");
  const chosen = new Set(ids);
  if (what.copiesOf?.length) for (const id of await store.copiesOf(what.copiesOf)) chosen.add(id);
  if (what.before !== undefined) for (const id of await store.publishedBefore(what.before)) chosen.add(id);
  const removed = await store.removeReports([...chosen]);
  const gone = new Set(removed);
  const missing = ids.filter((id) => !gone.has(id));
  // a copy whose original went now stands alone or joins another copy of the same story
  if (removed.length) {
    await markCopies(store);
    // the kept facts are updated by the next reader, as after `add`
  }
  return { removed, missing };
}
