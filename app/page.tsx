import type { Metadata } from "next";
import Link from "next/link";
import { ReaderPath } from "@/components/site/ReaderPath";
import { HtmlContent } from "@/components/HtmlContent";
import { getArticle, getArticleSummaries, getPage } from "@/lib/content";
import { pageMetadata } from "@/lib/seo/metadata";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site";
import readable from "./readable.module.css";

export function generateMetadata(): Metadata {
  return pageMetadata({ path: "/", description: getPage("home")?.meta.description ?? SITE_DESCRIPTION });
}

const EVIDENCE = { slug: "microneedling-evidence", section: "evidence-at-a-glance" };

export default function HomePage() {
  const home = getPage("home");
  // Only link to the evidence table once that article (and its section) is published.
  const evidenceShown = getArticle(EVIDENCE.slug)?.sections.some((section) => section.id === EVIDENCE.section);
  return (
    <div className={readable.column}>
      <header>
        <h1>{home?.meta.title ?? SITE_NAME}</h1>
        {home && <p className="lede">{home.meta.description}</p>}
      </header>
      {home?.intro && (
        <section aria-labelledby="in-brief">
          <h2 id="in-brief">The answer in brief</h2>
          <HtmlContent className="prose" html={home.intro.html} />
          {evidenceShown && (
            <p>
              <Link href={`/articles/${EVIDENCE.slug}#${EVIDENCE.section}`}>
                See how strong the evidence is for each claim
              </Link>
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="reader-path">
        <h2 id="reader-path">Read it in order</h2>
        <ReaderPath articles={getArticleSummaries()} />
      </section>
    </div>
  );
}
