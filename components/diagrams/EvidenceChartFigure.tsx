import type { Claim, Reference } from "@/lib/content";
import { GRADE_WORDS, layoutEvidenceChart, type CitedWork } from "@/lib/diagrams/evidence-chart";
import { AxisTicks } from "./AxisTicks";
import styles from "./Diagram.module.css";
import { DiagramFrame } from "./DiagramFrame";

/** The article's worked works, as the chart reads them: how many people each analysed. */
export const citedWorks = (references: readonly Reference[]): Map<string, CitedWork> =>
  new Map(references.map(({ source }) => [source.id, { id: source.id, analysed: source.appraisal?.analysed }]));

/** Each claimed benefit against the grade of its evidence and the size of the largest study behind it. */
export function EvidenceChartFigure({
  claims,
  references,
}: {
  claims: readonly Claim[];
  references: readonly Reference[];
}) {
  const chart = layoutEvidenceChart(claims, citedWorks(references));
  const sources = [...new Set(chart.rows.flatMap((row) => (row.people ? [row.people.source] : [])))];
  return (
    <DiagramFrame
      id="figure-evidence-chart"
      title="How strong the evidence is for each claimed benefit, and how many people were studied"
      description={`${chart.rows.length} claimed benefits. For each, a meter of up to three steps shows the grade of the evidence, and a bar on a log scale shows the largest number of people analysed in one cited study.`}
      width={chart.width}
      height={chart.height}
      lines={chart.lines}
      sources={sources}
      references={references}
      caption={
        <p>
          Grades are those of the table in this section, where each is explained. The bar is the largest number of
          people analysed in any one cited work (a meta-analysis counts everyone it pooled), on a log scale: each step
          is ten times the one before. Where it says &ldquo;no count&rdquo;, our records of those studies hold no number
          yet.
        </p>
      }
    >
      <text className={styles.small} x={chart.barLeft} y={12}>
        People in the largest study
      </text>
      <AxisTicks ticks={chart.ticks} labelY={28} top={30} bottom={chart.height - 6} />
      <text className={styles.small} x={0} y={28}>
        Evidence
      </text>
      {chart.rows.map((row) => (
        <g key={row.claim}>
          {row.claimLines.map((line, index) => (
            <text key={line} className={styles.strong} x={0} y={row.y + 18 * index}>
              {line}
            </text>
          ))}
          {[0, 1, 2].map((step) => {
            const y = row.y + 18 * row.claimLines.length - 6;
            return (
              <rect
                key={step}
                x={step * 17}
                y={y - 4}
                width={14}
                height={10}
                rx={2}
                fill={step < row.steps ? "var(--meter)" : "none"}
                stroke="var(--meter)"
              />
            );
          })}
          <text className={styles.label} x={54} y={row.y + 18 * row.claimLines.length + 4}>
            {GRADE_WORDS[row.grade]}
          </text>
          {row.people ? (
            <>
              <rect
                x={chart.barLeft}
                y={row.y + 18 * row.claimLines.length - 10}
                width={Math.max(2, row.bar)}
                height={12}
                fill="currentColor"
                opacity={0.75}
              />
              <text className={styles.label} x={chart.barLeft + row.bar + 4} y={row.y + 18 * row.claimLines.length + 1}>
                {row.people.count}
              </text>
            </>
          ) : (
            <text className={styles.muted} x={chart.barLeft} y={row.y + 18 * row.claimLines.length + 1}>
              no count
            </text>
          )}
        </g>
      ))}
    </DiagramFrame>
  );
}
