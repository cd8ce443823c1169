// Prose blocks for word count and reading grade: paragraphs and cells as plain text,
// without citation markers, raw HTML, headings or code.
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/html";
import { numberCitations } from "@/lib/content/transforms/citations";
import { proseBlocks } from "@/lib/content/transforms/prose-blocks";

describe("proseBlocks", () => {
  it("gives each paragraph, list item and table cell as plain text, in order", () => {
    const tree = parseMarkdown(
      "## Heading\n\nOne *two* [three](/x).\n\n> Quoted.\n\n- Item one\n- Item two\n\n| Head | Cell |\n|---|---|\n| a | b |\n\n```\ncode\n```",
    );
    expect(proseBlocks(tree)).toEqual(["One two three.", "Quoted.", "Item one", "Item two", "Head", "Cell", "a", "b"]);
  });

  it("leaves out citation markers (closing the gap they leave) and raw HTML, and skips blocks left empty", () => {
    const tree = parseMarkdown("Needles heal skin [@a].\n\n[@a]\n\nText <b>bold</b> end.");
    numberCitations(tree, new Set(["a"]), 0);
    expect(proseBlocks(tree)).toEqual(["Needles heal skin.", "Text bold end."]);
  });
});
