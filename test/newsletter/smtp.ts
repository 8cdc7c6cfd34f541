/**
 * A real SMTP server on loopback for the newsletter tests (the `smtp-server` package), with
 * authentication, every accepted message parsed by `mailparser`, and recipients that can be
 * made to fail: permanently (5xx) or a number of times (4xx).
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

export interface Received {
  to: string[];
  raw: string;
  mail: ParsedMail;
}

export interface TestSmtp {
  /** smtp://user:pass@127.0.0.1:PORT */
  url: string;
  received: Received[];
  /** addresses answered with 550 at RCPT */
  reject: Set<string>;
  /** address → how many more times to answer 451 */
  tempfail: Map<string, number>;
  close(): Promise<void>;
}

export async function smtpServer(): Promise<TestSmtp> {
  const received: Received[] = [];
  const reject = new Set<string>();
  const tempfail = new Map<string, number>();
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authMethods: ["PLAIN", "LOGIN"],
    logger: false,
    disableReverseLookup: true,
    onAuth(auth, _session, cb) {
      if (auth.username === "news" && auth.password === "s3cret p@ss") cb(null, { user: "news" });
      else cb(new Error("invalid credentials"));
    },
    onRcptTo(address, _session, cb) {
      const a = address.address.toLowerCase();
      if (reject.has(a)) return cb(Object.assign(new Error("5.1.1 no such mailbox"), { responseCode: 550 }));
      const n = tempfail.get(a) ?? 0;
      if (n > 0) {
        tempfail.set(a, n - 1);
        return cb(Object.assign(new Error("4.2.0 try again later"), { responseCode: 451 }));
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw).then(
          (mail) => {
            received.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), raw, mail });
            cb();
          },
          (e) => cb(e),
        );
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://news:${encodeURIComponent("s3cret p@ss")}@127.0.0.1:${port}`,
    received,
    reject,
    tempfail,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** The first URL in a text that starts with `prefix`. */
export const linkIn = (text: string, prefix: string) => {
  const i = text.indexOf(prefix);
  if (i < 0) throw new Error(`no link starting with ${prefix} in:\n${text}`);
  return /^\S+/.exec(text.slice(i))![0].replace(/[>)]+$/, "");
};
