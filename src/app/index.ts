/**
 * The application layer: dossier's use cases as functions, each composing the stages once and
 * holding the store policy (which transaction, when copies are found). `src/cli` parses arguments
 * and prints; `src/web` routes and renders; both call only this layer (and publish's renderers).
 *
 * - add reports: `addReports` (read → store → extract → copies over the whole store → a bulk
 *   add's facts reconciled and kept)
 * - brief: `briefPaths` (files in memory, copies found here) / `briefStore`; `composeBriefing`
 * - the explorer's data: `storeLoader`, `buildDossier`
 * - the analyst's last word: `decide` (merge, split, verdict, hide), `listDecisions`,
 *   `decisionsNow` (each with the fact holding its figures now), `undoDecision`
 * - feeds: `followFeeds`, `updateFeeds`; watch a site: `watchSite`
 * - figures and reports: `figuresOf`, `eachStoredReport`, `listReports`; take reports out: `removeReports`
 * @module
 */
export { addReports, type AddEvents, type AddResult } from "./add.js";
export { briefPaths, briefStore, claimCheckerOf, composeBriefing, milestonesOf, latestWatch, type Brief, type BriefOptions, type ComposeInput } from "./brief.js";
export { markCopies, withCopies } from "./copies.js";
export { currentFacts, decide, decisionsNow, decisionService, DECISION_ACTIONS, listDecisions, SETTABLE_VERDICTS, undoDecision, type DecideInput, type DecisionService } from "./decide.js";
export { AppError } from "./errors.js";
export { buildDossier, cachedLoader, factHolding, factIndex, mentionKey, storeLoader, type Dossier, type DossierInput } from "./explore.js";
export { followFeeds, updateFeeds, type FollowEvents, type UpdateEvents } from "./feeds.js";
export { eachStoredReport, figuresOf, listReports, type Figures } from "./figures.js";
export { removeReports, type Removed, type RemoveWhat } from "./remove.js";
export { extractAll, isUrl, memoryReport, memoryReports, mentionsOf, readAll, readInputs, storedMentions, type InputItem, type ReadOptions } from "./reports.js";
export { openStoreAt, withStore, type Store } from "./store.js";
export { siteImagery, MAX_SNAPSHOTS, type SiteImagery, type SiteSnapshot } from "./imagery.js";
export { watchSite, watchSummary, watchTable, type Watched, type WatchSiteOptions } from "./watch.js";
