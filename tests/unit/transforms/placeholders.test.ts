// TODO placeholders from `npm run new-article`, wherever prose can hold one.
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/html";
import { findPlaceholders } from "@/lib/content/transforms/placeholders";

const reason = "still holds a TODO placeholder; replace it with real text";

describe("findPlaceholders", () => {
  it("reports each text node holding TODO at its file line", () => {
    const tree = parseMarkdown("Fine text.\n\n## TODO: heading\n\n- item\n- TODO item\n\n| a |\n|---|\n| TODO |");
    expect(findPlaceholders(tree, 4)).toEqual([
      { line: 7, field: "text", reason },
      { line: 10, field: "text", reason },
      { line: 14, field: "text", reason },
    ]);
  });

  it("ignores TODO inside longer words and in code, and leaves the tree as it was", () => {
    const markdown = "TODOS and MYTODO are words.\n\n`TODO` in code.\n\n```\nTODO\n```";
    const tree = parseMarkdown(markdown);
    expect(findPlaceholders(tree, 0)).toEqual([]);
    expect(tree).toEqual(parseMarkdown(markdown));
  });
});
