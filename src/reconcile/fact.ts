/**
 * Building a fact from its members, shared by a whole reconcile (index.ts) and an incremental
 * update (update.ts): each member with its report's date, publisher, origin, time and interval;
 * the fact's verdict, values and origins; the order facts are listed in.
 * @module
 */
import type { Fact, FactMember, FactValue, Mention, OriginKey, Report, VerdictReason } from "../types.js";
import type { Item } from "./similarity.js";
import { originOf } from "./origins.js";
import { verdictOf, type Judged } from "./verdict.js";
import { bitsOf, firstAlike, Ids, mix, printsAlike } from "./alike.js";

/**
 * A fact member: the mention's fields (same keys, same order) and its report's date, publisher
 * and origin. Assigned, not spread: a spread of mentions of many shapes is slow on large inputs.
 */
function memberOf(m: Mention, published: string | null, publisher: string | null, origin: OriginKey): FactMember {
  const o = Object.assign({}, m) as FactMember;
  o.published = published;
  o.publisher = publisher;
  o.origin = origin;
  return o;
}

/** The order facts are listed in: most origins, most members, then by id. */
export function sortFacts(facts: Fact[]): Fact[] {
  return facts.sort((a, b) => b.origins - a.origins || b.members.length - a.members.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Two figures as one key, in the order given ("source@start source@start"). */
export const pairKey = (a: Mention, b: Mention) => `${a.source}@${a.start} ${b.source}@${b.start}`;

/** A figure as a fact member: its mention, its report's date and publisher, its origin, time and interval. */
export function factMember(it: Item, j: Judged, r: Report, copies: Map<string, string>): FactMember {
  const o = memberOf(it.m, r.published ?? null, r.publisher ?? null, originOf(it.m, copies));
  o.time = { date: j.time, earlier: j.earlier };
  o.interval = j.span && Number.isFinite(j.span.low) && Number.isFinite(j.span.high) ? { low: j.span.low, high: j.span.high } : null;
  return o;
}

/**
 * A fact of members in order (`js` what the verdict needs of each): its verdict, values and
 * origins. `every`: `apart` is asked of every revision judged (verdictOf), for a caller that keeps its answers.
 */
export function factFrom(members: FactMember[], js: Judged[], about: string, trusted?: (x: number, y: number) => boolean, apart?: (x: number, y: number) => boolean, every = false): Fact {
  const { verdict, reason } = verdictOf(js, trusted, apart, every);
  const values: FactValue[] = [];
  // a value per distinct (unit, low, high, qualifier, dates), in the order first met
  const ids = new Ids();
  const alike = firstAlike(
    members.length,
    (k) => {
      const m = members[k];
      return mix(mix(bitsOf(m.low), ids.of(m.unit ?? "")), ids.of(m.date?.start ?? ""));
    },
    (x, y) => sameValue(members[x], members[y]),
  );
  const valueAt = new Int32Array(members.length);
  // origins per value as sets: a value repeated by a thousand reports must not cost a million checks
  const originSets: Array<Set<string>> = [], sourceSets: Array<Set<string>> = [];
  members.forEach((m, k) => {
    let v = alike[k] === k ? -1 : valueAt[alike[k]];
    if (v < 0) {
      v = valueAt[k] = values.length;
      values.push({ low: m.low, high: m.high, date: m.date ?? null, qualifier: m.qualifier ?? null, origins: [], members: [], sources: [], time: null });
      originSets.push(new Set());
      sourceSets.push(new Set());
    }
    const val = values[v];
    if (!originSets[v].has(m.origin)) (originSets[v].add(m.origin), val.origins.push(m.origin));
    if (!sourceSets[v].has(m.source)) (sourceSets[v].add(m.source), val.sources!.push(m.source));
    val.members.push(k);
    const t = js[k].time;
    if (t && (!val.time || t < val.time)) val.time = t;
  });
  const first = members[0];
  return {
    id: `${first.kind}-${first.source}-${first.start}`,
    about,
    kind: first.kind,
    unit: first.unit ?? null,
    verdict,
    members,
    values,
    origins: new Set(members.map((m) => m.origin)).size,
    reason,
    note: noteOf(reason, members),
  };
}

/** Two members of one value: as a key of these fields would tell them (alike.ts). */
function sameValue(a: FactMember, b: FactMember): boolean {
  return (
    (a.unit ?? "") === (b.unit ?? "") && printsAlike(a.low, b.low) && printsAlike(a.high, b.high) && (a.qualifier ?? "") === (b.qualifier ?? "") &&
    (a.date?.start ?? "") === (b.date?.start ?? "") && (a.date?.end ?? "") === (b.date?.end ?? "")
  );
}

/** A short English note for readers that do not read `reason` yet (the briefing's prose is written from `reason`). */
function noteOf(reason: VerdictReason, members: FactMember[]): string {
  const q = (i: number) => `${members[i].source}: ${JSON.stringify(members[i].text)}${members[i].time?.date ? ` (${members[i].time!.date})` : ""}`;
  switch (reason.verdict) {
    case "single":
      return "one outlet";
    case "agree":
      return `${reason.origins} outlets, values compatible within rounding and stated bounds`;
    case "conflict":
      return `incompatible values: ${reason.disagreements.slice(0, 3).map((d) => `${q(d.a)} vs ${q(d.b)}`).join("; ")}`;
    case "revised":
      return `later figures replace earlier ones: ${reason.revisions.slice(0, 3).map((r) => `${q(r.from)} → ${q(r.to)}`).join("; ")}`;
  }
}
