// How build time grows with the number of articles: the cost of each added article
// between two sizes, and whether that cost stays flat (linear growth).

export interface Timed {
  articles: number;
  seconds: number;
}

export interface GrowthStep {
  from: number;
  to: number;
  /** Milliseconds each added article cost between the two sizes. */
  msPerArticle: number;
}

export function growthSteps(builds: readonly Timed[]): GrowthStep[] {
  const sorted = [...builds].sort((a, b) => a.articles - b.articles);
  return sorted.slice(1).map((build, index) => {
    const previous = sorted[index]!;
    return {
      from: previous.articles,
      to: build.articles,
      msPerArticle: ((build.seconds - previous.seconds) * 1000) / (build.articles - previous.articles),
    };
  });
}

/**
 * Per-article cost of the largest step divided by that of the step before: about 1 when
 * growth is linear; for a cost that grows with the square of the count, (c + b) / (b + a)
 * for sizes a < b < c (10 for sizes ten times apart, 2.5 for 100, 500 and 1,000). The bench
 * builds 500 articles so that both steps add hundreds: 90 articles cost less than the
 * second or so by which a build's fixed part varies. Undefined when there are fewer than two steps or the earlier step's
 * cost is lost in noise (not above `noiseMs` per article).
 */
export function growthRatio(steps: readonly GrowthStep[], noiseMs = 1): number | undefined {
  const [before, last] = steps.slice(-2);
  if (!before || !last || before.msPerArticle <= noiseMs) return undefined;
  return last.msPerArticle / before.msPerArticle;
}
