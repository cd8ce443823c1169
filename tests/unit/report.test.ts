// "Report a mistake" and "Edit this page" links, and the settings that choose their targets.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleView } from "@/components/article/ArticleView";
import { editHref, reportHref } from "@/lib/report";
import { readSettings } from "@/lib/settings.mjs";
import { absoluteUrl } from "@/lib/site";
import { seoArticle } from "./seo-fixture";

/** An environment holding only these variables (and the NODE_ENV every process has). */
const env = (values: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: "test", ...values });

const PAGE = { pageUrl: "https://guide.example/articles/scars", pageTitle: "Scars & needles" };
const SECTION = { ...PAGE, section: { id: "what-was-found", title: "What was found?" } };

const BODY_PAGE =
  "Page: https://guide.example/articles/scars\n\nWhat is wrong:\n\n\nA source that shows it (a link, DOI or PubMed number), if you have one:\n";
const BODY_SECTION =
  "Page: https://guide.example/articles/scars#what-was-found\nSection: What was found? (#what-was-found)\n\nWhat is wrong:\n\n\nA source that shows it (a link, DOI or PubMed number), if you have one:\n";

describe("report a mistake", () => {
  it("opens a new issue with the page address and section in its title and body", () => {
    const href = new URL(reportHref({ url: "https://github.com/owner/repo/issues/new?labels=correction" }, SECTION)!);
    expect(href.origin + href.pathname).toBe("https://github.com/owner/repo/issues/new");
    expect(Object.fromEntries(href.searchParams)).toEqual({
      labels: "correction",
      title: "Mistake on “Scars & needles”, section “What was found?”",
      body: BODY_SECTION,
    });
  });

  it("writes an email with subject and body when only an address is set, spaces as %20", () => {
    expect(reportHref({ email: "fix@guide.example" }, PAGE)).toBe(
      `mailto:fix@guide.example?subject=${encodeURIComponent("Mistake on “Scars & needles”")}&body=${encodeURIComponent(BODY_PAGE)}`,
    );
    expect(reportHref({ email: "fix@guide.example" }, PAGE)).not.toContain("+");
  });

  it("prefers the tracker when both are set", () => {
    expect(reportHref({ url: "https://tracker.example/new", email: "fix@guide.example" }, PAGE)).toMatch(
      /^https:\/\/tracker\.example\/new\?title=/,
    );
  });

  it("goes to About's section without a target, and nowhere without About", () => {
    expect(reportHref({ about: "/about#report-a-mistake" }, SECTION)).toBe("/about#report-a-mistake");
    expect(reportHref({}, SECTION)).toBeUndefined();
  });
});

describe("edit this page", () => {
  it("appends the article's path in the repository to EDIT_URL", () => {
    expect(editHref("https://github.com/owner/repo/edit/main/", "content/articles/scars.md")).toBe(
      "https://github.com/owner/repo/edit/main/content/articles/scars.md",
    );
    expect(editHref("https://github.com/owner/repo/edit/main", "content/articles/scars.md")).toBe(
      "https://github.com/owner/repo/edit/main/content/articles/scars.md",
    );
  });

  it("takes an article from a content folder outside the project to live in content/articles/", () => {
    expect(editHref("https://git.example/edit/", "/tmp/site/articles/scars.md")).toBe(
      "https://git.example/edit/content/articles/scars.md",
    );
    expect(editHref("https://git.example/edit/", "../elsewhere/articles/scars.md")).toBe(
      "https://git.example/edit/content/articles/scars.md",
    );
  });

  it("is absent without EDIT_URL", () => {
    expect(editHref(undefined, "content/articles/scars.md")).toBeUndefined();
  });
});

describe("the settings for reports", () => {
  it("are optional, and empty means unset", () => {
    const settings = readSettings(env({ REPORT_URL: "", REPORT_EMAIL: "" }));
    expect([settings.REPORT_URL, settings.REPORT_EMAIL, settings.EDIT_URL]).toEqual([undefined, undefined, undefined]);
  });

  it("keep a tracker's and a repository's full address", () => {
    const settings = readSettings(
      env({
        REPORT_URL: "https://github.com/owner/repo/issues/new?labels=fix",
        EDIT_URL: " https://github.com/owner/repo/edit/main/ ",
        REPORT_EMAIL: "fix@guide.example",
      }),
    );
    expect([settings.REPORT_URL, settings.EDIT_URL, settings.REPORT_EMAIL]).toEqual([
      "https://github.com/owner/repo/issues/new?labels=fix",
      "https://github.com/owner/repo/edit/main/",
      "fix@guide.example",
    ]);
  });

  it("name each bad value", () => {
    expect(() =>
      readSettings(
        env({ REPORT_URL: "javascript:alert(1)", REPORT_EMAIL: "not an address", EDIT_URL: "github.com/x" }),
      ),
    ).toThrow(
      [
        "Invalid settings in the environment:",
        '  REPORT_URL: must be an absolute http(s) URL such as https://github.com/owner/repo/issues/new (got "javascript:alert(1)")',
        '  REPORT_EMAIL: must be an email address such as corrections@example.org (got "not an address")',
        '  EDIT_URL: must be an absolute http(s) URL such as https://github.com/owner/repo/edit/main/ (got "github.com/x")',
      ].join("\n"),
    );
  });
});

describe("an article's report and edit links", () => {
  const hrefs = (html: string, text: string) =>
    [...html.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)/g)]
      .filter((match) => match[2]!.startsWith(text))
      .map((match) => new URL(match[1]!.replaceAll("&amp;", "&")));

  it("carry the page address, and each section's link its section", () => {
    const article = seoArticle();
    const html = renderToStaticMarkup(
      createElement(ArticleView, {
        article,
        report: {
          target: { url: "https://tracker.example/new" },
          editHref: "https://git.example/edit/content/articles/scars-and-needles.md",
        },
      }),
    );
    const pageUrl = absoluteUrl("/articles/scars-and-needles");
    const [page] = hrefs(html, "Report a mistake on this page");
    expect(page!.searchParams.get("body")!.split("\n")[0]).toBe(`Page: ${pageUrl}`);
    const sections = hrefs(html, "Report a mistake in this section");
    expect(sections.map((href) => href.searchParams.get("title"))).toEqual([
      `Mistake on “${article.meta.title}”, section “What was found”`,
    ]);
    expect(sections.map((href) => href.searchParams.get("body")!.split("\n").slice(0, 2))).toEqual([
      [`Page: ${pageUrl}#what-was-found`, "Section: What was found (#what-was-found)"],
    ]);
    expect(html).toContain(
      '<a href="https://git.example/edit/content/articles/scars-and-needles.md">Edit this page</a>',
    );
    expect(html).toContain('<a href="/articles/scars-and-needles.md">This page as Markdown</a>');
  });

  it("are left out when there is nowhere to send a report and no repository", () => {
    const html = renderToStaticMarkup(createElement(ArticleView, { article: seoArticle() }));
    expect(html).not.toContain("Report a mistake");
    expect(html).not.toContain("Edit this page");
    expect(html).toContain("This page as Markdown");
  });
});
