import Link from "next/link";
import type { Study } from "@/lib/content";
import { sourceLinks, vancouver } from "@/lib/content/sources/vancouver";
import { CitedBy } from "./CitedBy";
import { StudyFacts } from "./StudyFacts";

/** One work of the evidence base: the full reference, what an appraiser records, and what cites it. */
export function StudyView({ study }: { study: Study }) {
  const { source } = study;
  return (
    <article className="study" data-pagefind-body>
      <p className="eyebrow">
        <Link href="/studies">Evidence base</Link> · {study.design ?? "source"}
      </p>
      <h1>{source.title}</h1>
      <p className="study-reference">
        {vancouver(source)}{" "}
        {sourceLinks(source).map((link, index) => (
          <span key={link.href}>
            {index > 0 && " · "}
            <a href={link.href} rel="noopener">
              {link.label}
            </a>
          </span>
        ))}
      </p>
      <section aria-labelledby="what-it-found">
        <h2 id="what-it-found">What it found</h2>
        <StudyFacts study={study} />
      </section>
      {(source.unverified?.length ?? 0) > 0 && (
        <section aria-labelledby="not-checked">
          <h2 id="not-checked">What we could not check</h2>
          <p>
            No record we could read gave this reference&apos;s {source.unverified!.join(", ")}, so the reference leaves{" "}
            {source.unverified!.length === 1 ? "it" : "them"} out rather than guess.
          </p>
        </section>
      )}
      <section aria-labelledby="cited-by">
        <h2 id="cited-by">Where this site cites it</h2>
        <CitedBy citedBy={study.citedBy} />
      </section>
    </article>
  );
}
