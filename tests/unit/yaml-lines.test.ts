import { describe, expect, it } from "vitest";
import { lineOfPath } from "@/lib/content/yaml-lines";

const yaml = `
title: "x"
sources:
  - id: a
    title: x
  - id: b
    doi: "10.1/x"
summary:
  - one
  - two
`;

describe("lineOfPath", () => {
  it("finds top-level, nested and list fields", () => {
    expect(lineOfPath(yaml, ["title"])).toBe(2);
    expect(lineOfPath(yaml, ["sources", 1, "doi"])).toBe(7);
    expect(lineOfPath(yaml, ["sources", 0, "title"])).toBe(5);
    expect(lineOfPath(yaml, ["summary", 1])).toBe(10);
  });

  it("falls back to the nearest enclosing field, or 0 when there is none", () => {
    expect(lineOfPath(yaml, ["sources", 1, "url"])).toBe(6);
    expect(lineOfPath(yaml, ["missing"])).toBe(0);
  });
});
