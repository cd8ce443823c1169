// Structured data (schema.org JSON-LD) for an article: the page is a MedicalWebPage about
// microneedling, citing the article's sources, inside a Home › Topic › Article breadcrumb.
import type { Article } from "../content";
import { issuedYear, type Source } from "../content/sources/schema";
import { isoDate } from "../format";
import { SITE_NAME, SITE_URL } from "../site";
import { getTopic } from "../topics";

type JsonLd = Record<string, unknown>;

/** Where a reader can open the source: the DOI resolver first, then PubMed, then its own address. */
export function sourceUrl(source: Source): string | undefined {
  if (source.DOI) return `https://doi.org/${source.DOI}`;
  if (source.PMID) return `https://pubmed.ncbi.nlm.nih.gov/${source.PMID}/`;
  return source.URL;
}

/** A journal article (CSL type, or a DOI or PubMed id) is a ScholarlyArticle; anything else a CreativeWork. */
export function citationOf(source: Source): JsonLd {
  const scholarly = source.type === "article-journal" || Boolean(source.DOI ?? source.PMID);
  const identifiers = [
    ...(source.DOI ? [{ "@type": "PropertyValue", propertyID: "DOI", value: source.DOI }] : []),
    ...(source.PMID ? [{ "@type": "PropertyValue", propertyID: "PMID", value: source.PMID }] : []),
  ];
  const authors = (source.author ?? []).map((name) =>
    "family" in name
      ? { "@type": "Person", familyName: name.family, ...(name.given ? { givenName: name.given } : {}) }
      : { "@type": "Organization", name: name.literal },
  );
  const year = issuedYear(source);
  const url = sourceUrl(source);
  return {
    "@type": scholarly ? "ScholarlyArticle" : "CreativeWork",
    name: source.title,
    ...(url ? { url } : {}),
    ...(year ? { datePublished: String(year) } : {}),
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(source["container-title"]
      ? { isPartOf: { "@type": scholarly ? "Periodical" : "WebSite", name: source["container-title"] } }
      : {}),
    ...(identifiers.length > 0 ? { identifier: identifiers } : {}),
    ...(source.URL && (source.DOI || source.PMID) ? { sameAs: source.URL } : {}),
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
    ...(meta.reviewed ? { lastReviewed: isoDate(meta.reviewed.on) } : {}),
    ...(meta.reviewed?.by ? { reviewedBy: { "@type": "Person", name: meta.reviewed.by } } : {}),
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
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * A study page is the site's account of one published work: a MedicalWebPage whose `about` is the
 * work itself (a ScholarlyArticle for a paper). MedicalStudy would claim fields of the study's
 * protocol (sponsor, status, outcomes) that the page does not hold.
 */
export function studyJsonLd(source: Source, path: string, site: URL = SITE_URL): JsonLd {
  const url = new URL(path, site).toString();
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    "@id": url,
    url,
    name: `What the study found: ${source.title}`,
    isPartOf: { "@type": "WebSite", name: SITE_NAME, url: new URL("/", site).toString() },
    about: citationOf(source),
  };
}
