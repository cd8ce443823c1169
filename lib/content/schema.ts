// The content contract: one zod schema per kind of file, and the TypeScript types
// inferred from them. Messages are written for editors: what is wrong; what is allowed.
import { z } from "zod";
import { isoDate } from "../format";
import { TOPIC_IDS } from "../topics";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** What `npm run new-article` leaves for the editor to fill in. */
export const PLACEHOLDER = /\bTODO\b/;

/** Error for an object: names unknown fields and lists the allowed ones. */
function objectError(expected: string, allowed: readonly string[]) {
  return {
    error: (iss: { code?: string; keys?: string[] }) =>
      iss.code === "unrecognized_keys" ? `unknown field; allowed: ${allowed.join(", ")}` : expected,
  };
}

/** A required piece of text whose length must fall in [min, max]. */
function text(min: number, max: number) {
  return z
    .string({ error: (iss) => (iss.input === undefined ? `is required; ${min}–${max} characters` : `must be text; ${min}–${max} characters`) })
    .refine((value) => value.trim().length >= min && value.trim().length <= max, {
      error: (iss) => `must be ${min}–${max} characters (got ${String(iss.input).trim().length})`,
    })
    .refine((value) => !PLACEHOLDER.test(value), { error: "still holds a TODO placeholder; replace it with real text" });
}

const kebab = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `is required; a kebab-case ${what}` : `must be a kebab-case ${what}`) })
    .regex(KEBAB, { error: (iss) => `must be kebab-case (lowercase words joined by hyphens, like "acne-scars"); got "${String(iss.input)}"` });

// gray-matter already turns unquoted YAML dates into Date objects; quoted ones are coerced.
const date = z.coerce
  .date({ error: (iss) => (iss.input === undefined ? "is required; a date like 2026-01-31" : "must be a real date like 2026-01-31") })
  .min(new Date("1990-01-01"), { error: "must be a date like 2026-01-31 (1990 or later)" });

/** An id of the source registry (content/sources/), as cited with [@id]. */
const sourceId = z
  .string({ error: "must be a source id of the registry, like alam-2014" })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, { error: (iss) => `must be a source id of the registry, like alam-2014 (got "${String(iss.input)}")` });

export const EVIDENCE_GRADES = ["strong", "moderate", "limited", "not-shown"] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

export const claimSchema = z.strictObject(
  {
    claim: text(3, 60),
    grade: z.enum(EVIDENCE_GRADES, { error: `must be one of: ${EVIDENCE_GRADES.join(", ")}` }),
    reason: text(10, 200),
    sources: z.array(sourceId, { error: "must be a list of source ids, like [alam-2014]" }).min(1, { error: "must cite at least one source" }),
  },
  objectError("must be a claim: claim, grade, reason, sources", ["claim", "grade", "reason", "sources"]),
);

const sourceIds = z.array(sourceId, { error: "must be a list of source ids, like [alam-2014]" });

/** A whole number in [min, max], for counts and gaps in the planner's data. */
const whole = (what: string, min: number, max: number) =>
  z
    .number({ error: `must be a whole number of ${what}` })
    .int({ error: `must be a whole number of ${what}` })
    .min(min, { error: `must be ${min}–${max} ${what}` })
    .max(max, { error: `must be ${min}–${max} ${what}` });

/** min ≤ typical ≤ max, reported on the field that breaks it. */
const ordered = (range: { min: number; max: number; typical?: number }, ctx: z.core.$RefinementCtx) => {
  if (range.min > range.max) ctx.addIssue({ code: "custom", path: ["max"], message: `must not be below min (${range.min})` });
  if (range.typical !== undefined && (range.typical < range.min || range.typical > range.max)) {
    ctx.addIssue({ code: "custom", path: ["typical"], message: `must be between min (${range.min}) and max (${range.max})` });
  }
};

export const INTERVAL_UNITS = ["weeks", "months"] as const;
export type IntervalUnit = (typeof INTERVAL_UNITS)[number];

