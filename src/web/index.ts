/**
 * The web explorer (`dossier serve`): pages over the dossier (built by src/app/explore.ts), a router, a server.
 * @module
 */
export { atomFeed } from "./feed.js";
export { homePage, factPage, reportsPage, reportPage, searchPage, notFoundPage } from "./pages.js";
export { route, handler, startServer, isLoopback, CSP, type RunningServer, type ServerOptions } from "./server.js";
