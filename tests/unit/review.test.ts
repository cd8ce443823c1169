// The review cycle (reviewed, nextReview) and the page history (changes): the messages an editor reads.
import { describe, expect, it } from "vitest";
import { sortProblems } from "@/lib/content/errors";
import { overdueReviews } from "@/lib/content/review";
import { articleSource, parseTestArticle } from "./fixtures";

const FILE = "content/articles/x.md";
const parse = (front: string) => parseTestArticle(articleSource({ front }), FILE);
const messages = (front: string) => sortProblems(parse(front).problems).map((problem) => problem.message);

describe("review dates", () => {
  it("reads reviewed as a date (the site's own review) or { on, by } (a named person), and nextReview as a date", () => {
    const own = parse("reviewed: 2026-02-01\nnextReview: 2027-02-01\n");
    expect(own.problems).toEqual([]);
    expect(own.article!.meta.reviewed).toEqual({ on: new Date("2026-02-01") });
    expect(own.article!.meta.nextReview).toEqual(new Date("2027-02-01"));
    const named = parse('reviewed:\n  on: 2026-02-01\n  by: "A. Reviewer, MD"\n');
    expect(named.article!.meta.reviewed).toEqual({ on: new Date("2026-02-01"), by: "A. Reviewer, MD" });
  });

  it("errors when nextReview is before reviewed, or has no reviewed, or a review is before publication", () => {
    expect(messages("reviewed: 2026-02-01\nnextReview: 2026-01-31\n")).toEqual([
      "content/articles/x.md:7 nextReview — must not be before reviewed (2026-02-01); set it to the date the next review is due",
    ]);
    expect(messages("nextReview: 2027-01-31\n")).toEqual([
      "content/articles/x.md:6 nextReview — needs reviewed, the date of the last review; add reviewed: <date>",
    ]);
    expect(messages("reviewed: 2026-01-01\n")).toEqual([
      "content/articles/x.md:6 reviewed — must not be before published (2026-01-15)",
    ]);
    expect(messages("reviewed: { on: 2026-02-01, name: x }\n")).toEqual([
      "content/articles/x.md:6 reviewed.name — unknown field; allowed: on, by",
    ]);
  });

  it("warns, at the nextReview line, when a review is overdue; not on the day it is due", () => {
    const { article } = parse("reviewed: 2026-02-01\nnextReview: 2027-02-01\n");
    expect(overdueReviews([article!], new Date("2027-02-01T23:00:00Z"))).toEqual([]);
    const [warning, ...rest] = overdueReviews([article!], new Date("2027-02-02"));
    expect(rest).toEqual([]);
    expect(warning!.severity).toBe("warning");
    expect(warning!.message).toBe(
      "content/articles/x.md:7 nextReview — the review was due on 2027-02-01 and is overdue; check the page against its sources, then set reviewed to the day you did and nextReview to the next due date",
    );
  });
});

describe("changes", () => {
  it("reads a list of dated one-line changes", () => {
    const { article, problems } = parse(
      'updated: 2026-03-01\nchanges:\n  - date: 2026-03-01\n    change: "Corrected the number of sessions."\n',
    );
    expect(problems).toEqual([]);
    expect(article!.meta.changes).toEqual([
      { date: new Date("2026-03-01"), change: "Corrected the number of sessions." },
    ]);
  });

  it("errors when a change is after updated, after published with no updated, or before published", () => {
    expect(
      messages(
        'updated: 2026-03-01\nchanges:\n  - date: 2026-03-02\n    change: "Corrected the number of sessions."\n',
      ),
    ).toEqual([
      'content/articles/x.md:8 changes[0].date — must not be after updated (2026-03-01); "Updated" shows the latest change, so set updated to 2026-03-02 or later',
    ]);
    expect(messages('changes:\n  - date: 2026-03-02\n    change: "Corrected the number of sessions."\n')).toEqual([
      "content/articles/x.md:7 changes[0].date — is after published and the article has no updated date; add updated: 2026-03-02 (or later)",
    ]);
    expect(messages('changes:\n  - date: 2026-01-14\n    change: "Corrected the number of sessions."\n')).toEqual([
      "content/articles/x.md:7 changes[0].date — must not be before published (2026-01-15)",
    ]);
    expect(messages('updated: 2026-03-01\nchanges:\n  - date: 2026-03-01\n    what: "x"\n')).toEqual([
      "content/articles/x.md:8 changes[0].change — is required; 10–200 characters",
      "content/articles/x.md:9 changes[0].what — unknown field; allowed: date, change",
    ]);
  });
});
