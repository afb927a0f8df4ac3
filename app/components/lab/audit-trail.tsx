import type { AuditEventRow, RefusedAttemptRow } from "~/audit/audit-trail.server";
import { Pagination } from "~/components/pagination";
import { ScrollableTable } from "~/components/scrollable-table";
import type { PageInfo } from "~/forms/pagination";

// Times are shown in UTC, the same on server and client, so hydration never disagrees.
function formatUtc(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

type EventsProps = PageInfo & { events: AuditEventRow[] };

/** One page of audit events, newest first, with links to newer and older pages. */
export function AuditEvents({ events, page, pageCount, pageSize, total }: EventsProps) {
  const first = (page - 1) * pageSize + 1;
  return (
    <>
      {events.length === 0 ? (
        <p>{total === 0 ? "Nothing has been recorded yet." : "There are no events on this page."}</p>
      ) : (
        <ScrollableTable
          id="audit-caption"
          caption={
            <>
              Events {first}–{first + events.length - 1} of {total}, newest first
            </>
          }
        >
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Researcher</th>
              <th scope="col">Action</th>
              <th scope="col">Target</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td>
                  <time dateTime={event.at.toISOString()}>{formatUtc(event.at)}</time>
                </td>
                <td>{event.researcherEmail ?? "unknown account"}</td>
                <td>{event.action}</td>
                <td>{event.target}</td>
                <td>{event.detail ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
      <Pagination
        label="Audit pages"
        page={page}
        pageCount={pageCount}
        href={(to) => `?page=${to}`}
        previous="Newer events"
        next="Older events"
      />
    </>
  );
}

const MISSING_RIGHT_WORDS: Record<string, string> = {
  membership: "not a member",
  administer: "not an administrator",
};

/** Requests the lab refused, counted per day, account, survey and missing right. */
export function RefusedAttempts({
  rows,
  days,
  showSurvey,
}: {
  rows: RefusedAttemptRow[];
  days: number;
  showSurvey: boolean;
}) {
  return (
    <section aria-labelledby="refused-heading">
      <h2 id="refused-heading">Refused requests</h2>
      <p>
        Pages and buttons the lab refused in the last {days} days: counted per day, account and missing right,
        not listed one by one.
      </p>
      {rows.length === 0 ? (
        <p>None.</p>
      ) : (
        <ScrollableTable id="refused-caption" caption={<>Refused requests, newest day first</>}>
          <thead>
            <tr>
              <th scope="col">Day (UTC)</th>
              <th scope="col">Researcher</th>
              {showSurvey ? <th scope="col">Survey</th> : null}
              <th scope="col">Refused because</th>
              <th scope="col" className="numeric">
                Requests
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.day} ${row.researcherEmail} ${row.surveySlug} ${row.permission}`}>
                <td>{row.day}</td>
                <td>{row.researcherEmail}</td>
                {showSurvey ? <td>{row.surveySlug ?? "site administration"}</td> : null}
                <td>{MISSING_RIGHT_WORDS[row.permission] ?? `lacks “${row.permission}”`}</td>
                <td className="numeric">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </section>
  );
}
