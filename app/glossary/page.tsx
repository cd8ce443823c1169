import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GlossaryList } from "@/components/glossary/GlossaryList";
import { HtmlContent } from "@/components/HtmlContent";
import { getGlossary } from "@/lib/content";
import { formatDate, isoDate } from "@/lib/format";
import readable from "@/app/readable.module.css";

export function generateMetadata(): Metadata {
  const glossary = getGlossary();
  return glossary
    ? { title: glossary.meta.title, description: glossary.meta.description, alternates: { canonical: "/glossary" } }
    : {};
}

export default function GlossaryPage() {
  const glossary = getGlossary();
  if (!glossary) notFound();
  return (
    <div className={readable.column}>
      <h1>{glossary.meta.title}</h1>
      <p className="lede">{glossary.meta.description}</p>
      {glossary.intro && <HtmlContent className="prose" html={glossary.intro.html} />}
      <GlossaryList terms={glossary.terms} />
      <p className="meta">
        Last updated <time dateTime={isoDate(glossary.meta.updated)}>{formatDate(glossary.meta.updated)}</time>
      </p>
    </div>
  );
}
