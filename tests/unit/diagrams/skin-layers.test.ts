// The skin drawing is laid out from its measured data: other thicknesses or needles give another drawing.
import { describe, expect, it } from "vitest";
import { FACE_SKIN, layoutSkinLayers, reachOf, type SkinLayerData } from "@/lib/diagrams/skin-layers";

const thickerDermis: SkinLayerData = {
  ...FACE_SKIN,
  dermis: { thinnest: { ...FACE_SKIN.dermis.thinnest, mm: 1.2 }, thickest: { ...FACE_SKIN.dermis.thickest, mm: 2.4 } },
};

describe("skin layers", () => {
  it("draws every layer and needle at one scale, from the measured millimetres", () => {
    const layout = layoutSkinLayers(FACE_SKIN);
    expect(layout.epidermis.thick - layout.surface).toBeCloseTo(FACE_SKIN.epidermis.thickest.mm * layout.scale, 0);
    expect(layout.dermisBottom.thin - layout.surface).toBeCloseTo(
      (FACE_SKIN.epidermis.thinnest.mm + FACE_SKIN.dermis.thinnest.mm) * layout.scale,
      0,
    );
    const three = layout.needles.find((needle) => needle.mm === 3)!;
    const quarter = layout.needles.find((needle) => needle.mm === 0.25)!;
    expect((three.tip - layout.surface) / (quarter.tip - layout.surface)).toBeCloseTo(12, 1);
    expect(layout.tones.map((strip) => strip.tone)).toEqual(["light", "medium", "deep"]);
  });

  it("changes when the data changes: a thicker dermis moves its bottom and what a needle reaches", () => {
    const before = layoutSkinLayers(FACE_SKIN);
    const after = layoutSkinLayers(thickerDermis);
    expect(after.dermisBottom.thick).toBeGreaterThan(before.dermisBottom.thick);
    expect(reachOf(1, FACE_SKIN)).toBe("dermis, or below it where skin is thinnest");
    expect(reachOf(1, thickerDermis)).toBe("dermis everywhere measured");
    expect(after.lines).toContain(
      "Dermis (the layer below, where collagen is made): 1.2 mm (upper eyelid) to 2.4 mm (lower side of the nose).",
    );
  });

  it("draws the needles it is given, and its ruler reaches past the longest", () => {
    const layout = layoutSkinLayers({ ...FACE_SKIN, needles: [0.5, 4] });
    expect(layout.needles.map((needle) => needle.label)).toEqual(["0.5", "4"]);
    expect(layout.ruler.at(-1)!.label).toBe("4.5 mm");
    expect(layout.lines.filter((line) => line.startsWith("A "))).toEqual([
      "A 0.5 mm needle, if fully inserted, would reach: dermis everywhere measured.",
      "A 4 mm needle, if fully inserted, would reach: below the dermis everywhere measured.",
    ]);
  });
});
