import { ResponseIdLink } from "~/components/lab/response-id-link";
import { ScrollableTable } from "~/components/scrollable-table";
import type { ResponseList } from "~/lab/response-list.server";

/** One page of the response browser's list: id (a link to the response), day, version, flags, exclusion. */
export function ResponseListTable({ list }: { list: ResponseList }) {
  const first = (list.page - 1) * list.pageSize + 1;
  return (
    <ScrollableTable
      id="response-list-caption"
      caption={
        <>
          Responses {first}–{first + list.rows.length - 1} of {list.total.toLocaleString("en")} that match,
          newest day first
        </>
      }
    >
      <thead>
        <tr>
          <th scope="col">Response</th>
          <th scope="col">Day</th>
          <th scope="col">Version</th>
          <th scope="col">Flagged by</th>
          <th scope="col">In the analysis</th>
        </tr>
      </thead>
      <tbody>
        {list.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              <ResponseIdLink id={row.id} />
              {row.isSynthetic ? (
                <>
                  {" "}
                  <span className="tag">synthetic</span>
                </>
              ) : null}
            </th>
            <td className="response-day">{row.submittedOn}</td>
            <td>{row.version}</td>
            <td>{row.flagged.join(", ") || "—"}</td>
            <td>{row.excludedFor.length > 0 ? `Excluded (${row.excludedFor.join(", ")})` : "Included"}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
