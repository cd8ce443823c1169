import Link from "next/link";
import { SITE_NAME } from "@/lib/site";
import { MedicalNotice } from "./MedicalNotice";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <MedicalNotice />
        <nav aria-label="Tools" className="footer-tools">
          <span>Tools:</span>{" "}
          <Link href="/plan">Session planner</Link> · <Link href="/check">Is it for me?</Link> · <Link href="/glossary">Glossary</Link>
        </nav>
        <p>
          {SITE_NAME} carries no advertising and no sponsorship. <Link href="/about">How we write and check these pages</Link>.
        </p>
      </div>
    </footer>
  );
}
