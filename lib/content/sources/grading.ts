// How strong a claim may be graded, from the designs of the studies it cites: GRADE's starting
// points, adapted. Randomised trials and reviews of studies start higher, studies without a
// comparison group lower, and writing that is not a study of people cannot show an effect. Editors
// may grade lower (small, unblinded, inconsistent or indirect studies), never higher: the content
// check holds that ceiling. The /studies page explains the method to readers.
import type { Design } from "./schema";

export const GRADES = ["strong", "moderate", "limited", "not-shown"] as const;
export type Grade = (typeof GRADES)[number];

const RANDOMISED: readonly Design[] = ["randomised controlled trial", "split-face randomised trial"];
const REVIEWS: readonly Design[] = ["meta-analysis", "systematic review"];
const OTHER_STUDIES: readonly Design[] = ["non-randomised comparison", "cohort", "case series", "case report"];

export interface GradeRule {
  grade: Grade;
  /** The rule as readers read it. */
  needs: string;
  allows: (designs: readonly Design[]) => boolean;
}

/** Strongest first: a claim may take the first grade whose rule its sources meet, or any weaker one. */
export const GRADE_RULES: readonly GradeRule[] = [
  {
    grade: "strong",
    needs: "a systematic review or meta-analysis and at least one randomised trial",
    allows: (designs) => designs.some((d) => REVIEWS.includes(d)) && designs.some((d) => RANDOMISED.includes(d)),
  },
  {
    grade: "moderate",
    needs: "at least one randomised trial, or a systematic review or meta-analysis",
    allows: (designs) => designs.some((d) => RANDOMISED.includes(d) || REVIEWS.includes(d)),
  },
  {
    grade: "limited",
    needs: "at least one study of people (a comparison without randomisation, a cohort, a case series or a case report), or a narrative review or guideline",
    allows: (designs) => designs.some((d) => OTHER_STUDIES.includes(d) || d === "narrative review" || d === "guideline"),
  },
  { grade: "not-shown", needs: "nothing: any source, or none that shows an effect", allows: () => true },
];

/** The strongest grade these designs allow. */
export function gradeCeiling(designs: readonly Design[]): Grade {
  return GRADE_RULES.find((rule) => rule.allows(designs))!.grade;
}

/** Why `grade` is too high for these designs, or undefined when it is allowed. */
export function gradeTooHigh(grade: Grade, designs: readonly Design[]): string | undefined {
  const ceiling = gradeCeiling(designs);
  if (GRADES.indexOf(grade) >= GRADES.indexOf(ceiling)) return undefined;
  const rule = GRADE_RULES.find((candidate) => candidate.grade === grade)!;
  const cited = designs.length > 0 ? [...new Set(designs)].join(", ") : "no appraised study";
  return `"${grade}" is higher than its sources allow: it needs ${rule.needs}; the sources cited are ${cited}, which allow at most "${ceiling}"`;
}
