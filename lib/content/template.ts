// The starting point `npm run new-article` writes: valid structure, and TODO
// placeholders that content:check reports until an editor replaces them.
import { isoDate } from "../format";

export function articleTemplate(title: string, topic: string, today: Date): string {
  return `---
title: ${JSON.stringify(title)}
description: "TODO: one or two sentences (50–160 characters) shown in search results and link previews."
topic: ${topic}
published: ${isoDate(today)}
summary:
  - "TODO: the main point, in one short sentence."
sources:
  - id: todo-source
    title: "TODO: title of the paper or page"
    year: ${today.getUTCFullYear()}
    url: "https://example.org/TODO"
---

TODO: an opening paragraph that answers the reader's question in brief [@todo-source].

## TODO: first section heading

TODO: the first section. Cite each claim with [@todo-source] and link related articles with [text](/articles/<slug>).
`;
}
