import type { Reference } from "@/lib/content";
import { HEALING_FONT, HEALING_STEPS, layoutHealingSteps, type HealingStep } from "@/lib/diagrams/healing-steps";
import styles from "./Diagram.module.css";
import { DiagramFrame } from "./DiagramFrame";

/** The steps after a session on one line, each with when it happened and how that was measured. */
export function HealingStepsFigure({
  references,
  steps = HEALING_STEPS,
}: {
  references: readonly Reference[];
  steps?: readonly HealingStep[];
}) {
  const layout = layoutHealingSteps(steps);
  return (
    <DiagramFrame
      id="figure-healing-steps"
      title="What happens in the skin after a session"
      description={`${layout.steps.length} steps in order, from the session itself to the months after: ${layout.steps.map((step) => `${step.when}: ${step.what}`).join("; ")}.`}
      width={layout.width}
      height={layout.height}
      lines={layout.steps.map((step) => `${step.when}: ${step.what}. ${step.measured}.`)}
      sources={layout.sources}
      references={references}
      caption={
        <p>
          Times are as each study found them. The first hours were measured in rats, not people, so the times may differ
          in people.
        </p>
      }
    >
      <line
        className={styles.rule}
        x1={layout.line.x}
        x2={layout.line.x}
        y1={layout.line.top}
        y2={layout.line.bottom}
      />
      {layout.steps.map((step) => (
        <g key={step.number}>
          <circle cx={layout.line.x} cy={step.y - 5} r={11} fill="var(--text, #1d2125)" />
          <text
            x={layout.line.x}
            y={step.y}
            textAnchor="middle"
            fill="var(--bg, #ffffff)"
            fontSize={13}
            fontWeight={700}
          >
            {step.number}
          </text>
          <text className={styles.strong} x={40} y={step.y} fontSize={HEALING_FONT.when}>
            {step.when}
          </text>
          {step.whatLines.map((line, index) => (
            <text key={`what-${index}`} className={styles.label} x={40} y={step.y + 17 * (index + 1)}>
              {line}
            </text>
          ))}
          {step.measuredLines.map((line, index) => (
            <text
              key={`measured-${index}`}
              className={styles.muted}
              x={40}
              y={step.y + 17 * (step.whatLines.length + index + 1)}
            >
              {line}
            </text>
          ))}
        </g>
      ))}
    </DiagramFrame>
  );
}
