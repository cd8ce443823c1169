// One entry of the source registry (content/sources/*.yaml): CSL's bibliographic fields, so that a
// CSL-YAML or CSL-JSON export from Zotero or a DOI lookup pastes in as it is, plus what an appraiser
// records about a study. Fields CSL has and the site does not use are allowed and kept.
import { z } from "zod";

/** Study designs, strongest kinds of evidence first (the grading method ranks them; lib/content/sources/grading.ts). */
export const DESIGNS = [
  "meta-analysis",
  "systematic review",
  "randomised controlled trial",
  "split-face randomised trial",
  "non-randomised comparison",
  "cohort",
  "case series",
  "case report",
  "narrative review",
  "guideline",
  "animal study",
  "regulatory document",
  "web page",
] as const;
export type Design = (typeof DESIGNS)[number];

/** CSL item types the registry accepts (a subset of CSL 1.0.2's list that covers what a health site cites). */
export const CSL_TYPES = ["article-journal", "article", "review", "webpage", "post-weblog", "legislation", "regulation", "bill", "report", "book", "chapter", "paper-conference", "entry-encyclopedia", "dataset", "thesis"] as const;

/** Fields a journal article must have, unless the entry lists them in `unverified`. */
export const JOURNAL_FIELDS = ["author", "container-title", "issued"] as const;

const DOI = /^10\.\d{4,9}\/\S+$/;
const PMID = /^\d{1,9}$/;
const PMCID = /^PMC\d{1,9}$/;

