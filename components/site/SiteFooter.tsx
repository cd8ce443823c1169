import Link from "next/link";
import { Fragment } from "react";
import { FOOTER_LINKS } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";
import { MedicalNotice } from "./MedicalNotice";
import styles from "./SiteFooter.module.css";

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <MedicalNotice />
        <nav aria-label="Tools" className={styles.tools}>
          <span>Tools:</span>{" "}
          {FOOTER_LINKS.map(({ href, label }, index) => (
            <Fragment key={href}>
              {index > 0 && " · "}
              <Link href={href}>{label}</Link>
            </Fragment>
          ))}
        </nav>
        <p>
          {SITE_NAME} carries no advertising and no sponsorship.{" "}
          <Link href="/about">How we write and check these pages</Link>.
        </p>
      </div>
    </footer>
  );
}
