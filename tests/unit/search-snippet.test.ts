import { describe, expect, it } from "vitest";
import { snippetParts } from "@/components/search/pagefind";

describe("search result snippets", () => {
  it("keeps Pagefind's marked words and turns the rest into plain text, never markup", () => {
    expect(snippetParts("Redness &amp; swelling <mark>settle</mark> in a &lt;b&gt;few&lt;/b&gt; <mark>days</mark>.")).toEqual([
      { text: "Redness & swelling ", marked: false },
      { text: "settle", marked: true },
      { text: " in a <b>few</b> ", marked: false },
      { text: "days", marked: true },
      { text: ".", marked: false },
    ]);
  });

  it("drops any other tag rather than rendering it", () => {
    expect(snippetParts('a <img src=x onerror="alert(1)"> b')).toEqual([{ text: "a  b", marked: false }]);
  });
});