/** Search-results pages: a reference must point at the work, not at a search for it. */
const SEARCH_PAGES: readonly [RegExp, string][] = [
  [/^https?:\/\/(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed)\/?\?(?:.*&)?term=/i, "a PubMed search"],
  [/^https?:\/\/(?:www\.)?google\.[a-z.]+\/search\b/i, "a Google search"],
  [/^https?:\/\/scholar\.google\.[a-z.]+\//i, "a Google Scholar search"],
  [/^https?:\/\/(?:www\.)?bing\.com\/search\b/i, "a Bing search"],
  [/^https?:\/\/(?:html\.|lite\.)?duckduckgo\.com\/(?:html\/?|lite\/?)?\?(?:.*&)?q=/i, "a DuckDuckGo search"],
];

/** What kind of search page a URL is, or undefined when it is not one. */
export function searchPageKind(url: string): string | undefined {
  return SEARCH_PAGES.find(([pattern]) => pattern.test(url))?.[1];
}

/** A title an editor wrote instead of the published one: in brackets, or with "(Journal, 2014)" added. */
export function paraphrasedTitle(title: string): string | undefined {
  if (/^\s*\[.*\]\s*$/.test(title)) return "is in brackets; give the title exactly as published";
  if (/\((?:[^()]*,\s*)?(?:19|20)\d{2}\)\s*$/.test(title)) return 'ends with an added "(journal, year)"; give the title exactly as published — journal and year have their own fields';
  return undefined;
}

const text = (what: string) => z.string({ error: `must be text: ${what}` }).trim().min(1, { error: `must not be empty: ${what}` });

const name = z.union(
  [z.looseObject({ family: text("a family name"), given: z.string().optional() }), z.looseObject({ literal: text("an organisation's name") })],
  { error: 'must be a name: family and given (like { family: Alam, given: Murad }), or literal for an organisation' },
);

const dateParts = z.looseObject(
  {
    "date-parts": z
      .array(z.array(z.coerce.number().int(), { error: "must be [year, month, day]" }).min(1).max(3), { error: "must be a list like [[2014, 8]]" })
      .min(1, { error: "must hold one date like [[2014, 8]]" }),
  },
  { error: "must be a CSL date like { date-parts: [[2014, 8]] }" },
);

export const appraisalSchema = z.strictObject(
  {
    design: z.enum(DESIGNS, { error: `must be one of: ${DESIGNS.join(", ")}` }),
    analysed: z.number({ error: "must be the number of people analysed, as a whole number" }).int().positive().optional(),
    studies: z.number({ error: "must be the number of studies a review included, as a whole number" }).int().positive().optional(),
    participants: text("who took part: age, skin types, condition").optional(),
    comparison: text("what was compared with what").optional(),
    "follow-up": text("how long people were followed").optional(),
    results: text("the main results in plain English, with numbers and units").optional(),
    limitations: text("what limits the study").optional(),
    funding: text("funding or conflicts, where stated").optional(),
    checked: text("where each fact was checked").optional(),
    unchecked: text("what could not be checked").optional(),
  },
  {
    error: (iss) =>
      iss.code === "unrecognized_keys"
        ? "unknown field; allowed: design, analysed, studies, participants, comparison, follow-up, results, limitations, funding, checked, unchecked"
        : "must be the appraisal: design, analysed, participants, comparison, follow-up, results, limitations",
  },
);

export const sourceSchema = z.looseObject(
  {
    id: z
      .string({ error: "is required: the id articles cite as [@id], like alam-2014" })
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, { error: (iss) => `must be letters, digits, "-", "_", "." or ":" (got "${String(iss.input)}")` }),
    type: z.enum(CSL_TYPES, { error: `must be a CSL type: ${CSL_TYPES.join(", ")}` }),
    title: text("the title exactly as published").refine((title) => !paraphrasedTitle(title), { error: (iss) => paraphrasedTitle(String(iss.input))! }),
    author: z.array(name, { error: "must be a list of names" }).min(1, { error: "must list at least one author" }).optional(),
    "container-title": text("the journal or website").optional(),
    "container-title-short": z.string().optional(),
    publisher: z.string().optional(),
    issued: dateParts.optional(),
    accessed: dateParts.optional(),
    volume: z.union([z.string(), z.number()]).optional(),
    issue: z.union([z.string(), z.number()]).optional(),
    page: z.union([z.string(), z.number()]).optional(),
    DOI: z.string({ error: "must be text" }).regex(DOI, { error: (iss) => `must be a DOI like 10.1001/jamadermatol.2013.8687, without "https://doi.org/" (got "${String(iss.input)}")` }).optional(),
    PMID: z.coerce.string().regex(PMID, { error: (iss) => `must be a PubMed id made of digits, like 24919799 (got "${String(iss.input)}")` }).optional(),
    PMCID: z.string({ error: "must be text" }).regex(PMCID, { error: (iss) => `must be a PubMed Central id like PMC6122507 (got "${String(iss.input)}")` }).optional(),
    URL: z
      .url({ protocol: /^https?$/, error: (iss) => `must be an http(s) address (got "${String(iss.input)}")` })
      .refine((url) => !searchPageKind(url), { error: (iss) => `is ${searchPageKind(String(iss.input))}, not the work itself; link the work (its DOI or PMID field, or the page itself)` })
      .optional(),
    /** CSL fields that could not be checked against the record, so may be missing. */
    unverified: z.array(z.string(), { error: "must be a list of field names, like [author, PMID]" }).optional(),
    appraisal: appraisalSchema.optional(),
  },
  { error: "must be one work: id, type, title and the fields of its CSL record" },
);

export type Source = z.infer<typeof sourceSchema>;
export type Appraisal = z.infer<typeof appraisalSchema>;

export const issuedYear = (source: Source): number | undefined => source.issued?.["date-parts"][0]?.[0];

/** The study design of a work: its appraisal's, or what its CSL type says (web pages, regulations). */
export function designOf(source: Source): Design | undefined {
  if (source.appraisal) return source.appraisal.design;
  if (source.type === "webpage" || source.type === "post-weblog") return "web page";
  if (source.type === "legislation" || source.type === "regulation" || source.type === "bill") return "regulatory document";
  return undefined;
}

/** "Alam 2014": the first author's family name (or the organisation, or the site) and the year. */
export function shortCitation(source: Source): string {
  const first = source.author?.[0];
  const name = (first && ("family" in first ? first.family : first.literal)) || source["container-title"] || source.publisher || source.title;
  const year = issuedYear(source);
  return year ? `${name} ${year}` : String(name);
}
