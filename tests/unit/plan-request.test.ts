// The planner's form, read from the query string: a schedule from the content's figures,
// or a clear message per field for anything out of range. Never a throw.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTestArticle as parseArticle } from "./fixtures";
import type { Plan } from "@/lib/content/schema";
import { parseIsoDate, toIsoDate } from "@/lib/plan/dates";
import { planQuery, readPlanRequest, type Query } from "@/lib/plan/plan-request";
import { articleSource } from "./fixtures";

const TODAY = parseIsoDate("2026-11-21")!;
const PLANS = `plans:
  - goal: acne-scars
    label: "Acne scars"
    basis: trials
    sessions: { min: 2, max: 4, typical: 3 }
    interval: { unit: weeks, min: 2, max: 4, typical: 4 }
    clinicInterval: { unit: weeks, min: 4, max: 6 }
    sources: [alam-2014]
  - goal: stretch-marks
    label: "Stretch marks"
    basis: trials
    sessions: { min: 5, max: 5 }
    interval: { unit: months, min: 1, max: 1 }
    sources: [alam-2014]
  - goal: hair-loss
    label: "Hair loss"
    basis: trials
    interval: { unit: weeks, min: 1, max: 1 }
    sources: [alam-2014]
`;

function plansOf(source: string): Plan[] {
  const { article, problems } = parseArticle(source, "content/articles/x.md");
  expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
  return article!.meta.plans!;
}

const plans = plansOf(articleSource({ front: PLANS }));
const ask = (query: Query, from = plans) => readPlanRequest(query, from, TODAY);
const datesOf = (query: Query, from = plans) => ask(query, from).schedule?.sessions.map(toIsoDate);

describe("a plan from the content's figures", () => {
  it("shows only the form before a goal is chosen", () => {
    expect(ask({})).toEqual({
      form: { goal: "", start: "", interval: "", unit: "weeks", sessions: "" },
      submitted: false,
      errors: {},
    });
  });

  it("uses the typical count and gap when the reader leaves them empty", () => {
    const { schedule, errors } = ask({ goal: "acne-scars", start: "2027-01-31", interval: "", sessions: "" });
    expect(errors).toEqual({});
    expect(schedule!.sessions.map(toIsoDate)).toEqual(["2027-01-31", "2027-02-28", "2027-03-28"]);
    expect(schedule).toMatchObject({
      interval: { count: 4, unit: "weeks" },
      intervalFromPlan: true,
      sessionsFromPlan: true,
      intervalVsPlan: "within",
      intervalVsClinic: "within",
    });
    expect(schedule!.maintenance).toBeUndefined();
  });

  it("steps monthly goals by calendar months", () => {
    expect(datesOf({ goal: "stretch-marks", start: "2027-01-31" })).toEqual([
      "2027-01-31",
      "2027-02-28",
      "2027-03-31",
      "2027-04-30",
      "2027-05-31",
    ]);
  });

  it("takes the reader's own gap and count, and says where they sit against the sources", () => {
    const short = ask({
      goal: "acne-scars",
      start: "2026-12-01",
      interval: "1",
      unit: "weeks",
      sessions: "6",
    }).schedule!;
    expect(short.sessions.map(toIsoDate)).toEqual([
      "2026-12-01",
      "2026-12-08",
      "2026-12-15",
      "2026-12-22",
      "2026-12-29",
      "2027-01-05",
    ]);
    expect(short).toMatchObject({
      intervalVsPlan: "shorter",
      intervalVsClinic: "shorter",
      sessionsVsPlan: "longer",
      intervalFromPlan: false,
      sessionsFromPlan: false,
    });
    const long = ask({ goal: "acne-scars", start: "2026-12-01", interval: "6", unit: "weeks" }).schedule!;
    expect(long).toMatchObject({ intervalVsPlan: "longer", intervalVsClinic: "within", sessionsVsPlan: "within" });
    // A month is 28 to 31 days, so "1 month" overlaps a 2–4 week range at 4 weeks.
    expect(
      ask({ goal: "acne-scars", start: "2026-12-01", interval: "1", unit: "months" }).schedule!.intervalVsPlan,
    ).toBe("within");
    expect(
      ask({ goal: "acne-scars", start: "2026-12-01", interval: "2", unit: "months" }).schedule!.intervalVsPlan,
    ).toBe("longer");
  });

  it("asks for a count when the sources give none, and plans weekly once given one", () => {
    const { errors, schedule } = ask({ goal: "hair-loss", start: "2026-12-01" });
    expect(schedule).toBeUndefined();
    expect(errors).toEqual({
      sessions:
        "Our sources give no set number of sessions for hair loss. Enter the number you plan, for example the one your clinic suggests.",
    });
    expect(datesOf({ goal: "hair-loss", start: "2026-12-01", sessions: "3" })).toEqual([
      "2026-12-01",
      "2026-12-08",
      "2026-12-15",
    ]);
  });

  it("adds the first top-up only when the content gives a time for it", () => {
    const withTopUp = plansOf(
      articleSource({
        front: PLANS.replace(
          "    clinicInterval:",
          "    maintenance: { afterWeeks: 26, basis: clinic practice }\n    clinicInterval:",
        ),
      }),
    );
    const { schedule } = ask({ goal: "acne-scars", start: "2027-01-31" }, withTopUp);
    expect(toIsoDate(schedule!.maintenance!)).toBe("2027-09-26"); // 26 weeks after 28 March 2027
  });

  it("follows the content: change the figures in the front matter and the dates change", () => {
    const real = readFileSync("content/articles/how-many-sessions.md", "utf8");
    const realPlans = plansOf(real);
    const acne = realPlans.find((plan) => plan.goal === "acne-scars")!;
    const before = datesOf({ goal: "acne-scars", start: "2027-01-31" }, realPlans)!;
    expect(before).toHaveLength(acne.sessions!.typical!);

    const edited = real.replace(
      "sessions: { min: 2, max: 3, typical: 3 }\n    interval: { unit: weeks, min: 2, max: 4, typical: 4 }",
      "sessions: { min: 2, max: 3, typical: 2 }\n    interval: { unit: weeks, min: 2, max: 4, typical: 2 }",
    );
    expect(edited).not.toBe(real);
    expect(datesOf({ goal: "acne-scars", start: "2027-01-31" }, plansOf(edited))).toEqual(["2027-01-31", "2027-02-14"]);
  });
});

