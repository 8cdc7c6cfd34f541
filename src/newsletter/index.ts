/**
 * The newsletter stage: what an issue says (a diff of two snapshots of the briefing), how it
 * reads as mail (text + HTML + inline figures), the signed tokens of its links, and when a
 * followed source counts as quiet or broken. Pure: no store, no network.
 * @module
 */
export { snapshotOf, type Snapshot, type Alert } from "./snapshot.js";
export { diffSnapshots, hasNews, type IssueContent } from "./diff.js";
export { renderIssue, renderConfirmation, issueSubject, type MailFigure, type Attachment } from "./render.js";
export { signToken, verifyToken } from "./tokens.js";
export { feedAlerts } from "./alerts.js";
export { smtpFailure, backoffMs } from "./smtp.js";
export { restingFeeds } from "./backoff.js";
