// Builders for inline Markdown fixtures.

export const GOOD_META = {
  title: "A title of fair length",
  description: "A description long enough to pass the rule of fifty to one hundred and sixty characters.",
  topic: "science",
  published: "2026-01-15",
};

/** A complete article file; override front-matter lines by passing them as text. */
export function articleSource({ front, body }: { front?: string; body?: string } = {}): string {
  return `---
title: "${GOOD_META.title}"
description: "${GOOD_META.description}"
topic: ${GOOD_META.topic}
published: ${GOOD_META.published}
${front ?? ""}sources:
  - id: alam-2014
    title: "Split-face randomized trial of microneedling for acne scars"
    year: 2014
    doi: "10.1001/jamadermatol.2013.8687"
---

${body ?? "Text that cites the trial [@alam-2014].\n\n## First part\n\nMore text."}
`;
}
