// Every kind of bad input an editor's bad day can put in the content folder: each one either
// passes or comes back as the exact message the editor reads, with the file and a line (or
// "whole file"), and the good file next to it is still checked and loaded.
import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { ContentError } from "@/lib/content/errors";
import { firstInvalidUtf8, guardedParse, LIMITS, lineNesting, parserFailure } from "@/lib/content/input-guards";
import { checkContent } from "@/lib/content/load";
import { articleSource, REGISTRY_FILES, writeRegistry } from "./fixtures";

// Tests run as root here, where no file is unreadable: make one so by refusing to read it.
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    if (/unreadable\.(md|yaml)$/.test(String(path)))
      throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

/** Line of the body's first line in articleSource's files. */
const BODY = 8;
const good = articleSource();

function contentDir(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), "bad-input-"));
  mkdirSync(join(root, "articles"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, "articles", name), text);
  // The registry the articles cite (content/sources/alam-2014.yaml).
  writeRegistry(root);
  return root;
}

/** The problems of a content folder as the editor reads them, with the folder shortened to <dir>. */
function check(root: string) {
  const started = performance.now();
  const { problems, content } = checkContent(root, { includeDrafts: true });
  const dir = relative(process.cwd(), join(root, "articles"));
  const sources = relative(process.cwd(), join(root, "sources"));
  return {
    errors: problems
      .filter((problem) => problem.severity === "error")
      .map((problem) => problem.message.replaceAll(dir, "<dir>").replaceAll(sources, "<sources>")),
    slugs: content.allArticles.map((article) => article.slug),
    ms: performance.now() - started,
  };
}

/** One bad file next to a good one: the bad file's errors, and the good one still loaded. */
function alone(name: string, text: string | Buffer) {
  const result = check(contentDir({ "good-article.md": good, [name]: text }));
  expect(result.slugs).toContain("good-article");
  return result.errors;
}

const body = (markdown: string) => articleSource({ body: `Cited [@alam-2014].\n\n${markdown}` });

describe("files that are not Markdown text", () => {
  it("an empty file", () => {
    expect(alone("empty.md", "")).toEqual([
      '<dir>/empty.md:1 file — is empty; a content file starts with front matter (a "---" line, the fields, another "---" line), then the text',
    ]);
    expect(alone("blank.md", "\n \n\t\n")).toEqual([
      '<dir>/blank.md:1 file — is empty; a content file starts with front matter (a "---" line, the fields, another "---" line), then the text',
    ]);
  });

  it("a binary file (an image saved as .md)", () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(alone("image.md", png)).toEqual([
      "<dir>/image.md:3 file — is not text: it holds NUL bytes, as images, PDFs and word-processor files do; save it as plain-text Markdown (UTF-8)",
    ]);
  });

  it("text that is not UTF-8 (Latin-1), with the line of the first bad byte", () => {
    const before = good.slice(0, good.indexOf("Text that"));
    const latin1 = Buffer.concat([Buffer.from(before), Buffer.from("Caf\xe9 au lait.\n", "latin1")]);
    const offset = Buffer.byteLength(before) + 3;
    expect(alone("latin-one.md", latin1)).toEqual([
      `<dir>/latin-one.md:${BODY} file — is not UTF-8 text (byte 0xE9 at offset ${offset}); save the file as UTF-8 (in most editors: "Save with encoding", UTF-8)`,
    ]);
  });

  it("rejects overlong forms, surrogates and cut-off sequences, and accepts every well-formed one", () => {
    for (const bad of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
      [0x80],
      [0xff],
    ]) {
      expect(firstInvalidUtf8(Uint8Array.from([0x61, ...bad])), String(bad)).toBe(1);
    }
    expect(firstInvalidUtf8(Buffer.from("aé€😀\u{10FFFF}"))).toBe(-1);
  });

  it("a byte-order mark and CRLF line ends pass, with the editor's line numbers", () => {
    const crlf = articleSource({ body: "Cited [@alam-2014].\n\n## Part\n\nUnknown [@nobody]." }).replace(/\n/g, "\r\n");
    expect(alone("with-bom.md", `\uFEFF${good}`)).toEqual([]);
    expect(alone("windows-lines.md", `\uFEFF${crlf}`)).toEqual([
      `<dir>/windows-lines.md:${BODY + 4} citation — unknown source id "@nobody"; it is not in the source registry (content/sources/): add the work there, or fix the id`,
    ]);
    expect(alone("old-mac-lines.md", good.replace(/\n/g, "\r"))).toEqual([]);
  });

  it("a file too large", () => {
    const huge = body("Words and more words. ".repeat(30_000).replace(/(.{2000})/g, "$1\n\n"));
    expect(alone("enormous.md", huge)).toEqual([
      `<dir>/enormous.md (whole file) file — is 661 kB; a content file may be at most 500 kB (about 75,000 words): split it into several articles, or remove pasted data`,
    ]);
  });

  it("a block too long to parse in good time", () => {
    expect(alone("long-block.md", body("[".repeat(LIMITS.blockCharacters + 1)))).toEqual([
      `<dir>/long-block.md:${BODY + 2} text — starts a block of more than 20,000 characters with no blank line (a paragraph, list or table that long is a paste gone wrong); break it up with blank lines`,
    ]);
  });
});

