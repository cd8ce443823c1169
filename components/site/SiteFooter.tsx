import Link from "next/link";
import { SITE_NAME } from "@/lib/site";
import { MedicalNotice } from "./MedicalNotice";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <MedicalNotice />
        <p>
          {SITE_NAME} carries no advertising and no sponsorship. <Link href="/about">How we write and check these pages</Link>.
        </p>
      </div>
    </footer>
  );
}
