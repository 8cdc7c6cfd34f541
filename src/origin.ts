/**
 * Origins (`Origin` in src/types.ts) to and from the key facts carry ("via:tass", "report:r01"):
 * the one place that knows the key's shape, so no stage parses the string itself.
 * @module
 */
import type { Origin, OriginKey } from "./types.js";

export function originKey(o: Origin): OriginKey {
  return o.kind === "speaker" ? `via:${o.speaker}` : `report:${o.report}`;
}

/** The origin a key names; a bare id (older JSON) is a report. */
export function parseOrigin(key: string): Origin {
  if (key.startsWith("via:")) return { kind: "speaker", speaker: key.slice(4) };
  return { kind: "report", report: key.startsWith("report:") ? key.slice(7) : key };
}
