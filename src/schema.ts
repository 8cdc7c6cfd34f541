/**
 * zod schemas of the plain data in src/types.ts, for the JSON that crosses a boundary: mentions and
 * observations read back from the store, and the briefing we publish (its JSON Schema,
 * docs/briefing.schema.json, is generated from `BriefingSchema` by `npm run schema`).
 *
 * Each piece is its own schema so that a new field is one line in one place; the type checks at the
 * end fail when these and src/types.ts drift apart.
 * @module
 */
import { z } from "zod";
import { MENTION_KINDS, QUALIFIERS } from "./check.js";
import type { Briefing, Mention, Observation } from "./types.js";

// the plain checks of stored figures live beside their lists, without zod (see check.ts)
export { isMentionList, MENTION_KEYS } from "./check.js";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day, YYYY-MM-DD");
const nullish = <T extends z.ZodType>(t: T) => t.nullable().optional();

export const DateIntervalSchema = z.object({ start: day, end: day }).describe("inclusive interval of days");

export const MentionKindSchema = z.enum(MENTION_KINDS);
export const QualifierSchema = z.enum(QUALIFIERS).nullable();
export const VerdictSchema = z.enum(["agree", "conflict", "revised", "single"]);

/** One stated figure in one report (offsets are UTF-16 code units into the report's text, end exclusive). */
export const MentionSchema = z.object({
  source: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  kind: MentionKindSchema,
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.string().nullable(),
  date: nullish(DateIntervalSchema),
  qualifier: QualifierSchema,
  per: nullish(z.string()),
  subject: nullish(z.string()),
  speaker: nullish(z.string()),
  sentence: nullish(z.tuple([z.number(), z.number()])),
  statement: nullish(z.string()),
  language: nullish(z.string()),
  flags: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
});

/** Where a claim traces back to, as the key facts carry: a credited speaker or a (canonical) report. */
export const OriginKeySchema = z.union([z.templateLiteral(["via:", z.string()]), z.templateLiteral(["report:", z.string()])]).describe('"via:<speaker key>" or "report:<report id>"');

export const FactMemberSchema = MentionSchema.extend({
  published: day.nullable(),
  publisher: z.string().nullable(),
  origin: OriginKeySchema,
  excerpt: nullish(z.object({ start: z.number().int().nonnegative(), text: z.string() })),
  time: nullish(z.object({ date: day.nullable(), earlier: z.boolean() })),
  interval: nullish(z.object({ low: z.number(), high: z.number() })),
});

export const PropertySchema = z.object({
  thing: z.string().nullable(),
  attribute: z.string().nullable(),
  scope: z.enum(["whole", "part"]).nullable(),
  per: z.string().nullable(),
  event: z.string().nullable(),
});

const DisagreementSchema = z.object({
  a: z.number().int(),
  b: z.number().int(),
  gap: z.number(),
  gapUnit: z.enum(["ratio", "days", "difference"]),
  timeA: day.nullable(),
  timeB: day.nullable(),
  fixed: z.boolean(),
});

const RevisionSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  fromTime: day.nullable(),
  toTime: day.nullable(),
  why: z.enum(["same-origin", "estimate", "running-count", "status-count", "dated-earlier", "reading"]),
});

/** Why a fact has its verdict, as data (the briefing writes the prose): one shape per verdict. */
export const VerdictReasonSchema = z.discriminatedUnion("verdict", [
  z.object({ verdict: z.literal("single"), origin: z.string() }),
  z.object({
    verdict: z.literal("agree"),
    origins: z.number().int(),
    apart: z
      .array(DisagreementSchema)
      .optional()
      .describe("pairs whose values do not meet but whose words say they measure different things: not counted as a conflict"),
  }),
  z.object({ verdict: z.literal("conflict"), disagreements: z.array(DisagreementSchema), revisions: z.array(RevisionSchema) }),
  z.object({ verdict: z.literal("revised"), revisions: z.array(RevisionSchema) }),
]);

const DecisionActionSchema = z.enum(["merge", "split", "verdict", "hide"]);

export const FactValueSchema = z.object({
  low: z.number().nullable(),
  high: z.number().nullable(),
  date: nullish(DateIntervalSchema),
  qualifier: QualifierSchema.optional(),
  origins: z.array(z.string()),
  members: z.array(z.number().int().nonnegative()),
  sources: z.array(z.string()).optional(),
  time: nullish(day),
});

