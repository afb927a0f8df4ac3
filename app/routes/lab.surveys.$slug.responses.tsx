import { membershipAllows } from "~/auth/survey-roles";
import { requireSurveyPermission } from "~/auth/survey-access.server";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DropOffByPage, ResponsesByDay, SubmissionRateNotice } from "~/components/lab/response-sections";
import { responsesByDaySvg, responseStats } from "~/lab/response-stats.server";
import { submissionRateAlarm } from "~/security/submission-rate.server";

export const meta: MetaFunction = () => [{ title: "Responses — Negative Space lab" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey, membership } = await requireSurveyPermission(request, params, "view");
  const stats = await responseStats(survey.id);
  const canBrowse = membershipAllows(membership, "read-responses");
  return {
    stats,
    chart: await responsesByDaySvg(stats.byDay),
    rate: await submissionRateAlarm(survey.id),
    canBrowse,
  };
}

export default function SurveyResponses() {
  const { stats, chart, rate, canBrowse } = useLoaderData<typeof loader>();
  return (
    <>
      <SubmissionRateNotice rate={rate} />
      <p>
        <strong>{stats.total.toLocaleString("en")}</strong> completed responses
        {stats.synthetic > 0
          ? `, of which ${stats.synthetic.toLocaleString("en")} are synthetic demo data`
          : ""}
        ; <strong>{stats.inProgress.toLocaleString("en")}</strong> in progress.{" "}
        {canBrowse ? (
          <>
            <Link to="browse">Browse the responses</Link> to read one, with its flags and scores.
          </>
        ) : (
          "Reading single responses needs response-level access (owners, and analysts an owner granted it)."
        )}
      </p>
      <DropOffByPage funnel={stats.funnel} />
      <ResponsesByDay byDay={stats.byDay} chart={chart} />
    </>
  );
}
