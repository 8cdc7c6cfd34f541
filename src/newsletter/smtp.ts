/**
 * How a failed SMTP delivery is handled: a 5xx reply is a hard bounce (the address is
 * suppressed), a 4xx reply, a timeout or a broken connection is temporary (retried with
 * backoff, then left for the next send). Pure.
 * @module
 */

export type FailureClass = "hard" | "temporary";

const TEMPORARY_CODES = new Set(["ETIMEDOUT", "ECONNECTION", "ESOCKET", "ECONNREFUSED", "ECONNRESET", "EDNS", "EPROTOCOL", "ESTREAM", "EAUTH", "ETLS"]);

/** The class of a nodemailer error (it carries `responseCode` for SMTP replies, `code` for the rest). */
export function smtpFailure(e: unknown): FailureClass {
  const err = e as { responseCode?: unknown; code?: unknown };
  const reply = typeof err?.responseCode === "number" ? err.responseCode : null;
  if (reply != null && reply >= 500 && reply < 600) return "hard";
  if (reply != null && reply >= 400 && reply < 500) return "temporary";
  if (typeof err?.code === "string" && TEMPORARY_CODES.has(err.code)) return "temporary";
  // an unknown failure is not the address's fault: never suppress on a guess
  return "temporary";
}

/** Wait before retry `attempt` (0-based): base, 2×base, 4×base…, capped. */
export const backoffMs = (attempt: number, baseMs: number, capMs = 60_000) => Math.min(capMs, baseMs * 2 ** attempt);
