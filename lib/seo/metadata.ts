// Metadata for every page, as pure functions of the content so that tests can check them.
// Next replaces (not merges) a parent's `alternates`, `openGraph` and `twitter` when a page
// sets them, so each builder returns them whole: canonical, feed link, and the share card.
import type { Metadata } from "next";
import type { ArticleSummary } from "../content";
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from "../site";
import { getTopic } from "../topics";

export const FEED_PATH = "/feed.xml";
export const FEED_TITLE = `${SITE_NAME}: new articles`;
const LOCALE = "en_GB";

/** The site's preview image (app/opengraph-image.tsx). */
export const SITE_IMAGE = {
  path: "/opengraph-image",
  width: 1200,
  height: 630,
  type: "image/png",
  alt: `${SITE_NAME}: an evidence-first guide`,
};

// A page that sets openGraph loses the image a parent segment's opengraph-image file gave it,
// so pages other than articles (which have their own image file) name the site image themselves.
const siteImage = (site: URL) => [
  {
    url: new URL(SITE_IMAGE.path, site).toString(),
    width: SITE_IMAGE.width,
    height: SITE_IMAGE.height,
    type: SITE_IMAGE.type,
    alt: SITE_IMAGE.alt,
  },
];

const feedLink = (site: URL) => ({
  "application/rss+xml": [{ url: new URL(FEED_PATH, site).toString(), title: FEED_TITLE }],
});

/** The layout's defaults: what a page without its own metadata (the 404) gets. */
export function siteMetadata(site: URL = SITE_URL): Metadata {
  return {
    metadataBase: site,
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    alternates: { types: feedLink(site) },
    openGraph: {
      type: "website",
      siteName: SITE_NAME,
      locale: LOCALE,
      title: SITE_NAME,
      description: SITE_DESCRIPTION,
    },
    twitter: { card: "summary_large_image", title: SITE_NAME, description: SITE_DESCRIPTION },
  };
}

export interface PageInfo {
  /** Path of the page, like "/about"; its canonical URL. */
  path: string;
  /** Page title without the site name; none for the home page, which uses the site name alone. */
  title?: string;
  description: string;
  /** For pages that help readers but should not be search results themselves (search). */
  noindex?: boolean;
}

/** A page that is not an article: home, About, a topic, search. */
export function pageMetadata({ path, title, description, noindex }: PageInfo, site: URL = SITE_URL): Metadata {
  const url = new URL(path, site).toString();
  const shareTitle = title ?? SITE_NAME;
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: url, types: feedLink(site) },
    openGraph: {
      type: "website",
      siteName: SITE_NAME,
      locale: LOCALE,
      url,
      title: shareTitle,
      description,
      images: siteImage(site),
    },
    twitter: { card: "summary_large_image", title: shareTitle, description, images: siteImage(site) },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/**
 * A tool that answers from the reader's own answers in the URL (planner, check): the bare page is
 * a normal page, but once answered it is never indexed and its address never sent on to other sites.
 */
export function toolMetadata(info: Omit<PageInfo, "noindex">, answered: boolean, site: URL = SITE_URL): Metadata {
  return { ...pageMetadata({ ...info, noindex: answered }, site), referrer: "no-referrer" };
}

/** An article: Open Graph type "article" with its dates and topic; its image comes from its own opengraph-image file. */
export function articleMetadata({ slug, meta }: Pick<ArticleSummary, "slug" | "meta">, site: URL = SITE_URL): Metadata {
  const base = pageMetadata({ path: `/articles/${slug}`, title: meta.title, description: meta.description }, site);
  return {
    ...base,
    twitter: { card: "summary_large_image", title: meta.title, description: meta.description },
    openGraph: {
      type: "article",
      siteName: SITE_NAME,
      locale: LOCALE,
      url: new URL(`/articles/${slug}`, site).toString(),
      title: meta.title,
      description: meta.description,
      publishedTime: meta.published.toISOString(),
      modifiedTime: (meta.updated ?? meta.published).toISOString(),
      section: getTopic(meta.topic)?.label,
      ...(meta.tags && meta.tags.length > 0 ? { tags: meta.tags } : {}),
    },
  };
}
