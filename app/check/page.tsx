// The tools' own stylesheet first (why: components/tools/tools.css).
import "@/components/tools/tools.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CheckForm } from "@/components/check/CheckForm";
import { CheckResult } from "@/components/check/CheckResult";
import { readCheck, type Query } from "@/lib/check/answers";
import { getCheck } from "@/lib/content";
import { toolMetadata } from "@/lib/seo/metadata";
import readable from "@/app/readable.module.css";

type Props = { searchParams: Promise<Query> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const answered = Object.keys(await searchParams).length > 0;
  return toolMetadata(
    {
      path: "/check",
      title: "Is it for me?",
      description:
        "A short check of the common reasons to avoid or delay microneedling, each linked to what the evidence says. Your answers are not stored.",
    },
    answered,
  );
}

export default async function CheckPage({ searchParams }: Props) {
  const check = getCheck();
  if (!check) notFound();
  const result = readCheck(await searchParams, check.conditions);
  return (
    <div className={readable.column}>
      <h1>Is it for me?</h1>
      <p className="lede">
        A few questions about the most common reasons to avoid or delay microneedling. Your answers stay in this
        page&apos;s address: they are not stored or sent anywhere else.
      </p>
      <p>
        Each answer links to the part of <a href={`/articles/${check.article.slug}`}>{check.article.meta.title}</a> that
        explains it, and says whether the advice comes from research or from common practice.
      </p>
      {result.submitted && <CheckResult result={result} article={check.article} />}
      <CheckForm conditions={check.conditions} answers={result.answers} submitted={result.submitted} />
    </div>
  );
}