// Trials for aging skin and stretch marks spaced sessions a month (30 days) apart, which
// is not a whole number of weeks; a unit keeps that fact as the studies gave it.
const intervalSchema = z
  .strictObject(
    {
      unit: z.enum(INTERVAL_UNITS, { error: `must be one of: ${INTERVAL_UNITS.join(", ")}` }),
      min: whole("weeks or months", 1, 52),
      max: whole("weeks or months", 1, 52),
      typical: whole("weeks or months", 1, 52).optional(),
    },
    objectError("must be a gap: { unit, min, max, typical }", ["unit", "min", "max", "typical"]),
  )
  .superRefine(ordered);

export const PLAN_BASES = ["trials", "clinic practice"] as const;

/** What a study counted the time to its results from. */
export const RESULTS_FROM = ["first session", "last session"] as const;

/** One goal in the session planner (the sessions article). */
export const planSchema = z.strictObject(
  {
    goal: kebab("goal id, unique within the article"),
    label: text(3, 40),
    basis: z.enum(PLAN_BASES, { error: `must be one of: ${PLAN_BASES.join(", ")}` }),
    sessions: z
      .strictObject(
        { min: whole("sessions", 1, 30), max: whole("sessions", 1, 30), typical: whole("sessions", 1, 30).optional() },
        objectError("must be a count: { min, max, typical }", ["min", "max", "typical"]),
      )
      .superRefine(ordered)
      .optional(),
    interval: intervalSchema,
    clinicInterval: intervalSchema.optional(),
    maintenance: z
      .strictObject(
        { afterWeeks: whole("weeks", 1, 104), basis: z.enum(PLAN_BASES, { error: `must be one of: ${PLAN_BASES.join(", ")}` }), sources: sourceIds.optional() },
        objectError("must be { afterWeeks, basis, sources }", ["afterWeeks", "basis", "sources"]),
      )
      .optional(),
    results: z
      .strictObject(
        {
          afterDays: whole("days", 1, 730),
          from: z.enum(RESULTS_FROM, { error: `must be one of: ${RESULTS_FROM.join(", ")}` }),
          sources: sourceIds.min(1, { error: "must cite the study that measured the results" }),
        },
        objectError("must be { afterDays, from, sources }", ["afterDays", "from", "sources"]),
      )
      .optional(),
    note: text(10, 240).optional(),
    sources: sourceIds.optional(),
  },
  objectError("must be a plan: goal, label, basis, sessions, interval, clinicInterval, maintenance, results, note, sources", [
    "goal",
    "label",
    "basis",
    "sessions",
    "interval",
    "clinicInterval",
    "maintenance",
    "results",
    "note",
    "sources",
  ]),
);

