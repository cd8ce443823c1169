// Formatting shared by pages and components.

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "21 November 2026": unambiguous for readers everywhere; UTC so build and reader agree. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "2026-11-21", for <time dateTime> and machine-readable files. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
