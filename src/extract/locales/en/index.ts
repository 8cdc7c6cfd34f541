/** The English locale: ready-made extractors built once from its configurations. */
import { createExtractor } from "../../common/engine.js";
import { createCasualConfiguration, createStrictConfiguration } from "./configuration.js";

/** Every figure a reader would take from the text (the default of `extract`). */
export const casual = createExtractor(createCasualConfiguration());
/** Only figures that state everything themselves. */
export const strict = createExtractor(createStrictConfiguration());
export { createCasualConfiguration, createStrictConfiguration };
