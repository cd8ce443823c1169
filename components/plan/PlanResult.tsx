// Styled by ./PlanResult.css: plain CSS that the tools' pages load through components/tools/tools.css.
import type { Article, ArticleSummary } from "@/lib/content";
import { formatInterval, formatIntervalRange, formatLongDate, formatRange, toIsoDate } from "@/lib/plan/dates";
import type { Comparison, Schedule } from "@/lib/plan/plan-request";
import { BasisTag } from "../tools/BasisTag";
import { SourceLinks } from "../tools/SourceLinks";

interface Props {
  schedule: Schedule;
  /** The article the figures come from. */
  article: Article;
  /** The same plan's query string, for the calendar file. */
  query: string;
  aftercare?: ArticleSummary;
}

const sourcesWord = (basis: Schedule["plan"]["basis"]) => (basis === "trials" ? "the studies" : "clinic practice");

/** "shorter than" / "longer than" the range, or nothing when inside it. */
function outside(comparison: Comparison | undefined, shorter: string, longer: string): string | undefined {
  return comparison === "shorter" ? shorter : comparison === "longer" ? longer : undefined;
}

export function PlanResult({ schedule, article, query, aftercare }: Props) {
  const { plan, interval, sessions } = schedule;
  const from = sourcesWord(plan.basis);
  const gapNote = outside(schedule.intervalVsPlan, "shorter than", "longer than");
  const countNote = outside(schedule.sessionsVsPlan, "fewer than", "more than");
  return (
    <section className="plan-result" aria-labelledby="plan-result-title">
      <h2 id="plan-result-title">Your dates: {plan.label}</h2>
      <p>
        {sessions.length} {sessions.length === 1 ? "session" : "sessions"}
        {schedule.sessionsFromPlan && <> (the number {from} used)</>}, {formatInterval(interval)} apart
        {schedule.intervalFromPlan && <> (the gap {from} used)</>}.
      </p>
      <ol className="plan-result__dates">
        {sessions.map((date, index) => (
          <li key={toIsoDate(date)}>
            <span className="plan-result__label">Session {index + 1}</span>{" "}
            <time dateTime={toIsoDate(date)}>{formatLongDate(date)}</time>
          </li>
        ))}
      </ol>
      {(gapNote || countNote) && (
        <ul className="plan-result__notes">
          {gapNote && (
            <li>
              A gap of {formatInterval(interval)} is {gapNote} {from} used for {plan.label.toLowerCase()} (
              {formatIntervalRange(plan.interval)}).
            </li>
          )}
          {countNote && plan.sessions && (
            <li>
              {sessions.length} sessions is {countNote} {from} used ({formatRange(plan.sessions)}).
            </li>
          )}
        </ul>
      )}
      <div>
        <h3>First top-up</h3>
        {schedule.maintenance && plan.maintenance ? (
          <p>
            If you want one:{" "}
            <time dateTime={toIsoDate(schedule.maintenance)}>{formatLongDate(schedule.maintenance)}</time>,{" "}
            {plan.maintenance.afterWeeks} weeks after your last session. <BasisTag basis={plan.maintenance.basis} />{" "}
            <SourceLinks article={article} ids={plan.maintenance.sources} />
          </p>
        ) : (
          <p>
            No date. We found no trial that tested top-up sessions or when to have them, so any timing would come from
            clinic practice. Ask your clinic whether you need one, and why. More on this:{" "}
            <a href={`/articles/${article.slug}`}>{article.meta.title}</a>
          </p>
        )}
      </div>
      <p>
        <a className="tool-button" href={`/plan/calendar.ics?${query}`} download>
          Add these dates to your calendar (.ics file)
        </a>
      </p>
      <p>
        Before each session, check that your skin has settled from the last one. If it is still red or sore, wait
        {aftercare && (
          <>
            {" "}
            (see <a href={`/articles/${aftercare.slug}`}>{aftercare.meta.title}</a>)
          </>
        )}
        . <a href={`#goal-${plan.goal}`}>Where these figures come from</a>.
      </p>
    </section>
  );
}
