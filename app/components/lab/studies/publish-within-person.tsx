import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { ErrorSummary } from "~/components/error-summary";
import type { PublishableFinding } from "~/findings/lab-findings.server";
import type { PublishStart } from "~/findings/publish-start";
import { type FormValues, summaryProblems } from "~/forms/form-reply";
import { PUBLISH_FIELD_NAMES, PublishFields, publishFieldId } from "../publish-fields";
import { PublishTargetChooser } from "../publish-target-chooser";

const SUMMARY_FIELDS = PUBLISH_FIELD_NAMES.filter((name) => name !== "chartIds").map((name) => ({
  name,
  id: publishFieldId(name),
}));

/** The linkage on screen, which the publish form carries: its waves, the threshold used and its fingerprint. */
export type ReviewedLinkage = { earlier: string; later: string; threshold: number; fingerprint: string };

export type WithinPersonPublishView = {
  laterTitle: string;
  findings: PublishableFinding[];
  start: PublishStart;
  linkage: ReviewedLinkage;
};

function LinkageFields({ linkage }: { linkage: ReviewedLinkage }) {
  return (
    <>
      <input type="hidden" name="earlier" value={linkage.earlier} />
      <input type="hidden" name="later" value={linkage.later} />
      <input type="hidden" name="threshold" value={String(linkage.threshold)} />
    </>
  );
}

/** Step one, a GET form (works without JavaScript): a new version of which finding, or a new finding. */
function Chooser({ view }: { view: WithinPersonPublishView }) {
  const { findings, start } = view;
  if (findings.length === 0) return <p>“{view.laterTitle}” has no finding yet: this will be its first.</p>;
  return (
    <PublishTargetChooser findings={findings} start={start}>
      <LinkageFields linkage={view.linkage} />
    </PublishTargetChooser>
  );
}

type Props = {
  view: WithinPersonPublishView;
  sent: FormValues | null;
  fieldErrors: Record<string, string>;
  formError: string | null;
};

/**
 * "Publish as a finding" below the within-person report: the change within the linked people, as a finding of
 * the later wave's survey, with every chart the report can show. A POST to the linkage page carrying the linkage
 * on screen, so a linkage that changed since is refused rather than published.
 */
export function PublishWithinPerson({ view, sent, fieldErrors, formError }: Props) {
  const { start } = view;
  return (
    <section aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publish as a finding</h2>
      <p>
        Publishes the change within the linked people shown above, with its charts, linkage table and methods,
        as a finding of “{view.laterTitle}”, the later wave.
      </p>
      <ErrorSummary problems={summaryProblems({ fieldErrors, formError }, SUMMARY_FIELDS)} />
      <Chooser view={view} />
      <Form
        method="post"
        className="form-stack"
        aria-label="Finding to publish"
        key={`${start.target}:${start.findingSlug}`}
      >
        <CsrfInput />
        <LinkageFields linkage={view.linkage} />
        <input type="hidden" name="fingerprint" value={view.linkage.fingerprint} />
        <PublishFields start={start} charts={[]} sent={sent} fieldErrors={fieldErrors} chooseCharts={false} />
        <div className="button-row">
          <button type="submit">Publish version {start.nextVersion}</button>
        </div>
      </Form>
    </section>
  );
}
