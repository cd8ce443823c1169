// Property-based tests (fast-check): thousands of generated content files (random nesting,
// random Unicode, random YAML, random bytes) through the content check's own path
// (read, guard, parse). For every one: no exception, every problem names the file and a line
// in it, no file takes more than a few seconds, and the HTML that comes out holds no code point
// a page may not contain, no empty paragraph, and nothing the sanitizer would change on a
// second pass. The seed is fixed, so a failure is the same on every run; fast-check prints the
// smallest file that fails.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { fromHtml } from "hast-util-from-html";
import { sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { afterAll, describe, expect, it } from "vitest";
import { FORBIDDEN_CODE_POINT } from "@/lib/code-points";
import type { ContentError } from "@/lib/content/errors";
import { schema } from "@/lib/content/html";
import { articleContext, parseContentFile, parseContentSource } from "@/lib/content/load";
import { GOOD_META, testRegistry } from "./fixtures";
import { sectionHtml } from "@/lib/content/transforms/sections";

const SEED = 20_260_115;
const RUNS = { bodies: 1500, frontMatter: 800, bytes: 300 };
/** Per file; the slowest generated file takes well under a second on a quiet machine. */
const MAX_MS = 5_000;
const FILE = "content/articles/generated-article.md";
/** Articles are parsed against the fixtures' source registry, as the content check parses them against content/sources/. */
const CONTEXT = articleContext(undefined, testRegistry());

let cases = 0;
let slowestMs = 0;
afterAll(() => {
  console.log(
    `content properties: ${cases.toLocaleString("en")} generated files checked (seed ${SEED}); slowest ${slowestMs.toFixed(0)} ms`,
  );
});

// ---- Generators ------------------------------------------------------------------------

/** One character: mostly letters and Markdown's own punctuation, some of any Unicode, some controls. */
const character = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(..."abcdefghij ABC xyz 0123 .,".split("")) },
  { weight: 6, arbitrary: fc.constantFrom(..."*_`[]()<>!#\\&|~-+={}@:;\"'/^$%".split("")) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "\u0001",
      "\u0000",
      "\u007f",
      "\u0085",
      "\uFEFF",
      "\uFFFE",
      "\u{10FFFF}",
      "\u200B",
      "\u202E",
      "\t",
      "\r",
      "\f",
      "\v",
    ),
  },
);
const text = fc.string({ unit: character, maxLength: 40 });
const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
const url = fc.oneof(
  fc.constantFrom(
    "/articles/how-many-sessions",
    "/",
    "#part",
    "https://example.org/x",
    "javascript:alert(1)",
    "data:text/html,x",
    "//evil.example",
    "mailto:a@b.c",
    "/images/x.png",
    "",
  ),
  text.map((value) => value.replace(/[\s()]/g, "")),
);
const tag = fc.constantFrom(
  "div",
  "span",
  "script",
  "img",
  "a",
  "p",
  "br",
  "iframe",
  "b",
  "details",
  "svg",
  "math",
  "style",
  "!--",
  "table",
);

/** Inline Markdown: text, emphasis, links, citations, raw HTML, character references. */
const inline: fc.Arbitrary<string> = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    text,
    fc
      .tuple(fc.constantFrom("*", "_", "**", "__", "~~", "`", "***"), tie("inline"))
      .map(([mark, inner]) => `${mark}${inner}${mark}`),
    fc.tuple(tie("inline"), url).map(([label, href]) => `[${label}](${href})`),
    fc.tuple(text, url).map(([alt, src]) => `![${alt}](${src})`),
    fc
      .array(fc.oneof(fc.constant("alam-2014"), word), { minLength: 1, maxLength: 3 })
      .map((ids) => `[${ids.map((id) => `@${id}`).join("; ")}]`),
    fc.tuple(tag, text).map(([name, inner]) => `<${name} onclick="x()">${inner}</${name}>`),
    tag.map((name) => `<${name}>`),
    fc.constantFrom(
      "&amp;",
      "&#1;",
      "&#x0;",
      "&#x85;",
      "&#xFFFE;",
      "&#x10FFFF;",
      "&#65;",
      "&nbsp;",
      "&bogus;",
      "<!-- note -->",
      "TODO",
      "[^1]",
      "{#an-id}",
      "{#",
      "\\",
      "  \n",
    ),
    fc.array(tie("inline"), { maxLength: 4 }).map((parts) => parts.join(" ")),
  ),
})).inline;