describe("out-of-range input gets a message, never a throw", () => {
  const base = { goal: "acne-scars", start: "2027-01-31" };
  const errorsOf = (query: Query) => ask({ ...base, ...query }).errors;

  it.each([
    [{ start: "1926-01-31" }, { start: "Choose a date from 21 November 2025 to 21 November 2028." }],
    [{ start: "2029-01-01" }, { start: "Choose a date from 21 November 2025 to 21 November 2028." }],
    [
      { start: "2027-02-30" },
      { start: "“2027-02-30” is not a date. Enter a real date as year-month-day, like 2027-01-31." },
    ],
    [{ start: "" }, { start: "Enter the date of your first session, like 2027-01-31." }],
    [{ interval: "0" }, { interval: "Choose a gap of 1 to 26 weeks." }],
    [{ interval: "52" }, { interval: "Choose a gap of 1 to 26 weeks." }],
    [{ interval: "7", unit: "months" }, { interval: "Choose a gap of 1 to 6 months." }],
    [{ interval: "four" }, { interval: "Enter the gap as a whole number of weeks, like 2." }],
    [{ interval: "2.5" }, { interval: "Enter the gap as a whole number of weeks, like 2." }],
    [{ interval: "-3" }, { interval: "Enter the gap as a whole number of weeks, like 2." }],
    [{ interval: "3", unit: "fortnights" }, { unit: "Choose weeks or months." }],
    [{ sessions: "0" }, { sessions: "Enter the number of sessions as a whole number from 1 to 30." }],
    [{ sessions: "many" }, { sessions: "Enter the number of sessions as a whole number from 1 to 30." }],
    [{ goal: "tattoo-removal" }, { goal: "Choose one of the goals in the list." }],
  ] as [Query, Record<string, string>][])("%j", (query, expected) => {
    expect(errorsOf(query)).toEqual(expected);
    expect(ask({ ...base, ...query }).schedule).toBeUndefined();
  });

  it("lists every problem at once and keeps what was typed", () => {
    const request = ask({ goal: "acne-scars", start: "1926-01-31", interval: "zero", sessions: "99" });
    expect(Object.keys(request.errors)).toEqual(["start", "interval", "sessions"]);
    expect(request.form).toEqual({
      goal: "acne-scars",
      start: "1926-01-31",
      interval: "zero",
      unit: "weeks",
      sessions: "99",
    });
  });

  it("reads the first of repeated values", () => {
    expect(datesOf({ goal: ["stretch-marks", "acne-scars"], start: ["2027-01-31"], sessions: ["2", "9"] })).toEqual([
      "2027-01-31",
      "2027-02-28",
    ]);
  });
});

describe("planQuery", () => {
  it("gives the query that asks for the same plan, leaving out empty fields", () => {
    const { form } = ask({ goal: "acne-scars", start: "2027-01-31", interval: "", unit: "weeks", sessions: "3" });
    expect(planQuery(form)).toBe("goal=acne-scars&start=2027-01-31&unit=weeks&sessions=3");
  });
});
