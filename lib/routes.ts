// Every route a reader can reach, in one list. The sitemap, the footer, the static export, the
// content link check and every browser suite read it, so a page added here appears in all of them.
// Pure: the content-dependent routes are built from what the caller passes in (no file reads here,
// so lib/content can use the fixed routes without an import circle).
import { TOPICS, type TopicId } from "./topics";

export interface FixedRoute {
  path: string;
  /** What a test failure names. */
  name: string;
  /** Link text where the footer lists it; undefined: not in the footer. */
  footer?: string;
  /** Search engines should know it. */
  sitemap: boolean;
  /** Answers each request from its query on a server, so a static host cannot serve it. */
  serverOnly: boolean;
  /** An HTML page a reader reads (browser suites open it); false for files such as the feed. */
  page: boolean;
  /** Exists only when the build made it (the search index; About when content/pages/about.md exists). */
  optional?: boolean;
}

export const FIXED_ROUTES: readonly FixedRoute[] = [
  { path: "/", name: "home", sitemap: true, serverOnly: false, page: true },
  { path: "/about", name: "about", sitemap: true, serverOnly: false, page: true, optional: true },
  { path: "/search", name: "search", sitemap: false, serverOnly: false, page: true, optional: true },
  { path: "/plan", name: "planner", footer: "Session planner", sitemap: true, serverOnly: true, page: true },
  { path: "/check", name: "check", footer: "Is it for me?", sitemap: true, serverOnly: true, page: true },
  { path: "/glossary", name: "glossary", footer: "Glossary", sitemap: true, serverOnly: false, page: true },
  { path: "/studies", name: "evidence base", footer: "Evidence base", sitemap: true, serverOnly: false, page: true },
  { path: "/feed.xml", name: "feed", sitemap: false, serverOnly: false, page: false },
  // The site for AI assistants (llmstxt.org): a summary and a list of every article and study page.
  { path: "/llms.txt", name: "llms.txt", sitemap: false, serverOnly: false, page: false },
];

/** Paths an article may link to besides articles, topics and their sections. */
export const FIXED_PATHS: ReadonlySet<string> = new Set(FIXED_ROUTES.map((route) => route.path));

/** Routes a static host cannot serve (the export leaves them out; README "Static export"). */
export const SERVER_ONLY_PATHS: readonly string[] = FIXED_ROUTES.filter((route) => route.serverOnly).map(
  (route) => route.path,
);

export const FOOTER_LINKS = FIXED_ROUTES.flatMap((route) =>
  route.footer ? [{ href: route.path, label: route.footer }] : [],
);

export const articlePath = (slug: string) => `/articles/${slug}`;
/** An article's Markdown copy for AI assistants, citations resolved to its reference list. */
export const articleMarkdownPath = (slug: string) => `/articles/${slug}.md`;
export const timelinePath = (slug: string) => `/articles/${slug}/timeline`;
export const topicPath = (topic: TopicId) => `/topics/${topic}`;
export const studyPath = (id: string) => `/studies/${encodeURIComponent(id)}`;

/** A path that must answer 404 (a real not-found page, not a 500). */
export const NOT_FOUND_PATH = "/articles/no-such-article";

export interface SiteRoute {
  path: string;
  name: string;
  sitemap: boolean;
  serverOnly: boolean;
  page: boolean;
  optional: boolean;
  /** When its content last changed, where that is known. */
  lastModified?: Date;
}

export interface RouteInput {
  articles: readonly { slug: string; topic: TopicId; lastModified: Date }[];
  /** Articles that have a printable timeline. */
  timelineSlugs: readonly string[];
  homeUpdated?: Date;
  aboutUpdated?: Date;
  /** Whether content/pages/about.md exists. */
  hasAbout: boolean;
  /** Ids of the source registry: each has a study page. */
  studyIds?: readonly string[];
}

const newest = (dates: readonly Date[]) =>
  dates.length > 0 ? new Date(Math.max(...dates.map((date) => date.getTime()))) : undefined;

/** Every route of the site for this content, fixed pages first, then topics, articles and timelines. */
export function siteRoutes({
  articles,
  timelineSlugs,
  homeUpdated,
  aboutUpdated,
  hasAbout,
  studyIds = [],
}: RouteInput): SiteRoute[] {
  const allArticles = newest([
    ...articles.map((article) => article.lastModified),
    ...(homeUpdated ? [homeUpdated] : []),
  ]);
  const fixed = FIXED_ROUTES.filter((route) => route.path !== "/about" || hasAbout).map(
    ({ path, name, sitemap, serverOnly, page, optional }) => ({
      path,
      name,
      sitemap,
      serverOnly,
      page,
      // About is listed only when its page exists, so here it is certain.
      optional: path === "/about" ? false : (optional ?? false),
      lastModified: path === "/" ? allArticles : path === "/about" ? aboutUpdated : undefined,
    }),
  );
  const base = { sitemap: true, serverOnly: false, page: true, optional: false };
  return [
    ...fixed,
    // A page that lists articles changes when they do; a topic with none yet has no honest date.
    ...TOPICS.map((topic) => ({
      ...base,
      path: topicPath(topic.id),
      name: `topic ${topic.id}`,
      lastModified: newest(
        articles.filter((article) => article.topic === topic.id).map((article) => article.lastModified),
      ),
    })),
    ...articles.map((article) => ({
      ...base,
      path: articlePath(article.slug),
      name: `article ${article.slug}`,
      lastModified: article.lastModified,
    })),
    // The printable timeline repeats its article's aftercare: useful to print, not a search result.
    ...timelineSlugs.map((slug) => ({ ...base, sitemap: false, path: timelinePath(slug), name: `timeline ${slug}` })),
    // The same article as Markdown for AI assistants (listed in /llms.txt): a file, not a search result.
    ...articles.map((article) => ({
      ...base,
      sitemap: false,
      page: false,
      path: articleMarkdownPath(article.slug),
      name: `markdown ${article.slug}`,
      lastModified: article.lastModified,
    })),
    ...studyIds.map((id) => ({ ...base, path: studyPath(id), name: `study ${id}` })),
  ];
}
