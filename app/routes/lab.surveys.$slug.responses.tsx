import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DropOffByPage, ResponsesByDay, SubmissionRateNotice } from "~/components/lab/response-sections";
import { requireLabSurvey } from "~/lab/lab-surveys.server";
import { responsesByDaySvg, responseStats } from "~/lab/response-stats.server";
import { submissionRateAlarm } from "~/security/submission-rate.server";

export const meta: MetaFunction = () => [{ title: "Responses — Negative Space lab" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireLabSurvey(request, params);
  const stats = await responseStats(survey.id);
  return { stats, chart: await responsesByDaySvg(stats.byDay), rate: submissionRateAlarm(survey.id) };
}

export default function SurveyResponses() {
  const { stats, chart, rate } = useLoaderData<typeof loader>();
  return (
    <>
      <SubmissionRateNotice rate={rate} />
      <p>
        <strong>{stats.total.toLocaleString("en")}</strong> completed responses
        {stats.synthetic > 0
          ? `, of which ${stats.synthetic.toLocaleString("en")} are synthetic demo data`
          : ""}
        ; <strong>{stats.inProgress.toLocaleString("en")}</strong> in progress.{" "}
        <Link to="browse">Browse the responses</Link> to read one, with its flags and scores.
      </p>
      <DropOffByPage funnel={stats.funnel} />
      <ResponsesByDay byDay={stats.byDay} chart={chart} />
    </>
  );
}
