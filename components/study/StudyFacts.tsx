import type { Study } from "@/lib/content";

const FIELDS = [
  ["participants", "Who took part"],
  ["comparison", "What was compared"],
  ["follow-up", "Follow-up"],
  ["results", "What it found"],
  ["limitations", "Limitations"],
  ["funding", "Funding and conflicts"],
] as const;

/** The appraisal of one work as a description list: design, numbers, who, what, results, limits. */
export function StudyFacts({ study }: { study: Study }) {
  const appraisal = study.source.appraisal;
  if (!appraisal) return <p>This source is {study.design === "regulatory document" ? "a regulatory document" : "a web page"}: it reports rules or expert views, not a study of people.</p>;
  return (
    <dl className="study-facts">
      <dt>Design</dt>
      <dd>{appraisal.design}</dd>
      {appraisal.studies !== undefined && (
        <>
          <dt>Studies included</dt>
          <dd>{appraisal.studies}</dd>
        </>
      )}
      {appraisal.analysed !== undefined && (
        <>
          <dt>People analysed</dt>
          <dd>{appraisal.analysed}</dd>
        </>
      )}
      {FIELDS.map(([field, label]) =>
        appraisal[field] ? (
          <div key={field} className="study-facts__row">
            <dt>{label}</dt>
            <dd>{appraisal[field]}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
