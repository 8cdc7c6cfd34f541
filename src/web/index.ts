/**
 * The web explorer (`dossier serve`): pages over the dossier (built by src/app/explore.ts), a router, a server.
 * @module
 */
export { atomFeed } from "./feed.js";
export { homePage, factPage, notFoundPage, errorPage } from "./pages.js";
export { factsPage, reportsPage, sourcesPage, timelinePage } from "./lists.js";
export { searchPage } from "./search.js";
export { reportPage, displayOrigin } from "./report.js";
export { layout, NAV, href, type Section } from "./layout.js";
export { route, handler, startServer, isLoopback, CSP, type RunningServer, type ServerOptions } from "./server.js";
