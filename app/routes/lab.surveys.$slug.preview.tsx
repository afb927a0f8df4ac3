import { requireSurveyPermission } from "~/auth/survey-access.server";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SurveyField } from "~/components/survey/survey-field";
import { SurveyTextContext } from "~/components/survey/survey-text";
import { surveyText } from "~/i18n/survey-text.server";
import { previewPage } from "~/lab/survey-preview.server";
import { versionToPreview } from "~/lab/pending-version.server";

export const meta: MetaFunction = () => [{ title: "Preview — Negative Space lab" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireSurveyPermission(request, params, "view");
  const search = new URL(request.url).searchParams;
  const pending = search.get("pending") === "1";
  const version = await versionToPreview(survey.id, pending);
  if (!version) throw new Response("This survey has no such instrument version.", { status: 404 });
  const preview = previewPage(version.definition, search.get("page"));
  if (!preview) throw new Response("Not found", { status: 404 });
  // The lab is English (issue 18); the questions' interface text comes from the same catalog as respondents'.
  const text = surveyText("en", preview.view.fields);
  return { slug: survey.slug, version: version.version, pending, preview, text };
}

export default function SurveyPreview() {
  const { slug, version, pending, preview, text } = useLoaderData<typeof loader>();
  const previous = preview.pageIds[preview.index - 1];
  const next = preview.pageIds[preview.index + 1];
  const pageLink = (id: string) => `/lab/surveys/${slug}/preview?${pending ? "pending=1&" : ""}page=${id}`;
  return (
    <>
      {pending ? (
        <p className="notice notice--placeholder">
          Version {version} is not live yet.{" "}
          <Link to={`/lab/surveys/${slug}/new-version`}>Back to the comparison to confirm or discard it</Link>
          .
        </p>
      ) : null}
      <p className="notice">
        Preview of version {version}, page {preview.index + 1} of {preview.total}. Answers here are not saved.
        Every conditional question is shown; respondents only see those whose condition holds.
      </p>
      {preview.conditions.length > 0 || preview.screenOut ? (
        <ul>
          {preview.conditions.map((condition) => (
            <li key={condition}>{condition}</li>
          ))}
          {preview.screenOut ? <li>{preview.screenOut}</li> : null}
        </ul>
      ) : null}
      <div className="survey survey-preview">
        <h2>{preview.view.title}</h2>
        {preview.view.intro ? <p className="page-intro">{preview.view.intro}</p> : null}
        <SurveyTextContext.Provider value={text}>
          <form aria-label="Preview of the page (not submittable)">
            {preview.view.fields.map((field) => (
              <SurveyField key={field.name} field={field} values={{}} errors={{}} />
            ))}
          </form>
        </SurveyTextContext.Provider>
      </div>
      <nav aria-label="Preview pages" className="pagination">
        {previous ? <Link to={pageLink(previous)}>← Previous page</Link> : null}{" "}
        {next ? <Link to={pageLink(next)}>Next page →</Link> : null}
      </nav>
    </>
  );
}
