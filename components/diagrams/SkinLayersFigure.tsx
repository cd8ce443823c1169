import type { Reference } from "@/lib/content";
import { mmText } from "@/lib/diagrams/measure";
import { FACE_SKIN, layoutSkinLayers, SKIN_SOURCES, type SkinLayerData } from "@/lib/diagrams/skin-layers";
import styles from "./Diagram.module.css";
import { DiagramFrame } from "./DiagramFrame";

const TONE_FILL = { light: "var(--skin-light)", medium: "var(--skin-medium)", deep: "var(--skin-deep)" } as const;

/** Face skin at true relative scale (histology), in three skin tones, with needle lengths against it. */
export function SkinLayersFigure({
  references,
  data = FACE_SKIN,
}: {
  references: readonly Reference[];
  data?: SkinLayerData;
}) {
  const layout = layoutSkinLayers(data);
  const { epidermis, dermis } = data;
  const right = layout.width - 8;
  const left = layout.tones[0]!.x;
  return (
    <DiagramFrame
      id="figure-skin-layers"
      title="How deep microneedles reach in the skin of the face, drawn to scale"
      description={`The skin of the face drawn to scale in three skin tones: a thin epidermis on top (${mmText(epidermis.thinnest.mm)} to ${mmText(epidermis.thickest.mm)}), the dermis below it (${mmText(dermis.thinnest.mm)} to ${mmText(dermis.thickest.mm)} thick), then fat. Needles of ${layout.needles.map((n) => n.label).join(", ")} mm are drawn against the layers at the same scale. Thicknesses measured by histology.`}
      width={layout.width}
      height={layout.height}
      lines={layout.lines}
      sources={[...SKIN_SOURCES]}
      references={references}
      caption={
        <>
          <p>
            Drawn to scale: 1 mm is the same length for every layer and needle. Layer thicknesses are the thinnest and
            thickest places on the face measured under the microscope in skin from the heads of 10 people who had died
            (histology). Ultrasound of living faces reads the outer layer as about 0.2 mm, several times thicker, so
            figures from the two methods should not be mixed. Skin is thinner in some people and places, and thins with
            age in women.
          </p>
          <p>
            A needle&apos;s length is not how deep it goes: in rat skin, 0.77 mm needles made channels about 0.15 mm
            deep.
          </p>
        </>
      }
    >
      {layout.tones.map((strip) => (
        <g key={strip.tone}>
          <rect
            x={strip.x}
            y={layout.dermisBottom.thin}
            width={strip.width}
            height={layout.bottom - layout.dermisBottom.thin}
            fill="var(--fat)"
          />
          <rect
            x={strip.x}
            y={layout.surface}
            width={strip.width}
            height={layout.dermisBottom.thin - layout.surface}
            fill="var(--dermis)"
          />
          <rect
            x={strip.x}
            y={layout.surface}
            width={strip.width}
            height={layout.dermisBottom.thin - layout.surface}
            fill={TONE_FILL[strip.tone]}
            opacity={0.35}
          />
          <rect
            x={strip.x}
            y={layout.dermisBottom.thin}
            width={strip.width}
            height={layout.dermisBottom.thick - layout.dermisBottom.thin}
            fill="var(--dermis)"
            opacity={0.5}
          />
          <rect
            x={strip.x}
            y={layout.surface}
            width={strip.width}
            height={Math.max(2, layout.epidermis.thick - layout.surface)}
            fill={TONE_FILL[strip.tone]}
          />
        </g>
      ))}
      <line
        x1={left}
        x2={right}
        y1={layout.dermisBottom.thin}
        y2={layout.dermisBottom.thin}
        stroke="var(--needle)"
        strokeDasharray="4 3"
      />
      <line
        x1={left}
        x2={right}
        y1={layout.dermisBottom.thick}
        y2={layout.dermisBottom.thick}
        stroke="var(--needle)"
        strokeDasharray="4 3"
      />
      {layout.ruler.map((mark) => (
        <g key={mark.label}>
          <line className={styles.rule} x1={left - 6} x2={left} y1={mark.y} y2={mark.y} />
          <text className={styles.small} x={left - 8} y={mark.y + 4} textAnchor="end">
            {mark.label.replace(" mm", "")}
          </text>
        </g>
      ))}
      <text className={styles.small} x={0} y={layout.surface - 8}>
        mm
      </text>
      <text className={styles.label} x={left + 2} y={layout.surface - 10}>
        Epidermis {mmText(epidermis.thinnest.mm).replace(" mm", "")}–{mmText(epidermis.thickest.mm)}
      </text>
      <text className={styles.onSkin} x={left + 4} y={layout.surface + 50}>
        Dermis
      </text>
      <text className={styles.onSkin} x={left + 4} y={layout.dermisBottom.thin + 22}>
        Dermis ends
      </text>
      <text className={styles.onSkin} x={left + 4} y={layout.dermisBottom.thin + 40}>
        {mmText(dermis.thinnest.mm).replace(" mm", "")}–{mmText(dermis.thickest.mm)}
      </text>
      <text className={styles.onSkin} x={left + 4} y={layout.bottom - 24}>
        Fat
      </text>
      <text className={styles.onSkin} x={left + 4} y={layout.bottom - 8}>
        (not to scale)
      </text>
      {layout.needles.map((needle) => (
        <g key={needle.mm}>
          <circle cx={needle.x} cy={layout.surface - 3} r={3} fill="var(--needle)" stroke="#ffffff" strokeWidth={1} />
          <line x1={needle.x} x2={needle.x} y1={layout.surface - 2} y2={needle.tip} stroke="#ffffff" strokeWidth={4} />
          <line
            x1={needle.x}
            x2={needle.x}
            y1={layout.surface - 2}
            y2={needle.tip}
            stroke="var(--needle)"
            strokeWidth={2}
          />
          <text className={styles.onSkin} x={needle.x} y={needle.tip + 15} textAnchor="middle">
            {needle.label}
          </text>
        </g>
      ))}
    </DiagramFrame>
  );
}
