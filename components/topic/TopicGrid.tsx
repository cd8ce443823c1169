import Link from "next/link";
import { TOPICS } from "@/lib/topics";
import styles from "./TopicGrid.module.css";

/** Every topic as a grid of links: where a reader goes when the page they wanted is not there. */
export function TopicGrid() {
  return (
    <ul className={styles.grid} data-topic-grid>
      {TOPICS.map((topic) => (
        <li key={topic.id}>
          <Link href={`/topics/${topic.id}`}>{topic.label}</Link>
        </li>
      ))}
    </ul>
  );
}
