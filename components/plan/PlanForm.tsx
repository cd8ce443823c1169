// Styled by ../tools/tool-form.css: plain CSS that the tools' pages load through components/tools/tools.css.
import type { Plan } from "@/lib/content";
import { parseIsoDate, toIsoDate } from "@/lib/plan/dates";
import type { PlanErrors, PlanForm as PlanFormValues } from "@/lib/plan/plan-request";
import { ErrorSummary } from "../tools/ErrorSummary";
import { FieldError, fieldProps } from "../tools/FieldError";

interface Props {
  plans: readonly Plan[];
  form: PlanFormValues;
  errors: PlanErrors;
  /** The first date to offer, and the earliest and latest the planner takes. */
  today: Date;
  window: { earliest: Date; latest: Date };
  submitted: boolean;
}

/** A GET form: the plan lives in the address, so it works without JavaScript and stores nothing. */
export function PlanForm({ plans, form, errors, today, window, submitted }: Props) {
  return (
    <form method="get" action="/plan" className="tool-form" noValidate aria-labelledby="plan-form-title">
      <h2 id="plan-form-title">{submitted ? "Change your plan" : "Your plan"}</h2>
      <ErrorSummary errors={errors} />
      <div className="tool-field">
        <label htmlFor="goal">What do you want to treat?</label>
        <FieldError id="goal" message={errors.goal} />
        <select id="goal" name="goal" defaultValue={form.goal || plans[0]!.goal} {...fieldProps("goal", errors.goal)}>
          {plans.map((plan) => (
            <option key={plan.goal} value={plan.goal}>
              {plan.label}
            </option>
          ))}
        </select>
      </div>
      <div className="tool-field">
        <label htmlFor="start">Date of your first session</label>
        <p className="tool-hint" id="start-hint">
          For example {toIsoDate(today)} (year-month-day).
        </p>
        <FieldError id="start" message={errors.start} />
        <input
          type="date"
          id="start"
          name="start"
          // A date input's value must be a real date: an impossible one (2027-02-29) is left out,
          // as a browser would blank it anyway; the error message above quotes what was typed.
          defaultValue={form.start ? (parseIsoDate(form.start) ? form.start : "") : submitted ? "" : toIsoDate(today)}
          min={toIsoDate(window.earliest)}
          max={toIsoDate(window.latest)}
          {...fieldProps("start", errors.start, "start-hint")}
        />
      </div>
      <fieldset className="tool-field">
        <legend>Gap between sessions</legend>
        <p className="tool-hint" id="interval-hint">
          Leave the number empty to use the gap our sources give for your goal.
        </p>
        <FieldError id="interval" message={errors.interval} />
        <FieldError id="unit" message={errors.unit} />
        <div className="tool-row">
          <label htmlFor="interval" className="visually-hidden">
            Number of weeks or months between sessions
          </label>
          <input
            type="text"
            inputMode="numeric"
            id="interval"
            name="interval"
            size={3}
            defaultValue={form.interval}
            {...fieldProps("interval", errors.interval, "interval-hint")}
          />
          <label htmlFor="unit" className="visually-hidden">
            Weeks or months
          </label>
          <select
            id="unit"
            name="unit"
            defaultValue={form.unit === "months" ? "months" : "weeks"}
            {...fieldProps("unit", errors.unit)}
          >
            <option value="weeks">weeks</option>
            <option value="months">months</option>
          </select>
        </div>
      </fieldset>
      <div className="tool-field">
        <label htmlFor="sessions">Number of sessions</label>
        <p className="tool-hint" id="sessions-hint">
          Leave empty to use the number our sources give for your goal.
        </p>
        <FieldError id="sessions" message={errors.sessions} />
        <input
          type="text"
          inputMode="numeric"
          id="sessions"
          name="sessions"
          size={3}
          defaultValue={form.sessions}
          {...fieldProps("sessions", errors.sessions, "sessions-hint")}
        />
      </div>
      <button type="submit" className="tool-button">
        Show my dates
      </button>
    </form>
  );
}
