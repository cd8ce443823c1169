import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageView } from "@/components/site/PageView";
import { getPage } from "@/lib/content";

export function generateMetadata(): Metadata {
  const page = getPage("about");
  return page ? { title: page.meta.title, description: page.meta.description, alternates: { canonical: "/about" } } : {};
}

export default function AboutPage() {
  const page = getPage("about");
  if (!page) notFound();
  return <PageView page={page} />;
}
