/**
 * Reported claims set against the measured series: "construction began in April 2025", "the span
 * reached the middle of the river by October", "completed in June 2026" become supporting,
 * contradicting or not yet visible, each with the clear date nearest to the claimed one (whose
 * snapshot shows what the imagery saw). Pure: facts and per-date readings in, checks out.
 *
 * The rules allow for what a 10 m sensor with clouds can see: works show as disturbed ground or a
 * crossing no longer reading as water only some weeks after they begin, so a start is supported when
 * the first visible change falls between the claimed interval and LAG_DAYS after it; contradicted when
 * change shows more than LAG_DAYS before the claimed start, or clear dates LAG_DAYS past its end still
 * show nothing; not yet visible when no clear date follows the claim by enough. A share or completion
 * is supported when the crossing reaches it by LAG_DAYS after the claimed date, contradicted when a
 * clear date later than that shows less.
 * @module
 */
import type { ClaimCheck as SiteClaimCheck, Fact, ImageryClaim, Observation } from "../types.js";

/** What the imagery can test: the start of works, a share of the crossing built by a date, completion. */
export type ClaimKind = ImageryClaim["kind"];
export type Claim = ImageryClaim;

/** One measured date, as the checks need it (a WatchRow or a stored Observation fits). */
export interface Reading {
  date: string;
  progress: number | null;
  progressSmoothed?: number | null;
  flags: string[];
  areas?: Record<string, number>;
}

export type ClaimVerdict = SiteClaimCheck["verdict"];
/** A check of one claim against one series (the site is added by `siteClaims`). */
export type ClaimCheck = Omit<SiteClaimCheck, "site" | "snapshot">;

/** Weeks from works beginning to a 10 m sensor seeing them through the clouds. */
export const LAG_DAYS = 45;
/** A "progress" claim holds when the measured share is at least the claimed one minus this (one or two pixels). */
const SHARE_SLACK = 0.1;

const DAY = 86_400_000;
const t = (d: string) => Date.parse(d);
const plus = (d: string, days: number) => new Date(t(d) + days * DAY).toISOString().slice(0, 10);

/** A clear date whose crossing was measured. */
const measured = (r: Reading) => r.progress != null && !r.flags.includes("cloudy");

/** First clear date of a visible change: the crossing departs from water (2 dates in a row) or the ground is disturbed. */
export function firstVisibleChange(rows: Reading[]): string | null {
  const m = rows.filter(measured);
  let first: string | null = null;
  for (let i = 0; i + 1 < m.length; i++) if (m[i].progress! >= 0.05 && m[i + 1].progress! >= 0.05) { first = m[i].date; break; }
  const clear = rows.filter((r) => r.areas?.bare_built != null && !r.flags.includes("cloudy") && !r.flags.includes("river-frozen"));
  if (clear.length >= 3) {
    const base = clear[0].areas!.bare_built;
    const up = (r: Reading) => r.areas!.bare_built - base > Math.max(0.5, 0.2 * base);
    for (let i = 1; i + 1 < clear.length; i++)
      if (up(clear[i]) && up(clear[i + 1])) {
        if (!first || clear[i].date < first) first = clear[i].date;
        break;
      }
  }
  return first;
}

/** The first clear date whose (smoothed when known) share reaches `share`. */
function firstReaching(rows: Reading[], share: number): Reading | null {
  return rows.find((r) => measured(r) && (r.progressSmoothed ?? r.progress)! >= share) ?? null;
}

function nearestClear(rows: Reading[], day: string): Reading | null {
  let best: Reading | null = null;
  for (const r of rows) if (measured(r) && (!best || Math.abs(t(r.date) - t(day)) < Math.abs(t(best.date) - t(day)))) best = r;
  return best;
}

const pct = (v: number | null | undefined) => (v == null ? "n/a" : `${Math.round(v * 100)} %`);
const at = (r: Reading | null) => (r ? { date: r.date, progress: r.progress } : null);

