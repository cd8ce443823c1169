// The "Is it for me?" check: answers (from the query string only) mapped to what they
// mean, using the conditions of the contraindications article. Nothing is kept.
import type { Condition, Outcome } from "../content/schema";

export const ANSWERS = ["yes", "no", "unsure"] as const;
export type Answer = (typeof ANSWERS)[number];

/** The hidden field that tells a submitted form with nothing ticked from a first visit. */
export const SUBMITTED_FIELD = "answered";

export type Query = Record<string, string | string[] | undefined>;

export interface Finding {
  condition: Condition;
  answer: Exclude<Answer, "no">;
}

export interface CheckResult {
  submitted: boolean;
  /** The answer given to each condition id, to fill the form again. */
  answers: Map<string, Answer>;
  /** What the "yes" and "not sure" answers mean, grouped, in the article's order. */
  findings: Record<Outcome, Finding[]>;
  unanswered: Condition[];
}

const isAnswer = (value: unknown): value is Answer => (ANSWERS as readonly unknown[]).includes(value);

/** What an answer means: "yes" means the condition's outcome; "not sure" means ask a professional first. */
export function outcomeOf(condition: Condition, answer: Finding["answer"]): Outcome {
  return answer === "yes" ? condition.outcome : "ask-first";
}

export function readCheck(query: Query, conditions: readonly Condition[]): CheckResult {
  const answers = new Map<string, Answer>();
  for (const condition of conditions) {
    const raw = query[condition.id];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (isAnswer(value)) answers.set(condition.id, value);
  }
  const findings: Record<Outcome, Finding[]> = { "do-not": [], wait: [], "ask-first": [] };
  for (const condition of conditions) {
    const answer = answers.get(condition.id);
    if (answer === undefined || answer === "no") continue;
    findings[outcomeOf(condition, answer)].push({ condition, answer });
  }
  return {
    submitted: query[SUBMITTED_FIELD] !== undefined || answers.size > 0,
    answers,
    findings,
    unanswered: conditions.filter((condition) => !answers.has(condition.id)),
  };
}
