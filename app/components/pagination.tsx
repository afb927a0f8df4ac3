import { Link } from "@remix-run/react";

type Props = {
  /** Names the navigation landmark, e.g. "Audit pages". */
  label: string;
  page: number;
  pageCount: number;
  /** The address of another page of the same list (its filters kept). */
  href: (page: number) => string;
  /** The links' words, e.g. "Newer events" / "Older events" for a list newest first. */
  previous: string;
  next: string;
};

/** "Previous · Page 2 of 7 · Next" under a list; nothing when the list fits on one page. */
export function Pagination({ label, page, pageCount, href, previous, next }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label}>
      <ul className="pagination">
        {page > 1 ? (
          <li>
            <Link to={href(page - 1)}>{previous}</Link>
          </li>
        ) : null}
        <li>
          Page {page} of {pageCount}
        </li>
        {page < pageCount ? (
          <li>
            <Link to={href(page + 1)}>{next}</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
