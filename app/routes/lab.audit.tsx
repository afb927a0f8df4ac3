import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { listAuditEvents } from "~/audit/audit.server";
import { requireResearcherId } from "~/auth/session.server";
import { Pagination } from "~/components/pagination";
import { ScrollableTable } from "~/components/scrollable-table";
import { PAGE_NUMBER_MESSAGE, pageNumberSchema } from "~/forms/pagination";
import { parseQuery } from "~/forms/parse-form";

export const meta: MetaFunction = () => [{ title: "Audit trail — Negative Space lab" }];

const querySchema = z.object({ page: pageNumberSchema });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireResearcherId(request);
  const query = parseQuery(request, querySchema);
  if (!query.ok) throw new Response(PAGE_NUMBER_MESSAGE, { status: 400 });
  return listAuditEvents(query.value.page);
}

// Times are shown in UTC, the same on server and client, so hydration never disagrees.
function formatUtc(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export default function AuditTrail() {
  const { events, page, pageCount, pageSize, total } = useLoaderData<typeof loader>();
  const first = (page - 1) * pageSize + 1;
  return (
    <>
      <h1>Audit trail</h1>
      <p>What researchers did in the lab, newest first. Respondents never appear here.</p>
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
