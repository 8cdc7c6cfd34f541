/**
 * The newsletter's tables: the signing secret, subscribers, numbered issues and every
 * (issue, subscriber) delivery. Every state change is one conditional UPDATE, so two
 * processes (serve answering a click, `newsletter send`) never undo each other.
 * @module
 */
import { randomBytes } from "node:crypto";
import type { Queryable } from "./db.js";

export type SubscriberState = "pending" | "confirmed" | "unsubscribed" | "suppressed";

export interface Subscriber {
  id: string;
  email: string;
  state: SubscriberState;
  /** the pending confirmation's one-time nonce (null once used) */
  confirmNonce: string | null;
  createdAt: string;
  confirmedAt: string | null;
  leftAt: string | null;
  /** why suppressed (the bounce) */
  reason: string | null;
  /** the last issue delivered to it, null when none yet */
  lastIssue: number | null;
}

export interface IssueRecord<C = unknown, S = unknown> {
  number: number;
  createdAt: string;
  kind: "summary" | "changes";
  subject: string;
  content: C;
  snapshot: S;
  figures: Array<{ caption: string; contentType: string; data: string }>;
}

export type DeliveryStatus = "sending" | "sent" | "deferred" | "bounced";

export interface Delivery {
  issue: number;
  subscriber: string;
  status: DeliveryStatus;
  sinceIssue: number | null;
  messageId: string;
  attempts: number;
  lastError: string | null;
}

const iso = (v: Date | string | null) => (v == null ? null : new Date(v).toISOString());
const json = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;

interface SubscriberRow {
  id: string;
  email: string;
  state: SubscriberState;
  confirm_nonce: string | null;
  created_at: Date | string;
  confirmed_at: Date | string | null;
  left_at: Date | string | null;
  reason: string | null;
  last_issue: number | null;
}

const SUBSCRIBER = `SELECT s.*, (SELECT max(d.issue) FROM deliveries d WHERE d.subscriber = s.id AND d.status = 'sent') AS last_issue FROM subscribers s`;
const subscriberOf = (r: SubscriberRow): Subscriber => ({
  id: r.id,
  email: r.email,
  state: r.state,
  confirmNonce: r.confirm_nonce,
  createdAt: iso(r.created_at)!,
  confirmedAt: iso(r.confirmed_at),
  leftAt: iso(r.left_at),
  reason: r.reason,
  lastIssue: r.last_issue == null ? null : Number(r.last_issue),
});

interface IssueRow {
  number: number;
  created_at: Date | string;
  kind: "summary" | "changes";
  subject: string;
  content: unknown;
  snapshot: unknown;
  figures: unknown;
}
const issueOf = <C, S>(r: IssueRow): IssueRecord<C, S> => ({
  number: Number(r.number),
  createdAt: iso(r.created_at)!,
  kind: r.kind,
  subject: r.subject,
  content: json<C>(r.content),
  snapshot: json<S>(r.snapshot),
  figures: json(r.figures) ?? [],
});

export const newId = () => randomBytes(12).toString("base64url");

