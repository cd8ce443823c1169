// Styled by ./CheckResult.css: plain CSS that the tools' pages load through components/tools/tools.css.
import { headingTitle, type Article, type Outcome } from "@/lib/content";
import type { CheckResult as Result } from "@/lib/check/answers";
import { BasisTag } from "../tools/BasisTag";
import { SourceLinks } from "../tools/SourceLinks";

const GROUPS: { outcome: Outcome; title: string }[] = [
  { outcome: "do-not", title: "Do not have microneedling" },
  { outcome: "wait", title: "Wait before having it" },
  { outcome: "ask-first", title: "Ask a professional first" },
];

/** What the answers mean, grouped, each linked to the section of the article that explains it. */
export function CheckResult({ result, article }: { result: Result; article: Article }) {
  const found = GROUPS.filter((group) => result.findings[group.outcome].length > 0);
  return (
    <section className="check-result" aria-labelledby="check-result-title">
      <h2 id="check-result-title">What your answers mean</h2>
      {found.length === 0 && (
        <p>
          {result.answers.size === 0
            ? "You did not answer any question."
            : "None of your answers is a reason we know of to avoid or delay microneedling. This check covers only the most common reasons, so it cannot clear you for treatment."}
        </p>
      )}
      {found.map(({ outcome, title }) => (
        <div key={outcome} className={`check-result__group check-result__group--${outcome}`} data-outcome={outcome}>
          <h3>{title}</h3>
          <ul>
            {result.findings[outcome].map(({ condition, answer }) => (
              <li key={condition.id} data-condition={condition.id}>
                <p className="check-result__question">
                  {condition.question}{" "}
                  <span className="check-result__answer">You answered: {answer === "yes" ? "yes" : "not sure"}.</span>
                </p>
                <p>
                  {answer === "yes"
                    ? condition.advice
                    : "If you are not sure, ask a doctor or dermatologist before you book."}
                </p>
                <p>
                  <a href={`/articles/${article.slug}#${condition.section}`}>
                    Why: {headingTitle(article, condition.section) ?? article.meta.title}
                  </a>{" "}
                  <BasisTag basis={condition.basis} /> <SourceLinks article={article} ids={condition.sources} />
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {result.unanswered.length > 0 && result.answers.size > 0 && (
        <p>
          You left {result.unanswered.length} {result.unanswered.length === 1 ? "question" : "questions"} unanswered.
        </p>
      )}
      <p className="check-result__final">
        <strong>Whatever your answers, talk to a qualified professional before you book,</strong> such as a doctor or
        dermatologist. They can look at your skin and your health, which this check cannot do.
      </p>
    </section>
  );
}
