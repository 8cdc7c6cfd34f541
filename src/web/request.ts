/**
 * What the handlers read from a request: its path decoded, and a bounded body.
 * @module
 */
import type http from "node:http";

/** The URL's path with percent-escapes decoded; null when they are malformed. */
export function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

/** The request body, or null as soon as it passes `max` bytes (the rest is never read or kept). */
export async function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
