import { GRADE_RULES } from "@/lib/content/sources/grading";

const LABEL = { strong: "Strong", moderate: "Moderate", limited: "Limited", "not-shown": "Not shown" } as const;

/** The written grading method: the highest grade each kind of evidence allows (the content check enforces it). */
export function GradingMethod() {
  return (
    <section aria-labelledby="grading">
      <h2 id="grading">How we grade the evidence for a claim</h2>
      <p>
        Each claim in an evidence table gets one of four grades. The grade starts from the kinds of study behind it, as
        the GRADE method used by health guideline groups does: randomised trials and reviews of many studies start
        higher, studies with no comparison group start lower. We then grade lower when the studies are small, not
        blinded, disagree, or measured something close to but not the same as the claim. We never grade higher than the
        table below allows, and the site&apos;s content check stops any page that tries.
      </p>
      <table>
        <caption>The highest grade each kind of evidence allows</caption>
        <thead>
          <tr>
            <th scope="col">Grade</th>
            <th scope="col">Needs at least</th>
          </tr>
        </thead>
        <tbody>
          {GRADE_RULES.map((rule) => (
            <tr key={rule.grade}>
              <th scope="row">{LABEL[rule.grade]}</th>
              <td>{rule.needs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
