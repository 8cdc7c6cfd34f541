/**
 * The web explorer (`dossier serve`): pages over the dossier (built by src/app/explore.ts), a router, a server.
 * @module
 */
// the pages are exported for the scale test that renders them over a huge dossier without a server
export { homePage, factPage } from "./pages.js";
export { reportsPage } from "./lists.js";
export { searchPage } from "./search.js";
export { reportPage } from "./report.js";
export { startServer, isLoopback, type RunningServer } from "./server.js";
