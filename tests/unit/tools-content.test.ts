// The tools' data in front matter (plans, conditions, timeline) is checked like any other
// field: a bad value names its file, line and field; a section must be a real heading.
import { describe, expect, it } from "vitest";
import { parseTestArticle as parseArticle } from "./fixtures";
import { sortProblems } from "@/lib/content/errors";
import { articleSource } from "./fixtures";

const FILE = "content/articles/x.md";
const messages = (front: string) =>
  sortProblems(parseArticle(articleSource({ front }), FILE).problems).map((problem) => problem.message);

describe("plans", () => {
  it("accepts a good plan", () => {
    expect(
      messages(
        'plans:\n  - goal: acne-scars\n    label: "Acne scars"\n    basis: trials\n    interval: { unit: weeks, min: 2, max: 4 }\n    sources: [alam-2014]\n',
      ),
    ).toEqual([]);
  });

  it("reports unknown sources, ranges the wrong way round, and a trial basis with no source", () => {
    const front = `plans:
  - goal: acne-scars
    label: "Acne scars"
    basis: trials
    sessions: { min: 4, max: 2 }
    interval: { unit: fortnights, min: 2, max: 4, typical: 6 }
  - goal: acne-scars
    label: "Acne scars again"
    basis: clinic practice
    interval: { unit: weeks, min: 0, max: 4 }
    maintenance: { afterWeeks: 26, basis: clinic practice, sources: [nobody] }
`;
    expect(messages(front)).toEqual([
      // A missing field is reported at the plan it belongs to.
      'content/articles/x.md:7 plans[0].sources — must cite at least one source when basis is "trials"',
      "content/articles/x.md:10 plans[0].sessions.max — must not be below min (4)",
      "content/articles/x.md:11 plans[0].interval.unit — must be one of: weeks, months",
      'content/articles/x.md:12 plans[1].goal — duplicate goal "acne-scars"; each must be unique in the article',
      "content/articles/x.md:15 plans[1].interval.min — must be 1–52 weeks or months",
      'content/articles/x.md:16 plans[1].maintenance.sources[0] — unknown source id "nobody"; it is not in the source registry (content/sources/): add the work there, or fix the id',
    ]);
    // Once the unit is fixed, the typical gap outside the range is reported too.
    expect(messages(front.replace("fortnights", "weeks"))).toContain(
      "content/articles/x.md:11 plans[0].interval.typical — must be between min (2) and max (4)",
    );
  });
});

describe("conditions and timeline", () => {
  const condition = (section: string) =>
    `conditions:\n  - id: infection\n    question: "Is the skin infected right now?"\n    outcome: do-not\n    advice: "Do not treat infected skin."\n    section: ${section}\n    basis: evidence\n`;

  it("accept a section that is a ## or ### heading of the article", () => {
    expect(messages(condition("first-part"))).toEqual([]);
  });

  it("report a section that is not a heading, with its line", () => {
    expect(messages(condition("no-such-heading"))).toEqual([
      'content/articles/x.md:11 conditions[0].section — "no-such-heading" is not a heading of this article; use one of: first-part',
    ]);
  });

  it("report a bad outcome and basis", () => {
    expect(messages(condition("first-part").replace("do-not", "never").replace("evidence", "hearsay"))).toEqual([
      "content/articles/x.md:9 conditions[0].outcome — must be one of: do-not, wait, ask-first",
      "content/articles/x.md:12 conditions[0].basis — must be one of: evidence, mixed evidence, common practice",
    ]);
  });

  it("check the timeline's sections and sources too", () => {
    const front = `timeline:\n  - when: "Day 1"\n    section: day-one\n    do: ["Keep it clean."]\n    basis: common practice\n    sources: [nobody]\n`;
    expect(messages(front)).toEqual([
      'content/articles/x.md:8 timeline[0].section — "day-one" is not a heading of this article; use one of: first-part',
      'content/articles/x.md:11 timeline[0].sources[0] — unknown source id "nobody"; it is not in the source registry (content/sources/): add the work there, or fix the id',
    ]);
  });
});