/** One block's lines, before any container prefix. */
const leaf = fc.oneof(
  inline,
  fc.tuple(fc.integer({ min: 1, max: 6 }), inline).map(([level, title]) => `${"#".repeat(level)} ${title}`),
  fc
    .tuple(fc.constantFrom("```", "~~~", "````"), fc.array(text, { maxLength: 4 }))
    .map(([fence, lines]) => [fence, ...lines, fence].join("\n")),
  fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.array(inline, { minLength: 1, maxLength: 5 }))
    .map(([columns, cells]) =>
      [
        `| ${Array.from({ length: columns }, (_, i) => cells[i % cells.length]).join(" | ")} |`,
        `|${"---|".repeat(columns)}`,
        `| ${cells.join(" | ")} |`,
      ].join("\n"),
    ),
  fc
    .tuple(tag, fc.array(text, { maxLength: 3 }))
    .map(([name, lines]) => [`<${name}>`, ...lines, `</${name}>`].join("\n")),
  fc.tuple(word, url).map(([label, href]) => `[${label}]: ${href}`),
  fc.tuple(inline).map(([note]) => `[^1]: ${note}`),
  fc.constantFrom("---", "***", "- - -", "", "    indented code", "\t\ttabbed"),
);

/** Lists and block quotes around a block, up to well past the nesting limit. */
const container = fc.constantFrom("> ", "- ", "* ", "1. ", "  ", "    ", "+ ", ">", "-\t");
const block = fc.tuple(fc.array(container, { maxLength: 45 }), leaf).map(([prefix, body]) =>
  body
    .split("\n")
    .map((line) => prefix.join("") + line)
    .join("\n"),
);
const body = fc
  .array(fc.tuple(block, fc.constantFrom("\n\n", "\n", "\n\n\n", "\r\n")), { maxLength: 12 })
  .map((blocks) => blocks.map(([b, gap]) => b + gap).join(""));

/** Front matter that passes, so that bodies are turned into HTML and the HTML can be checked. */
const GOOD_FRONT = [
  `title: "${GOOD_META.title}"`,
  `description: "${GOOD_META.description}"`,
  `topic: ${GOOD_META.topic}`,
  `published: ${GOOD_META.published}`,
].join("\n");

/** Random YAML: JSON values (JSON is YAML) under real and made-up keys, and YAML's own syntax at random. */
const yamlValue = fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? "null");
const yamlLine = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        "title",
        "description",
        "topic",
        "published",
        "updated",
        "summary",
        "tags",
        "sources",
        "claims",
        "plans",
        "conditions",
        "timeline",
        "draft",
        "reviewed",
      ),
      yamlValue,
    )
    .map(([key, value]) => `${key}: ${value}`),
  fc.tuple(word, yamlValue).map(([key, value]) => `${key}: ${value}`),
  fc
    .tuple(fc.nat(12), fc.constantFrom("- ", "? ", "", "- - "), word, text)
    .map(([indent, marker, key, value]) => `${" ".repeat(indent)}${marker}${key}: ${value}`),
  fc.constantFrom(
    "a: &x [1, 2]",
    "b: *x",
    "c: !!binary aGVsbG8=",
    "d: !!js/function 'function () {}'",
    "e: |",
    "  block",
    "f: >-",
    "g: {a: [b, {c: d}]}",
    "<<: *x",
    "h: 2027-02-29",
    "i: 1e999",
    "j: 0x1F",
    "k: .nan",
    "'quoted': \"\\x01\"",
    'l: "\\u0000"',
    "%YAML 1.2",
    "---",
    "...",
  ),
  text,
);
const frontMatter = fc.oneof(
  fc.array(yamlLine, { maxLength: 10 }).map((lines) => lines.join("\n")),
  fc.array(yamlLine, { maxLength: 5 }).map((lines) => `${GOOD_FRONT}\n${lines.join("\n")}`),
);

