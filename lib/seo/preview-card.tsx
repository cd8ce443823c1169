import { SANS, SERIF } from "@/lib/seo/preview-fonts";

/** Title sizes that keep up to three lines inside the card. */
function titleSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 64) return 64;
  return 54;
}

/**
 * The 1200×630 card drawn by next/og (satori): only flexbox and inline styles. Colours are the
 * site's light theme, so a shared link looks like the page it opens.
 */
export function PreviewCard({ eyebrow, title, footer }: { eyebrow: string; title: string; footer: string }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        background: "#fbfaf7",
        color: "#1d2125",
        fontFamily: SANS,
      }}
    >
      <div style={{ width: 24, height: "100%", background: "#0b5c6b" }} />
      <div
        style={{
          flex: 1,
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "72px 80px 64px 72px",
        }}
      >
        <div
          style={{
            display: "flex",
            fontSize: 32,
            fontWeight: 600,
            letterSpacing: 2,
            textTransform: "uppercase",
            color: "#0b5c6b",
          }}
        >
          {eyebrow}
        </div>
        <div
          style={{ display: "flex", fontFamily: SERIF, fontWeight: 600, fontSize: titleSize(title), lineHeight: 1.15 }}
        >
          {title}
        </div>
        <div
          style={{
            display: "flex",
            justifyContent: "space-between",
            alignItems: "center",
            borderTop: "2px solid #d9d6cf",
            paddingTop: 28,
          }}
        >
          <div style={{ display: "flex", fontSize: 34, fontWeight: 600 }}>{footer}</div>
          <div style={{ display: "flex", fontSize: 26, color: "#50575e" }}>Information, not medical advice</div>
        </div>
      </div>
    </div>
  );
}
