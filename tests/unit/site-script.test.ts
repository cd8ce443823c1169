import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { snippetParts } from "@/components/site-script.mjs";
import { SITE_SCRIPT_FILE, siteScriptUrl } from "@/lib/site-script";

describe("the site's script", () => {
  it("stays small: at most 5 kB gzipped (issue 17's budget for all JavaScript on a page)", () => {
    expect(gzipSync(readFileSync(SITE_SCRIPT_FILE)).length).toBeLessThanOrEqual(5000);
  });

  it("is addressed by its content, so browsers may keep it for a year", () => {
    expect(siteScriptUrl()).toMatch(/^\/site\.js\?v=[0-9a-f]{12}$/);
  });
});

describe("search result snippets", () => {
  it("keeps Pagefind's marked words and turns the rest into plain text, never markup", () => {
    expect(
      snippetParts("Redness &amp; swelling <mark>settle</mark> in a &lt;b&gt;few&lt;/b&gt; <mark>days</mark>."),
    ).toEqual([
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
