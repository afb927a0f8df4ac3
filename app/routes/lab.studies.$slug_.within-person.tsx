import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { findMembership } from "~/auth/survey-access.server";
import { requireLabSession } from "~/auth/session.server";
import { membershipAllows } from "~/auth/survey-roles";
import { ChainReport } from "~/components/lab/studies/chain-report";
import { chainStudyWaves } from "~/studies/study-chain.server";
import { studyDetail } from "~/studies/study-detail.server";
import { studyParamsSchema } from "~/studies/study-forms";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Change across all waves: ${data?.study.title ?? "Study"} — Negative Space lab` },
];

const NOT_FOUND = () => new Response("Not found", { status: 404 });

/** Links all waves in order on arrival: it reads and changes nothing, like the linkage page's GET form. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { researcherId, isAdmin } = await requireLabSession(request);
  const slug = studyParamsSchema.safeParse(params);
  if (!slug.success) throw NOT_FOUND();
  const study = await studyDetail({ researcherId, isAdmin }, slug.data.slug);
  if (!study) throw NOT_FOUND();
  const mayAnalyse = async (surveyId: string) => {
    const membership = await findMembership(surveyId, researcherId);
    return membership !== null && membershipAllows(membership, "analyse");
  };
  const chained = await chainStudyWaves(study.id, mayAnalyse);
  const studyView = { slug: study.slug, title: study.title };
  return chained.ok
    ? { study: studyView, report: chained.report, refusal: null }
    : { study: studyView, report: null, refusal: chained.message };
}

export default function StudyWithinPerson() {
  const { study, report, refusal } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to={`/lab/studies/${study.slug}`}>{study.title}</Link>
      </p>
      <h1>Change across all waves</h1>
      <p>
        Every wave is linked to the next by the identification codes alone, each pair at its suggested
        threshold, and the links are followed from wave to wave. To choose a pair&rsquo;s threshold yourself,
        use <Link to={`/lab/studies/${study.slug}/linkage`}>Link waves</Link>.
      </p>
      {refusal ? (
        <p className="notice" role="alert">
          {refusal}
        </p>
      ) : null}
      {report ? <ChainReport report={report} /> : null}
    </>
  );
}
