// Every page a reader can reach, from the same lib functions the routes are built from,
// so that a new article, topic or page is checked without touching the tests.
import { getArticleSummaries, getPage } from "@/lib/content";
import { TOPICS } from "@/lib/topics";

export interface Route {
  /** What a failure names: "home", "article first-fixture-article", ... */
  name: string;
  path: string;
  status: number;
}

/** Pages whose presence depends on a feature being built (checked by status, not assumed). */
const OPTIONAL_PAGES = [{ name: "search", path: "/search" }];

export const NOT_FOUND_PATH = "/articles/no-such-article";

export async function siteRoutes(baseUrl: string): Promise<Route[]> {
  const routes: Route[] = [
    { name: "home", path: "/", status: 200 },
    ...getArticleSummaries().map(({ slug }) => ({ name: `article ${slug}`, path: `/articles/${slug}`, status: 200 })),
    ...TOPICS.map(({ id }) => ({ name: `topic ${id}`, path: `/topics/${id}`, status: 200 })),
  ];
  if (getPage("about")) routes.push({ name: "about", path: "/about", status: 200 });
  for (const page of OPTIONAL_PAGES) {
    if ((await fetch(baseUrl + page.path)).status === 200) routes.push({ ...page, status: 200 });
  }
  routes.push({ name: "404", path: NOT_FOUND_PATH, status: 404 });
  return routes;
}
