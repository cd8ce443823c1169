import type { Section } from "@/lib/content";

export function TableOfContents({ sections }: { sections: readonly Section[] }) {
  return (
    <nav className="toc" aria-label="Contents" data-pagefind-ignore>
      <h2 className="toc__title">Contents</h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
        <li>
          <a href="#references">References</a>
        </li>
      </ol>
    </nav>
  );
}
