// Session dates are calendar days kept at UTC midnight, so the reader's (or the server's)
// time zone must never move them. Each test runs in several zones, including two that
// sit either side of the date line and change their clocks for daylight saving.
import { afterAll, describe, expect, it } from "vitest";
import {
  addMonths,
  formatLongDate,
  parseIsoDate,
  sessionDates,
  toIsoDate,
  utcDay,
  type Interval,
} from "@/lib/plan/dates";

const ZONES = ["UTC", "Pacific/Auckland", "America/Los_Angeles"];
const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

/** Runs `body` once per zone, with the process's local time zone set to it. */
function inEveryZone(name: string, body: () => void) {
  it.each(ZONES)(`${name} (TZ=%s)`, (zone) => {
    process.env.TZ = zone;
    body();
  });
}

const dates = (start: string, interval: Interval, sessions: number) =>
  sessionDates(parseIsoDate(start)!, interval, sessions).map(toIsoDate);

describe("the time zone setting itself", () => {
  it("takes effect, so the tests below really run in different zones", () => {
    const offsets = ZONES.map((zone) => {
      process.env.TZ = zone;
      return new Date(Date.UTC(2027, 0, 15)).getTimezoneOffset();
    });
    expect(offsets).toEqual([0, -780, 480]);
  });
});

describe("parseIsoDate", () => {
  inEveryZone("reads real dates as that day at 00:00 UTC", () => {
    expect(parseIsoDate("2027-01-31")?.toISOString()).toBe("2027-01-31T00:00:00.000Z");
    expect(parseIsoDate(" 2028-02-29 ")?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });

  inEveryZone("refuses dates that do not exist and text that is not a date", () => {
    for (const text of [
      "2027-02-29",
      "2026-02-30",
      "2026-13-01",
      "2026-00-10",
      "2026-4-1",
      "01/12/2026",
      "tomorrow",
      "",
      "2026-12-01T10:00",
    ]) {
      expect(parseIsoDate(text), text).toBeUndefined();
    }
  });
});

describe("sessionDates", () => {
  inEveryZone("steps by whole weeks across month and year ends", () => {
    expect(dates("2026-12-15", { count: 2, unit: "weeks" }, 3)).toEqual(["2026-12-15", "2026-12-29", "2027-01-12"]);
  });

  inEveryZone("lands on a leap day and steps over it", () => {
    expect(dates("2028-02-15", { count: 2, unit: "weeks" }, 3)).toEqual(["2028-02-15", "2028-02-29", "2028-03-14"]);
    expect(dates("2027-02-15", { count: 2, unit: "weeks" }, 2)).toEqual(["2027-02-15", "2027-03-01"]);
  });

  inEveryZone("keeps weekly dates on whole days across daylight-saving changes", () => {
    // Los Angeles springs forward on 14 March 2027; Auckland falls back on 4 April 2027.
    expect(dates("2027-03-08", { count: 1, unit: "weeks" }, 5)).toEqual([
      "2027-03-08",
      "2027-03-15",
      "2027-03-22",
      "2027-03-29",
      "2027-04-05",
    ]);
    for (const date of sessionDates(parseIsoDate("2027-03-08")!, { count: 1, unit: "weeks" }, 5))
      expect(date.getUTCHours()).toBe(0);
  });

  inEveryZone("puts a missing month day on the month's last day, counted from the start so it does not drift", () => {
    expect(dates("2027-01-31", { count: 1, unit: "months" }, 5)).toEqual([
      "2027-01-31",
      "2027-02-28",
      "2027-03-31",
      "2027-04-30",
      "2027-05-31",
    ]);
    expect(dates("2028-01-31", { count: 1, unit: "months" }, 2)).toEqual(["2028-01-31", "2028-02-29"]);
    expect(dates("2026-11-30", { count: 3, unit: "months" }, 3)).toEqual(["2026-11-30", "2027-02-28", "2027-05-30"]);
  });

  inEveryZone("moves a leap-day start to 28 February in the years without one", () => {
    expect(toIsoDate(addMonths(parseIsoDate("2028-02-29")!, 12))).toBe("2029-02-28");
    expect(toIsoDate(addMonths(parseIsoDate("2028-02-29")!, 48))).toBe("2032-02-29");
  });
});

describe("formatting and today", () => {
  inEveryZone("formats the stored day, whatever the local zone", () => {
    expect(formatLongDate(parseIsoDate("2027-01-31")!)).toBe("Sunday 31 January 2027");
    expect(formatLongDate(parseIsoDate("2028-02-29")!)).toBe("Tuesday 29 February 2028");
  });

  inEveryZone("takes today as the UTC calendar day", () => {
    // 23:30 in Los Angeles on 31 Dec is already 1 January in UTC (and midday in Auckland).
    expect(toIsoDate(utcDay(new Date("2027-01-01T07:30:00Z")))).toBe("2027-01-01");
    expect(utcDay(new Date("2027-01-01T23:59:59Z")).toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });
});
