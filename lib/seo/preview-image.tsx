// Draws a preview card to a PNG with next/og, in the fonts that ship with the project.
import { ImageResponse } from "next/og";
import { PreviewCard } from "./preview-card";
import { previewFonts } from "./preview-fonts";

export const PREVIEW_SIZE = { width: 1200, height: 630 };

export function previewImage(card: { eyebrow: string; title: string; footer: string }): ImageResponse {
  const { fonts, drawable } = previewFonts();
  return new ImageResponse(
    <PreviewCard eyebrow={drawable(card.eyebrow)} title={drawable(card.title)} footer={drawable(card.footer)} />,
    { ...PREVIEW_SIZE, fonts },
  );
}
