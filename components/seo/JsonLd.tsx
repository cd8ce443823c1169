import { serializeJsonLd } from "@/lib/seo/json-ld";

/**
 * Structured data for search engines. A <script> holds raw text, so React's escaping would corrupt
 * the JSON; serializeJsonLd escapes "<" instead, which keeps content from closing the element.
 */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
