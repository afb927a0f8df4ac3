import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireLabAction } from "~/auth/lab-action.server";
import { ErrorSummary } from "~/components/error-summary";
import { Pagination } from "~/components/pagination";
import { FreeTextTable } from "~/components/quality/free-text-table";
import { summaryProblems } from "~/forms/form-reply";
import { formFailure, formSuccess } from "~/forms/form-reply.server";
import { PAGE_NUMBER_MESSAGE } from "~/forms/pagination";
import { parseForm, parseQuery } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { hideFreeText, listFreeText } from "~/lab/free-text-review.server";
import { requireLabSurvey } from "~/lab/lab-surveys.server";
import { freeTextQuerySchema, hideFreeTextSchema } from "~/lab/quality-forms";
import qualityStylesUrl from "~/styles/quality.css?url";

export const meta: MetaFunction = () => [{ title: "Free-text answers — Negative Space lab" }];
export const links = () => [{ rel: "stylesheet", href: qualityStylesUrl }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireLabSurvey(request, params);
  const query = parseQuery(request, freeTextQuerySchema);
  if (!query.ok) throw new Response(PAGE_NUMBER_MESSAGE, { status: 400 });
  return { slug: survey.slug, texts: await listFreeText(survey.id, query.value.page) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData } = await requireLabAction(request);
  const { survey } = await requireLabSurvey(request, params);
  const form = parseForm(formData, hideFreeTextSchema);
  if (!form.ok) return formFailure(form.failure);
  const { responseId, itemId } = form.value;
  await hideFreeText(researcherId, survey, responseId, itemId);
  return formSuccess(`The answer to ${itemId} in response ${responseId} is hidden from exports.`);
}

export default function FreeTextReview() {
  const { slug, texts } = useLoaderData<typeof loader>();
  const reply = useFormReply();
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/lab/surveys/${slug}/quality`}>Data quality</Link> / free text
      </p>
      <h2>Free-text answers</h2>
      {reply.notice ? (
        <p className="notice" role="status">
          {reply.notice}
        </p>
      ) : null}
      {/* The form's fields are hidden (the row's ids), so its messages lead nowhere. */}
      <ErrorSummary problems={summaryProblems(reply, [])} />
      <p>
        Read what respondents wrote before exporting. An answer that could identify someone, or should not
        leave the lab, can be hidden from every export; it stays in the database and the decision is recorded
        in the audit trail. <strong data-testid="hidden-total">{texts.hidden.toLocaleString("en")}</strong> of{" "}
        {texts.total.toLocaleString("en")} answers are hidden.
      </p>
      {texts.answers.length === 0 ? (
        <p>{texts.total === 0 ? "No free-text answers yet." : "There are no answers on this page."}</p>
      ) : (
        <FreeTextTable texts={texts} />
      )}
      <Pagination
        label="Free-text pages"
        page={texts.page}
        pageCount={texts.pageCount}
        href={(page) => `?page=${page}`}
        previous="Newer answers"
        next="Older answers"
      />
    </>
  );
}