describe("things in the folder that are not files", () => {
  it("a folder named *.md, a broken link, a named pipe and an unreadable file", () => {
    const root = contentDir({ "good-article.md": good, "unreadable.md": good });
    const articles = join(root, "articles");
    mkdirSync(join(articles, "folder.md"));
    symlinkSync(join(root, "nowhere.md"), join(articles, "broken-link.md"));
    execFileSync("mkfifo", [join(articles, "pipe.md")]);
    // A link to a file that exists is read like the file.
    symlinkSync(join(articles, "good-article.md"), join(articles, "linked-article.md"));
    linkSync(join(articles, "good-article.md"), join(articles, "hard-linked.md"));
    const { errors, slugs } = check(root);
    expect(errors).toEqual([
      `<dir>/broken-link.md (whole file) file — is a link to "${join(root, "nowhere.md")}", which does not exist; point the link at a file, or delete it`,
      '<dir>/folder.md (whole file) file — is a folder, not a file; rename it so that its name does not end in ".md", or move it out of the content folder',
      "<dir>/pipe.md (whole file) file — is not a plain file (a pipe, socket or device); replace it with a Markdown file, or delete it",
      "<dir>/unreadable.md (whole file) file — cannot be read: permission denied; make the file readable (chmod a+r) or remove it",
    ]);
    expect(slugs.sort()).toEqual(["good-article", "hard-linked", "linked-article"]);
  });
});

describe("nesting deep enough to break the parser", () => {
  const deep = 3000;
  const cases: [string, string, number][] = [
    ["block quotes on one line", "> ".repeat(deep) + "text", deep],
    ["block quotes line by line", Array.from({ length: 40 }, (_, i) => "> ".repeat(i + 1) + "text").join("\n"), 33],
    ["list markers on one line", "- ".repeat(deep) + "item", deep],
    [
      "ordered and unordered lists by indentation",
      Array.from({ length: 40 }, (_, i) => "  ".repeat(i) + (i % 2 ? "1. item" : "- item")).join("\n"),
      33,
    ],
    ["lists inside block quotes", "> - ".repeat(deep / 2) + "item", deep],
  ];
  it.each(cases)("%s", (name, markdown, reported) => {
    const firstBad = markdown.split("\n").findIndex((line) => lineNesting(line) > LIMITS.nesting);
    const { errors, ms } = { ...check(contentDir({ "good-article.md": good, "deep.md": body(markdown) })) };
    expect(errors).toEqual([
      `<dir>/deep.md:${BODY + 2 + firstBad} nesting — lists and block quotes are nested ${reported.toLocaleString("en")} levels deep here; at most 32 are allowed: remove the extra ">" marks, list markers or indentation`,
    ]);
    expect(ms).toBeLessThan(10_000);
  });

  it("lets real nesting and lookalikes through: a few levels, rules, code", () => {
    const fine = [
      "- a\n  - b\n    - c\n      > d",
      "* * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * *",
      "```\n" + "  ".repeat(100) + "- deep code\n```",
      "    " + "- ".repeat(10),
    ];
    for (const markdown of fine) expect(alone("fine.md", body(markdown)), markdown).toEqual([]);
  });

  it("front matter nested by brackets or by indentation", () => {
    const brackets = articleSource({ front: `tags: ${"[".repeat(5000)}${"]".repeat(5000)}\n` });
    expect(alone("brackets.md", brackets)).toEqual([
      "<dir>/brackets.md:6 front matter — has 5,000 brackets inside one another; at most 32 are allowed",
    ]);
    const indented = articleSource({
      front: `tags:\n${Array.from({ length: 70 }, (_, i) => `${" ".repeat(i + 1)}a:`).join("\n")} 1\n`,
    });
    expect(alone("indented.md", indented)).toEqual([
      "<dir>/indented.md:71 front matter — is indented 65 spaces; front matter needs a few levels at most (the limit is 64 spaces)",
    ]);
  });
});

