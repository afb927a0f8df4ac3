import { requireSurveyPermission } from "~/auth/survey-access.server";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SurveyField } from "~/components/survey/survey-field";
import { SurveyTextContext } from "~/components/survey/survey-text";
import { surveyText } from "~/i18n/survey-text.server";
import { previewPage } from "~/lab/survey-preview.server";
import { versionToPreview } from "~/lab/pending-version.server";
import { offeredLanguages } from "~/i18n/offered-languages";
import { LANGUAGE_PARAMETER } from "~/respondent/respondent-language.server";

export const meta: MetaFunction = () => [{ title: "Preview — Negative Space lab" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireSurveyPermission(request, params, "view");
  const search = new URL(request.url).searchParams;
  const pending = search.get("pending") === "1";
  const version = await versionToPreview(survey.id, pending);
  if (!version) throw new Response("This survey has no such instrument version.", { status: 404 });
  // The page in one of the languages respondents are offered (the lab's own words stay English).
  const languages = offeredLanguages(version.definition);
  const wanted = search.get(LANGUAGE_PARAMETER);
  if (wanted !== null && !languages.includes(wanted))
    throw new Response(`This version is not offered in "${wanted.slice(0, 20)}".`, { status: 404 });
  const language = wanted ?? languages[0] ?? "en";
  const preview = previewPage(version.definition, search.get("page"), language);
  if (!preview) throw new Response("Not found", { status: 404 });
  const text = surveyText(language, preview.view.fields);
  const names = languages.map((tag) => ({ tag, name: languageName(tag) }));
  return { slug: survey.slug, version: version.version, pending, preview, text, language, languages: names };
}

function languageName(tag: string): string {
  return new Intl.DisplayNames(["en"], { type: "language", fallback: "code" }).of(tag) ?? tag;
}

/** Links to the same page in each language respondents are offered (none when there is one). */
function PreviewLanguages(props: {
  languages: { tag: string; name: string }[];
  current: string;
  linkTo: (tag: string) => string;
}) {
  const { languages, current, linkTo } = props;
  if (languages.length < 2) return null;
  return (
    <nav aria-label="Preview language" className="pagination">
      {languages.map(({ tag, name }) =>
        tag === current ? (
          <strong key={tag} aria-current="page">
            {name}
          </strong>
        ) : (
          <Link key={tag} to={linkTo(tag)} hrefLang={tag}>
            {name}
          </Link>
        ),
      )}
    </nav>
  );
}

export default function SurveyPreview() {
  const { slug, version, pending, preview, text, language, languages } = useLoaderData<typeof loader>();
  const previous = preview.pageIds[preview.index - 1];
  const next = preview.pageIds[preview.index + 1];
  const pageLink = (id: string, lang = language) =>
    `/lab/surveys/${slug}/preview?${pending ? "pending=1&" : ""}page=${id}${languages.length > 1 ? `&lang=${lang}` : ""}`;
  const pageId = preview.pageIds[preview.index] ?? "";
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
      <PreviewLanguages languages={languages} current={language} linkTo={(tag) => pageLink(pageId, tag)} />
      <div className="survey survey-preview" lang={language}>
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
