/**
 * The web explorer (`dossier serve`): pages over the dossier, a router, a server.
 * @module
 */
export { buildDossier, cachedLoader, mentionKey, type Dossier, type DossierInput } from "./dossier.js";
export { storeLoader } from "./store.js";
export { atomFeed } from "./feed.js";
export { homePage, factPage, reportsPage, reportPage, searchPage, notFoundPage } from "./pages.js";
export { route, handler, startServer, CSP, type RunningServer, type ServerOptions } from "./server.js";