export const FactSchema = z.object({
  id: z.string(),
  about: z.string(),
  kind: MentionKindSchema,
  unit: z.string().nullable(),
  verdict: VerdictSchema,
  members: z.array(FactMemberSchema),
  values: z.array(FactValueSchema),
  origins: z.number().int().nonnegative(),
  reason: VerdictReasonSchema.optional(),
  property: nullish(PropertySchema),
  note: nullish(z.string()).describe("deprecated: write prose from `reason`"),
  decisions: z.array(z.object({ id: z.number().int(), action: DecisionActionSchema, at: z.string(), reason: z.string().nullable(), verdict: nullish(VerdictSchema) })).optional(),
  decidedVerdict: z.boolean().optional(),
  hidden: z.boolean().optional(),
});

export const TimelineEntrySchema = z.object({
  event: z.string(),
  date: DateIntervalSchema,
  conflicting: z.boolean(),
  sources: z.array(z.object({ source: z.string(), start: z.number().int(), end: z.number().int(), text: z.string(), date: DateIntervalSchema })),
  observation: nullish(z.string()),
});

/** One imagery reading of a watched site at one date. */
export const ObservationSchema = z.object({
  id: z.string(),
  site: z.string(),
  date: day,
  items: z.array(z.string()),
  clearAoi: z.number().nullable(),
  clearRing: z.number().nullable(),
  areas: z.record(z.string(), z.number()),
  progress: z.number().nullable(),
  flags: z.array(z.string()),
  provenance: z.record(z.string(), z.unknown()),
});

/** A reported claim set against one watched site's measured series. */
export const ClaimCheckSchema = z.object({
  site: z.string(),
  claim: z.object({
    kind: z.enum(["start", "progress", "complete"]),
    date: DateIntervalSchema,
    share: nullish(z.number()),
    text: z.string(),
    from: nullish(z.string()),
    sources: z.array(z.string()).optional(),
  }),
  verdict: z.enum(["supports", "contradicts", "not-yet-visible"]),
  evidence: z.object({ date: day, progress: z.number().nullable() }).nullable(),
  nearest: z.object({ date: day, progress: z.number().nullable() }).nullable(),
  reason: z.string(),
  snapshot: nullish(z.string()),
});

export const SourceSchema = z.object({
  id: z.string(),
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  published: day.nullable(),
  title: z.string().nullable(),
  copyOf: nullish(z.string()),
});

/** The briefing as it is built in memory (the JSON file writes each excerpt once: `BriefingJsonSchema`). */
export const BriefingSchema = z
  .object({
    title: z.string(),
    generated: z.string().describe("ISO timestamp"),
    facts: z.array(FactSchema),
    timeline: z.array(TimelineEntrySchema),
    sources: z.array(SourceSchema),
    observations: z.array(ObservationSchema).optional(),
    claims: z.array(ClaimCheckSchema).optional(),
    figures: z.array(z.object({ caption: z.string(), mime: z.string(), data: z.string() })).optional(),
    method: z.string(),
  })
  .meta({ title: "dossier briefing", description: "A cited briefing: facts reconciled from many reports, each figure quoting the report it comes from." });

/**
 * The briefing as `dossier brief --format json` writes it: the report text members quote is written
 * once, in `passages`, and a member's excerpt names its passage and the report offsets it quotes.
 */
export const BriefingJsonSchema = BriefingSchema.extend({
  facts: z.array(
    FactSchema.extend({
      members: z.array(
        FactMemberSchema.extend({
          excerpt: nullish(z.object({ passage: z.string().describe("key into `passages`"), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).describe(
            "the quote: report offsets [start, end), its text passages[passage].text.slice(start - passage.start, end - passage.start)",
          ),
        }),
      ),
    }),
  ),
  passages: z.record(z.string(), z.object({ source: z.string(), start: z.number().int().nonnegative(), text: z.string() })).describe("the report text quoted, each passage once (overlapping quotes merged), by key"),
}).meta({ title: "dossier briefing", description: "A cited briefing: facts reconciled from many reports, each figure quoting the report it comes from." });

// the schemas and src/types.ts describe the same data: the build fails when they drift apart
const accepts = <T extends true>(_: T) => _;
accepts<[Mention] extends [z.infer<typeof MentionSchema>] ? true : false>(true);
accepts<[Observation] extends [z.infer<typeof ObservationSchema>] ? true : false>(true);
accepts<[Briefing] extends [z.infer<typeof BriefingSchema>] ? true : false>(true);
accepts<[z.infer<typeof BriefingSchema>] extends [Briefing] ? true : false>(true);

/** The briefing's JSON Schema (draft 2020-12) as the text of docs/briefing.schema.json. */
export function briefingJsonSchema(): string {
  const schema = z.toJSONSchema(BriefingJsonSchema, { target: "draft-2020-12", io: "output" });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
