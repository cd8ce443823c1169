// Links and images to the site's own pages are recorded for the cross-article check;
// images from anywhere else are refused; editors' link titles are dropped.
import type { Link } from "mdast";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/html";
import { recordInternalLinks } from "@/lib/content/transforms/internal-links";

describe("recordInternalLinks", () => {
  it("records site and same-page links, inline and reference-style, with their file lines", () => {
    const tree = parseMarkdown(
      'See [one](/articles/one "A title") and [two](#how).\n\n[Other site](https://example.org), [ref][r] and [mail](mailto:a@b.c).\n\n[r]: /topics/acne',
    );
    const { links, images, problems } = recordInternalLinks(tree, 20);
    expect(links).toEqual([
      { href: "/articles/one", line: 21 },
      { href: "#how", line: 21 },
      { href: "/topics/acne", line: 23 },
    ]);
    expect(images).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("drops every link's title, since only glossary hints may carry one", () => {
    const tree = parseMarkdown('[a](/x "one") and [b](https://example.org "two")');
    recordInternalLinks(tree, 0);
    const titles: (string | null | undefined)[] = [];
    visit(tree, "link", (link: Link) => void titles.push(link.title));
    expect(titles).toEqual([null, null]);
  });

  it("records images in public/ and refuses remote, protocol-relative and relative ones", () => {
    const tree = parseMarkdown(
      "![a](/images/a.png)\n\n![b](https://cdn.example.org/b.png)\n\n![c](//cdn.example.org/c.png)\n\n![d][d]\n\n[d]: images/d.png",
    );
    const { links, images, problems } = recordInternalLinks(tree, 0);
    expect(links).toEqual([]);
    expect(images).toEqual([{ href: "/images/a.png", line: 1 }]);
    const reason = (url: string) =>
      `"${url}" must be a file in public/, written from the site root like /images/name.png`;
    expect(problems).toEqual([
      { line: 3, field: "image", reason: reason("https://cdn.example.org/b.png") },
      { line: 5, field: "image", reason: reason("//cdn.example.org/c.png") },
      { line: 7, field: "image", reason: reason("images/d.png") },
    ]);
  });
});