describe("code points a web page may not contain", () => {
  it("in the body: reported with line and column, other problems still found", () => {
    expect(alone("control.md", body("A line with \u0001 in it.\n\nAnother \u007f\u0085 here [@nobody]."))).toEqual([
      `<dir>/control.md:${BODY + 2} text — holds the invisible control character U+0001 (first at column 13), which a web page may not contain; delete it (often left by copying from another program)`,
      `<dir>/control.md:${BODY + 4} citation — unknown source id "@nobody"; it is not in the source registry (content/sources/): add the work there, or fix the id`,
      `<dir>/control.md:${BODY + 4} text — holds the invisible control characters U+007F, U+0085 (first at column 9), which a web page may not contain; delete them (often left by copying from another program)`,
    ]);
  });

  it("in front matter, written as a YAML escape", () => {
    const escaped = articleSource().replace(/^title: .*$/m, 'title: "A bell \\x07 and a \\uFFFE in a title"');
    expect(alone("escaped.md", escaped)).toEqual([
      '<dir>/escaped.md:2 title — holds the invisible control characters U+0007, U+FFFE (written as an escape such as "\\x01"), which a web page may not contain; remove it',
    ]);
  });
});

describe("the net under the parser", () => {
  it("turns anything the parser throws into a problem with the file", () => {
    const overflow = guardedParse("text", "content/articles/x.md", () => {
      const recurse = (n: number): number => recurse(n + 1) + 1;
      return { value: recurse(0), problems: [] };
    });
    expect(overflow.problems.map((problem) => problem.message)).toEqual([
      "content/articles/x.md (whole file) file — is nested too deeply to read (lists, block quotes, links or emphasis inside one another); keep nesting under 32 levels",
    ]);
    expect(parserFailure("content/articles/x.md", new TypeError("x is undefined\n    at somewhere")).message).toBe(
      "content/articles/x.md (whole file) file — could not be read as Markdown (x is undefined); this is a fault in the site's code, not only in the file: report it with the file attached",
    );
    expect(new ContentError("a.md", 0, "file", "whole").message).toBe("a.md (whole file) file — whole");
  });

  it("checks a folder of every bad input at once, reporting each file", () => {
    const root = contentDir({
      "good-article.md": good,
      "empty.md": "",
      "binary.md": Buffer.from([0, 1, 2]),
      "deep.md": body("> ".repeat(5000)),
      "control.md": body("\u0001"),
    });
    mkdirSync(join(root, "articles", "folder.md"));
    const { errors, slugs } = check(root);
    expect(errors.map((error) => error.split(" ")[0])).toEqual([
      "<dir>/binary.md:1",
      `<dir>/control.md:${BODY + 2}`,
      `<dir>/deep.md:${BODY + 2}`,
      "<dir>/empty.md:1",
      "<dir>/folder.md",
    ]);
    // A control character in the body is left out of the parse, so the rest of the file is still checked.
    expect(slugs).toEqual(["control", "good-article"]);
  });
});

