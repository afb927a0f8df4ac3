import { requireSurveyPermission } from "~/auth/survey-access.server";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ResponseFilters } from "~/components/lab/response-filters";
import { ResponseListTable } from "~/components/lab/response-list-table";
import { Pagination } from "~/components/pagination";
import { parseQuery } from "~/forms/parse-form";
import {
  RESPONSE_LIST_ARRAYS,
  responseListQuerySchema,
  responseListSearch,
} from "~/lab/response-browser-forms";
import { listResponses } from "~/lab/response-list.server";
import qualityStylesUrl from "~/styles/quality.css?url";
import responsesStylesUrl from "~/styles/responses.css?url";

export const meta: MetaFunction = () => [{ title: "Browse responses — Negative Space lab" }];
export const links = () => [
  { rel: "stylesheet", href: qualityStylesUrl },
  { rel: "stylesheet", href: responsesStylesUrl },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireSurveyPermission(request, params, "read-responses");
  const query = parseQuery(request, responseListQuerySchema, {
    arrays: RESPONSE_LIST_ARRAYS,
    emptyIsMissing: true,
  });
  if (!query.ok) throw new Response("Unknown page or filter.", { status: 400 });
  return { slug: survey.slug, query: query.value, list: await listResponses(survey.id, query.value) };
}

export default function BrowseResponses() {
  const { slug, query, list } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/lab/surveys/${slug}/responses`}>Responses</Link> / browse
      </p>
      <h2>Browse responses</h2>
      <p>
        Every response to this survey ({list.all.toLocaleString("en")}), with its quality flags and whether
        the analysis uses it. Open one to read its answers; each response you open is recorded in the audit
        trail.
      </p>
      <ResponseFilters key={responseListSearch(query, 1)} query={query} versions={list.versions} />
      <h2 id="list-heading">
        {list.total.toLocaleString("en")} {list.total === 1 ? "response matches" : "responses match"}
      </h2>
      {list.rows.length === 0 ? (
        <p>
          {list.total === 0 ? "No response matches these filters." : "There are no responses on this page."}
        </p>
      ) : (
        <ResponseListTable list={list} />
      )}
      <Pagination
        label="Response pages"
        page={list.page}
        pageCount={list.pageCount}
        href={(page) => `${responseListSearch(query, page) || "?"}`}
        previous="Newer responses"
        next="Older responses"
      />
    </>
  );
}
