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
  if (!appraisal) {
    const kind =
      study.design === "regulatory document"
        ? "a regulatory document"
        : study.design === "web page"
          ? "a web page"
          : "a source";
    return <p>This is {kind}, not a study of people: it reports rules or expert views, so it has no appraisal.</p>;
  }
  // Every term and its description in one <div>: a list may not mix grouped and bare pairs.
  const rows: [string, string | number][] = [
    ["Design", appraisal.design],
    ...(appraisal.studies !== undefined ? [["Studies included", appraisal.studies] as [string, number]] : []),
    ...(appraisal.analysed !== undefined ? [["People analysed", appraisal.analysed] as [string, number]] : []),
    ...FIELDS.flatMap(([field, label]) => (appraisal[field] ? [[label, appraisal[field]!] as [string, string]] : [])),
  ];
  return (
    <dl className="study-facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