describe("source registry files (content/sources/*.yaml, *.json)", () => {
  /** One bad registry file next to the good one: its errors, with the good article and its source still loaded. */
  function registryAlone(name: string, make: (path: string) => void) {
    const root = contentDir({ "good-article.md": good });
    make(join(root, "sources", name));
    const result = check(root);
    expect(result.slugs).toContain("good-article");
    return result.errors;
  }
  const write = (text: string | Buffer) => (path: string) => writeFileSync(path, text);
  const alam = REGISTRY_FILES["alam-2014.yaml"]!;
  /** A second work: the fixture with its id, DOI and PMID changed, so that it is not a duplicate. */
  const other = alam
    .replace(/^id: .*$/m, "id: other-2020")
    .replace(/^DOI: .*$/m, 'DOI: "10.1000/other"')
    .replace(/^PMID: .*$/m, 'PMID: "1"');

  it("an empty file, a binary file, text that is not UTF-8", () => {
    expect(registryAlone("empty.yaml", write(""))).toEqual([
      "<sources>/empty.yaml:1 file — is empty; a registry file holds one work (id, type, title, …) or a list of them",
    ]);
    expect(
      registryAlone("image.json", write(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))),
    ).toEqual([
      "<sources>/image.json:3 file — is not text: it holds NUL bytes, as images, PDFs and word-processor files do; save it as plain-text YAML or JSON (UTF-8)",
    ]);
    expect(registryAlone("latin-one.yaml", write(Buffer.from("id: caf\xe9-2020\n", "latin1")))).toEqual([
      '<sources>/latin-one.yaml:1 file — is not UTF-8 text (byte 0xE9 at offset 7); save the file as UTF-8 (in most editors: "Save with encoding", UTF-8)',
    ]);
  });

  it("a folder named *.yaml, a broken link, an unreadable file, a file too large", () => {
    const root = contentDir({ "good-article.md": good });
    const sources = join(root, "sources");
    mkdirSync(join(sources, "folder.yaml"));
    symlinkSync(join(root, "nowhere.yaml"), join(sources, "broken-link.json"));
    writeFileSync(join(sources, "unreadable.yaml"), alam);
    writeFileSync(join(sources, "enormous.yaml"), `${other}abstract: "${"Words and more words. ".repeat(30_000)}"\n`);
    const { errors, slugs } = check(root);
    expect(errors).toEqual([
      `<sources>/broken-link.json (whole file) file — is a link to "${join(root, "nowhere.yaml")}", which does not exist; point the link at a file, or delete it`,
      "<sources>/enormous.yaml (whole file) file — is 661 kB; a content file may be at most 500 kB: give each work its own file, or remove pasted data",
      '<sources>/folder.yaml (whole file) file — is a folder, not a file; rename it so that its name does not end in ".yaml", or move it out of the content folder',
      "<sources>/unreadable.yaml (whole file) file — cannot be read: permission denied; make the file readable (chmod a+r) or remove it",
    ]);
    expect(slugs).toEqual(["good-article"]);
  });

  it("nesting deep enough to break the YAML parser, by brackets or by indentation", () => {
    expect(
      registryAlone("brackets.json", write(`{"id": "deep-2020", "note": ${"[".repeat(5000)}${"]".repeat(5000)}}`)),
    ).toEqual(["<sources>/brackets.json:1 yaml — has 5,001 brackets inside one another; at most 32 are allowed"]);
    const indented = `${other}note:\n${Array.from({ length: 70 }, (_, i) => `${" ".repeat(i + 1)}a:`).join("\n")} 1\n`;
    const line = other.split("\n").length + 65;
    expect(registryAlone("indented.yaml", write(indented))).toEqual([
      `<sources>/indented.yaml:${line} yaml — is indented 65 spaces; a registry file needs a few levels at most (the limit is 64 spaces)`,
    ]);
  });

  it("code points a web page may not contain, in the text and as escapes; a byte-order mark and CRLF pass", () => {
    const control = other.replace(/^title: .*$/m, "title: A title with \u0001 in it");
    const line = other.split("\n").findIndex((text) => text.startsWith("title:")) + 1;
    expect(registryAlone("control.yaml", write(control))).toEqual([
      `<sources>/control.yaml:${line} text — holds the invisible control character U+0001 (first at column 21), which a web page may not contain; delete it (often left by copying from another program)`,
    ]);
    const escaped = other.replace(/^title: .*$/m, 'title: "A bell \\x07 in a title"');
    expect(registryAlone("escaped.yaml", write(escaped))).toEqual([
      '<sources>/escaped.yaml:1 title — holds the invisible control character U+0007 (written as an escape such as "\\x01"), which a web page may not contain; remove it',
    ]);
    expect(registryAlone("windows.yaml", write(`\uFEFF${other.replace(/\n/g, "\r\n")}`))).toEqual([]);
  });

  it("a bad registry file is reported and the rest of the registry still loads", () => {
    const root = contentDir({ "good-article.md": good });
    const sources = join(root, "sources");
    writeFileSync(join(sources, "empty.yaml"), "");
    writeFileSync(join(sources, "binary.json"), Buffer.from([0, 1, 2]));
    mkdirSync(join(sources, "folder.yaml"));
    const { errors } = check(root);
    expect(errors.map((error) => error.split(" ")[0])).toEqual([
      "<sources>/binary.json:1",
      "<sources>/empty.yaml:1",
      "<sources>/folder.yaml",
    ]);
    expect(checkContent(root, { includeDrafts: true }).content.registry.has("alam-2014")).toBe(true);
  });
});
