import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireResearcherId } from "~/auth/session.server";
import { listLabSurveys } from "~/lab/lab-surveys.server";
import { ScrollableTable } from "~/components/scrollable-table";

export const meta: MetaFunction = () => [{ title: "Surveys — Negative Space lab" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireResearcherId(request);
  return { surveys: await listLabSurveys() };
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
        <p>No surveys yet.</p>
      ) : (
        <ScrollableTable id="surveys-caption" caption={<>All surveys, newest first</>}>
          <thead>
            <tr>
              <th scope="col">Survey</th>
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
