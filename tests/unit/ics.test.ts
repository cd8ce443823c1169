// The calendar file, checked line by line against RFC 5545: CRLF line ends, content lines
// folded at 75 octets, escaped text, and the properties each component requires.
import { describe, expect, it } from "vitest";
import { parseTestArticle as parseArticle } from "./fixtures";
import { parseIsoDate } from "@/lib/plan/dates";
import { buildCalendar, escapeText, foldLine } from "@/lib/plan/ics";
import { scheduleCalendar } from "@/lib/plan/plan-calendar";
import { readPlanRequest } from "@/lib/plan/plan-request";
import { articleSource } from "./fixtures";

const octets = (text: string) => Buffer.byteLength(text, "utf8");

/** RFC 5545 3.1: a CRLF followed by one space or tab is removed when reading. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

/** The components and their properties, from unfolded lines. */
function parse(text: string) {
  const lines = unfold(text).split("\r\n");
  expect(lines.pop()).toBe(""); // the file ends with CRLF
  const components: { name: string; props: [string, string][] }[] = [];
  const stack: { name: string; props: [string, string][] }[] = [];
  for (const line of lines) {
    const colon = line.indexOf(":");
    expect(colon, line).toBeGreaterThan(0);
    const [name, value] = [line.slice(0, colon), line.slice(colon + 1)];
    if (name === "BEGIN") stack.push({ name: value, props: [] });
    else if (name === "END") {
      const done = stack.pop()!;
      expect(done.name).toBe(value);
      components.push(done);
    } else stack.at(-1)!.props.push([name, value]);
  }
  expect(stack).toEqual([]);
  return components;
}

const plans = parseArticle(
  articleSource({
    front: `plans:
  - goal: acne-scars
    label: "Scars; acne, burn and other"
    basis: trials
    sessions: { min: 2, max: 4, typical: 3 }
    interval: { unit: weeks, min: 2, max: 4, typical: 4 }
    maintenance: { afterWeeks: 26, basis: clinic practice }
    sources: [alam-2014]
`,
  }),
  "content/articles/x.md",
).article!.meta.plans!;

const schedule = readPlanRequest(
  { goal: "acne-scars", start: "2027-01-31" },
  plans,
  parseIsoDate("2026-11-21")!,
).schedule!;
const context = {
  siteName: "Microneedling, explained",
  planUrl: "https://example.org/plan?goal=acne-scars&start=2027-01-31",
  host: "example.org",
  stamp: new Date("2026-11-21T09:05:07.123Z"),
};
const ics = scheduleCalendar(schedule, context);

describe("the planner's calendar file", () => {
  it("ends every line with CRLF and has no bare CR or LF", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("keeps every line within 75 octets, continuations starting with one space", () => {
    const lines = ics.split("\r\n").slice(0, -1);
    for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true); // the long description was folded
    for (const line of lines.filter((l) => l.startsWith(" "))) expect(line[1]).not.toBe(" ");
  });

  it("has a calendar with VERSION 2.0 and a PRODID", () => {
    const calendar = parse(ics).find((component) => component.name === "VCALENDAR")!;
    expect(calendar.props).toContainEqual(["VERSION", "2.0"]);
    expect(calendar.props.find(([name]) => name === "PRODID")?.[1]).toBe(
      "-//Microneedling, explained//Session planner//EN",
    );
  });

  it("has one all-day event per session and one for the top-up, each with UID, DTSTAMP and a DATE start", () => {
    const events = parse(ics).filter((component) => component.name === "VEVENT");
    expect(events).toHaveLength(4);
    const props = events.map((event) => Object.fromEntries(event.props));
    expect(props.map((event) => event["DTSTART;VALUE=DATE"])).toEqual(["20270131", "20270228", "20270328", "20270926"]);
    expect(props.map((event) => event["DTEND;VALUE=DATE"])).toEqual(["20270201", "20270301", "20270329", "20270927"]);
    for (const event of props) {
      expect(event.DTSTAMP).toBe("20261121T090507Z");
      expect(event.UID).toMatch(/^[\w.-]+@example\.org$/);
    }
    expect(new Set(props.map((event) => event.UID)).size).toBe(4);
    expect(props[0]!.SUMMARY).toBe("Microneedling session 1 of 3 (scars\\; acne\\, burn and other)");
    expect(props[3]!.DESCRIPTION).toMatch(/^Timing from clinic practice\. /);
    expect(props[0]!.URL).toBe(context.planUrl);
  });

  it("gives the same UIDs for the same plan, so importing again updates instead of duplicating", () => {
    const again = scheduleCalendar(schedule, { ...context, stamp: new Date("2027-01-01T00:00:00Z") });
    const uids = (text: string) =>
      parse(text).flatMap((c) => c.props.filter(([name]) => name === "UID").map(([, value]) => value));
    expect(uids(again)).toEqual(uids(ics));
  });
});

describe("foldLine and escapeText", () => {
  it("folds at 75 octets without splitting a multi-byte character", () => {
    const line = `SUMMARY:${"é".repeat(60)}${"→".repeat(30)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(line);
    expect(folded).not.toContain("\uFFFD");
    expect(Buffer.from(folded, "utf8").toString("utf8")).toBe(folded);
  });

  it("leaves a line of exactly 75 octets alone and folds one of 76", () => {
    expect(foldLine("X".repeat(75))).toBe("X".repeat(75));
    expect(foldLine("X".repeat(76))).toBe(`${"X".repeat(75)}\r\n X`);
  });

  it("escapes backslash, semicolon, comma and line breaks in text", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("writes an empty calendar that is still valid", () => {
    const empty = buildCalendar({ prodId: "-//x//y//EN", name: "Empty", stamp: new Date(0), events: [] });
    expect(empty).toBe(
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Empty\r\nEND:VCALENDAR\r\n",
    );
  });
});
