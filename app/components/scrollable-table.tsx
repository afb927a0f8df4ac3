import type { ReactNode } from "react";

/**
 * A data table that scrolls sideways on a phone instead of breaking the page: a focusable,
 * labelled region (so keyboard users can scroll it) around a table whose caption names both.
 */
export function ScrollableTable({
  id,
  caption,
  children,
}: {
  id: string;
  caption: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="data-table">
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
