import { Link, NavLink } from "@remix-run/react";

const sections = [
  { to: "/findings", label: "Findings" },
  { to: "/lab", label: "Lab" },
] as const;

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-title">
          Negative Space
        </Link>
        <nav aria-label="Main">
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

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Negative Space is open-source research software. Survey answers are stored without names, network
        addresses or times of day.
      </p>
    </footer>
  );
}
