/**
 * Signed tokens for the links in newsletter mail: HMAC-SHA256 over a purpose, an opaque
 * subscriber id (random, never the address) and, for confirmation, a one-time nonce the store
 * clears once used. A token names one subscriber and nothing else; altering it breaks the MAC.
 * Pure (node:crypto only).
 * @module
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export type TokenPurpose = "confirm" | "unsubscribe";

export interface TokenClaims {
  purpose: TokenPurpose;
  subscriber: string;
  /** confirm: the nonce that makes the token single-use; unsubscribe: "" */
  nonce: string;
}

const PREFIX: Record<TokenPurpose, string> = { confirm: "c", unsubscribe: "u" };
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const b64 = (b: Buffer) => b.toString("base64url");
const mac = (secret: string, payload: string) => createHmac("sha256", secret).update(payload).digest();

/** A URL-safe token for the claims. */
export function signToken(secret: string, claims: TokenClaims): string {
  if (!ID.test(claims.subscriber) || (claims.nonce && !ID.test(claims.nonce))) throw new Error("token: subscriber and nonce must be short URL-safe ids");
  const payload = `${PREFIX[claims.purpose]}.${claims.subscriber}.${claims.nonce}`;
  return `${payload}.${b64(mac(secret, payload)).slice(0, 32)}`;
}

/** The claims of a token signed with `secret` for `purpose`, or null when it is not one (forged, altered, other purpose). */
export function verifyToken(secret: string, token: string, purpose: TokenPurpose): TokenClaims | null {
  if (typeof token !== "string" || token.length > 300) return null;
  const parts = token.split(".");
  if (parts.length !== 4) return null;
  const [p, subscriber, nonce, sig] = parts;
  if (p !== PREFIX[purpose] || !ID.test(subscriber) || (nonce && !ID.test(nonce))) return null;
  const want = Buffer.from(b64(mac(secret, `${p}.${subscriber}.${nonce}`)).slice(0, 32));
  const got = Buffer.from(sig);
  if (got.length !== want.length || !timingSafeEqual(got, want)) return null;
  return { purpose, subscriber, nonce };
}
