// Site-wide settings. The public origin comes from SITE_URL, checked once at start-up
// so that a typo fails loudly instead of producing broken canonical links.

export const SITE_NAME = "Microneedling, explained";
export const SITE_DESCRIPTION =
  "An evidence-first guide to microneedling in plain English: what it is, what the research shows, the risks, who should avoid it and aftercare.";

function readSiteUrl(raw: string | undefined): URL {
  const value = raw?.trim() || "http://localhost:3000";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.org (got "${value}")`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`SITE_URL must use http or https (got "${value}")`);
  }
  return new URL(url.origin);
}

export const SITE_URL = readSiteUrl(process.env.SITE_URL);

export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL).toString();
}
