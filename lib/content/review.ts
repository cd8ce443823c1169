// The review cycle: each article says when it was last reviewed (`reviewed`) and when the next
// review is due (`nextReview`). A review that is due before today is a warning, not an error: the
// page is still worth reading, but an editor should check it against its sources again.
// Checked on every load rather than in the parse, so that a kept parse never hides a review that has
// fallen due since.
import { isoDate } from "../format";
import type { Article } from "./article";
import { ContentError } from "./errors";

export function overdueReviews(articles: readonly Article[], today: Date): ContentError[] {
  const day = isoDate(today);
  return articles.flatMap((article) => {
    const due = article.meta.nextReview && isoDate(article.meta.nextReview);
    if (!due || due >= day) return [];
    return [
      new ContentError(
        article.file,
        article.nextReviewLine,
        "nextReview",
        `the review was due on ${due} and is overdue; check the page against its sources, then set reviewed to the day you did and nextReview to the next due date`,
        "warning",
      ),
    ];
  });
}
