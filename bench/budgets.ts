// Compares measured figures with the budgets kept in budgets.json.
import { readFileSync } from "node:fs";

export type Metrics = Record<string, number | boolean | string | undefined>;

export interface Budget {
  metric: string;
  label: string;
  /** value ≤ max */
  max?: number;
  /** value ≥ min */
  min?: number;
  /** value < below */
  below?: number;
  /** value === equals */
  equals?: boolean | number | string;
  unit?: string;
}

export type BudgetStatus = "within" | "over" | "not measured";

export interface BudgetLine {
  budget: Budget;
  value: Metrics[string];
  limit: string;
  status: BudgetStatus;
}

export function readBudgets(file = new URL("./budgets.json", import.meta.url)): Budget[] {
  return (JSON.parse(readFileSync(file, "utf8")) as { budgets: Budget[] }).budgets;
}

export function limitText(budget: Budget): string {
  const unit = budget.unit ? ` ${budget.unit}` : "";
  if (budget.equals !== undefined) return `= ${String(budget.equals)}`;
  const parts = [];
  if (budget.min !== undefined) parts.push(`≥ ${budget.min}${unit}`);
  if (budget.max !== undefined) parts.push(`≤ ${budget.max}${unit}`);
  if (budget.below !== undefined) parts.push(`< ${budget.below}${unit}`);
  return parts.join(", ");
}

function holds(budget: Budget, value: number | boolean | string): boolean {
  if (budget.equals !== undefined) return value === budget.equals;
  if (typeof value !== "number") return false;
  return (
    (budget.min === undefined || value >= budget.min) &&
    (budget.max === undefined || value <= budget.max) &&
    (budget.below === undefined || value < budget.below)
  );
}

export function compareBudgets(metrics: Metrics, budgets: readonly Budget[]): BudgetLine[] {
  return budgets.map((budget) => {
    const value = metrics[budget.metric];
    const status: BudgetStatus =
      value === undefined || Number.isNaN(value) ? "not measured" : holds(budget, value) ? "within" : "over";
    return { budget, value, limit: limitText(budget), status };
  });
}
