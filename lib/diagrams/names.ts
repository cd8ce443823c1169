// The figures an editor may place in an article with a `::figure{name="…"}` line
// (lib/content/transforms/figures.ts reads it). Each name's drawing is in this folder;
// `needs` is the article's front matter it draws from, checked when the article is parsed.
import { HEALING_STEPS } from "./healing-steps";
import { SKIN_SOURCES } from "./skin-layers";
export const FIGURES = {
  "skin-layers": { title: "How deep the needles go", needs: undefined },
  "healing-steps": { title: "What happens after a session", needs: undefined },
  "evidence-chart": { title: "The evidence at a glance", needs: "claims" },
  "course-timeline": { title: "A course of treatment", needs: "plans" },
} as const;

export type FigureName = keyof typeof FIGURES;

export const FIGURE_NAMES = Object.keys(FIGURES) as FigureName[];

export const isFigureName = (name: string): name is FigureName => Object.hasOwn(FIGURES, name);

/** The registry works a drawing's own figures come from (a chart of the article's data cites what the data cites). */
export function figureSources(name: FigureName): readonly string[] {
  switch (name) {
    case "skin-layers":
      return [...SKIN_SOURCES];
    case "healing-steps":
      return [...new Set(HEALING_STEPS.map((step) => step.source))];
    default:
      return [];
  }
}
