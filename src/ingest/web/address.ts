/**
 * Which IP addresses a fetch may connect to. Public unicast only: private, loopback,
 * link-local (cloud metadata lives there), CGNAT, multicast, unspecified, documentation and
 * reserved ranges are refused, IPv4 and IPv6 alike, including IPv4 embedded in IPv6
 * (mapped, compatible, NAT64, 6to4).
 * @module
 */
import { isIPv4, isIPv6 } from "node:net";

/** [first address as a 32-bit number, prefix length, why] */
const V4_BLOCKED: Array<[string, number, string]> = [
  ["0.0.0.0", 8, "unspecified"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "shared (CGNAT)"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local (cloud metadata)"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "IETF protocol assignments"],
  ["192.0.2.0", 24, "documentation"],
  ["192.88.99.0", 24, "6to4 relay"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];

const v4num = (ip: string) => ip.split(".").reduce((n, p) => n * 256 + Number(p), 0);

function v4Reason(ip: string): string | null {
  const n = v4num(ip);
  for (const [base, bits, why] of V4_BLOCKED) {
    const size = 2 ** (32 - bits);
    const start = v4num(base);
    if (n >= start && n < start + size) return why;
  }
  return null;
}

/** An IPv6 address as eight 16-bit groups (handles "::" and a dotted IPv4 tail). */
export function ipv6Groups(ip: string): number[] | null {
  let s = ip.replace(/^\[|\]$/g, "").split("%")[0];
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (tail) {
    if (!isIPv4(tail[1])) return null;
    const n = v4num(tail[1]);
    s = s.slice(0, -tail[1].length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const part = (h: string) => (h ? h.split(":").map((g) => parseInt(g, 16)) : []);
  const head = part(halves[0]);
  const rest = halves.length === 2 ? part(halves[1]) : [];
  const fill = halves.length === 2 ? 8 - head.length - rest.length : 0;
  const groups = [...head, ...Array(Math.max(0, fill)).fill(0), ...rest];
  if (groups.length !== 8 || groups.some((g) => !Number.isInteger(g) || g < 0 || g > 0xffff)) return null;
  return groups;
}

const v4of = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

function v6Reason(ip: string): string | null {
  const g = ipv6Groups(ip);
  if (!g) return "not a valid IPv6 address";
  const zeros = (k: number) => g.slice(0, k).every((x) => x === 0);
  if (g.every((x) => x === 0)) return "unspecified";
  if (zeros(7) && g[7] === 1) return "loopback";
  // IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d, IPv4-translated ::ffff:0:a.b.c.d
  if ((zeros(5) && g[5] === 0xffff) || zeros(6) || (zeros(4) && g[4] === 0xffff && g[5] === 0)) {
    const r = v4Reason(v4of(g[6], g[7]));
    return r ? `${r} (IPv4 inside IPv6)` : null;
  }
  // NAT64 64:ff9b::/96 and 64:ff9b:1::/48 carry an IPv4 address in the low 32 bits
  if (g[0] === 0x64 && g[1] === 0xff9b) {
    const r = v4Reason(v4of(g[6], g[7]));
    return r ? `${r} (NAT64)` : null;
  }
  // 6to4 2002:AABB:CCDD::/48
  if (g[0] === 0x2002) {
    const r = v4Reason(v4of(g[1], g[2]));
    return r ? `${r} (6to4)` : null;
  }
  if ((g[0] & 0xffc0) === 0xfe80) return "link-local";
  if ((g[0] & 0xffc0) === 0xfec0) return "site-local";
  if ((g[0] & 0xfe00) === 0xfc00) return "unique local (private)";
  if ((g[0] & 0xff00) === 0xff00) return "multicast";
  if (g[0] === 0x2001 && g[1] === 0x0db8) return "documentation";
  if (g[0] === 0x2001 && g[1] === 0) return "Teredo";
  if (g[0] === 0x0100 && g[1] === 0 && g[2] === 0 && g[3] === 0) return "discard";
  if (g[0] === 0x2001 && g[1] < 0x200) return "IETF protocol assignments";
  return null;
}

/** Why an address may not be fetched from ("loopback", "private"…), or null when it is public. */
export function blockedReason(ip: string): string | null {
  const s = ip.replace(/^\[|\]$/g, "");
  if (isIPv4(s)) return v4Reason(s);
  if (isIPv6(s.split("%")[0])) return v6Reason(s);
  return "not an IP address";
}
