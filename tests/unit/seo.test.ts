import { describe, expect, it } from "vitest";
import { articleJsonLd, serializeJsonLd } from "@/lib/seo/json-ld";
import { articleMetadata, pageMetadata, siteMetadata, toolMetadata } from "@/lib/seo/metadata";
import { siteRoutes } from "@/lib/routes";
import { sitemapEntries } from "@/lib/seo/sitemap";
import { SITE_DESCRIPTION } from "@/lib/site";
import { TOPIC_IDS } from "@/lib/topics";
import { seoArticle, SITE, unreviewedArticle } from "./seo-fixture";

const TITLE = "Scars & needles: what a <trial> found";
const DESCRIPTION =
  "A fixture for the sharing tests: metadata, structured data and the feed, with characters to escape.";
const URL_ = "https://guide.example/articles/scars-and-needles";
const FEED = {
  "application/rss+xml": [{ url: "https://guide.example/feed.xml", title: "Microneedling, explained: new articles" }],
};
const SITE_IMAGE = [
  {
    url: "https://guide.example/opengraph-image",
    width: 1200,
    height: 630,
    type: "image/png",
    alt: "Microneedling, explained: an evidence-first guide",
  },
];

describe("article metadata", () => {
  it("has the title, description, canonical URL, feed link, Open Graph article and large Twitter card", () => {
    expect(articleMetadata(seoArticle(), SITE)).toEqual({
      title: TITLE,
      description: DESCRIPTION,
      alternates: { canonical: URL_, types: FEED },
      openGraph: {
        type: "article",
        siteName: "Microneedling, explained",
        locale: "en_GB",
        url: URL_,
        title: TITLE,
        description: DESCRIPTION,
        publishedTime: "2026-01-15T00:00:00.000Z",
        modifiedTime: "2026-03-02T00:00:00.000Z",
        section: "The science",
        tags: ["acne-scars", "trials"],
      },
      twitter: { card: "summary_large_image", title: TITLE, description: DESCRIPTION },
    });
  });

  it("uses the published date as modified time when the article was never updated", () => {
    const article = seoArticle();
    const metadata = articleMetadata({ ...article, meta: { ...article.meta, updated: undefined } }, SITE);
    expect(metadata.openGraph).toMatchObject({
      publishedTime: "2026-01-15T00:00:00.000Z",
      modifiedTime: "2026-01-15T00:00:00.000Z",
    });
  });
});

describe("page metadata", () => {
  it("gives other pages Open Graph type website and the site's preview image", () => {
    expect(
      pageMetadata({ path: "/topics/science", title: "The science", description: "What the research shows." }, SITE),
    ).toEqual({
      title: "The science",
      description: "What the research shows.",
      alternates: { canonical: "https://guide.example/topics/science", types: FEED },
      openGraph: {
        type: "website",
        siteName: "Microneedling, explained",
        locale: "en_GB",
        url: "https://guide.example/topics/science",
        title: "The science",
        description: "What the research shows.",
        images: SITE_IMAGE,
      },
      twitter: {
        card: "summary_large_image",
        title: "The science",
        description: "What the research shows.",
        images: SITE_IMAGE,
      },
    });
  });

  it("leaves the home page's title to the layout and shares it under the site name", () => {
    const home = pageMetadata({ path: "/", description: "The guide." }, SITE);
    expect(home.title).toBeUndefined();
    expect(home.openGraph).toMatchObject({ title: "Microneedling, explained", url: "https://guide.example/" });
  });

  it("keeps search pages out of search engines but lets them follow links", () => {
    expect(
      pageMetadata({ path: "/search", title: "Search", description: "Search.", noindex: true }, SITE).robots,
    ).toEqual({ index: false, follow: true });
  });

  it("indexes a tool page until it holds a reader's answers, and never sends its address on", () => {
    const info = { path: "/plan", title: "Session planner", description: "Plan sessions." };
    const bare = toolMetadata(info, false, SITE);
    const answered = toolMetadata(info, true, SITE);
    expect(bare).toEqual({ ...pageMetadata(info, SITE), referrer: "no-referrer" });
    expect(bare.robots).toBeUndefined();
    expect(answered.robots).toEqual({ index: false, follow: true });
    expect(answered.referrer).toBe("no-referrer");
  });

  it("sets the base URL, title template and feed link for every page in the layout", () => {
    expect(siteMetadata(SITE)).toMatchObject({
      metadataBase: SITE,
      title: { default: "Microneedling, explained", template: "%s · Microneedling, explained" },
      description: SITE_DESCRIPTION,
      alternates: { types: FEED },
    });
  });
});

