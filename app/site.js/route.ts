// The site's own script, served from the file as it is (lib/site-script.ts). Prerendered: a
// static file in the build and in the export.
import { siteScriptSource } from "@/lib/site-script";

export const dynamic = "force-static";

export function GET() {
  return new Response(siteScriptSource(), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
}
