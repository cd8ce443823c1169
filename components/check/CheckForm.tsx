// Styled by ./CheckForm.css and ../tools/tool-form.css: plain CSS that the tools' pages load through components/tools/tools.css.
import type { Condition } from "@/lib/content";
import { SUBMITTED_FIELD, type Answer } from "@/lib/check/answers";

const CHOICES: { value: Answer; label: string }[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "unsure", label: "Not sure" },
];

/** One yes / no / not sure question per condition; a GET form, so the answers live only in the address. */
export function CheckForm({
  conditions,
  answers,
  submitted,
}: {
  conditions: readonly Condition[];
  answers: ReadonlyMap<string, Answer>;
  submitted: boolean;
}) {
  return (
    <form method="get" action="/check" className="tool-form" aria-labelledby="check-form-title">
      <h2 id="check-form-title">{submitted ? "Change your answers" : "The questions"}</h2>
      <p className="tool-hint">Answer the ones you can. You can leave any question out.</p>
      <input type="hidden" name={SUBMITTED_FIELD} value="1" />
      <ol className="check-form__questions">
        {conditions.map((condition) => (
          <li key={condition.id}>
            <fieldset className="tool-field">
              <legend>{condition.question}</legend>
              <div className="check-form__choices">
                {CHOICES.map((choice) => (
                  <label key={choice.value} className="check-form__choice">
                    <input
                      type="radio"
                      name={condition.id}
                      value={choice.value}
                      defaultChecked={answers.get(condition.id) === choice.value}
                    />{" "}
                    {choice.label}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="submit" className="tool-button">
        Show what my answers mean
      </button>
    </form>
  );
}
