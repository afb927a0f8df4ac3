import type { ReactNode } from "react";
import { Form } from "@remix-run/react";
import { Field } from "~/components/field";
import { NEW_FINDING } from "~/findings/analysis-forms";
import type { PublishableFinding } from "~/findings/lab-findings.server";
import type { PublishStart } from "~/findings/publish-start";
import { publishFieldId } from "./publish-fields";

/**
 * Step one of publishing, a GET form (works without JavaScript): a new version of which finding, or a new
 * finding. `children` are the hidden fields that keep the page's own state (the analysis's k, a linkage's waves).
 */
export function PublishTargetChooser({
  findings,
  start,
  children,
}: {
  findings: PublishableFinding[];
  start: PublishStart;
  children: ReactNode;
}) {
  const selected = start.target === "new-version" ? start.findingSlug : NEW_FINDING;
  return (
    <Form method="get" className="form-stack" aria-label="What to publish">
      {children}
      <Field id={publishFieldId("target")} label="Publish as">
        {(control) => (
          <select {...control} name="finding" defaultValue={selected} key={selected}>
            {findings.map((finding) => (
              <option key={finding.slug} value={finding.slug}>
                New version of “{finding.title}” (/findings/{finding.slug}, version{" "}
                {finding.latestVersion + 1}
                {finding.superseded ? "; superseded" : ""})
              </option>
            ))}
            <option value={NEW_FINDING}>A new finding, at a new address</option>
          </select>
        )}
      </Field>
      <button type="submit" className="secondary">
        Start from this
      </button>
    </Form>
  );
}
