// What happens after a session, as steps on a line: when each happened and who measured it.
// Times are as their sources found them (hours in rat skin, days in people), never averaged.
import { px, wrapText } from "./measure";

export interface HealingStep {
  /** When, in the reader's words ("4 to 5 hours"). */
  when: string;
  what: string;
  /** Who or what was measured, and how ("Measured in rat skin: water-loss readings"). */
  measured: string;
  source: string;
}

export const HEALING_STEPS: readonly HealingStep[] = [
  {
    when: "During the session",
    what: "Needles open tiny channels and break small vessels; repair signals start",
    measured: "Described by DermNet, a skin reference site",
    source: "dermnet-skin-needling",
  },
  {
    when: "4 to 5 hours",
    what: "The skin's barrier had recovered",
    measured: "Measured in rat skin: water-loss readings",
    source: "kalluri-2011",
  },
  {
    when: "By 18 hours",
    what: "The channels had closed",
    measured: "Measured in rat skin: dye imaging, 0.77 mm needles",
    source: "kalluri-2011",
  },
  {
    when: "Up to 7 days",
    what: "Redness, swelling and dryness usually settle",
    measured: "In people: a review of reported side effects",
    source: "chu-2021",
  },
  {
    when: "Months",
    what: "In a trial, acne scars had improved at 6 months",
    measured: "In people: blinded ratings of photos, 15 people",
    source: "alam-2014",
  },
];

export interface HealingLayout {
  width: number;
  height: number;
  steps: (HealingStep & { number: number; y: number; whatLines: string[]; measuredLines: string[] })[];
  line: { x: number; top: number; bottom: number };
  sources: string[];
}

const WIDTH = 320;
const TEXT_LEFT = 40;
export const HEALING_FONT = { when: 14, what: 13, measured: 12 } as const;
const LINE = 17;

export function layoutHealingSteps(steps: readonly HealingStep[] = HEALING_STEPS): HealingLayout {
  let y = 22;
  const rows = steps.map((step, index) => {
    const whatLines = wrapText(step.what, WIDTH - TEXT_LEFT - 4, HEALING_FONT.what);
    const measuredLines = wrapText(step.measured, WIDTH - TEXT_LEFT - 4, HEALING_FONT.measured);
    const row = { ...step, number: index + 1, y: px(y), whatLines, measuredLines };
    y += LINE * (1 + whatLines.length + measuredLines.length) + 14;
    return row;
  });
  return {
    width: WIDTH,
    height: px(y),
    steps: rows,
    line: { x: 16, top: 22, bottom: rows.at(-1)?.y ?? 22 },
    sources: [...new Set(steps.map((step) => step.source))],
  };
}
