import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireLabSession } from "~/auth/session.server";
import { listLabSurveys } from "~/lab/lab-surveys.server";
import { ScrollableTable } from "~/components/scrollable-table";

export const meta: MetaFunction = () => [{ title: "Surveys — Negative Space lab" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { researcherId } = await requireLabSession(request);
  return { surveys: await listLabSurveys(researcherId) };
}

export default function LabSurveys() {
  const { surveys } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Surveys</h1>
      <p>
        <Link className="button" to="/lab/surveys/import">
          Import a survey definition
        </Link>
      </p>
      {surveys.length === 0 ? (
        <p>You are not a member of any survey yet. Import one, or ask a survey&rsquo;s owner to add you.</p>
      ) : (
        <ScrollableTable id="surveys-caption" caption={<>Your surveys, newest first</>}>
          <thead>
            <tr>
              <th scope="col">Survey</th>
              <th scope="col">Your role</th>
              <th scope="col">Status</th>
              <th scope="col">Versions</th>
              <th scope="col">Completed responses</th>
              <th scope="col">In progress</th>
            </tr>
          </thead>
          <tbody>
            {surveys.map((survey) => (
              <tr key={survey.slug}>
                <th scope="row">
                  <Link to={`/lab/surveys/${survey.slug}`}>{survey.title}</Link>
                  <br />
                  <code>/s/{survey.slug}</code>
                </th>
                <td>{survey.role}</td>
                <td>{survey.status}</td>
                <td>{survey.versions}</td>
                <td>
                  {survey.responses.toLocaleString("en")}
                  {survey.syntheticResponses > 0
                    ? ` (${survey.syntheticResponses.toLocaleString("en")} synthetic demo data)`
                    : ""}
                </td>
                <td>{survey.drafts.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </>
  );
}