export const OUTCOMES = ["do-not", "wait", "ask-first"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const CONDITION_BASES = ["evidence", "mixed evidence", "common practice"] as const;

/** One question of the "Is it for me?" check (the contraindications article). */
export const conditionSchema = z.strictObject(
  {
    id: kebab("id, unique within the article"),
    question: text(10, 160),
    outcome: z.enum(OUTCOMES, { error: `must be one of: ${OUTCOMES.join(", ")}` }),
    advice: text(10, 240),
    section: kebab("heading id of this article"),
    basis: z.enum(CONDITION_BASES, { error: `must be one of: ${CONDITION_BASES.join(", ")}` }),
    sources: sourceIds.optional(),
  },
  objectError("must be a condition: id, question, outcome, advice, section, basis, sources", ["id", "question", "outcome", "advice", "section", "basis", "sources"]),
);

export const TIMELINE_BASES = ["evidence", "common practice"] as const;

/** One stage of the aftercare timeline (the aftercare article). */
export const timelineStepSchema = z.strictObject(
  {
    when: text(3, 40),
    section: kebab("heading id of this article"),
    expect: text(10, 240).optional(),
    do: z.array(text(3, 160), { error: "must be a list of short points" }).min(1, { error: "must have at least one point" }),
    avoid: z.array(text(3, 160), { error: "must be a list of short points" }).optional(),
    basis: z.enum(TIMELINE_BASES, { error: `must be one of: ${TIMELINE_BASES.join(", ")}` }),
    sources: sourceIds.optional(),
  },
  objectError("must be a stage: when, section, expect, do, avoid, basis, sources", ["when", "section", "expect", "do", "avoid", "basis", "sources"]),
);

/** One correction that matters to readers, shown in the page's "Page history" and marked in the feed. */
export const changeSchema = z.strictObject(
  { date, change: text(10, 200) },
  objectError("must be a change: { date, change }", ["date", "change"]),
);

export const ARTICLE_FIELDS = ["title", "description", "topic", "published", "updated", "summary", "tags", "reviewed", "nextReview", "changes", "claims", "plans", "conditions", "timeline", "draft"] as const;

export const articleMetaSchema = z
  .strictObject(
    {
      title: text(10, 90),
      description: text(50, 160),
      topic: z.enum(TOPIC_IDS, {
        error: (iss) => (iss.input === undefined ? `is required; one of: ${TOPIC_IDS.join(", ")}` : `must be one of: ${TOPIC_IDS.join(", ")} (got "${String(iss.input)}")`),
      }),
      published: date,
      updated: date.optional(),
      summary: z.array(text(10, 200), { error: "must be a list of 1–5 short points" }).min(1, { error: "must have 1–5 points (got 0)" }).max(5, { error: (iss) => `must have 1–5 points (got ${(iss.input as unknown[]).length})` }).optional(),
      tags: z.array(kebab("tag"), { error: "must be a list of kebab-case words" }).optional(),
      // The site's own review is a date; { on, by } names a real person who reviewed the page clinically.
      reviewed: z
        .preprocess(
          (value) => (value instanceof Date || typeof value === "string" ? { on: value } : value),
          z.strictObject({ on: date, by: text(3, 120).optional() }, objectError("must be a date like 2026-01-31, or { on: date, by: name } for a real clinical review", ["on", "by"])),
        )
        .optional(),
      nextReview: date.optional(),
      changes: z.array(changeSchema, { error: "must be a list of changes: { date, change }" }).min(1, { error: "must list at least one change" }).optional(),
      claims: z.array(claimSchema, { error: "must be a list of claims" }).optional(),
      plans: z.array(planSchema, { error: "must be a list of plans" }).min(1, { error: "must list at least one plan" }).optional(),
      conditions: z.array(conditionSchema, { error: "must be a list of conditions" }).min(1, { error: "must list at least one condition" }).optional(),
      timeline: z.array(timelineStepSchema, { error: "must be a list of stages" }).min(1, { error: "must list at least one stage" }).optional(),
      draft: z.boolean({ error: "must be true or false" }).optional(),
    },
    {
      error: (iss: { code?: string; keys?: string[] }) =>
        iss.code === "unrecognized_keys" && iss.keys?.includes("sources")
          ? "an article no longer lists its sources: every work lives once in the registry (content/sources/) and the article cites it with [@id]; delete this list"
          : objectError("front matter must be a set of fields", ARTICLE_FIELDS).error(iss),
    },
  )
  // Relations between fields. Runs even when single fields failed (the `when`), so that
  // an editor sees every problem at once; it therefore checks types itself.
  .superRefine(
    (meta, ctx) => {
      const { published, updated } = meta as { published?: unknown; updated?: unknown };
      if (updated instanceof Date && published instanceof Date && updated < published) {
        ctx.addIssue({ code: "custom", path: ["updated"], message: "must not be before published" });
      }
      checkReviewAndChanges(meta, ctx);
      checkUnique(ctx, meta.plans, "plans", "goal");
      checkUnique(ctx, meta.conditions, "conditions", "id");
      const plans: unknown[] = Array.isArray(meta.plans) ? meta.plans : [];
      plans.forEach((plan, index) => {
        const { basis, sources } = (plan ?? {}) as { basis?: unknown; sources?: unknown };
        if (basis === "trials" && !(Array.isArray(sources) && sources.length > 0)) {
          ctx.addIssue({ code: "custom", path: ["plans", index, "sources"], message: 'must cite at least one source when basis is "trials"' });
        }
      });
    },
    { when: () => true },
  );

/**
 * The review cycle and the page history. A review is not before publication, and the next one not
 * before the last. A change falls between published and updated: "Updated" shows `updated`, so it is
 * never older than the latest change listed.
 */
function checkReviewAndChanges(meta: Record<string, unknown>, ctx: z.core.$RefinementCtx) {
  const asDate = (value: unknown) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined);
  const published = asDate(meta.published);
  const updated = asDate(meta.updated);
  const reviewed = asDate((meta.reviewed as { on?: unknown } | undefined)?.on);
  const nextReview = asDate(meta.nextReview);
  if (reviewed && published && reviewed < published) ctx.addIssue({ code: "custom", path: ["reviewed"], message: `must not be before published (${isoDate(published)})` });
  if (meta.nextReview !== undefined && meta.reviewed === undefined) {
    ctx.addIssue({ code: "custom", path: ["nextReview"], message: "needs reviewed, the date of the last review; add reviewed: <date>" });
  }
  if (reviewed && nextReview && nextReview < reviewed) {
    ctx.addIssue({ code: "custom", path: ["nextReview"], message: `must not be before reviewed (${isoDate(reviewed)}); set it to the date the next review is due` });
  }
  const changes: unknown[] = Array.isArray(meta.changes) ? meta.changes : [];
  changes.forEach((change, index) => {
    const when = asDate((change as { date?: unknown } | null)?.date);
    if (!when || !published) return;
    if (when < published) ctx.addIssue({ code: "custom", path: ["changes", index, "date"], message: `must not be before published (${isoDate(published)})` });
    else if (!updated && when > published) {
      ctx.addIssue({ code: "custom", path: ["changes", index, "date"], message: `is after published and the article has no updated date; add updated: ${isoDate(when)} (or later)` });
    } else if (updated && when > updated) {
      ctx.addIssue({ code: "custom", path: ["changes", index, "date"], message: `must not be after updated (${isoDate(updated)}); "Updated" shows the latest change, so set updated to ${isoDate(when)} or later` });
    }
  });
}

