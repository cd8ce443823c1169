// Every page a reader can reach, from the route registry (lib/routes.ts) that the sitemap, footer
// and export read too, so that a new article, topic, tool or page is checked without touching the tests.
import { getSiteRoutes } from "@/lib/content";
import { NOT_FOUND_PATH } from "@/lib/routes";

export { NOT_FOUND_PATH };

export interface Route {
  /** What a failure names: "home", "article first-fixture-article", ... */
  name: string;
  path: string;
  status: number;
}

/** Every HTML route of the registry this build serves (optional ones by their status), then the 404 page. */
export async function siteRoutes(baseUrl: string): Promise<Route[]> {
  const routes: Route[] = [];
  for (const route of getSiteRoutes().filter((route) => route.page)) {
    if (route.optional && (await fetch(baseUrl + route.path)).status !== 200) continue;
    routes.push({ name: route.name, path: route.path, status: 200 });
  }
  routes.push({ name: "404", path: NOT_FOUND_PATH, status: 404 });
  return routes;
}
