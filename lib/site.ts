// The site's name, description and public origin (SITE_URL, validated in lib/settings.mjs).
import { settings } from "./settings.mjs";

export const SITE_NAME = "Microneedling, explained";
export const SITE_DESCRIPTION =
  "An evidence-first guide to microneedling in plain English: what it is, what the research shows, the risks, who should avoid it and aftercare.";

export const SITE_URL = new URL(settings().SITE_URL ?? "http://localhost:3000");

export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL).toString();
}
