// Front-matter fields that point at a heading of the same article (the check's conditions,
// the aftercare timeline) must name a heading that exists, so a reader's link lands.
// Reads the raw front matter, so that this is reported even when other fields are wrong.

export interface SectionRef {
  /** Path of the field in the front matter, e.g. ["conditions", 2, "section"]. */
  path: [string, number, "section"];
  id: string;
}

const FIELDS = ["conditions", "timeline"] as const;

export function sectionRefs(data: unknown): SectionRef[] {
  const meta = (data ?? {}) as Record<string, unknown>;
  return FIELDS.flatMap((field) => {
    const items = Array.isArray(meta[field]) ? (meta[field] as unknown[]) : [];
    return items.flatMap((item, index): SectionRef[] => {
      const id = (item as { section?: unknown } | null)?.section;
      return typeof id === "string" ? [{ path: [field, index, "section"], id }] : [];
    });
  });
}

/** The references that name no heading; `ids` are the article's ## and ### ids. */
export function missingSections(data: unknown, ids: readonly string[]): SectionRef[] {
  return sectionRefs(data).filter((ref) => !ids.includes(ref.id));
}
