// The site's name, description and public origin (SITE_URL, validated in lib/settings.mjs).
import { settings } from "./settings.mjs";

export const SITE_NAME = "Microneedling, explained";
/** The id of every page's <main> (app/layout.tsx): the skip link's target, and what a page waits for before it paints. */
export const MAIN_ID = "main";
export const SITE_DESCRIPTION =
  "An evidence-first guide to microneedling in plain English: what it is, what the research shows, the risks, who should avoid it and aftercare.";

/** The notice every page carries (components/site/MedicalNotice.tsx), and the AI copies too. */
export const MEDICAL_NOTICE = {
  lead: "Information, not medical advice.",
  text: "These pages explain what is known about microneedling. They cannot judge your skin or your health. Talk to a doctor, dermatologist or other qualified professional before you decide on treatment, and see one promptly if something goes wrong after it.",
};

export const SITE_URL = new URL(settings().SITE_URL ?? "http://localhost:3000");

export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL).toString();
}
