// `next dev` only: a file named route.dev.ts is a route only where next.config.mjs lists "dev.ts"
// among the page extensions, which it does for the development server alone.
import { contentChangeStream } from "@/lib/content/content-changes";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return contentChangeStream(request.signal);
}