export class NewsletterStore {
  constructor(private readonly db: Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> }) {}

  /** The secret links are signed with: made once, kept in the store, the same for every process. */
  async secret(): Promise<string> {
    await this.db.query(`INSERT INTO settings (key, value) VALUES ('newsletter_secret', $1) ON CONFLICT (key) DO NOTHING`, [randomBytes(32).toString("base64url")]);
    return (await this.db.query<{ value: string }>(`SELECT value FROM settings WHERE key = 'newsletter_secret'`))[0].value;
  }

  async setting(key: string): Promise<string | null> {
    return (await this.db.query<{ value: string }>(`SELECT value FROM settings WHERE key = $1`, [key]))[0]?.value ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.db.query(`INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [key, value]);
  }

  /**
   * A subscriber for the address: new ones are pending with a fresh nonce; a pending or departed
   * one is pending again with a new nonce; a confirmed or suppressed one is returned unchanged.
   */
  async subscribe(email: string): Promise<{ subscriber: Subscriber; created: boolean }> {
    const nonce = newId();
    const created = await this.db.query(`INSERT INTO subscribers (id, email, state, confirm_nonce) VALUES ($1, $2, 'pending', $3) ON CONFLICT (email) DO NOTHING RETURNING id`, [newId(), email, nonce]);
    if (!created.length) await this.db.query(`UPDATE subscribers SET state = 'pending', confirm_nonce = $2, left_at = NULL WHERE email = $1 AND state IN ('pending', 'unsubscribed')`, [email, nonce]);
    return { subscriber: (await this.subscriberByEmail(email))!, created: created.length > 0 };
  }

  async subscriberByEmail(email: string): Promise<Subscriber | null> {
    const rows = await this.db.query<SubscriberRow>(`${SUBSCRIBER} WHERE s.email = $1`, [email]);
    return rows.length ? subscriberOf(rows[0]) : null;
  }

  async subscriber(id: string): Promise<Subscriber | null> {
    const rows = await this.db.query<SubscriberRow>(`${SUBSCRIBER} WHERE s.id = $1`, [id]);
    return rows.length ? subscriberOf(rows[0]) : null;
  }

  /** Every subscriber, oldest first. */
  async subscribers(): Promise<Subscriber[]> {
    return (await this.db.query<SubscriberRow>(`${SUBSCRIBER} ORDER BY s.created_at, s.email`)).map(subscriberOf);
  }

  /** Confirms a pending subscriber whose nonce matches, once: the nonce is cleared in the same statement. */
  async confirm(id: string, nonce: string): Promise<boolean> {
    const rows = await this.db.query(`UPDATE subscribers SET state = 'confirmed', confirm_nonce = NULL, confirmed_at = now() WHERE id = $1 AND confirm_nonce = $2 AND state = 'pending' RETURNING id`, [id, nonce]);
    return rows.length > 0;
  }

  /** Unsubscribes at once (pending or confirmed); true when something changed. */
  async unsubscribe(id: string): Promise<boolean> {
    const rows = await this.db.query(`UPDATE subscribers SET state = 'unsubscribed', confirm_nonce = NULL, left_at = now() WHERE id = $1 AND state IN ('pending', 'confirmed') RETURNING id`, [id]);
    return rows.length > 0;
  }

  /** A hard bounce: nothing more goes to this address. */
  async suppress(id: string, reason: string): Promise<void> {
    await this.db.query(`UPDATE subscribers SET state = 'suppressed', confirm_nonce = NULL, left_at = now(), reason = $2 WHERE id = $1`, [id, reason.slice(0, 500)]);
  }

  async lastIssue<C, S>(): Promise<IssueRecord<C, S> | null> {
    const rows = await this.db.query<IssueRow>(`SELECT * FROM issues ORDER BY number DESC LIMIT 1`);
    return rows.length ? issueOf<C, S>(rows[0]) : null;
  }

  async issue<C, S>(n: number): Promise<IssueRecord<C, S> | null> {
    const rows = await this.db.query<IssueRow>(`SELECT * FROM issues WHERE number = $1`, [n]);
    return rows.length ? issueOf<C, S>(rows[0]) : null;
  }

  /** Issues, newest first, without their snapshots. */
  async issues<C>(): Promise<Array<Omit<IssueRecord<C, null>, "snapshot">>> {
    const rows = await this.db.query<IssueRow>(`SELECT number, created_at, kind, subject, content, NULL AS snapshot, figures FROM issues ORDER BY number DESC`);
    return rows.map((r) => issueOf<C, null>(r));
  }

  /** Stores the next issue; numbers follow on without gaps (a racing writer fails on the key and retries). */
  async addIssue<C, S>(i: Omit<IssueRecord<C, S>, "number" | "createdAt">): Promise<IssueRecord<C, S>> {
    for (let tries = 0; ; tries++) {
      try {
        const rows = await this.db.query<IssueRow>(
          `INSERT INTO issues (number, kind, subject, content, snapshot, figures)
           VALUES ((SELECT coalesce(max(number), 0) + 1 FROM issues), $1, $2, $3::jsonb, $4::jsonb, $5::jsonb) RETURNING *`,
          [i.kind, i.subject, JSON.stringify(i.content), JSON.stringify(i.snapshot), JSON.stringify(i.figures)],
        );
        return issueOf<C, S>(rows[0]);
      } catch (e) {
        if (tries >= 3) throw e;
      }
    }
  }

  async delivery(issue: number, subscriber: string): Promise<Delivery | null> {
    const rows = await this.db.query<{ issue: number; subscriber: string; status: DeliveryStatus; since_issue: number | null; message_id: string; attempts: number; last_error: string | null }>(
      `SELECT * FROM deliveries WHERE issue = $1 AND subscriber = $2`,
      [issue, subscriber],
    );
    const r = rows[0];
    return r ? { issue: Number(r.issue), subscriber: r.subscriber, status: r.status, sinceIssue: r.since_issue == null ? null : Number(r.since_issue), messageId: r.message_id, attempts: Number(r.attempts), lastError: r.last_error } : null;
  }

  /**
   * Records a delivery's state. "sending" is written before the SMTP conversation and "sent" after
   * it, so a crash between the two shows which mails may have gone (they are sent again with the
   * same Message-ID, which clients use to drop the duplicate).
   */
  async recordDelivery(d: Omit<Delivery, "attempts"> & { attempts?: number }): Promise<void> {
    await this.db.query(
      `INSERT INTO deliveries (issue, subscriber, status, since_issue, message_id, attempts, last_error) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (issue, subscriber) DO UPDATE SET status = EXCLUDED.status, since_issue = EXCLUDED.since_issue, message_id = EXCLUDED.message_id,
         attempts = deliveries.attempts + EXCLUDED.attempts, last_error = EXCLUDED.last_error, updated_at = now()
       WHERE deliveries.status <> 'sent'`,
      [d.issue, d.subscriber, d.status, d.sinceIssue, d.messageId, d.attempts ?? 0, d.lastError?.slice(0, 500) ?? null],
    );
  }

  /** Deliveries owed to confirmed subscribers (deferred, or cut short by a crash), and not overtaken by a later issue they got. */
  async unsent(): Promise<number> {
    const rows = await this.db.query<{ n: number | string }>(
      `SELECT count(*) AS n FROM deliveries d JOIN subscribers s ON s.id = d.subscriber
       WHERE s.state = 'confirmed' AND d.status IN ('sending', 'deferred')
         AND d.issue > coalesce((SELECT max(x.issue) FROM deliveries x WHERE x.subscriber = d.subscriber AND x.status = 'sent'), 0)`,
    );
    return Number(rows[0].n);
  }

  /** Deliveries per issue: how many sent, waiting, bounced. */
  async deliveryCounts(): Promise<Map<number, Record<DeliveryStatus, number>>> {
    const rows = await this.db.query<{ issue: number; status: DeliveryStatus; n: number | string }>(`SELECT issue, status, count(*) AS n FROM deliveries GROUP BY issue, status`);
    const out = new Map<number, Record<DeliveryStatus, number>>();
    for (const r of rows) {
      const m = out.get(Number(r.issue)) ?? out.set(Number(r.issue), { sending: 0, sent: 0, deferred: 0, bounced: 0 }).get(Number(r.issue))!;
      m[r.status] = Number(r.n);
    }
    return out;
  }
}
