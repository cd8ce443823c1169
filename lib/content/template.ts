// The starting point `npm run new-article` writes: valid structure, and TODO
// placeholders that content:check reports until an editor replaces them. The article
// lists no sources of its own: it cites works of the source registry (content/sources/)
// as [@id], and the placeholder id below is not in the registry, so the check flags it too.
import { isoDate } from "../format";

/** The id the skeleton cites; never a registry id, so content:check reports each use. */
export const TODO_SOURCE_ID = "todo-source";

/** The site's review cycle: the next review is due 12 months after the last (see content/pages/about.md). */
export function nextReviewAfter(reviewed: Date): Date {
  const next = new Date(reviewed);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

export function articleTemplate(title: string, topic: string, today: Date): string {
  return `---
title: ${JSON.stringify(title)}
description: "TODO: one or two sentences (50–160 characters) shown in search results and link previews."
topic: ${topic}
published: ${isoDate(today)}
# Writing the page against its sources is its first review; the next is due a year later.
reviewed: ${isoDate(today)}
nextReview: ${isoDate(nextReviewAfter(today))}
summary:
  - "TODO: the main point, in one short sentence."
# Sources are not listed here. Each work is in the source registry (content/sources/<id>.yaml,
# see CONTRIBUTING.md); cite it in the text as [@id], and in a claims table as sources: [id].
---

TODO: an opening paragraph that answers the reader's question in brief [@${TODO_SOURCE_ID}].

## TODO: first section heading

TODO: the first section. Cite each claim with the id of its work in the registry, like [@${TODO_SOURCE_ID}], and link related articles with [text](/articles/<slug>).
`;
}
