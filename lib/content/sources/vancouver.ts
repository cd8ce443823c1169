// References in Vancouver style (the style medical journals use), rendered by a CSL processor:
// citation-js with its bundled Vancouver template (citeproc-js underneath), so the same work reads
// the same on every page. Only the CSL fields go in; the appraisal is the site's own.
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-csl";
import type { Source } from "./schema";

const rendered = new Map<string, string>();

/** Fields of a registry entry that are the site's own, not CSL's. */
const OWN_FIELDS = new Set(["appraisal", "unverified"]);

/** The CSL-JSON item of a registry entry: its CSL fields without the site's own. */
function cslItem(source: Source): Record<string, unknown> {
  return Object.fromEntries(Object.entries(source).filter(([key]) => !OWN_FIELDS.has(key)));
}

/** One reference as plain text, without its number: "Alam M, Han S, … JAMA Dermatol. 2014 Aug;150(8):844–9. …" */
export function vancouver(source: Source): string {
  const key = JSON.stringify(source);
  const cached = rendered.get(key);
  if (cached !== undefined) return cached;
  const text = new Cite(cslItem(source))
    .format("bibliography", { format: "text", template: "vancouver", lang: "en-US" })
    .toString()
    .trim()
    // The style numbers entries; the site numbers them by first use in each article.
    .replace(/^1\.\s+/, "");
  rendered.set(key, text);
  return text;
}

/** Links a reader can follow from a reference: the paper's DOI, its PubMed and PMC records, or the page. */
export function sourceLinks(source: Source): { label: string; href: string }[] {
  const links: { label: string; href: string }[] = [];
  if (source.DOI) links.push({ label: "DOI", href: `https://doi.org/${source.DOI}` });
  if (source.PMID) links.push({ label: "PubMed", href: `https://pubmed.ncbi.nlm.nih.gov/${source.PMID}/` });
  if (source.PMCID) links.push({ label: "Full text (PMC)", href: `https://www.ncbi.nlm.nih.gov/pmc/articles/${source.PMCID}/` });
  if (source.URL && links.length === 0) links.push({ label: "Web page", href: source.URL });
  return links;
}
