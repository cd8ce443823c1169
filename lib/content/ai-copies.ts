// Copies of the site for AI assistants: /llms.txt (llmstxt.org: an H1 name, a blockquote summary,
// then H2 sections of "- [title](url): note" lists) and each article as Markdown, with its
// citations resolved to the numbered reference list, so that an assistant quotes the cited text
// rather than a scrape of the page. Pure: content and the site's address in, text out.
import type { Link, Root, RootContent } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import { FIGURES, isFigureName } from "../diagrams/names";
import { isoDate } from "../format";
import { TOPICS } from "../topics";
import type { Article, ArticleSummary } from "./article";
import { assignHeadingIds } from "./transforms/heading-ids";
import { numberCitations } from "./transforms/citations";
import { isCitation } from "./transforms/plain-text";
import type { EvidenceGrade } from "./schema";
import { designOf, shortCitation, type Source } from "./sources/schema";
import { sourceLinks, vancouver } from "./sources/vancouver";

/** What the copies say of the site. */
export interface SiteInfo {
  name: string;
  description: string;
  /** The public origin (SITE_URL). */
  url: URL;
  notice: { lead: string; text: string };
}

const GRADE_LABELS: Record<EvidenceGrade, string> = { strong: "Strong", moderate: "Moderate", limited: "Limited", "not-shown": "Not shown" };

/** A citation marker in the copy: "[1]" or "[1, 3]", written as is (a text node would get its brackets escaped). */
interface CitationMarker {
  type: "citationMarker";
  value: string;
}

const stringifier = remark()
  .use(remarkGfm)
  .data("settings", {
    bullet: "-",
    emphasis: "_",
    rule: "-",
    fences: true,
    handlers: { citationMarker: (node: CitationMarker) => node.value } as never,
  });

/** One line of text for a Markdown link or list: no line breaks, brackets escaped. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
const linkText = (text: string) => oneLine(text).replace(/([\\[\]])/g, "\\$1");

/** A "::figure" line (transforms/figures.ts) becomes a note that the page has that figure. */
const withFigureNotes = (body: string) =>
  body.replace(/^::figure\{name="([a-z-]+)"\}[ \t]*$/gm, (line, name: string) => (isFigureName(name) ? `*Figure on the page: ${FIGURES[name].title}.*` : line));

/** The body as Markdown: citations as reference numbers, site links absolute, raw HTML and {#id}s gone. */
function bodyMarkdown(body: string, article: Article, pageUrl: string): string {
  const tree: Root = stringifier.parse(withFigureNotes(body));
  const numberOf = new Map(article.references.map(({ number, source }) => [source.id, number]));
  // The same transforms as the page, so that the copy cites what the page cites: "{#id}" leaves
  // headings, and citation markers become the page's numbered links.
  assignHeadingIds(tree, [], 0);
  numberCitations(tree, new Set(numberOf.keys()), 0);
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === "html") {
      // Raw HTML never reaches the page; it does not reach the copy either.
      parent.children.splice(index, 1);
      return index;
    }
    if (isCitation(node as RootContent)) {
      const numbers: number[] = [];
      visit(node, "link", (link: Link) => {
        const number = numberOf.get(link.url.replace(/^#ref-/, ""));
        if (number !== undefined) numbers.push(number);
      });
      (parent.children as unknown[]).splice(index, 1, { type: "citationMarker", value: `[${numbers.join(", ")}]` } satisfies CitationMarker);
      return;
    }
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && (node.url.startsWith("/") || node.url.startsWith("#")) && !node.url.startsWith("//")) {
      node.url = new URL(node.url, pageUrl).toString();
    }
  });
  return stringifier.stringify(tree).trim();
}

function referenceLine({ number, source }: { number: number; source: Source }, studyUrl: string): string {
  const text = vancouver(source);
  // A web page's reference already ends "Available from: <its address>".
  const links = sourceLinks(source)
    .filter((link) => !text.includes(link.href))
    .map((link) => `${link.label}: <${link.href}>`);
  return `${number}. ${text} ${[...links, `${source.appraisal ? "What the study found" : "About this source"}: <${studyUrl}>`].join(" · ")}`;
}

/**
 * An article as one Markdown file: title, summary, the notice, dates, the text with its citations
 * as "[n]", the claims table as a list, and the numbered references in Vancouver style, each with
 * its links and its study page. `body` is the article file without its front matter.
 */