/** Checks each claim against one site's readings (any order). */
export function checkClaims(claims: Claim[], readings: Reading[]): ClaimCheck[] {
  const rows = [...readings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const last = [...rows].reverse().find(measured) ?? null;
  return claims.map((claim) => {
    const mid = plus(claim.date.start, Math.round((t(claim.date.end) - t(claim.date.start)) / DAY / 2));
    const nearest = at(nearestClear(rows, mid));
    const horizon = plus(claim.date.end, LAG_DAYS);
    const seenAfter = rows.filter((r) => measured(r) && r.date >= horizon);
    const out = (verdict: ClaimVerdict, evidence: Reading | null, reason: string): ClaimCheck => ({ claim, verdict, evidence: at(evidence), nearest, reason });
    if (claim.kind === "start") {
      const first = firstVisibleChange(rows);
      const firstRow = first ? rows.find((r) => r.date === first)! : null;
      if (first && first < plus(claim.date.start, -LAG_DAYS)) return out("contradicts", firstRow, `works already visible on ${first}, before the claimed start`);
      if (first && first <= horizon) return out("supports", firstRow, `first visible change on ${first}`);
      // only clear dates before the first change show nothing: a series that begins with works under
      // way cannot say they were not there earlier (a start years before the first image)
      const quiet = seenAfter.filter((r) => !first || r.date < first);
      if (quiet.length >= 2) return out("contradicts", quiet[quiet.length - 1], `no change visible by ${quiet[quiet.length - 1].date}${first ? `; the first on ${first}` : ""}`);
      if (first && first === rows.find(measured)?.date) return out("supports", firstRow, `works already visible on the first clear date, ${first}`);
      if (first) return out("supports", firstRow, `first visible change on ${first}, later than claimed but with too few clear dates between to tell`);
      return out("not-yet-visible", last, last ? `no clear date far enough after the claim (latest ${last.date})` : "no clear date measured");
    }
    const share = claim.kind === "complete" ? 0.95 : Math.max(0, Math.min(1, claim.share ?? 0.5));
    const reached = firstReaching(rows, share - (claim.kind === "complete" ? 0 : SHARE_SLACK));
    const what = claim.kind === "complete" ? "reads as closed" : `reaches ${pct(share)}`;
    // closing early does not contradict a completion: a closed deck is still surfaced and fitted for months
    if (reached && reached.date <= horizon) return out("supports", reached, `the crossing ${what} on ${reached.date}`);
    const after = seenAfter[seenAfter.length - 1];
    if (after) return out("contradicts", after, `the crossing is at ${pct(after.progressSmoothed ?? after.progress)} on ${after.date}${reached ? `; it ${what} only on ${reached.date}` : ""}`);
    return out("not-yet-visible", last, last ? `latest clear date ${last.date}: ${pct(last.progressSmoothed ?? last.progress)}` : "no clear date measured");
  });
}

/** Events of date facts the imagery can test, from the fact's property or the cue class of its label. */
const EVENT_KIND: Array<[RegExp, ClaimKind]> = [
  [/^(start|begin|began|construction start|ground)/, "start"],
  [/^(complet|finish|open|clos)/, "complete"],
];

/**
 * The claims among reconciled facts: dated starts and completions (a date fact whose property event or
 * label names one), and shares complete ("60 % complete") at the time the report states them.
 * Other facts are not claims the imagery can test.
 */
export function claimsFromFacts(facts: Fact[]): Claim[] {
  const out: Claim[] = [];
  for (const f of facts) {
    if (f.hidden) continue;
    const sources = [...new Set(f.members.map((m) => m.source))];
    if (f.kind === "date") {
      const ev = (f.property?.event ?? f.about ?? "").toLowerCase();
      const kind = EVENT_KIND.find(([re]) => re.test(ev))?.[1];
      if (!kind) continue;
      for (const v of f.values) if (v.date?.start && v.date.end) out.push({ kind, date: { start: v.date.start, end: v.date.end }, text: f.about, from: f.id, sources: v.sources ?? sources });
    } else if (f.kind === "percent" && /complet|built|finish/.test(`${f.property?.attribute ?? ""} ${f.about}`)) {
      for (const v of f.values) {
        if (v.low == null || !v.time) continue;
        out.push({ kind: "progress", share: v.low / 100, date: { start: v.time, end: v.time }, text: `${f.about}: ${v.low} %`, from: f.id, sources: v.sources ?? sources });
      }
    }
  }
  return out;
}

/**
 * The claims a series can test: a share or a completion claimed for a time ending more than LAG_DAYS
 * before its first clear date is left out. The record never saw that time, and a crossing finished
 * before it that the record shows unbuilt is another structure ("the railway bridge, completed in
 * 1959" beside the road bridge watched), which a series of one site cannot tell apart. Starts stay:
 * `checkClaims` already reads a start before the record from what the first clear dates show.
 */
function inRecord(claims: Claim[], readings: Reading[]): Claim[] {
  let first: string | null = null;
  for (const r of readings) if (measured(r) && (!first || r.date < first)) first = r.date;
  if (!first) return claims;
  const from = plus(first, -LAG_DAYS);
  return claims.filter((c) => c.kind === "start" || c.date.end >= from);
}

/** A name's words, lower case (a coordinate label, "42.4200N,130.6400E,r800", has none of two letters or more). */
const wordsOf = (s: string) => (s.toLowerCase().match(/[\p{L}\p{M}]{2,}/gu) ?? []);
/** The words a fact's label is joined with ("completion of the bridge"): they name no structure. */
const LABEL_GLUE = new Set(["of", "the", "a", "an"]);

/**
 * Whether a claim is about another structure than the site watched, by the names of both: its label
 * names a noun of the site's names ("bridge") after a word that none of the site's names has,
 * while a name of the site puts its own word before that noun ("the railway bridge" against a site
 * named "Tumen road bridge"). A claim naming no noun of the site's ("start of construction"), or a
 * site whose names say nothing of which one it is (a bare "bridge", coordinates), is the site's.
 */
export function otherStructure(claim: Pick<Claim, "text">, names: readonly string[]): boolean {
  const nameWords = names.map(wordsOf);
  const site = new Set(nameWords.flat());
  const words = wordsOf(claim.text);
  let i = words.length - 1;
  while (i >= 0 && !site.has(words[i])) i--;
  if (i < 1 || site.has(words[i - 1]) || LABEL_GLUE.has(words[i - 1])) return false;
  const head = words[i];
  return nameWords.some((ws) => ws.some((w, k) => w === head && k > 0 && !LABEL_GLUE.has(ws[k - 1])));
}

/** The site's names: its own and the aliases `dossier watch --alias` stored with its observations. */
function namesOf(site: string, obs: Observation[]): string[] {
  const names = new Set([site]);
  for (const o of obs) for (const a of Array.isArray(o.provenance?.aliases) ? o.provenance.aliases : []) if (typeof a === "string" && a.trim()) names.add(a.trim());
  return [...names];
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * The facts' testable claims checked against every watched site that has a crossing measured
 * (one site is the usual case; with several, each claim is shown against each site it may be about:
 * `otherStructure` leaves out those that name another). [] when none.
 */
export function siteClaims(facts: Fact[], observations: Observation[]): SiteClaimCheck[] {
  const claims = claimsFromFacts(facts);
  if (!claims.length || !observations.length) return [];
  const bySite = new Map<string, Observation[]>();
  for (const o of observations) (bySite.get(o.site) ?? bySite.set(o.site, []).get(o.site)!).push(o);
  const out: SiteClaimCheck[] = [];
  for (const [site, obs] of [...bySite].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (!obs.some((o) => o.progress != null)) continue;
    const readings = obs.map((o) => ({ date: o.date, progress: o.progress, progressSmoothed: num(o.provenance?.progressSmoothed), flags: o.flags ?? [], areas: o.areas }));
    const names = namesOf(site, obs);
    const about = inRecord(claims, readings).filter((c) => !otherStructure(c, names));
    for (const c of checkClaims(about, readings)) out.push({ site, ...c });
  }
  return out;
}
