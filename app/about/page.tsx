import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageView } from "@/components/site/PageView";
import { getPage } from "@/lib/content";
import { pageMetadata } from "@/lib/seo/metadata";

export function generateMetadata(): Metadata {
  const page = getPage("about");
  return page ? pageMetadata({ path: "/about", title: page.meta.title, description: page.meta.description }) : {};
}

export default function AboutPage() {
  const page = getPage("about");
  if (!page) notFound();
  return <PageView page={page} />;
}
