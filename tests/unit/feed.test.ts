import { describe, expect, it } from "vitest";
import { parseTestArticle as parseArticle } from "./fixtures";
import { buildFeed, escapeXml } from "@/lib/seo/feed";
import { articleSource } from "./fixtures";
import { seoArticle, SITE } from "./seo-fixture";

// Published a day after the fixture, so it must come first.
const later = parseArticle(
  articleSource({ front: "" }).replace("published: 2026-01-15", "published: 2026-01-16"),
  "content/articles/a-later-article.md",
).article!;

describe("RSS feed", () => {
  it("lists published articles newest first, every value escaped", () => {
    expect(buildFeed([seoArticle(), later], SITE)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Microneedling, explained</title>
    <link>https://guide.example/</link>
    <description>An evidence-first guide to microneedling in plain English: what it is, what the research shows, the risks, who should avoid it and aftercare.</description>
    <language>en-gb</language>
    <lastBuildDate>Mon, 02 Mar 2026 00:00:00 GMT</lastBuildDate>
    <atom:link href="https://guide.example/feed.xml" rel="self" type="application/rss+xml"/>
    <item>
      <title>A title of fair length</title>
      <link>https://guide.example/articles/a-later-article</link>
      <guid isPermaLink="true">https://guide.example/articles/a-later-article</guid>
      <description>A description long enough to pass the rule of fifty to one hundred and sixty characters.</description>
      <category>The science</category>
      <pubDate>Fri, 16 Jan 2026 00:00:00 GMT</pubDate>
    </item>
    <item>
      <title>Scars &amp; needles: what a &lt;trial&gt; found</title>
      <link>https://guide.example/articles/scars-and-needles</link>
      <guid isPermaLink="true">https://guide.example/articles/scars-and-needles</guid>
      <description>A fixture for the sharing tests: metadata, structured data and the feed, with characters to escape.</description>
      <category>The science</category>
      <pubDate>Thu, 15 Jan 2026 00:00:00 GMT</pubDate>
    </item>
  </channel>
</rss>
`);
  });

  it("is a valid empty channel when nothing is published yet", () => {
    const feed = buildFeed([], SITE);
    expect(feed).not.toContain("<item>");
    expect(feed).not.toContain("lastBuildDate");
    expect(feed).toContain("</channel>\n</rss>\n");
  });

  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXml(`a & b < c > d "e" 'f' \u0000\u000b\uFFFE g`)).toBe(
      "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;  g",
    );
  });
});

describe("RSS feed: corrections", () => {
  it("marks the item of an article that lists changes as corrected, with its latest change", () => {
    const source = articleSource({
      front:
        'updated: 2026-03-01\nchanges:\n  - date: 2026-02-01\n    change: "An older fix of a figure."\n  - date: 2026-03-01\n    change: "Corrected the number of sessions."\n',
    });
    const corrected = parseArticle(source, "content/articles/corrected.md").article!;
    const feed = buildFeed([corrected], SITE);
    expect(feed).toContain(`    <item>
      <title>A title of fair length</title>
      <link>https://guide.example/articles/corrected</link>
      <guid isPermaLink="true">https://guide.example/articles/corrected</guid>
      <description>Corrected 1 March 2026: Corrected the number of sessions. A description long enough to pass the rule of fifty to one hundred and sixty characters.</description>
      <category>The science</category>
      <category>Corrected</category>
      <pubDate>Thu, 15 Jan 2026 00:00:00 GMT</pubDate>
    </item>`);
    expect(feed).toContain("<lastBuildDate>Sun, 01 Mar 2026 00:00:00 GMT</lastBuildDate>");
  });
});
