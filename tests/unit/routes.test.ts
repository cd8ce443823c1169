// The route registry: one list that the sitemap, footer, export and browser suites read.
import { describe, expect, it } from "vitest";
import { FIXED_PATHS, FOOTER_LINKS, SERVER_ONLY_PATHS, siteRoutes } from "@/lib/routes";
import { TOPICS } from "@/lib/topics";

const input = {
  articles: [
    { slug: "first", topic: "benefits" as const, lastModified: new Date("2026-02-01") },
    { slug: "second", topic: "benefits" as const, lastModified: new Date("2026-03-01") },
  ],
  timelineSlugs: ["second"],
  hasAbout: false,
};

describe("route registry", () => {
  it("holds every page once: fixed pages, each topic, each article, each printable timeline and each article's Markdown copy", () => {
    const paths = siteRoutes(input).map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual([
      "/",
      "/search",
      "/plan",
      "/check",
      "/glossary",
      "/studies",
      "/feed.xml",
      "/llms.txt",
      ...TOPICS.map((topic) => `/topics/${topic.id}`),
      "/articles/first",
      "/articles/second",
      "/articles/second/timeline",
      "/articles/first.md",
      "/articles/second.md",
    ]);
  });

  it("lists the copies for AI assistants as files that search engines need not know", () => {
    const copies = siteRoutes(input).filter((route) => route.path === "/llms.txt" || route.path.endsWith(".md"));
    expect(copies.map(({ path, sitemap, page, serverOnly }) => ({ path, sitemap, page, serverOnly }))).toEqual([
      { path: "/llms.txt", sitemap: false, page: false, serverOnly: false },
      { path: "/articles/first.md", sitemap: false, page: false, serverOnly: false },
      { path: "/articles/second.md", sitemap: false, page: false, serverOnly: false },
    ]);
  });

  it("gives every work of the source registry a study page", () => {
    const paths = siteRoutes({ ...input, studyIds: ["alam-2014", "harris-2015"] }).map((route) => route.path);
    expect(paths.slice(-2)).toEqual(["/studies/alam-2014", "/studies/harris-2015"]);
  });

  it("has About only when its page exists", () => {
    expect(siteRoutes({ ...input, hasAbout: true }).map((route) => route.path)).toContain("/about");
  });

  it("dates a topic by its newest article and leaves a topic without articles undated", () => {
    const routes = siteRoutes(input);
    expect(routes.find((route) => route.path === "/topics/benefits")?.lastModified).toEqual(new Date("2026-03-01"));
    expect(routes.find((route) => route.path === "/topics/aftercare")?.lastModified).toBeUndefined();
    expect(routes.find((route) => route.path === "/")?.lastModified).toEqual(new Date("2026-03-01"));
  });

  it("names what the footer, the export and the link check take from it", () => {
    expect(FOOTER_LINKS).toEqual([
      { href: "/plan", label: "Session planner" },
      { href: "/check", label: "Is it for me?" },
      { href: "/glossary", label: "Glossary" },
      { href: "/studies", label: "Evidence base" },
    ]);
    expect(SERVER_ONLY_PATHS).toEqual(["/plan", "/check"]);
    expect([...FIXED_PATHS]).toEqual([
      "/",
      "/about",
      "/search",
      "/plan",
      "/check",
      "/glossary",
      "/studies",
      "/feed.xml",
      "/llms.txt",
    ]);
  });
});
