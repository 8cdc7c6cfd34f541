/**
 * JSON read back from the store, checked against the data's schemas (src/schema.ts).
 * @module
 */
import type { z } from "zod";
import type { Mention, Observation } from "../types.js";

// JSON read back is checked against the data's schemas (src/schema.ts); keys a newer or older
// version wrote are kept (loose), so a round trip through the store never drops a field. zod is
// loaded when a check needs it: figures pass plain checks first (check.ts), and a command that
// reads only kept facts never loads it.
let schemas: Promise<{ mentions: z.ZodType<Mention[]>; observation: z.ZodType<Observation> }> | null = null;
export const storedSchemas = () =>
  (schemas ??= Promise.all([import("zod"), import("../schema.js")]).then(([{ z }, s]) => ({
    mentions: z.array(s.MentionSchema.loose()) as unknown as z.ZodType<Mention[]>,
    observation: s.ObservationSchema.loose() as unknown as z.ZodType<Observation>,
  })));

/** A JSON column's value (a string on some drivers), checked: a clear error instead of bad data flowing on. */
export function readBack<T>(schema: z.ZodType<T>, what: string, data: unknown): T {
  const value = typeof data === "string" ? JSON.parse(data) : data;
  const parsed = schema.safeParse(value);
  // the value itself, not zod's copy: the schemas transform nothing, and the copy would reorder keys
  if (parsed.success) return value as T;
  const i = parsed.error.issues[0];
  throw new Error(`the store holds a ${what} that does not fit its schema (${i.path.join(".") || "value"}: ${i.message})`);
}
