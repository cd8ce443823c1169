// The source registry's rules, each with the exact line an editor reads, and references in
// Vancouver style as citation-js renders them.
import { describe, expect, it } from "vitest";
import { parseSourceFile, registryProblems } from "@/lib/content/sources/registry";
import { vancouver } from "@/lib/content/sources/vancouver";
import { REGISTRY_FILES } from "./fixtures";

const FILE = "content/sources/x.yaml";
const messages = (text: string) => parseSourceFile(text, FILE).problems.map((problem) => problem.message);
const ALAM = REGISTRY_FILES["alam-2014.yaml"]!;

describe("the source registry", () => {
  it("takes a CSL entry as Zotero or a DOI lookup exports it, alone or in a list", () => {
    expect(parseSourceFile(ALAM, FILE).problems).toEqual([]);
    const list = parseSourceFile(`references:\n${ALAM.replace(/^/gm, "  ").replace(/^  id:/, "- id:")}`, FILE);
    expect(list.problems).toEqual([]);
    expect(list.entries.map((entry) => [entry.source.id, entry.line])).toEqual([["alam-2014", 2]]);
    const json = parseSourceFile(
      JSON.stringify([
        {
          id: "w",
          type: "webpage",
          title: "A page",
          URL: "https://example.org/",
          accessed: { "date-parts": [[2026, 12, 1]] },
        },
      ]),
      "content/sources/x.json",
    );
    expect(json.problems).toEqual([]);
  });

  it("requires what a journal article needs: authors, journal, year, and a DOI or PMID", () => {
    const bare = "id: bare-2020\ntype: article-journal\ntitle: A bare paper\n";
    expect(messages(bare)).toEqual([
      'content/sources/x.yaml:1 author — a journal article needs author; copy it from the PubMed record, or list "author" under unverified and say why in appraisal.unchecked',
      'content/sources/x.yaml:1 container-title — a journal article needs container-title; copy it from the PubMed record, or list "container-title" under unverified and say why in appraisal.unchecked',
      'content/sources/x.yaml:1 issued — a journal article needs its year (issued); copy it from the PubMed record, or list "issued" under unverified and say why in appraisal.unchecked',
      'content/sources/x.yaml:1 DOI — a journal article needs a DOI or a PMID, so readers reach the paper itself; or list "DOI" under unverified and say why in appraisal.unchecked',
    ]);
    expect(messages(`${bare}unverified: [author, container-title, issued, DOI]\n`)).toEqual([]);
  });

  it("names a malformed DOI or PMID at its line", () => {
    expect(messages(ALAM.replace("DOI: 10.1001/jamadermatol.2013.8687", "DOI: https://doi.org/10.1001/x"))).toEqual([
      'content/sources/x.yaml:16 DOI — must be a DOI like 10.1001/jamadermatol.2013.8687, without "https://doi.org/" (got "https://doi.org/10.1001/x")',
    ]);
    expect(messages(ALAM.replace('PMID: "24919799"', "PMID: PMC24919799"))).toEqual([
      'content/sources/x.yaml:17 PMID — must be a PubMed id made of digits, like 24919799 (got "PMC24919799")',
    ]);
  });

  it("refuses a search-results page as the link to a work", () => {
    for (const [url, kind] of [
      ["https://pubmed.ncbi.nlm.nih.gov/?term=needling+acne", "a PubMed search"],
      ["https://www.google.com/search?q=needling", "a Google search"],
      ["https://scholar.google.com/scholar?q=needling", "a Google Scholar search"],
      ["https://www.bing.com/search?q=needling", "a Bing search"],
      ["https://duckduckgo.com/?q=needling", "a DuckDuckGo search"],
    ]) {
      expect(messages(ALAM.replace(/^URL: .*$/m, `URL: ${url}`))).toEqual([
        `content/sources/x.yaml:18 URL — is ${kind}, not the work itself; link the work (its DOI or PMID field, or the page itself)`,
      ]);
    }
  });

  it("refuses a paraphrased title: in brackets, or with an added journal and year", () => {
    expect(
      messages(ALAM.replace(/^title: .*$/m, 'title: "Split-face trial of needling (JAMA Dermatology, 2014)"')),
    ).toEqual([
      'content/sources/x.yaml:3 title — ends with an added "(journal, year)"; give the title exactly as published — journal and year have their own fields',
    ]);
    expect(messages(ALAM.replace(/^title: .*$/m, 'title: "[A trial of needling]"'))).toEqual([
      "content/sources/x.yaml:3 title — is in brackets; give the title exactly as published",
    ]);
  });

  it("lists each work once: a second entry with the same DOI or PMID is named with the first", () => {
    const first = parseSourceFile(ALAM, "content/sources/alam-2014.yaml").entries;
    const copy = parseSourceFile(
      ALAM.replace("id: alam-2014", "id: alam-again"),
      "content/sources/alam-again.yaml",
    ).entries;
    expect(registryProblems([...first, ...copy]).map((problem) => problem.message)).toEqual([
      "content/sources/alam-again.yaml:1 DOI — DOI 10.1001/jamadermatol.2013.8687 is already in the registry (content/sources/alam-2014.yaml:1, id alam-2014); each work is listed once",
      "content/sources/alam-again.yaml:1 PMID — PMID 24919799 is already in the registry (content/sources/alam-2014.yaml:1, id alam-2014); each work is listed once",
    ]);
  });

  it("checks the appraisal's design against the fixed list", () => {
    expect(messages(ALAM.replace("design: split-face randomised trial", "design: anecdote"))).toEqual([
      "content/sources/x.yaml:20 appraisal.design — must be one of: meta-analysis, systematic review, randomised controlled trial, split-face randomised trial, non-randomised comparison, cohort, case series, case report, narrative review, guideline, animal study, regulatory document, web page",
    ]);
  });

  it("reports a YAML error and an alias bomb as problems, not crashes", () => {
    expect(messages("id: [broken\n")[0]).toMatch(/^content\/sources\/x\.yaml:\d+ yaml — is not valid YAML: /);
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      ),
    ].join("\n");
    expect(messages(bomb)).toHaveLength(1);
  });
});

