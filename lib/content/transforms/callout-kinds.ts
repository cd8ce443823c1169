// The kinds of callout an editor may write, as ":::<kind>[heading]" blocks. Three are the
// NHS's care-card levels (when to get help, from least to most urgent); "note" is an aside,
// and "common-practice" marks clinic habit that no study has tested.

export interface CalloutKind {
  /** Said first in the heading, so that the level is read out and printed, not shown by colour alone. */
  label: string;
  /** The rest of the heading when the editor gives none in brackets. */
  fallback?: string;
}

export const CALLOUT_KINDS = {
  note: { label: "Note" },
  "common-practice": { label: "Common practice", fallback: "what clinics usually do, not something studies have tested" },
  "non-urgent": { label: "Non-urgent advice", fallback: "see your practitioner or a GP if" },
  urgent: { label: "Urgent advice", fallback: "get medical advice today if" },
  emergency: { label: "Emergency", fallback: "call emergency services now if" },
} as const satisfies Record<string, CalloutKind>;

export type CalloutKindId = keyof typeof CALLOUT_KINDS;
export const CALLOUT_KIND_IDS = Object.keys(CALLOUT_KINDS) as CalloutKindId[];

/** Every class a callout may carry; the sanitizer allows exactly these. */
export const CALLOUT_CLASSES = ["callout", ...CALLOUT_KIND_IDS.map((kind) => `callout--${kind}`)];
