// The site for AI assistants (llmstxt.org): its summary and notice, every article's Markdown copy
// and every study page, one line each. Written once at build time, like the pages.
import { getLlmsTxt } from "@/lib/content";

export const dynamic = "force-static";

export function GET() {
  return new Response(getLlmsTxt(), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
