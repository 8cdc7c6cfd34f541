/**
 * The analyst's last word on facts: merge, split, set a verdict, hide, and take a decision back.
 * A decision is stored with the figures it is about (report and offsets), its time and an optional
 * reason, and re-applied on every reconciliation, so it holds across re-ingest and new reports
 * (fact ids, which name a fact by its first member, may shift; the figures do not).
 * @module
 */
import type { Decision, DecisionAction, Fact, FigureKey, Verdict } from "../types.js";
import { briefStore } from "./brief.js";
import { AppError } from "./errors.js";
import { factHolding, factIndex } from "./explore.js";
import type { Store } from "./store.js";

export const DECISION_ACTIONS: readonly DecisionAction[] = ["merge", "split", "verdict", "hide"];
export const SETTABLE_VERDICTS: readonly Verdict[] = ["agree", "conflict", "revised"];

export interface DecideInput {
  action: DecisionAction;
  /** fact ids as the briefing, `dossier fact list` and the explorer show them */
  facts: string[];
  /** split: the figures to take out, as "report@start" (or "report@start-end") */
  figures?: string[];
  /** verdict: the verdict to set */
  verdict?: string;
  reason?: string | null;
}

/** The facts of the store as they stand now, the analyst's decisions applied. */
export async function currentFacts(store: Store): Promise<Fact[]> {
  const { briefing } = await briefStore(store);
  return briefing?.facts ?? [];
}

const keyOf = (m: FigureKey): FigureKey => ({ source: m.source, start: m.start, end: m.end });

/**
 * Whether two facts can be one: of one kind, and a quantity, share, ratio or duration in one unit (a
 * length is no area). Counts of two nouns ("troops", "soldiers") and amounts in two currencies may
 * be one fact; a count and a length, as the explorer's merge list already keeps apart, may not.
 */
const mergeable = (a: Fact, b: Fact) => a.kind === b.kind && (a.kind === "count" || a.kind === "money" || (a.unit ?? null) === (b.unit ?? null));
const kindWords = (f: Fact) => `${f.about}: ${f.kind}${f.unit && f.kind !== "count" ? ` in ${f.unit}` : ""}`;

/** Checks the request against the facts as they stand, then stores the decision. */
export async function decide(store: Store, input: DecideInput): Promise<Decision> {
  if (!DECISION_ACTIONS.includes(input.action)) throw new AppError(`unknown decision "${input.action}" (use ${DECISION_ACTIONS.join(", ")})`);
  const facts = await currentFacts(store);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const named = input.facts.map((id) => {
    const f = byId.get(id);
    if (!f) throw new AppError(`no fact "${id}" in the store (\`dossier fact list\` shows the ids)`);
    return f;
  });
  if (!named.length) throw new AppError(`${input.action}: name at least one fact`);
  const reason = input.reason?.trim() || null;
  const all = named.flatMap((f) => f.members.map(keyOf));
  switch (input.action) {
    case "merge":
      if (new Set(named.map((f) => f.id)).size < 2) throw new AppError("merge: name two or more different facts");
      for (const f of named.slice(1)) if (!mergeable(named[0], f)) throw new AppError(`merge: ${named[0].id} (${kindWords(named[0])}) and ${f.id} (${kindWords(f)}) do not measure the same kind of thing`);
      return store.addDecision({ action: "merge", figures: all, reason });
    case "split": {
      if (named.length !== 1) throw new AppError("split: name one fact, then the figures to take out of it (report@start)");
      const fact = named[0];
      const picked = (input.figures ?? []).map((ref) => memberOf(fact, ref));
      if (!picked.length) throw new AppError(`split: name the figures of ${fact.id} to take out, as report@start`);
      if (picked.length >= fact.members.length) throw new AppError(`split: that is every figure of ${fact.id}; leave at least one`);
      return store.addDecision({ action: "split", figures: picked.map(keyOf), reason });
    }
    case "verdict": {
      const verdict = String(input.verdict ?? "") as Verdict;
      if (!SETTABLE_VERDICTS.includes(verdict)) throw new AppError(`verdict: give one of ${SETTABLE_VERDICTS.join(", ")}`);
      return store.addDecision({ action: "verdict", figures: all, verdict, reason });
    }
    case "hide":
      return store.addDecision({ action: "hide", figures: all, reason });
  }
}

/** A member of `fact` named "report@start" or "report@start-end". */
function memberOf(fact: Fact, ref: string) {
  const m = /^(.+)@(\d+)(?:-(\d+))?$/.exec(ref.trim());
  const hit = m && fact.members.find((x) => x.source === m[1] && x.start === Number(m[2]) && (m[3] === undefined || x.end === Number(m[3])));
  if (!hit) throw new AppError(`split: ${ref} is not a figure of ${fact.id} (its figures: ${fact.members.slice(0, 8).map((x) => `${x.source}@${x.start}`).join(", ")}${fact.members.length > 8 ? ", …" : ""})`);
  return hit;
}

/** Every decision, oldest first. */
export function listDecisions(store: Store): Promise<Decision[]> {
  return store.listDecisions();
}

/** Every decision, oldest first, with the fact that holds its figures now (null: its reports were removed). */
export async function decisionsNow(store: Store): Promise<Array<{ decision: Decision; fact: Fact | null }>> {
  const decisions = await store.listDecisions();
  if (!decisions.length) return [];
  const facts = await currentFacts(store);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const index = factIndex(facts);
  return decisions.map((decision) => ({ decision, fact: byId.get(factHolding(index, decision.figures) ?? "") ?? null }));
}

/** Takes a decision back. */
export async function undoDecision(store: Store, id: number): Promise<void> {
  if (!Number.isInteger(id) || id < 1) throw new AppError(`undo: "${id}" is not a decision number (\`dossier fact decisions\` lists them)`);
  if (!(await store.removeDecision(id))) throw new AppError(`undo: there is no decision ${id}`);
}

/** What `serve` may do with decisions: the same checks and store as `dossier fact`. */
export interface DecisionService {
  decide(input: DecideInput): Promise<Decision>;
  undo(id: number): Promise<void>;
  list(): Promise<Decision[]>;
}

export function decisionService(store: Store): DecisionService {
  return { decide: (input) => decide(store, input), undo: (id) => undoDecision(store, id), list: () => listDecisions(store) };
}
