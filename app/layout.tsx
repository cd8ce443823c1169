import type { Metadata, Viewport } from "next";
// The site-wide styles first, so that the components' CSS Modules come after them in the stylesheet.
// They are CSS Modules too, scoped under <html> (see tokens.module.css): Turbopack never puts global
// CSS and CSS Modules in the same file, and a page may wait for one stylesheet only.
import base from "./base.module.css";
import print from "./print.module.css";
import prose from "./prose.module.css";
import tokens from "./tokens.module.css";
import { LiveReload } from "@/components/dev/LiveReload";
import { ContentErrorsPanel } from "@/components/site/ContentErrorsPanel";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { SkipLink } from "@/components/site/SkipLink";
import { pageContentVersion } from "@/lib/content/content-changes";
import { siteMetadata } from "@/lib/seo/metadata";
import { settings } from "@/lib/settings.mjs";
import { MAIN_ID } from "@/lib/site";
import { siteScriptUrl } from "@/lib/site-script";

export const metadata: Metadata = siteMetadata();

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#16181b" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${tokens.root} ${base.root} ${prose.root} ${print.root}`}>
      <head>
        {/* The origin for printed link addresses (print.module.css); print-only, so it never blocks rendering. */}
        {/* eslint-disable-next-line @next/next/no-css-tags -- a generated route, not a CSS module Next could bundle */}
        <link rel="stylesheet" href="/print-origin.css" media="print" />
        {/* No first paint before <main> starts, that is before the whole header is parsed. Painted
            half-parsed (the stylesheet in, the page's bytes not all read), the header's row
            rearranged itself as its later links arrived: a layout shift on phones. Chromium unblocks
            an "expect" link when the element's start tag is parsed. */}
        <link rel="expect" href={`#${MAIN_ID}`} blocking="render" />
        {/* The site's only script (components/site-script.mjs): copy-link, share and search results, as
            progressive enhancement. A module, so it never blocks rendering. Next's own scripts are taken
            out of every page (server/framework-js.ts). */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred; the rule only knows async and defer */}
        <script type="module" src={siteScriptUrl()} />
      </head>
      <body>
        <SkipLink />
        <SiteHeader />
        <main id={MAIN_ID} tabIndex={-1}>
          <ContentErrorsPanel />
          {children}
        </main>
        <SiteFooter />
        {/* next dev only: the page refreshes itself when content is saved. Never rendered in production. */}
        {settings().NODE_ENV === "development" ? <LiveReload version={pageContentVersion()} /> : null}
      </body>
    </html>
  );
}
