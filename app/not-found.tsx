import type { Metadata } from "next";
import Link from "next/link";
import { TopicGrid } from "@/components/topic/TopicGrid";
import readable from "./readable.module.css";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <div className={readable.column}>
      <h1>Page not found</h1>
      <p className="lede">
        There is no page at this address. It may have been mistyped, or the link that brought you here may be out of
        date.
      </p>
      <p>
        Start from the <Link href="/">home page</Link>, or choose a topic:
      </p>
      <TopicGrid />
    </div>
  );
}
