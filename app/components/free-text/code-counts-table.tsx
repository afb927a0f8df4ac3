import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { ScrollableTable } from "~/components/scrollable-table";
import type { FreeTextCode } from "~/lab/free-text-codebook.server";
import type { ItemCodeCounts } from "~/lab/free-text-counts.server";

type Props = { slug: string; codebook: { codes: FreeTextCode[]; items: ItemCodeCounts[] } };

/** Answers per code and text item, exact (lab-only), with the two CSV downloads (POST, decision 014). */
export function CodeCountsTable({ slug, codebook }: Props) {
  return (
    <>
      <ScrollableTable id="code-counts-caption" caption="Answers per code">
        <thead>
          <tr>
            <th scope="col">Code</th>
            {codebook.items.map((item) => (
              <th scope="col" key={item.itemId}>
                <code>{item.itemId}</code> ({item.coded} of {item.answers} coded)
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {codebook.codes.map((code, index) => (
            <tr key={code.id}>
              <th scope="row">{code.name}</th>
              {codebook.items.map((item) => (
                <td key={item.itemId} className="number" data-testid={`count-${item.itemId}-${code.name}`}>
                  {item.counts[index]?.answers ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      <p className="field-help">
        Exact counts, synthetic and excluded responses included: this page is for the lab only. Numbers that
        are published go through small-cell suppression.
      </p>
      <Form
        method="post"
        reloadDocument
        className="quality-actions"
        action={`/lab/surveys/${slug}/free-text/code-counts.csv`}
      >
        <CsrfInput />
        <button type="submit" className="secondary">
          Download counts per code (CSV)
        </button>
        <button
          type="submit"
          className="secondary"
          formAction={`/lab/surveys/${slug}/free-text/answer-codes.csv`}
        >
          Download the codes of each answer (CSV)
        </button>
      </Form>
    </>
  );
}
