import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireLabAction } from "~/auth/lab-action.server";
import { findMembership, surveyPermissionRefusal } from "~/auth/survey-access.server";
import { requireLabSession } from "~/auth/session.server";
import { membershipAllows, type SurveyPermission } from "~/auth/survey-roles";
import { ErrorSummary } from "~/components/error-summary";
import { LINK_WAVES_FIELDS, LinkWavesForm } from "~/components/lab/studies/link-waves-form";
import { LinkageReport } from "~/components/lab/studies/linkage-report";
import { LinkedDataDownload } from "~/components/lab/studies/linked-data-download";
import {
  PublishWithinPerson,
  type WithinPersonPublishView,
} from "~/components/lab/studies/publish-within-person";
import { analysisQuerySchema } from "~/findings/analysis-forms";
import { publishableFindings } from "~/findings/lab-findings.server";
import { publishStart } from "~/findings/publish-start";
import { withinPersonPublishFormSchema } from "~/findings/within-person-publish-form";
import { publishReviewedWithinPersonFinding } from "~/findings/within-person-publish.server";
import { formFailure } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import type { FormFailure } from "~/forms/form-reply";
import { readFormReply, summaryProblems } from "~/forms/form-reply";
import { parseQuery } from "~/forms/parse-form";
import { findVisibleStudy } from "~/studies/studies.server";
import { studyDetail } from "~/studies/study-detail.server";
import { linkWavesFormSchema, studyParamsSchema } from "~/studies/study-forms";
import { linkStudyWaves, type WaveLinkageReport } from "~/studies/study-linkage.server";
import { findSurveyBySlug } from "~/surveys/surveys.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Link waves: ${data?.study.title ?? "Study"} — Negative Space lab` },
];

const NOT_FOUND = () => new Response("Not found", { status: 404 });

/** Whether the researcher holds `right` on a survey: asked by linking ("analyse") and publishing ("publish"). */
const holds = (researcherId: string) => async (surveyId: string, right: SurveyPermission) => {
  const membership = await findMembership(surveyId, researcherId);
  return membership !== null && membershipAllows(membership, right);
};

/**
 * The publish form under the report: only with linked people to analyse and when the researcher may publish on
 * the later wave's survey (whose findings these are); otherwise null and no form.
 */
async function publishView(
  request: Request,
  researcherId: string,
  study: { slug: string; title: string },
  report: WaveLinkageReport,
  waves: { earlier: string; later: string },
): Promise<WithinPersonPublishView | null> {
  const later = await findSurveyBySlug(waves.later);
  if (!later || report.linksMade === 0 || report.withinPerson === null) return null;
  if (!(await holds(researcherId)(later.id, "publish"))) return null;
  const findings = await publishableFindings(later.id);
  const chosen = analysisQuerySchema.shape.finding.parse(
    new URL(request.url).searchParams.get("finding") ?? undefined,
  );
  const start = publishStart(findings, chosen, {
    slug: `${study.slug}-within-person`,
    title: `Change within the same people: ${study.title}`,
  });
  const threshold = report.result.threshold.used;
  return {
    laterTitle: later.title,
    findings,
    start,
    linkage: { ...waves, threshold, fingerprint: report.fingerprint },
  };
}

/** A GET form: linking reads and changes nothing, so the report's address can be bookmarked or shared. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { researcherId, isAdmin } = await requireLabSession(request);
  const slug = studyParamsSchema.safeParse(params);
  if (!slug.success) throw NOT_FOUND();
  const study = await studyDetail({ researcherId, isAdmin }, slug.data.slug);
  if (!study) throw NOT_FOUND();
  const waves = study.waves.flatMap((wave) =>
    wave.survey ? [{ waveNumber: wave.waveNumber, slug: wave.survey.slug, title: wave.survey.title }] : [],
  );
  if (!new URL(request.url).searchParams.has("earlier")) return { study, waves, failure: null, report: null };
  const form = parseQuery(request, linkWavesFormSchema);
  if (!form.ok) return { study, waves, failure: form.failure, report: null };
  const mayAnalyse = (surveyId: string) => holds(researcherId)(surveyId, "analyse");
  const linked = await linkStudyWaves(study.id, form.value, mayAnalyse);
  if (!linked.ok) {
    const { field, message } = linked;
    const failure: FormFailure = {
      status: "error",
      fieldErrors: field ? { [field]: message } : {},
      formError: field ? null : message,
      values: form.values,
    };
    return { study, waves, failure, report: null };
  }
  const publish = await publishView(request, researcherId, study, linked.report, form.value);
  return { study, waves, failure: null, report: linked.report, values: form.values, publish };
}

/**
 * Publishes the within-person finding on screen (the form under the report): the lab action's checks (same-site,
 * session, CSRF), the right to publish on the later wave's survey (403, counted), then the linkage the researcher
 * reviewed, published as a finding of that survey. Refusals publish nothing; success opens the finding.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, isAdmin, formData } = await requireLabAction(request);
  const slug = studyParamsSchema.safeParse(params);
  const study = slug.success ? await findVisibleStudy({ researcherId, isAdmin }, slug.data.slug) : null;
  if (!study) throw NOT_FOUND();
  const form = parseForm(formData, withinPersonPublishFormSchema);
  if (!form.ok) return formFailure(form.failure);
  const later = await findSurveyBySlug(form.value.later);
  if (later) {
    const refused = await surveyPermissionRefusal(researcherId, later.id, "publish");
    if (refused) return formFailure({ formError: refused, values: form.values }, { status: 403 });
  }
  const mayAnalyse = (surveyId: string) => holds(researcherId)(surveyId, "analyse");
  const outcome = await publishReviewedWithinPersonFinding(researcherId, study.id, form.value, mayAnalyse);
  if (!outcome.ok) {
    const refusal = outcome.field
      ? { fieldErrors: { [outcome.field]: outcome.message } }
      : { formError: outcome.message };
    return formFailure({ ...refusal, values: form.values }, { status: outcome.status });
  }
  throw redirect(`/findings/${outcome.slug}/v/${outcome.version}`);
}

export default function LinkStudyWaves() {
  const data = useLoaderData<typeof loader>();
  const reply = readFormReply(data.failure);
  const published = useFormReply();
  return (
    <>
      <p>
        <Link to={`/lab/studies/${data.study.slug}`}>{data.study.title}</Link>
      </p>
      <h1>Link waves</h1>
      <p>
        Responses of two waves are linked by their identification codes alone, compared as keyed hashes: no
        name, address or answer is used, and no one can read a code back. Choose the waves, look at the
        weights, then choose the threshold.
      </p>
      <ErrorSummary problems={summaryProblems(reply, LINK_WAVES_FIELDS)} />
      <LinkWavesForm
        waves={data.waves}
        reply={reply}
        values={data.failure?.values ?? ("values" in data ? (data.values ?? {}) : {})}
        suggestedThreshold={data.report?.result.threshold.suggested ?? null}
      />
      {data.report ? (
        <>
          <LinkedDataDownload
            slug={data.study.slug}
            values={"values" in data ? (data.values ?? {}) : {}}
            linksMade={data.report.linksMade}
          />
          <LinkageReport report={data.report} />
          {"publish" in data && data.publish ? (
            <PublishWithinPerson
              view={data.publish}
              sent={published.failed ? published.values : null}
              fieldErrors={published.fieldErrors}
              formError={published.formError}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
