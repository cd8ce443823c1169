// The evidence at a glance: each claimed benefit against the grade of its evidence and the number
// of people behind it, from the article's `claims` and the registry's appraisals. Pure.
import type { Claim, EvidenceGrade } from "../content/schema";
import { px, wrapText } from "./measure";

/** What the chart needs to know of a cited work. */
export interface CitedWork {
  id: string;
  /** People analysed, as the registry's appraisal records it. */
  analysed?: number;
}

/** Strongest first; the chart draws a grade as that many filled steps out of three. */
export const GRADE_STEPS: Record<EvidenceGrade, number> = { strong: 3, moderate: 2, limited: 1, "not-shown": 0 };
export const GRADE_WORDS: Record<EvidenceGrade, string> = {
  strong: "strong",
  moderate: "moderate",
  limited: "limited",
  "not-shown": "not shown",
};

export interface EvidenceRow {
  claim: string;
  /** The claim, wrapped to the drawing's width. */
  claimLines: string[];
  grade: EvidenceGrade;
  steps: number;
  /** The largest number of people analysed in any one cited work (a meta-analysis counts its pooled total), or none. */
  people?: { count: number; source: string };
  y: number;
  /** Bar length, on a log scale so that 15 and 480 both show. */
  bar: number;
}

export interface EvidenceChart {
  width: number;
  height: number;
  rows: EvidenceRow[];
  /** The people scale's ticks: 10, 100, 1000 up to the largest count. */
  ticks: { x: number; label: string }[];
  barLeft: number;
  barWidth: number;
  lines: string[];
}

const WIDTH = 320;
const LINE = 18;
const TOP = 44;
const BAR_LEFT = 136;
const BAR_WIDTH = WIDTH - BAR_LEFT - 40;
export const EVIDENCE_FONT = 13;

export function largestGroup(
  claim: Pick<Claim, "sources">,
  works: ReadonlyMap<string, CitedWork>,
): { count: number; source: string } | undefined {
  let best: { count: number; source: string } | undefined;
  for (const id of claim.sources) {
    const count = works.get(id)?.analysed;
    if (count !== undefined && (!best || count > best.count)) best = { count, source: id };
  }
  return best;
}

export function layoutEvidenceChart(claims: readonly Claim[], works: ReadonlyMap<string, CitedWork>): EvidenceChart {
  const groups = claims.map((claim) => largestGroup(claim, works));
  const most = Math.max(10, ...groups.map((group) => group?.count ?? 0));
  const decades = Math.ceil(Math.log10(most));
  const scaleX = (count: number) => (Math.log10(Math.max(1, count)) / decades) * BAR_WIDTH;
  let y = TOP;
  const rows = claims.map((claim, index): EvidenceRow => {
    const people = groups[index];
    const claimLines = wrapText(claim.claim, WIDTH, EVIDENCE_FONT);
    const row = {
      claim: claim.claim,
      claimLines,
      grade: claim.grade,
      steps: GRADE_STEPS[claim.grade],
      people,
      y: px(y),
      bar: px(people ? scaleX(people.count) : 0),
    };
    y += LINE * (claimLines.length + 1) + 12;
    return row;
  });
  const ticks = Array.from({ length: decades }, (_, index) => 10 ** (index + 1)).map((value) => ({
    x: px(BAR_LEFT + scaleX(value)),
    label: String(value),
  }));
  const lines = rows.map(
    (row) =>
      `${row.claim}: ${GRADE_WORDS[row.grade]} evidence; ${row.people ? `largest group studied ${row.people.count} people` : "no count of people in our records"}.`,
  );
  return { width: WIDTH, height: px(y), rows, ticks, barLeft: BAR_LEFT, barWidth: BAR_WIDTH, lines };
}
