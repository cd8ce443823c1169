// The evidence chart is drawn from the claims and the registry's counts; other data, other SVG.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EvidenceChartFigure } from "@/components/diagrams/EvidenceChartFigure";
import type { Claim, Reference } from "@/lib/content";
import { largestGroup, layoutEvidenceChart, type CitedWork } from "@/lib/diagrams/evidence-chart";

const claims = (grade: Claim["grade"]): Claim[] => [
  { claim: "Acne scars", grade, reason: "A small split-face trial.", sources: ["trial-a", "review-b"] },
  { claim: "Enlarged pores", grade: "not-shown", reason: "No trial found at all.", sources: ["web-c"] },
];
const works = (analysed: number) =>
  new Map<string, CitedWork>([
    ["trial-a", { id: "trial-a", analysed }],
    ["review-b", { id: "review-b", analysed: 60 }],
    ["web-c", { id: "web-c" }],
  ]);

const reference = (id: string, number: number, analysed?: number): Reference => ({
  number,
  source: {
    id,
    type: "article-journal",
    title: `Study ${id}`,
    author: [{ family: id.toUpperCase(), given: "A" }],
    issued: { "date-parts": [[2020]] },
    appraisal: { design: "case series", analysed },
  } as Reference["source"],
});

const svg = (grade: Claim["grade"], analysed: number) =>
  renderToStaticMarkup(
    createElement(EvidenceChartFigure, {
      claims: claims(grade),
      references: [reference("trial-a", 1, analysed), reference("review-b", 2, 60), reference("web-c", 3)],
    }),
  );

describe("evidence chart", () => {
  it("counts the largest group analysed in one cited work, and none when no work gives a number", () => {
    expect(largestGroup(claims("moderate")[0]!, works(15))).toEqual({ count: 60, source: "review-b" });
    expect(largestGroup(claims("moderate")[0]!, works(400))).toEqual({ count: 400, source: "trial-a" });
    expect(largestGroup(claims("moderate")[1]!, works(15))).toBeUndefined();
  });

  it("draws a grade as filled steps and says it in the text alternative", () => {
    const moderate = layoutEvidenceChart(claims("moderate"), works(15));
    const limited = layoutEvidenceChart(claims("limited"), works(15));
    expect(moderate.rows.map((row) => row.steps)).toEqual([2, 0]);
    expect(limited.rows.map((row) => row.steps)).toEqual([1, 0]);
    expect(moderate.lines).toEqual([
      "Acne scars: moderate evidence; largest group studied 60 people.",
      "Enlarged pores: not shown evidence; no count of people in our records.",
    ]);
  });

  it("a bigger study draws a longer bar on the log scale, with more ticks", () => {
    const small = layoutEvidenceChart(claims("moderate"), works(15));
    const large = layoutEvidenceChart(claims("moderate"), works(5000));
    expect(large.rows[0]!.people).toEqual({ count: 5000, source: "trial-a" });
    expect(small.ticks.map((tick) => tick.label)).toEqual(["10", "100"]);
    expect(large.ticks.map((tick) => tick.label)).toEqual(["10", "100", "1000", "10000"]);
  });

  it("renders different SVG for different data, as one named image with a text alternative", () => {
    const a = svg("moderate", 15);
    const b = svg("limited", 500);
    expect(a).not.toBe(b);
    expect(a).toContain('role="img" aria-labelledby="figure-evidence-chart-title figure-evidence-chart-desc"');
    expect(b).toContain("<li>Acne scars: limited evidence; largest group studied 500 people.</li>");
    expect(b).toContain('href="/studies/trial-a"');
    expect(a).not.toContain("/studies/trial-a"); // the 15-person trial is not the largest, so not cited for a count
  });
});