export function articleMarkdown(article: Article, body: string, site: SiteInfo): string {
  const { meta } = article;
  const pageUrl = new URL(`/articles/${article.slug}`, site.url).toString();
  const numberOf = new Map(article.references.map(({ number, source }) => [source.id, number]));
  const dates = [`Published ${isoDate(meta.published)}`, ...(meta.updated ? [`updated ${isoDate(meta.updated)}`] : [])].join(", ");
  // Only a review with a named person is clinical; a bare date is the site's own review cycle.
  const review = meta.reviewed?.by
    ? `Clinically reviewed by ${meta.reviewed.by} on ${isoDate(meta.reviewed.on)}.`
    : `Not clinically reviewed; written from the published research cited below.${meta.reviewed ? ` Last reviewed by the site ${isoDate(meta.reviewed.on)}${meta.nextReview ? `, next review due ${isoDate(meta.nextReview)}` : ""}.` : ""}`;
  const parts = [
    `# ${oneLine(meta.title)}`,
    `> ${oneLine(meta.description)}`,
    `${site.name}: ${pageUrl}  \n${dates}. ${review}`,
    `**${site.notice.lead}** ${site.notice.text}`,
    ...(meta.summary && meta.summary.length > 0 ? [`## At a glance\n\n${meta.summary.map((point) => `- ${oneLine(point)}`).join("\n")}`] : []),
    bodyMarkdown(body, article, pageUrl),
    ...(meta.claims && meta.claims.length > 0
      ? [
          `## How strong the evidence is\n\n${meta.claims
            .map((claim) => `- ${oneLine(claim.claim)}: **${GRADE_LABELS[claim.grade]}**. ${oneLine(claim.reason)} [${claim.sources.map((id) => numberOf.get(id)).join(", ")}]`)
            .join("\n")}`,
        ]
      : []),
    ...(article.references.length > 0
      ? [`## References\n\n${article.references.map((reference) => referenceLine(reference, new URL(`/studies/${encodeURIComponent(reference.source.id)}`, site.url).toString())).join("\n")}`]
      : []),
  ];
  return parts.filter(Boolean).join("\n\n") + "\n";
}

/** What /llms.txt lists of the content. */
export interface LlmsInput {
  articles: readonly ArticleSummary[];
  sources: readonly Source[];
  /** Whether the site has an About page. */
  hasAbout: boolean;
}

/** /llms.txt: the site's name, summary and notice, then every article (its Markdown copy) by topic and every study page. */
export function llmsTxt({ articles, sources, hasAbout }: LlmsInput, site: SiteInfo): string {
  const url = (path: string) => new URL(path, site.url).toString();
  const item = (title: string, href: string, note: string) => `- [${linkText(title)}](${href}): ${oneLine(note)}`;
  const topics = TOPICS.flatMap((topic) => {
    const list = articles.filter((article) => article.meta.topic === topic.id);
    if (list.length === 0) return [];
    return [`## ${topic.label}\n\n${list.map(({ slug, meta }) => item(meta.title, url(`/articles/${slug}.md`), meta.description)).join("\n")}`];
  });
  const studies = sources.map((source) => {
    const journal = source["container-title"];
    const note = [designOf(source) ?? "source", shortCitation(source), ...(journal && !shortCitation(source).startsWith(journal) ? [journal] : [])].join(", ");
    return item(source.title, url(`/studies/${encodeURIComponent(source.id)}`), note);
  });
  const parts = [
    `# ${site.name}`,
    `> ${oneLine(site.description)}`,
    `**${site.notice.lead}** ${site.notice.text}`,
    [
      `Each article below links to its Markdown copy; the page itself is the same address without ".md". In a copy, a number in`,
      `square brackets such as [3] cites entry 3 of the article's reference list at its end. Every cited work has a study page`,
      `saying what kind of study it is, who took part and what it found. Each claim in an article's evidence list is graded`,
      `strong, moderate, limited or not shown by the rules at ${url("/studies#grading")}.`,
    ].join(" "),
    ...topics,
    ...(studies.length > 0 ? [`## Evidence base\n\n${item("Every study the guide cites", url("/studies"), "grouped by design and by topic, with the grading method")}\n${studies.join("\n")}`] : []),
    `## Optional\n\n${[
      ...(hasAbout ? [item("About this guide", url("/about"), "how the guide is written, sourced, graded and checked, and how to report a mistake")] : []),
      item("Glossary", url("/glossary"), "plain-English definitions of the terms the articles use"),
    ].join("\n")}`,
  ];
  return parts.join("\n\n") + "\n";
}
