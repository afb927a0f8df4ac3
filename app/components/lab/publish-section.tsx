import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { ErrorSummary } from "~/components/error-summary";
import { FindingPage } from "~/components/findings/finding-page";
import type { FindingPageData } from "~/findings/finding-page-data";
import type { PublishableFinding } from "~/findings/lab-findings.server";
import type { PublishStart } from "~/findings/publish-start";
import { type FormValues, summaryProblems } from "~/forms/form-reply";
import { PUBLISH_FIELD_NAMES, PublishFields, publishFieldId } from "./publish-fields";
import { PublishTargetChooser } from "./publish-target-chooser";

const SUMMARY_FIELDS = PUBLISH_FIELD_NAMES.map((name) => ({ name, id: publishFieldId(name) }));

type ChooserProps = { findings: PublishableFinding[]; start: PublishStart; k: number };

/** Step one, a GET form (works without JavaScript): a new version of which finding, or a new finding. */
function PublishChooser({ findings, start, k }: ChooserProps) {
  if (findings.length === 0) return <p>This survey has no finding yet: this will be its first.</p>;
  return (
    <PublishTargetChooser findings={findings} start={start}>
      <input type="hidden" name="k" value={k} />
    </PublishTargetChooser>
  );
}

type SectionProps = ChooserProps & {
  fingerprint: string;
  charts: { id: string; title: string }[];
  sent: FormValues | null;
  fieldErrors: Record<string, string>;
  formError: string | null;
};

/** "Publish as a finding": choose the finding, write (prefilled from its last version), preview, publish. */
export function PublishSection(props: SectionProps) {
  const { start } = props;
  return (
    <section aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publish as a finding</h2>
      <ErrorSummary problems={summaryProblems(props, SUMMARY_FIELDS)} />
      <PublishChooser findings={props.findings} start={start} k={props.k} />
      <Form
        method="post"
        className="form-stack"
        aria-label="Finding to publish"
        key={`${start.target}:${start.findingSlug}`}
      >
        <CsrfInput />
        <input type="hidden" name="fingerprint" value={props.fingerprint} />
        <input type="hidden" name="minCellSize" value={props.k} />
        <PublishFields
          start={start}
          charts={props.charts}
          sent={props.sent}
          fieldErrors={props.fieldErrors}
        />
        <p>Preview shows the public page exactly as readers will see it, and stores nothing.</p>
        <div className="button-row">
          <button type="submit" name="intent" value="preview" className="secondary">
            Preview
          </button>
          <button type="submit" name="intent" value="publish">
            Publish version {start.nextVersion}
          </button>
        </div>
      </Form>
    </section>
  );
}

/** The public page of the version about to be published, framed so nobody mistakes it for a published one. */
export function FindingPreview({ preview }: { preview: FindingPageData }) {
  return (
    <section className="finding-preview" aria-labelledby="finding-preview-label">
      <p id="finding-preview-label" className="finding-preview__label">
        Preview, not published: readers will see this page at /findings/{preview.slug}/v/{preview.version}{" "}
        once you publish. Its download links work only after publishing.
      </p>
      <FindingPage finding={preview} />
    </section>
  );
}