/** Reports a repeated value of `key` in a list of objects, at the repeat. */
function checkUnique(ctx: z.core.$RefinementCtx, list: unknown, field: string, key: string) {
  const values = (Array.isArray(list) ? list : []).map((item) => (item as Record<string, unknown> | null)?.[key]);
  values.forEach((value, index) => {
    if (typeof value === "string" && values.indexOf(value) !== index) {
      ctx.addIssue({ code: "custom", path: [field, index, key], message: `duplicate ${key} "${value}"; each must be unique in the article` });
    }
  });
}

export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type TimelineStep = z.infer<typeof timelineStepSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Change = z.infer<typeof changeSchema>;

/** Stand-alone pages such as About: a title, a description and when they were last changed. */
export const pageMetaSchema = z.strictObject(
  {
    title: text(10, 90),
    description: text(50, 160),
    updated: date,
  },
  objectError("front matter must be a set of fields", ["title", "description", "updated"]),
);

export type PageMeta = z.infer<typeof pageMetaSchema>;

/** A site link an editor writes in front matter: /articles/<slug>#<section> and the like. */
const sitePath = z
  .string({ error: "must be a link to a page of this site, like /articles/what-is-microneedling#how-it-works" })
  .regex(/^\/[a-z0-9/#-]*$/, { error: (iss) => `must be a link to a page of this site, like /articles/what-is-microneedling#how-it-works (got "${String(iss.input)}")` });

export const glossaryTermSchema = z.strictObject(
  {
    id: kebab("id, used in the address /glossary#<id>"),
    term: text(2, 60),
    aliases: z.array(text(2, 60), { error: "must be a list of other forms of the term, like [granulomas]" }).optional(),
    definition: text(10, 200),
    more: sitePath.optional(),
  },
  objectError("must be a term: id, term, aliases, definition, more", ["id", "term", "aliases", "definition", "more"]),
);

/** content/glossary.md */
export const glossaryMetaSchema = z
  .strictObject(
    {
      title: text(5, 90),
      description: text(50, 160),
      updated: date,
      terms: z.array(glossaryTermSchema, { error: "must be a list of terms" }).min(1, { error: "must list at least one term" }),
    },
    objectError("front matter must be a set of fields", ["title", "description", "updated", "terms"]),
  )
  .superRefine((meta, ctx) => checkUnique(ctx, meta.terms, "terms", "id"), { when: () => true });

export type GlossaryMeta = z.infer<typeof glossaryMetaSchema>;
export type GlossaryTerm = GlossaryMeta["terms"][number];
