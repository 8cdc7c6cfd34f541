/**
 * `dossier fact …`: the analyst's last word on the facts of the store.
 *   list                              the facts with their ids, verdicts and values
 *   merge <fact> <fact>…              these are one fact
 *   split <fact> <report@start>…      these figures are another fact
 *   verdict <fact> agree|conflict|revised
 *   hide <fact>…                      leave it out of the briefing's tables
 *   decisions                         what has been decided, with numbers
 *   undo <number>                     take a decision back
 */
import { currentFacts, decide, decisionsNow, undoDecision, withStore } from "../../app/index.js";
import { plural, valuesOf, type Source } from "../../publish/index.js";
import type { DecisionAction, Fact } from "../../types.js";
import type { CommandContext } from "../cli.js";
import { UsageError } from "../errors.js";
import { oneLine, table } from "../io.js";
import { dbOf } from "./shared.js";

const VERBS = ["list", "merge", "split", "verdict", "hide", "decisions", "undo"] as const;

export async function run(ctx: CommandContext): Promise<number> {
  const [verb, ...rest] = ctx.args;
  if (!VERBS.includes(verb as (typeof VERBS)[number])) throw new UsageError(`fact: unknown action "${verb ?? ""}" (use ${VERBS.join(", ")})`);
  const reason = (ctx.options.reason as string | undefined) ?? null;
  return withStore(dbOf(ctx), async (store) => {
    switch (verb) {
      case "list":
        printFacts(ctx, await currentFacts(store));
        return 0;
      case "decisions": {
        // a decision names figures; the analyst knows the fact that holds them now by its label
        const ds = await decisionsNow(store);
        if (!ds.length) {
          if (!ctx.options.json) ctx.io.err("no decisions yet");
          return 0;
        }
        if (ctx.options.json) for (const { decision: d, fact: f } of ds) ctx.io.out(JSON.stringify({ ...d, fact: f?.id ?? null, about: f?.about ?? null }));
        else {
          const rows = ds.map(({ decision: d, fact: f }) => {
            const what = d.action + (d.verdict ? ` ${d.verdict}` : "") + (d.action === "split" || d.action === "merge" ? ` (${plural(d.figures.length, "figure")})` : "");
            return [String(d.id), d.at.slice(0, 16).replace("T", " "), what, f ? f.id : "-", f ? oneLine(f.about, 40) + (f.hidden ? " (hidden)" : "") : "gone: its reports were removed", oneLine(d.reason ?? "", 60)];
          });
          for (const line of table(rows, ["#", "when", "decision", "fact now", "about", "reason"])) ctx.io.out(line);
        }
        return 0;
      }
      case "undo":
        if (rest.length !== 1) throw new UsageError("fact undo: give one decision number");
        await undoDecision(store, Number(rest[0]));
        ctx.io.err(`took back decision ${rest[0]}`);
        return 0;
      default: {
        const action = verb as DecisionAction;
        const input =
          action === "split"
            ? { action, facts: rest.slice(0, 1), figures: rest.slice(1), reason }
            : action === "verdict"
              ? { action, facts: rest.slice(0, -1), verdict: rest.at(-1), reason }
              : { action, facts: rest, reason };
        const d = await decide(store, input);
        if (ctx.options.json) ctx.io.out(JSON.stringify(d));
        ctx.io.err(`decision ${d.id}: ${d.action}${d.verdict ? ` ${d.verdict}` : ""} of ${plural(d.figures.length, "figure")} stored; \`dossier fact undo ${d.id}\` takes it back`);
        return 0;
      }
    }
  });
}

/**
 * The values as the briefing shows them: each distinct value once (a figure stated in metres and
 * in feet reads as one), with its count of independent sources. Only their words and counts are
 * read here, never their quotes, so no report is needed.
 */
const NO_QUOTES = new Map<string, Source>();

function printFacts(ctx: CommandContext, facts: Fact[]) {
  const shown = ctx.options.all ? facts : facts.filter((f) => !f.hidden);
  if (ctx.options.json) {
    for (const f of shown) ctx.io.out(JSON.stringify({ id: f.id, about: f.about, verdict: f.verdict, hidden: !!f.hidden, origins: f.origins, values: f.values.map((v) => ({ low: v.low, high: v.high, date: v.date ?? null, sources: v.sources ?? [] })), figures: f.members.map((m) => `${m.source}@${m.start}`), decisions: f.decisions ?? [] }));
    return;
  }
  if (!shown.length) {
    ctx.io.err("no facts yet: add reports with `dossier add`");
    return;
  }
  const rows = shown.map((f) => [
    f.id,
    f.verdict + (f.decidedVerdict ? "*" : "") + (f.hidden ? " (hidden)" : ""),
    oneLine(f.about, 40),
    oneLine(valuesOf(f, NO_QUOTES).map((v) => `${v.words.replace(/ \((.+)\)$/, ", $1")} (${v.origins})`).join(" / "), 60),
    String(f.origins),
  ]);
  for (const line of table(rows, ["fact", "verdict", "about", "values (sources)", "sources"])) ctx.io.out(line);
  if (shown.some((f) => f.decidedVerdict)) ctx.io.err("* the verdict was set by an analyst (`dossier fact decisions`)");
}
