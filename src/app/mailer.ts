/**
 * Sending mail: nodemailer's SMTP transport from DOSSIER_SMTP_URL (smtp:// or smtps://, with
 * credentials in the URL), behind a two-method interface so the use cases never see nodemailer.
 * @module
 */
import type { Attachment } from "../newsletter/index.js";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers?: Record<string, string>;
  attachments?: Attachment[];
}

export interface Mailer {
  readonly from: string;
  send(m: OutgoingMail): Promise<void>;
  close(): void;
}

export interface MailerOptions {
  /** smtp://user:pass@host:port or smtps://… */
  url: string;
  from: string;
  /** per SMTP step (connect, greeting, each reply); default 30 s */
  timeoutMs?: number;
}

/** A mailer over nodemailer's SMTP transport (loaded only when mail is sent). */
export async function smtpMailer(o: MailerOptions): Promise<Mailer> {
  let u: URL;
  try {
    u = new URL(o.url);
  } catch {
    throw new Error("DOSSIER_SMTP_URL is not a valid URL (smtp://user:password@host:port or smtps://…)");
  }
  if (u.protocol !== "smtp:" && u.protocol !== "smtps:") throw new Error(`DOSSIER_SMTP_URL must start with smtp:// or smtps://, not ${u.protocol}//`);
  const { createTransport } = await import("nodemailer");
  const t = o.timeoutMs ?? 30_000;
  // a relay on this machine (loopback) often has a self-signed certificate; nothing on the wire can
  // impersonate it, so STARTTLS there goes ahead without verifying it. Remote relays are verified.
  const loopback = /^(127(?:\.\d{1,3}){3}|\[?::1\]?|localhost)$/i.test(u.hostname);
  const transport = createTransport({ url: o.url, connectionTimeout: t, greetingTimeout: t, socketTimeout: t, ...(loopback ? { tls: { rejectUnauthorized: false } } : {}) });
  return {
    from: o.from,
    async send(m) {
      await transport.sendMail({
        from: o.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        messageId: m.messageId,
        headers: m.headers,
        attachments: m.attachments?.map((a) => ({ cid: a.cid, filename: a.filename, contentType: a.contentType, content: a.content, contentDisposition: "inline" as const })),
      });
    },
    close: () => transport.close(),
  };
}
