/**
 * The newsletter stage: what an issue says (a diff of two snapshots of the briefing), how it
 * reads as mail (text + HTML + inline figures), the signed tokens of its links, and when a
 * followed source counts as quiet or broken. Pure: no store, no network.
 * @module
 */
export { snapshotOf, memberKey, type Snapshot, type SnapshotFact, type SnapshotValue, type SnapshotEvent, type SnapshotObservation, type SnapshotSource, type Alert } from "./snapshot.js";
export { diffSnapshots, hasNews, MAX_ITEMS, type IssueContent, type ValueChange, type VerdictChange } from "./diff.js";
export { renderIssue, renderConfirmation, issueSubject, type RenderedMail, type MailFigure, type Attachment, type IssueLinks } from "./render.js";
export { signToken, verifyToken, type TokenClaims, type TokenPurpose } from "./tokens.js";
export { feedAlerts, type FeedHealth } from "./alerts.js";
export { smtpFailure, backoffMs, type FailureClass } from "./smtp.js";
export { restingFeeds, HOST_BACKOFF_MAX_MS, type PolledFeed } from "./backoff.js";
