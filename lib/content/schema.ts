// The content contract: one zod schema per kind of file, and the TypeScript types
// inferred from them. Messages are written for editors: what is wrong; what is allowed.
import { z } from "zod";
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

const year = z
  .number({ error: "must be a year as a number, like 2019" })
  .int({ error: "must be a whole year, like 2019" })
  .min(1900, { error: "must be 1900 or later" })
  .max(2100, { error: "must be 2100 or earlier" });

export const sourceSchema = z
  .strictObject(
    {
      id: kebab("id, unique within the article"),
      title: text(3, 300),
      authors: z.string({ error: "must be text, like \"Alam M, Han S\"" }).optional(),
      journal: z.string({ error: "must be text" }).optional(),
      year,
      doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, { error: (iss) => `must be a DOI like 10.1001/jamadermatol.2013.8687 (got "${String(iss.input)}")` }).optional(),
      pmid: z.coerce.string().regex(/^\d{1,9}$/, { error: (iss) => `must be a PubMed id made of digits (got "${String(iss.input)}")` }).optional(),
      url: z
        .url({ protocol: /^https?$/, error: (iss) => `must be an http(s) address (got "${String(iss.input)}")` })
        .refine((value) => !PLACEHOLDER.test(value), { error: "still holds a TODO placeholder; give the real address" })
        .optional(),
    },
    objectError("must be a source: id, title, year and a doi, pmid or url", ["id", "title", "authors", "journal", "year", "doi", "pmid", "url"]),
  )
  .refine((source) => source.doi ?? source.pmid ?? source.url, { error: "needs at least one of doi, pmid or url", path: ["doi"] });

export const EVIDENCE_GRADES = ["strong", "moderate", "limited", "not-shown"] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

export const claimSchema = z.strictObject(
  {
    claim: text(3, 60),
    grade: z.enum(EVIDENCE_GRADES, { error: `must be one of: ${EVIDENCE_GRADES.join(", ")}` }),
    reason: text(10, 200),
    sources: z.array(kebab("source id"), { error: "must be a list of source ids, like [alam-2014]" }).min(1, { error: "must cite at least one source" }),
  },
  objectError("must be a claim: claim, grade, reason, sources", ["claim", "grade", "reason", "sources"]),
);

export const ARTICLE_FIELDS = ["title", "description", "topic", "published", "updated", "summary", "tags", "sources", "reviewed", "claims", "draft"] as const;

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
      sources: z
        .array(sourceSchema, { error: (iss) => (iss.input === undefined ? "is required; a list of sources, each with id, title, year and a doi, pmid or url" : "must be a list of sources") })
        .min(1, { error: "must list at least one source; each with id, title, year and a doi, pmid or url" }),
      reviewed: z
        .strictObject({ on: date, by: text(3, 120) }, objectError("must be { on: date, by: name } for a real clinical review", ["on", "by"]))
        .optional(),
      claims: z.array(claimSchema, { error: "must be a list of claims" }).optional(),
      draft: z.boolean({ error: "must be true or false" }).optional(),
    },
    objectError("front matter must be a set of fields", ARTICLE_FIELDS),
  )
  // Relations between fields. Runs even when single fields failed (the `when`), so that
  // an editor sees every problem at once; it therefore checks types itself.
  .superRefine(
    (meta, ctx) => {
      const { published, updated } = meta as { published?: unknown; updated?: unknown };
      if (updated instanceof Date && published instanceof Date && updated < published) {
        ctx.addIssue({ code: "custom", path: ["updated"], message: "must not be before published" });
      }
      const sources: unknown[] = Array.isArray(meta.sources) ? meta.sources : [];
      const ids = sources.map((source) => (source as { id?: unknown } | null)?.id);
      ids.forEach((id, index) => {
        if (typeof id === "string" && ids.indexOf(id) !== index) {
          ctx.addIssue({ code: "custom", path: ["sources", index, "id"], message: `duplicate source id "${id}"; each id must be unique in the article` });
        }
      });
      const claims: unknown[] = Array.isArray(meta.claims) ? meta.claims : [];
      claims.forEach((claim, index) => {
        const cited = (claim as { sources?: unknown } | null)?.sources;
        if (!Array.isArray(cited)) return;
        cited.forEach((id, sourceIndex) => {
          if (typeof id === "string" && !ids.includes(id)) {
            ctx.addIssue({ code: "custom", path: ["claims", index, "sources", sourceIndex], message: `unknown source id "${id}"; use one of this article's source ids` });
          }
        });
      });
    },
    { when: () => true },
  );

export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Claim = z.infer<typeof claimSchema>;

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
