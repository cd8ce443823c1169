// "Is it for me?": answers in the query string mapped to "do not", "wait" and "ask a
// professional first", from the conditions in the contraindications article.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCheck, type Query } from "@/lib/check/answers";
import { parseTestArticle as parseArticle } from "./fixtures";
import type { Condition } from "@/lib/content/schema";
import { articleSource } from "./fixtures";

const CONDITIONS = `conditions:
  - { id: infection, question: "Is the skin infected right now?", outcome: do-not, advice: "Do not treat infected skin.", section: first-part, basis: evidence, sources: [alam-2014] }
  - { id: pregnancy, question: "Are you pregnant right now?", outcome: wait, advice: "Wait until after the birth.", section: first-part, basis: common practice }
  - { id: keloids, question: "Have you formed a keloid scar?", outcome: ask-first, advice: "Ask a dermatologist first.", section: first-part, basis: evidence }
`;

function conditionsOf(source: string): Condition[] {
  const { article, problems } = parseArticle(source, "content/articles/x.md");
  expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
  return article!.meta.conditions!;
}

const conditions = conditionsOf(articleSource({ front: CONDITIONS }));
const ids = (query: Query, from = conditions) => {
  const { findings } = readCheck(query, from);
  return {
    "do-not": findings["do-not"].map((f) => f.condition.id),
    wait: findings.wait.map((f) => f.condition.id),
    "ask-first": findings["ask-first"].map((f) => f.condition.id),
  };
};

describe("readCheck", () => {
  it("shows no result before the form is sent", () => {
    const result = readCheck({}, conditions);
    expect(result.submitted).toBe(false);
    expect(result.unanswered).toHaveLength(3);
  });

  it("maps each yes to its condition's outcome", () => {
    expect(ids({ infection: "yes", pregnancy: "yes", keloids: "yes" })).toEqual({
      "do-not": ["infection"],
      wait: ["pregnancy"],
      "ask-first": ["keloids"],
    });
  });

  it("maps no to nothing and not sure to asking a professional first", () => {
    expect(ids({ infection: "unsure", pregnancy: "no", keloids: "no" })).toEqual({
      "do-not": [],
      wait: [],
      "ask-first": ["infection"],
    });
    const { findings } = readCheck({ infection: "unsure" }, conditions);
    expect(findings["ask-first"][0]!.answer).toBe("unsure");
  });

  it("counts a sent form with nothing answered as sent, and lists what was left out", () => {
    const empty = readCheck({ answered: "1" }, conditions);
    expect(empty.submitted).toBe(true);
    expect(empty.answers.size).toBe(0);
    const partial = readCheck({ pregnancy: "no" }, conditions);
    expect(partial.submitted).toBe(true);
    expect(partial.unanswered.map((c) => c.id)).toEqual(["infection", "keloids"]);
  });

  it("ignores unknown questions and answers, and reads the first of repeated values", () => {
    const result = readCheck({ infection: "maybe", smoker: "yes", keloids: ["yes", "no"] }, conditions);
    expect([...result.answers]).toEqual([["keloids", "yes"]]);
  });

  it("follows the content: change an outcome in the real article and the result moves", () => {
    const real = readFileSync("content/articles/who-should-avoid-microneedling.md", "utf8");
    const before = conditionsOf(real);
    const pregnancy = before.find((condition) => condition.id === "pregnancy")!;
    expect(ids({ pregnancy: "yes" }, before)[pregnancy.outcome]).toEqual(["pregnancy"]);

    const edited = real.replace(/(- id: pregnancy\n(?:    .*\n)*?    outcome: )\S+/, "$1do-not");
    expect(edited).not.toBe(real);
    expect(ids({ pregnancy: "yes" }, conditionsOf(edited))).toEqual({
      "do-not": ["pregnancy"],
      wait: [],
      "ask-first": [],
    });
  });
});
