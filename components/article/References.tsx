import type { Reference, Source } from "@/lib/content";

function sourceLinks(source: Source) {
  const links: { href: string; label: string }[] = [];
  if (source.doi) links.push({ href: `https://doi.org/${source.doi}`, label: `doi:${source.doi}` });
  if (source.pmid) links.push({ href: `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`, label: `PubMed ${source.pmid}` });
  if (source.url) links.push({ href: source.url, label: new URL(source.url).hostname.replace(/^www\./, "") });
  return links;
}

export function References({ references }: { references: readonly Reference[] }) {
  return (
    <section className="references" aria-labelledby="references">
      <h2 id="references">References</h2>
      <ol>
        {references.map(({ number, source }) => (
          <li key={source.id} id={`ref-${source.id}`} value={number}>
            {/* "Gowda A, et al." already ends in a full stop; do not add a second. */}
            {source.authors && <>{source.authors.replace(/\.$/, "")}. </>}
            <cite>{source.title}</cite>
            {source.journal && <>. {source.journal}</>}. {source.year}.{" "}
            {sourceLinks(source).map((link, index) => (
              <span key={link.href}>
                {index > 0 && " · "}
                <a href={link.href} rel="noopener">
                  {link.label}
                </a>
              </span>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
