import { Link, NavLink } from "@remix-run/react";
import type { PageChrome } from "~/i18n/survey-text";

// The lab and findings are English; a respondent's page brings its own words (PageChrome, from the catalogs).
const ENGLISH = {
  navLabel: "Main",
  findings: "Findings",
  lab: "Lab",
  footer:
    "Negative Space is open-source research software. Survey answers are stored without names, network addresses or times of day.",
};

type Words = Pick<PageChrome, "navLabel" | "findings" | "lab" | "footer">;

export function SiteHeader({ words = ENGLISH }: { words?: Words | null }) {
  const text = words ?? ENGLISH;
  const sections = [
    { to: "/findings", label: text.findings },
    { to: "/lab", label: text.lab },
  ];
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-title">
          Negative Space
        </Link>
        <nav aria-label={text.navLabel}>
          <ul className="site-nav">
            {sections.map((section) => (
              <li key={section.to}>
                <NavLink to={section.to} prefetch="intent">
                  {section.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter({ words = ENGLISH }: { words?: Words | null }) {
  return (
    <footer className="site-footer">
      <p>{(words ?? ENGLISH).footer}</p>
    </footer>
  );
}
