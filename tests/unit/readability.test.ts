import { describe, expect, it } from "vitest";
import { countSyllables, fleschKincaidGrade, textStats } from "@/lib/readability";

describe("readability", () => {
  it("counts syllables of common words", () => {
    expect(["cat", "skin", "needle", "collagen", "therapy", "microneedling", "the"].map(countSyllables)).toEqual([
      1, 1, 2, 3, 3, 4, 1,
    ]);
  });

  it("treats each block as at least one sentence", () => {
    expect(textStats(["First point", "Second point. Third one."])).toEqual({ words: 6, sentences: 3, syllables: 7 });
  });

  it("grades simple text low and dense text high", () => {
    expect(fleschKincaidGrade(["The cat sat on the mat. It was warm."])).toBeLessThan(3);
    expect(
      fleschKincaidGrade([
        "Percutaneous collagen induction therapy utilizes microneedle-mediated dermal microinjuries to stimulate neocollagenesis and angiogenesis.",
      ]),
    ).toBeGreaterThan(16);
  });
});
