import type { Condition } from "@/lib/content";
import { SUBMITTED_FIELD, type Answer } from "@/lib/check/answers";
import form from "../tools/form.module.css";
import styles from "./CheckForm.module.css";

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
    <form method="get" action="/check" className={form.form} aria-labelledby="check-form-title">
      <h2 id="check-form-title">{submitted ? "Change your answers" : "The questions"}</h2>
      <p className={form.hint}>Answer the ones you can. You can leave any question out.</p>
      <input type="hidden" name={SUBMITTED_FIELD} value="1" />
      <ol className={styles.questions}>
        {conditions.map((condition) => (
          <li key={condition.id}>
            <fieldset className={form.field}>
              <legend>{condition.question}</legend>
              <div className={styles.choices}>
                {CHOICES.map((choice) => (
                  <label key={choice.value} className={styles.choice}>
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
      <button type="submit" className={form.button}>
        Show what my answers mean
      </button>
    </form>
  );
}
