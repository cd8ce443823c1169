// Markdown (mdast) to sanitized HTML. Raw HTML in Markdown is dropped before the
// sanitizer runs (remark-html does not pass it through when sanitizing), and the
// sanitizer then applies GitHub's allow-list: no script, no event handlers, only
// http(s)/mailto links.
import type { Root } from "mdast";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";

const schema: Schema = {
  ...defaultSchema,
  // GitHub prefixes ids ("user-content-") so that user HTML cannot clobber the page's
  // own ids. Here no id can come from an editor: raw HTML is dropped, and the only ids
  // are the heading ids the pipeline makes itself, which must stay clean for shared links.
  clobberPrefix: "",
  attributes: {
    ...defaultSchema.attributes,
    // "title" carries a glossary term's definition; body.ts drops any other link's title.
    a: ["href", "title", ["className", "citation", "term"]],
    sup: [["className", "citations"]],
  },
};

export const markdownProcessor = remark().use(remarkGfm).use(remarkHtml, { sanitize: schema });

export function parseMarkdown(markdown: string): Root {
  return markdownProcessor.parse(markdown);
}

export function mdastToHtml(root: Root): string {
  return String(markdownProcessor.stringify(markdownProcessor.runSync(root) as Root)).trim();
}