describe("article JSON-LD", () => {
  it("describes a reviewed MedicalWebPage about microneedling, its citations and breadcrumb", () => {
    expect(articleJsonLd(seoArticle(), SITE)).toEqual({
      "@context": "https://schema.org",
      "@graph": [
        {
          "@type": "MedicalWebPage",
          "@id": URL_,
          url: URL_,
          name: TITLE,
          headline: TITLE,
          description: DESCRIPTION,
          inLanguage: "en",
          isPartOf: { "@type": "WebSite", name: "Microneedling, explained", url: "https://guide.example/" },
          about: { "@type": "MedicalProcedure", name: "Microneedling" },
          datePublished: "2026-01-15",
          dateModified: "2026-03-02",
          lastReviewed: "2026-03-01",
          reviewedBy: { "@type": "Person", name: "A. Reviewer, MD" },
          breadcrumb: { "@id": `${URL_}#breadcrumb` },
          // In the order of the reference list: by first citation.
          citation: [
            {
              "@type": "ScholarlyArticle",
              name: "Efficacy of a needling device for the treatment of acne scars: a randomized clinical trial",
              url: "https://doi.org/10.1001/jamadermatol.2013.8687",
              datePublished: "2014",
              author: [
                { "@type": "Person", familyName: "Alam", givenName: "Murad" },
                { "@type": "Person", familyName: "Han", givenName: "Sandra" },
              ],
              isPartOf: { "@type": "Periodical", name: "JAMA Dermatology" },
              identifier: [
                { "@type": "PropertyValue", propertyID: "DOI", value: "10.1001/jamadermatol.2013.8687" },
                { "@type": "PropertyValue", propertyID: "PMID", value: "24919799" },
              ],
              sameAs: "https://jamanetwork.com/journals/jamadermatology/fullarticle/1788331",
            },
            {
              "@type": "CreativeWork",
              name: "Needling",
              url: "https://dermnetnz.org/topics/needling",
              datePublished: "2018",
              isPartOf: { "@type": "WebSite", name: "DermNet" },
            },
            {
              "@type": "ScholarlyArticle",
              name: "A trial found by its PubMed id",
              url: "https://pubmed.ncbi.nlm.nih.gov/12345678/",
              datePublished: "2020",
              author: [{ "@type": "Person", familyName: "Author", givenName: "A." }],
              isPartOf: { "@type": "Periodical", name: "Journal of Examples" },
              identifier: [{ "@type": "PropertyValue", propertyID: "PMID", value: "12345678" }],
            },
          ],
        },
        {
          "@type": "BreadcrumbList",
          "@id": `${URL_}#breadcrumb`,
          itemListElement: [
            { "@type": "ListItem", position: 1, name: "Home", item: "https://guide.example/" },
            { "@type": "ListItem", position: 2, name: "The science", item: "https://guide.example/topics/science" },
            { "@type": "ListItem", position: 3, name: TITLE, item: URL_ },
          ],
        },
      ],
    });
  });

  it("claims no review for an article that has none", () => {
    const page = (articleJsonLd(unreviewedArticle(), SITE)["@graph"] as Record<string, unknown>[])[0]!;
    expect(page).not.toHaveProperty("lastReviewed");
    expect(page).not.toHaveProperty("reviewedBy");
  });

  it("escapes < so that content cannot close the script element, and still parses to the same data", () => {
    const data = { name: "</script><script>alert(1)</script> <!-- a \u2028 b" };
    const text = serializeJsonLd(data);
    expect(text).not.toContain("<");
    expect(text).toBe('{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script> \\u003c!-- a \\u2028 b"}');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe("sitemap", () => {
  it("lists home, About, the tools, the glossary, every topic and every article from the route registry, each dated by its last change", () => {
    const article = seoArticle();
    const routes = siteRoutes({
      articles: [
        { slug: article.slug, topic: article.meta.topic, lastModified: article.meta.updated ?? article.meta.published },
      ],
      timelineSlugs: [article.slug],
      homeUpdated: new Date("2026-01-01"),
      aboutUpdated: new Date("2026-01-10"),
      hasAbout: true,
    });
    expect(sitemapEntries(routes, SITE)).toEqual([
      { url: "https://guide.example/", lastModified: new Date("2026-03-02") },
      { url: "https://guide.example/about", lastModified: new Date("2026-01-10") },
      { url: "https://guide.example/plan" },
      { url: "https://guide.example/check" },
      { url: "https://guide.example/glossary" },
      { url: "https://guide.example/studies" },
      // Every topic in reading order; only the fixture article's topic has a date.
      ...TOPIC_IDS.map((topic) =>
        topic === article.meta.topic
          ? { url: `https://guide.example/topics/${topic}`, lastModified: new Date("2026-03-02") }
          : { url: `https://guide.example/topics/${topic}` },
      ),
      { url: URL_, lastModified: new Date("2026-03-02") },
    ]);
  });
});
