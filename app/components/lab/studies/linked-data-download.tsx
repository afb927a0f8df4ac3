import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { type FormValues, sentValue } from "~/forms/form-reply";

/**
 * The linkage page's downloads: a native POST (with or without JavaScript) of the waves and threshold that made
 * the report on screen, to /lab/studies/<slug>/linkage/<file> (decisions 014 and 061).
 */
export function LinkedDataDownload({
  slug,
  values,
  linksMade,
}: {
  slug: string;
  values: FormValues;
  linksMade: number;
}) {
  const action = (file: string) => `/lab/studies/${slug}/linkage/${file}`;
  return (
    <Form method="post" action={action("linked.csv")} reloadDocument aria-labelledby="linked-data">
      <h2 id="linked-data">Linked data</h2>
      <CsrfInput />
      {(["earlier", "later", "threshold"] as const).map((name) => (
        <input key={name} type="hidden" name={name} value={sentValue(values, name) ?? ""} />
      ))}
      <p>
        The linked data hold one row per linked person per wave ({(2 * linksMade).toLocaleString("en")} rows),
        under link ids drawn afresh for every download; no response id, code or date. Each download is
        recorded in the audit trail of both waves.
      </p>
      <p className="button-row">
        <button type="submit">Download the linked data (CSV)</button>{" "}
        <button type="submit" formAction={action("linked-codebook.md")}>
          Download its codebook (Markdown)
        </button>
      </p>
    </Form>
  );
}
