// The skin of the face at true relative scale, with needle lengths drawn against it.
// Every thickness is a measured figure from the registry; the layout is pure: data in,
// a description of the drawing out (components/diagrams/SkinLayersFigure.tsx draws it).
import { mmText, px, type Measured } from "./measure";

export interface SkinLayerData {
  /** The thinnest and thickest epidermis measured on the face, by one method. */
  epidermis: { thinnest: Measured & { where: string }; thickest: Measured & { where: string } };
  /** The thinnest and thickest dermis measured on the face, by the same method. */
  dermis: { thinnest: Measured & { where: string }; thickest: Measured & { where: string } };
  /** Needle lengths to draw, in mm. */
  needles: readonly number[];
}

/**
 * Histology (microscope slides) of 10 cadaver heads, 39 places on the face (chopra-2015).
 * Ultrasound of living skin reads a thicker outer band (meng-2022), so the two are never mixed here.
 */
export const FACE_SKIN: SkinLayerData = {
  epidermis: {
    thinnest: { mm: 0.03, where: "behind the ear", method: "histology", source: "chopra-2015" },
    thickest: { mm: 0.063, where: "upper lip", method: "histology", source: "chopra-2015" },
  },
  dermis: {
    thinnest: { mm: 0.76, where: "upper eyelid", method: "histology", source: "chopra-2015" },
    thickest: { mm: 1.97, where: "lower side of the nose", method: "histology", source: "chopra-2015" },
  },
  needles: [0.25, 0.5, 1, 1.5, 2, 2.5, 3],
};

/** The works the drawing and its caption cite: the histology it is drawn from, the ultrasound study the
 * caption compares it with, and the animal study showing that needles go in less far than their length. */
export const SKIN_SOURCES = ["chopra-2015", "meng-2022", "kalluri-2011"] as const;

/** What a fully inserted needle of this length would reach, by the measured layers. */
export type Reach =
  | "epidermis only"
  | "dermis everywhere measured"
  | "dermis, or below it where skin is thinnest"
  | "below the dermis everywhere measured";

export interface NeedleMark {
  mm: number;
  label: string;
  x: number;
  /** The tip's y. */
  tip: number;
  reach: Reach;
}

export interface SkinLayersLayout {
  width: number;
  height: number;
  /** Drawing units per millimetre: the same for every layer and needle. */
  scale: number;
  surface: number;
  /** The epidermis band: its thinnest and thickest bottom edge. */
  epidermis: { thin: number; thick: number };
  /** The bottom of the dermis: thinnest and thickest (thickest epidermis on top of each, the deepest the range can go). */
  dermisBottom: { thin: number; thick: number };
  bottom: number;
  /** Three strips of skin tone across the drawing. */
  tones: { x: number; width: number; tone: "light" | "medium" | "deep" }[];
  needles: NeedleMark[];
  /** Depth ruler marks, every 0.5 mm. */
  ruler: { y: number; label: string }[];
  sources: string[];
  /** The text alternative: one line a needle, then the layers. */
  lines: string[];
}

const WIDTH = 320;
const TOP = 28;
const LEFT = 40;
/** The share of the width kept for the layers' names. */
const NAME_ROOM = 0.36;

export function reachOf(mm: number, data: SkinLayerData): Reach {
  const { epidermis, dermis } = data;
  if (mm <= epidermis.thinnest.mm) return "epidermis only";
  if (mm <= epidermis.thinnest.mm + dermis.thinnest.mm) return "dermis everywhere measured";
  if (mm <= epidermis.thickest.mm + dermis.thickest.mm) return "dermis, or below it where skin is thinnest";
  return "below the dermis everywhere measured";
}

export function layoutSkinLayers(data: SkinLayerData = FACE_SKIN): SkinLayersLayout {
  const deepest = Math.max(...data.needles, data.epidermis.thickest.mm + data.dermis.thickest.mm);
  const depth = Math.ceil((deepest + 0.25) * 2) / 2; // room below the deepest thing, to the next half millimetre
  const scale = 100; // 1 mm = 100 units: a 320-unit-wide drawing shows about 3 mm of skin
  const surface = TOP;
  const y = (mm: number) => px(surface + mm * scale);
  const span = WIDTH - LEFT - 8;
  const tones = (["light", "medium", "deep"] as const).map((tone, index) => ({
    tone,
    x: px(LEFT + (index * span) / 3),
    width: px(span / 3),
  }));
  // The left of the drawing keeps room for the layers' names; the needles stand to its right.
  const needleLeft = LEFT + span * NAME_ROOM;
  const step = (span * (1 - NAME_ROOM)) / data.needles.length;
  const needles = data.needles.map((mm, index) => ({
    mm,
    label: mmText(mm).replace(" mm", ""),
    x: px(needleLeft + step * (index + 0.5)),
    tip: y(mm),
    reach: reachOf(mm, data),
  }));
  const ruler = Array.from({ length: depth * 2 + 1 }, (_, index) => index / 2).map((mm) => ({
    y: y(mm),
    label: mmText(mm),
  }));
  const { epidermis, dermis } = data;
  const sources = [
    ...new Set([epidermis.thinnest, epidermis.thickest, dermis.thinnest, dermis.thickest].map((m) => m.source)),
  ];
  const lines = [
    `Epidermis (outer layer): ${mmText(epidermis.thinnest.mm)} (${epidermis.thinnest.where}) to ${mmText(epidermis.thickest.mm)} (${epidermis.thickest.where}).`,
    `Dermis (the layer below, where collagen is made): ${mmText(dermis.thinnest.mm)} (${dermis.thinnest.where}) to ${mmText(dermis.thickest.mm)} (${dermis.thickest.where}).`,
    "Fat lies below the dermis; its thickness is not drawn to scale.",
    ...needles.map((needle) => `A ${mmText(needle.mm)} needle, if fully inserted, would reach: ${needle.reach}.`),
  ];
  return {
    width: WIDTH,
    height: px(surface + depth * scale + 4),
    scale,
    surface,
    epidermis: { thin: y(epidermis.thinnest.mm), thick: y(epidermis.thickest.mm) },
    dermisBottom: {
      thin: y(epidermis.thinnest.mm + dermis.thinnest.mm),
      thick: y(epidermis.thickest.mm + dermis.thickest.mm),
    },
    bottom: y(depth),
    tones,
    needles,
    ruler,
    sources,
    lines,
  };
}
