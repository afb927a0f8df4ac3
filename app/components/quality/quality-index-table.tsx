import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import type { QualityIndexSummary } from "~/lab/data-quality.server";
import { ScrollableTable } from "~/components/scrollable-table";

const count = (value: number) => value.toLocaleString("en");

/** One form per button: exclude everything the index flags now, or take its exclusions back. */
function IndexToggle({ index }: { index: QualityIndexSummary }) {
  const pending = index.flagged - index.excluded;
  return (
    <div className="quality-actions">
      {index.flagged > 0 && (pending > 0 || index.excluded === 0) ? (
        <Form method="post" preventScrollReset>
          <CsrfInput />
          <input type="hidden" name="index" value={index.id} />
          <button type="submit" name="intent" value="exclude-index">
            Exclude {count(index.flagged)} flagged<span className="visually-hidden"> by {index.label}</span>
          </button>
        </Form>
      ) : null}
      {index.excluded > 0 ? (
        <Form method="post" preventScrollReset>
          <CsrfInput />
          <input type="hidden" name="index" value={index.id} />
          <button type="submit" name="intent" value="include-index" className="secondary">
            Include {count(index.excluded)} again<span className="visually-hidden"> ({index.label})</span>
          </button>
        </Form>
      ) : null}
      {index.flagged === 0 && index.excluded === 0 ? <span>Nothing to exclude</span> : null}
    </div>
  );
}

/** Per index: its rule, the threshold as applied, how many it flags, how many are excluded, and the toggle. */
export function QualityIndexTable({
  indices,
  responses,
}: {
  indices: QualityIndexSummary[];
  responses: number;
}) {
  return (
    <ScrollableTable
      id="indices-caption"
      caption={
        <>Careless-responding indices, their thresholds and exclusions ({count(responses)} responses)</>
      }
    >
      <thead>
        <tr>
          <th scope="col">Index</th>
          <th scope="col">Threshold</th>
          <th scope="col">Computed for</th>
          <th scope="col">Flagged</th>
          <th scope="col">Excluded</th>
          <th scope="col">Exclude from analysis</th>
        </tr>
      </thead>
      <tbody>
        {indices.map((index) => (
          <tr key={index.id} id={`index-${index.id}`}>
            <th scope="row">{index.label}</th>
            <td>
              {index.thresholds.map((threshold) => (
                <div key={threshold}>{threshold}</div>
              ))}
              <details>
                <summary>Rule</summary>
                {index.rule}
              </details>
            </td>
            <td>{count(index.computed)}</td>
            <td data-testid={`flagged-${index.id}`}>{count(index.flagged)}</td>
            <td data-testid={`excluded-${index.id}`}>{count(index.excluded)}</td>
            <td>
              <IndexToggle index={index} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
