import styles from "./Diagram.module.css";

/** A scale's grid lines, from `top` down to `bottom`, with their labels at `labelY`. */
export function AxisTicks({
  ticks,
  labelY,
  top,
  bottom,
}: {
  ticks: readonly { x: number; label: string }[];
  labelY: number;
  top: number;
  bottom: number;
}) {
  return ticks.map((tick) => (
    <g key={tick.label}>
      <line className={styles.grid} x1={tick.x} x2={tick.x} y1={top} y2={bottom} />
      <text className={styles.muted} x={tick.x} y={labelY} textAnchor="middle">
        {tick.label}
      </text>
    </g>
  ));
}
