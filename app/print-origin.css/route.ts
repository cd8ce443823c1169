// The site's origin as a CSS variable for the print stylesheet, which prints full
// addresses after links. A stylesheet of its own rather than an inline style, which
// the Content-Security-Policy (style-src 'self') does not allow.
import { SITE_URL } from "@/lib/site";

export const dynamic = "force-static";

export function GET() {
  return new Response(`:root { --print-origin: ${JSON.stringify(SITE_URL.origin)}; }\n`, {
    headers: { "Content-Type": "text/css; charset=utf-8" },
  });
}
