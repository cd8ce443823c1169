// Every figure the tools show comes from front matter: on a copy of the real content with
// the sessions, conditions and timeline data changed, the built site shows the change.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, toIsoDate, utcDay } from "@/lib/plan/dates";
import { copyContent, run, serve } from "./sites";

const DIST = ".next-test-tools";
const content = copyContent();
let server: { baseUrl: string; stop: () => void } | undefined;

/** Replaces `from` with `to` in a content file, failing loudly if `from` is not there. */
function edit(file: string, from: string | RegExp, to: string) {
  const path = join(content, "articles", file);
  const before = readFileSync(path, "utf8");
  const after = before.replace(from, to);
  expect(after, `${file}: ${from}`).not.toBe(before);
  writeFileSync(path, after);
}

beforeAll(async () => {
  edit("how-many-sessions.md", "sessions: { min: 2, max: 3, typical: 3 }", "sessions: { min: 2, max: 7, typical: 7 }");
  edit(
    "how-many-sessions.md",
    'clinicInterval: { unit: weeks, min: 4, max: 6 }\n    note: "Studies used',
    'clinicInterval: { unit: weeks, min: 4, max: 6 }\n    maintenance: { afterWeeks: 10, basis: clinic practice }\n    note: "Studies used',
  );
  edit("who-should-avoid-microneedling.md", /(- id: pregnancy\n(?:    .*\n)*?    outcome: )wait/, "$1do-not");
  edit("microneedling-aftercare.md", 'when: "Day 1"', 'when: "The first day and night"');
  const build = run("npm", ["run", "build"], { CONTENT_DIR: content, BUILD_DIR: DIST });
  expect(build.status, build.output).toBe(0);
  server = await serve("start", { CONTENT_DIR: content, BUILD_DIR: DIST });
}, 240_000);

afterAll(() => {
  server?.stop();
  rmSync(DIST, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
});

describe("the tools on a copy with changed front matter", () => {
  it("plans the changed number of sessions and the new top-up, in the page and the calendar", async () => {
    const start = addDays(utcDay(new Date()), 14);
    const query = `goal=acne-scars&start=${toIsoDate(start)}`;
    // React marks the seams between text parts with empty comments; read the text without them.
    const page = (await (await fetch(`${server!.baseUrl}/plan?${query}`)).text()).replaceAll("<!-- -->", "");
    expect(page.match(/>Session \d+<\/span>/g)).toHaveLength(7);
    expect(page).toContain("2 to 7 (typically 7)");
    // The top-up: 10 weeks after the 7th session, which is 6 × 4 weeks after the start.
    const topUp = toIsoDate(addDays(start, 6 * 28 + 70));
    expect(page).toContain(`<time dateTime="${topUp}">`);
    const ics = await (await fetch(`${server!.baseUrl}/plan/calendar.ics?${query}`)).text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(8);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${topUp.replaceAll("-", "")}`);
  });

  it("moves an answer to the group the content now gives it", async () => {
    const page = await (await fetch(`${server!.baseUrl}/check?pregnancy=yes`)).text();
    const doNot = page.slice(page.indexOf('data-outcome="do-not"'), page.indexOf("Whatever your answers"));
    expect(doNot).toContain('data-condition="pregnancy"');
    expect(page).not.toContain('data-outcome="wait"');
  });

  it("shows the changed stage of the aftercare timeline", async () => {
    for (const path of ["/articles/microneedling-aftercare", "/articles/microneedling-aftercare/timeline"]) {
      const page = await (await fetch(server!.baseUrl + path)).text();
      expect(page, path).toContain(">The first day and night</h");
      expect(page, path).not.toContain(">Day 1</h");
    }
  });
});
