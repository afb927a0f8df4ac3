import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { findMembership } from "~/auth/survey-access.server";
import { requireLabSession } from "~/auth/session.server";
import { membershipAllows } from "~/auth/survey-roles";
import { ErrorSummary } from "~/components/error-summary";
import { LINK_WAVES_FIELDS, LinkWavesForm } from "~/components/lab/studies/link-waves-form";
import { LinkageReport } from "~/components/lab/studies/linkage-report";
import { LinkedDataDownload } from "~/components/lab/studies/linked-data-download";
import type { FormFailure } from "~/forms/form-reply";
import { readFormReply, summaryProblems } from "~/forms/form-reply";
import { parseQuery } from "~/forms/parse-form";
import { studyDetail } from "~/studies/study-detail.server";
import { linkWavesFormSchema, studyParamsSchema } from "~/studies/study-forms";
import { linkStudyWaves } from "~/studies/study-linkage.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Link waves: ${data?.study.title ?? "Study"} — Negative Space lab` },
];

const NOT_FOUND = () => new Response("Not found", { status: 404 });

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
  const mayAnalyse = async (surveyId: string) => {
    const membership = await findMembership(surveyId, researcherId);
    return membership !== null && membershipAllows(membership, "analyse");
  };
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
  return { study, waves, failure: null, report: linked.report, values: form.values };
}

export default function LinkStudyWaves() {
  const data = useLoaderData<typeof loader>();
  const reply = readFormReply(data.failure);
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
        </>
      ) : null}
    </>
  );
}
