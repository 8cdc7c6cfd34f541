/** Loopback servers and legacy-charset encoders for the web ingest tests. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";

export const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

export interface TestServer {
  /** http://127.0.0.1:PORT */
  base: string;
  port: number;
  /** requests seen, in order */
  log: Array<{ path: string; ua: string | undefined }>;
  close(): Promise<void>;
}

/** A node:http server on a loopback address, port 0. */
export async function serve(handler: http.RequestListener, host = "127.0.0.1"): Promise<TestServer> {
  const log: TestServer["log"] = [];
  const server = http.createServer((req, res) => {
    log.push({ path: req.url ?? "", ua: req.headers["user-agent"] });
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://${host}:${port}`,
    port,
    log,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Encodes text in a legacy charset by inverting Node's TextDecoder (single-byte and EUC-KR). */
export function encode(text: string, charset: string): Buffer {
  const dec = new TextDecoder(charset);
  const map = new Map<string, number[]>();
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = dec.decode(Uint8Array.of(b));
    if (ch !== "\ufffd" && !map.has(ch)) map.set(ch, [b]);
  }
  if (/euc-kr/i.test(charset))
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x41; trail <= 0xfe; trail++) {
        const ch = dec.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && ch !== "\ufffd" && !map.has(ch)) map.set(ch, [lead, trail]);
      }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const bytes = map.get(ch);
      if (!bytes) throw new Error(`cannot encode ${ch} in ${charset}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/index.js";
import type { Io } from "../../src/cli/io.js";

/** A temporary folder removed when the process exits. */
export function tempDir(prefix = "dossier-web-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The CLI in-process, printing into arrays. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => void out.push(l), err: (l) => void err.push(l), tty: false, write: () => {} };
  const code = await main(argv, io);
  return { code, out, err };
}
