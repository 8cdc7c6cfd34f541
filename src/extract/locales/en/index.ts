/** The English locale: ready-made extractors built once from its configurations. */
import { createExtractor } from "../../common/engine.js";
import { createCasualConfiguration, createStrictConfiguration } from "./configuration.js";

/** Every figure a reader would take from the text (the default of `extract`). */
export const casual = createExtractor(createCasualConfiguration());
/**
 * Only figures that state everything themselves: no bare numbers, no date whose year is implied.
 * Part of the library API, like chrono-node's `en.strict`; the CLI uses `casual`.
 * @public
 */
export const strict = createExtractor(createStrictConfiguration());
export { createCasualConfiguration, createStrictConfiguration };
