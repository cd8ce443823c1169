// Styled by ./PlanFacts.css: plain CSS that the tools' pages load through components/tools/tools.css.
import type { Article, Plan } from "@/lib/content";
import { formatIntervalRange, formatRange } from "@/lib/plan/dates";
import { BasisTag } from "../tools/BasisTag";
import { SourceLinks } from "../tools/SourceLinks";

/** What the sources used for each goal: every figure the planner works from, with its basis. */
export function PlanFacts({ plans, article }: { plans: readonly Plan[]; article: Article }) {
  return (
    <section className="plan-facts" aria-labelledby="plan-facts-title">
      <h2 id="plan-facts-title">What the studies used for each goal</h2>
      <p>
        These figures come from <a href={`/articles/${article.slug}`}>{article.meta.title}</a> They describe what was
        tested, not proof that another course would fail.
      </p>
      <ul className="plan-facts__list">
        {plans.map((plan) => (
          <li key={plan.goal} id={`goal-${plan.goal}`} className="plan-facts__goal">
            <h3>{plan.label}</h3>
            <dl>
              <div>
                <dt>Sessions</dt>
                <dd>
                  {plan.sessions ? (
                    <>
                      {formatRange(plan.sessions)}
                      {plan.sessions.typical !== undefined && plan.sessions.min !== plan.sessions.max && (
                        <> (typically {plan.sessions.typical})</>
                      )}
                    </>
                  ) : (
                    "No set number in our sources"
                  )}
                </dd>
              </div>
              <div>
                <dt>Gap</dt>
                <dd>
                  {formatIntervalRange(plan.interval)}
                  {plan.interval.typical !== undefined && plan.interval.min !== plan.interval.max && (
                    <>
                      {" "}
                      (typically{" "}
                      {formatIntervalRange({
                        ...plan.interval,
                        min: plan.interval.typical,
                        max: plan.interval.typical,
                      })}
                      )
                    </>
                  )}{" "}
                  <BasisTag basis={plan.basis} />
                </dd>
              </div>
              {plan.clinicInterval && (
                <div>
                  <dt>Clinics</dt>
                  <dd>
                    Many suggest {formatIntervalRange(plan.clinicInterval)} between sessions.{" "}
                    <BasisTag basis="clinic practice" />
                  </dd>
                </div>
              )}
            </dl>
            {plan.note && <p>{plan.note}</p>}
            <p>
              <SourceLinks article={article} ids={plan.sources} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
