// Structured data (schema.org JSON-LD) for an article: the page is a MedicalWebPage about
// microneedling, citing the article's sources, inside a Home › Topic › Article breadcrumb.
import type { Article, Source } from "../content";
import { isoDate } from "../format";
import { SITE_NAME, SITE_URL } from "../site";
import { getTopic } from "../topics";

type JsonLd = Record<string, unknown>;

/** Where a reader can open the source: the DOI resolver first, then PubMed, then its own address. */
export function sourceUrl(source: Source): string {
  if (source.doi) return `https://doi.org/${source.doi}`;
  if (source.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`;
  return source.url!;
}

/** A research paper (it has a DOI, PubMed id or journal) is a ScholarlyArticle; anything else a CreativeWork. */
export function citationOf(source: Source): JsonLd {
  const scholarly = Boolean(source.doi ?? source.pmid ?? source.journal);
  const identifiers = [
    ...(source.doi ? [{ "@type": "PropertyValue", propertyID: "DOI", value: source.doi }] : []),
    ...(source.pmid ? [{ "@type": "PropertyValue", propertyID: "PMID", value: source.pmid }] : []),
  ];
  return {
    "@type": scholarly ? "ScholarlyArticle" : "CreativeWork",
    name: source.title,
    url: sourceUrl(source),
    datePublished: String(source.year),
    ...(source.authors ? { author: source.authors } : {}),
    ...(source.journal ? { isPartOf: { "@type": "Periodical", name: source.journal } } : {}),
    ...(identifiers.length > 0 ? { identifier: identifiers } : {}),
    ...(source.url && (source.doi || source.pmid) ? { sameAs: source.url } : {}),
  };
}

export function articleJsonLd(article: Pick<Article, "slug" | "meta" | "references">, site: URL = SITE_URL): JsonLd {
  const { meta } = article;
  const url = new URL(`/articles/${article.slug}`, site).toString();
  const home = new URL("/", site).toString();
  const topic = getTopic(meta.topic)!;
  const breadcrumb = {
    "@type": "BreadcrumbList",
    "@id": `${url}#breadcrumb`,
    itemListElement: [
      { "@type": "ListItem", position: 1, name: "Home", item: home },
      { "@type": "ListItem", position: 2, name: topic.label, item: new URL(`/topics/${topic.id}`, site).toString() },
      { "@type": "ListItem", position: 3, name: meta.title, item: url },
    ],
  };
  const page = {
    "@type": "MedicalWebPage",
    "@id": url,
    url,
    name: meta.title,
    headline: meta.title,
    description: meta.description,
    inLanguage: "en",
    isPartOf: { "@type": "WebSite", name: SITE_NAME, url: home },
    about: { "@type": "MedicalProcedure", name: "Microneedling" },
    datePublished: isoDate(meta.published),
    dateModified: isoDate(meta.updated ?? meta.published),
    // Only a real clinical review is stated; without one the page claims none.
    ...(meta.reviewed ? { lastReviewed: isoDate(meta.reviewed.on), reviewedBy: { "@type": "Person", name: meta.reviewed.by } } : {}),
    breadcrumb: { "@id": breadcrumb["@id"] },
    citation: article.references.map((reference) => citationOf(reference.source)),
  };
  return { "@context": "https://schema.org", "@graph": [page, breadcrumb] };
}

/**
 * JSON for inside <script>: "<" becomes \u003c so that no text from content can close the
 * script element or open a comment; U+2028/2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
