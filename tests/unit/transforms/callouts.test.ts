// Callouts: ":::kind[heading]" blocks become sanitized, named asides; an unknown kind is a problem at its line.
import { describe, expect, it } from "vitest";
import { parseBody } from "@/lib/content/body";
import { sortProblems } from "@/lib/content/errors";
import { articleSource, parseTestArticle } from "../fixtures";
import { sectionHtml as htmlOf } from "@/lib/content/transforms/sections";

/** The HTML of the one section of a body "## Part" + the callout. */
const sectionHtml = (callout: string) => {
  const body = parseBody(`## Part\n\n${callout}\n`, new Set(), 0);
  expect(body.problems).toEqual([]);
  return htmlOf(body.sections[0]!);
};

describe("callouts", () => {
  it("note: an aside named by its heading, one level below the section's", () => {
    expect(sectionHtml(":::note\nA plain aside.\n:::")).toBe(
      '<aside class="callout callout--note" role="note" aria-labelledby="callout-1"><h3 id="callout-1" class="callout__title"><span class="callout__kind">Note</span></h3><p>A plain aside.</p></aside>',
    );
  });

  it("common practice: says it is clinic habit, not evidence", () => {
    expect(sectionHtml(":::common-practice\nClinics often advise a day without make-up.\n:::")).toBe(
      '<aside class="callout callout--common-practice" role="note" aria-labelledby="callout-1"><h3 id="callout-1" class="callout__title"><span class="callout__kind">Common practice:</span> what clinics usually do, not something studies have tested</h3><p>Clinics often advise a day without make-up.</p></aside>',
    );
  });

  it("non-urgent: see your practitioner or a GP", () => {
    expect(sectionHtml(":::non-urgent\n- redness lasts more than a week\n:::")).toBe(
      '<aside class="callout callout--non-urgent" role="note" aria-labelledby="callout-1"><h3 id="callout-1" class="callout__title"><span class="callout__kind">Non-urgent advice:</span> see your practitioner or a GP if</h3><ul>\n<li>redness lasts more than a week</li>\n</ul></aside>',
    );
  });

  it("urgent: get medical advice today", () => {
    expect(sectionHtml(":::urgent\nThe skin turns hot and oozes.\n:::")).toBe(
      '<aside class="callout callout--urgent" role="note" aria-labelledby="callout-1"><h3 id="callout-1" class="callout__title"><span class="callout__kind">Urgent advice:</span> get medical advice today if</h3><p>The skin turns hot and oozes.</p></aside>',
    );
  });

  it("emergency: call emergency services, with the editor's own heading in brackets (Markdown kept, raw HTML dropped)", () => {
    expect(sectionHtml(":::emergency[Get help **at once** if: <b onclick=x>now</b>]\nYour lips swell.\n:::")).toBe(
      '<aside class="callout callout--emergency" role="note" aria-labelledby="callout-1"><h3 id="callout-1" class="callout__title"><span class="callout__kind">Emergency:</span> Get help <strong>at once</strong> if: now</h3><p>Your lips swell.</p></aside>',
    );
  });

  it("numbers its ids through the article, steps headings around them, and follows the heading level above it", () => {
    const body = parseBody(
      ":::note\nIn the introduction.\n:::\n\n## Callout 1\n\n### Deeper\n\n:::note\nUnder a ### heading.\n:::\n",
      new Set(),
      0,
    );
    expect(body.problems).toEqual([]);
    expect(body.intro!.html).toContain('<h2 id="callout-1" class="callout__title">');
    expect(body.sections[0]!.id).toBe("callout-1-1");
    expect(htmlOf(body.sections[0]!)).toContain(
      '<aside class="callout callout--note" role="note" aria-labelledby="callout-2"><h4 id="callout-2" class="callout__title">',
    );
  });

  it("leaves colons in ordinary text alone (remark-directive would read them as directives)", () => {
    const body = parseBody("An Er:YAG laser, a ratio of 1:2 and :word[label]{x=1}.\n\n::leaf\n", new Set(), 0);
    expect(body.intro!.html).toBe("<p>An Er:YAG laser, a ratio of 1:2 and :word[label]{x=1}.</p>\n<p>::leaf</p>");
  });

  it("reports an unknown kind, and attributes, at the file line", () => {
    const source = articleSource({
      body: "Intro [@alam-2014].\n\n## Part\n\n:::warning\nCareful.\n:::\n\n:::note{.big}\nText.\n:::\n",
    });
    expect(
      sortProblems(parseTestArticle(source, "content/articles/x.md").problems).map((problem) => problem.message),
    ).toEqual([
      'content/articles/x.md:12 callout — unknown kind ":::warning"; use one of: note, common-practice, non-urgent, urgent, emergency',
      'content/articles/x.md:16 callout — ":::note" takes no {…} attributes; write the heading in brackets, like :::note[heading]',
    ]);
  });
});