/** A whole file: mostly good front matter and a random body, else random front matter, else anything. */
const file = fc.oneof(
  { weight: 6, arbitrary: body.map((markdown) => `---\n${GOOD_FRONT}\n---\n\n${markdown}`) },
  { weight: 3, arbitrary: fc.tuple(frontMatter, body).map(([yaml, markdown]) => `---\n${yaml}\n---\n${markdown}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("", "\uFEFF", "---", "---\n", "---js\n", "\n---\n"), text, body)
      .map(([start, middle, markdown]) => start + middle + markdown),
  },
);

// ---- What must hold for every file -------------------------------------------------------

function checkProblems(problems: readonly ContentError[], source: string) {
  const lines = source.split(/\r\n?|\n/).length;
  for (const problem of problems) {
    expect(problem.file).toBe(FILE);
    expect(Number.isInteger(problem.line) && problem.line >= 0 && problem.line <= lines + 1, problem.message).toBe(
      true,
    );
    expect(problem.reason.length).toBeGreaterThan(0);
    // The net under the parser is for faults in the code: no generated file may reach it.
    expect(problem.message).not.toMatch(/fault in the site's code|nested too deeply to read/);
    expect(problem.message).not.toMatch(/\n\s+at /);
  }
}

/** The HTML parsed back, as is and after a second pass of the sanitizer (compared as serialized trees). */
function secondPass(html: string): { parsed: string; sanitized: string } {
  const tree = fromHtml(html, { fragment: true });
  return { parsed: toHtml(tree), sanitized: toHtml(sanitize(tree, schema)) };
}

function checkHtml(html: string) {
  FORBIDDEN_CODE_POINT.lastIndex = 0;
  expect(FORBIDDEN_CODE_POINT.test(html), `forbidden code point in ${JSON.stringify(html)}`).toBe(false);
  expect(html).not.toMatch(/<p>\s*<\/p>/);
  const { parsed, sanitized } = secondPass(html);
  expect(sanitized).toBe(parsed);
}

function throughTheCheck(kind: "article" | "page", source: string) {
  cases++;
  const started = performance.now();
  const { value, problems } = parseContentSource(kind, source, FILE, CONTEXT);
  const ms = performance.now() - started;
  slowestMs = Math.max(slowestMs, ms);
  expect(ms, `took ${ms.toFixed(0)} ms`).toBeLessThan(MAX_MS);
  checkProblems(problems, source);
  if (value)
    for (const html of [value.intro?.html ?? "", ...value.sections.map((section) => sectionHtml(section))])
      checkHtml(html);
  return value;
}

describe("every generated content file", () => {
  it(`passes or yields problems with a line, never throws, and makes clean HTML (${RUNS.bodies} bodies)`, () => {
    let rendered = 0;
    fc.assert(
      fc.property(file, (source) => {
        if (throughTheCheck("article", source)) rendered++;
      }),
      { seed: SEED, numRuns: RUNS.bodies },
    );
    // Most generated files get as far as HTML, so the HTML checks mean something.
    expect(rendered).toBeGreaterThan(RUNS.bodies / 4);
  }, 600_000);

  it(`the same for random front matter, as articles and as pages (${RUNS.frontMatter} files)`, () => {
    fc.assert(
      fc.property(frontMatter, body, fc.boolean(), (yaml, markdown, asPage) => {
        throughTheCheck(asPage ? "page" : "article", `---\n${yaml}\n---\n${markdown}`);
      }),
      { seed: SEED, numRuns: RUNS.frontMatter },
    );
  }, 600_000);

  it(`the same for random bytes read from disk (${RUNS.bytes} files)`, () => {
    const dir = mkdtempSync(join(tmpdir(), "random-bytes-"));
    const path = join(dir, "generated-article.md");
    const prefix = Buffer.from(`---\n${GOOD_FRONT}\n---\n\n`);
    try {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, withFrontMatter) => {
          writeFileSync(path, withFrontMatter ? Buffer.concat([prefix, bytes]) : bytes);
          cases++;
          const { problems } = parseContentFile("article", path, undefined, CONTEXT);
          for (const problem of problems) {
            expect(problem.file.endsWith("generated-article.md")).toBe(true);
            expect(problem.message).not.toMatch(/fault in the site's code|nested too deeply to read/);
          }
        }),
        { seed: SEED, numRuns: RUNS.bytes },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
