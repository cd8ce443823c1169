import type { Plan, Reference } from "@/lib/content";
import { layoutCourseTimeline } from "@/lib/diagrams/course-timeline";
import { AxisTicks } from "./AxisTicks";
import styles from "./Diagram.module.css";
import { DiagramFrame } from "./DiagramFrame";

/** A course of treatment per goal, from the session planner's data: sessions, spacing, results, top-ups. */
export function CourseTimelineFigure({
  plans,
  references,
}: {
  plans: readonly Plan[];
  references: readonly Reference[];
}) {
  const timeline = layoutCourseTimeline(plans);
  const legendY = timeline.height - 10;
  return (
    <DiagramFrame
      id="figure-course-timeline"
      title="A course of microneedling on a timeline, for each goal"
      description={`Weeks from the first session, 0 to ${timeline.weeks}, for ${timeline.rows.length} goals. Filled dots are sessions at the spacing the studies used; a diamond is when a study measured results; an open circle is a first top-up, where our sources give one.`}
      width={timeline.width}
      height={timeline.height}
      lines={timeline.lines}
      sources={timeline.sources}
      references={references}
      caption={
        <p>
          The same courses as our session planner uses, drawn in weeks from the first session. Clinics&apos; usual
          spacing is shown in words: it comes from clinic practice, not from trials. We found no trial of top-up
          sessions.
        </p>
      }
    >
      <text className={styles.small} x={timeline.left} y={12}>
        Weeks from the first session
      </text>
      <AxisTicks ticks={timeline.ticks} labelY={28} top={32} bottom={legendY - 16} />
      {timeline.rows.map((row) => {
        const axis = row.y + 26;
        return (
          <g key={row.goal}>
            <text className={styles.strong} x={timeline.left - 10} y={row.y + 6}>
              {row.label}
            </text>
            <line className={styles.rule} x1={timeline.left} x2={timeline.right} y1={axis} y2={axis} />
            {row.sessions.map((session) => (
              <circle key={session.week} cx={session.x} cy={axis} r={6} fill="var(--meter)" />
            ))}
            {row.results && <path d={`M ${row.results.x} ${axis - 9} l 8 9 l -8 9 l -8 -9 z`} fill="currentColor" />}
            {row.maintenance && (
              <circle cx={row.maintenance.x} cy={axis} r={6} fill="none" stroke="currentColor" strokeWidth={2} />
            )}
            <text className={styles.label} x={timeline.left - 10} y={axis + 26}>
              {row.sessions.length > 0
                ? `${row.sessions.length} sessions, ${row.spacing} apart`
                : `${row.spacing} apart; no set number`}
            </text>
            {row.clinicSpacing && (
              <text className={styles.muted} x={timeline.left - 10} y={axis + 43}>
                Many clinics: {row.clinicSpacing}
              </text>
            )}
          </g>
        );
      })}
      <circle cx={timeline.left} cy={legendY - 4} r={5} fill="var(--meter)" />
      <text className={styles.small} x={timeline.left + 9} y={legendY}>
        session
      </text>
      {timeline.rows.some((row) => row.results) && (
        <>
          <path d={`M ${timeline.left + 80} ${legendY - 11} l 7 7 l -7 7 l -7 -7 z`} fill="currentColor" />
          <text className={styles.small} x={timeline.left + 90} y={legendY}>
            results measured
          </text>
        </>
      )}
      {timeline.rows.some((row) => row.maintenance) && (
        <>
          <circle cx={timeline.left + 210} cy={legendY - 4} r={5} fill="none" stroke="currentColor" strokeWidth={2} />
          <text className={styles.small} x={timeline.left + 219} y={legendY}>
            top-up
          </text>
        </>
      )}
    </DiagramFrame>
  );
}