describe("references in Vancouver style", () => {
  it("renders a journal article", () => {
    const [entry] = parseSourceFile(ALAM, FILE).entries;
    expect(vancouver(entry!.source)).toBe(
      "Alam M, Han S. Efficacy of a needling device for the treatment of acne scars: a randomized clinical trial. JAMA Dermatol. 2014 Aug;150(8):844–9. doi:10.1001/jamadermatol.2013.8687 PubMed PMID: 24919799.",
    );
  });

  it("renders a web page with the date it was read", () => {
    const [entry] = parseSourceFile(REGISTRY_FILES["dermnet-needling.yaml"]!, FILE).entries;
    expect(vancouver(entry!.source)).toBe(
      "DermNet [Internet]. 2018 [cited 2026 Dec 1]. Needling. Available from: https://dermnetnz.org/topics/needling",
    );
  });

  it("renders a regulatory document", () => {
    const text = `id: cfr-878-4430
type: legislation
title: "§ 878.4430 Microneedling device for aesthetic use"
container-title: "Code of Federal Regulations, Title 21"
publisher: U.S. Food and Drug Administration
issued:
  date-parts: [[2018]]
URL: https://www.ecfr.gov/current/title-21/chapter-I/subchapter-H/part-878/subpart-E/section-878.4430
`;
    const [entry] = parseSourceFile(text, FILE).entries;
    expect(vancouver(entry!.source)).toBe(
      "§ 878.4430 Microneedling device for aesthetic use. Code of Federal Regulations, Title 21 [Internet]. U.S. Food and Drug Administration; 2018. Available from: https://www.ecfr.gov/current/title-21/chapter-I/subchapter-H/part-878/subpart-E/section-878.4430",
    );
  });
});
