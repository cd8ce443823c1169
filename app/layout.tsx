import type { Metadata, Viewport } from "next";
import { ContentErrorsPanel } from "@/components/site/ContentErrorsPanel";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { SkipLink } from "@/components/site/SkipLink";
import { siteMetadata } from "@/lib/seo/metadata";
import { SITE_URL } from "@/lib/site";
import "./globals.css";

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
    // The origin as a CSS string, so printed pages can show internal links in full (globals.css).
    <html lang="en" style={{ "--print-origin": JSON.stringify(SITE_URL.origin) } as React.CSSProperties}>
      <body>
        <SkipLink />
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          <ContentErrorsPanel />
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
