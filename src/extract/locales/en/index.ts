/** The English locale: a ready-made extractor (`casual`) built once from its configuration. */
import { createExtractor } from "../../common/engine.js";
import { createCasualConfiguration } from "./configuration.js";

export const casual = createExtractor(createCasualConfiguration());
export { createCasualConfiguration };
