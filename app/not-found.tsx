import type { Metadata } from "next";
import Link from "next/link";
import { TOPICS } from "@/lib/topics";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p className="lede">There is no page at this address. It may have been mistyped, or the link that brought you here may be out of date.</p>
      <p>
        Start from the <Link href="/">home page</Link>, or choose a topic:
      </p>
      <ul className="topic-grid">
        {TOPICS.map((topic) => (
          <li key={topic.id}>
            <Link href={`/topics/${topic.id}`}>{topic.label}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
