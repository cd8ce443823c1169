import styles from "./AtAGlance.module.css";

export function AtAGlance({ points }: { points: readonly string[] }) {
  return (
    <section className={styles.box} aria-labelledby="at-a-glance">
      <h2 id="at-a-glance">At a glance</h2>
      <ul>
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
