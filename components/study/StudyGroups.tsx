import type { Study } from "@/lib/content";
import { DESIGNS } from "@/lib/content/sources/schema";
import { shortCitation } from "@/lib/content";
import { studyPath } from "@/lib/routes";
import { TOPICS } from "@/lib/topics";

const slug = (text: string) => text.replace(/[^a-z0-9]+/gi, "-").toLowerCase();

function StudyLink({ study }: { study: Study }) {
  return (
    <li>
      <a href={studyPath(study.source.id)}>{study.source.title}</a>{" "}
      <span className="meta">({shortCitation(study.source)})</span>
    </li>
  );
}

/** The evidence base listed twice: by study design (strongest kinds first) and by the topics whose articles cite each work. */
export function StudyGroups({ studies }: { studies: readonly Study[] }) {
  const byDesign = [...DESIGNS, undefined]
    .map((design) => ({ design, studies: studies.filter((study) => study.design === design) }))
    .filter((group) => group.studies.length > 0);
  const byTopic = TOPICS.map((topic) => ({
    topic,
    studies: studies.filter((study) => study.citedBy.some((citing) => citing.topic === topic.id)),
  })).filter((group) => group.studies.length > 0);
  return (
    <>
      <section aria-labelledby="by-design">
        <h2 id="by-design">By kind of study</h2>
        {byDesign.map(({ design, studies: group }) => (
          <section key={design ?? "other"} aria-labelledby={`design-${slug(design ?? "other")}`}>
            <h3 id={`design-${slug(design ?? "other")}`}>
              {design ? design[0]!.toUpperCase() + design.slice(1) : "Other sources"} ({group.length})
            </h3>
            <ul>
              {group.map((study) => (
                <StudyLink key={study.source.id} study={study} />
              ))}
            </ul>
          </section>
        ))}
      </section>
      <section aria-labelledby="by-topic">
        <h2 id="by-topic">By topic</h2>
        {byTopic.map(({ topic, studies: group }) => (
          <section key={topic.id} aria-labelledby={`topic-${topic.id}`}>
            <h3 id={`topic-${topic.id}`}>{topic.label}</h3>
            <ul>
              {group.map((study) => (
                <StudyLink key={study.source.id} study={study} />
              ))}
            </ul>
          </section>
        ))}
      </section>
    </>
  );
}
