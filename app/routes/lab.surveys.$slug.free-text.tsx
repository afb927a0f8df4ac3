import { requireSurveyActionPermission, requireSurveyPermission } from "~/auth/survey-access.server";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { CodebookPanel } from "~/components/free-text/codebook-panel";
import { FreeTextAnswers, freeTextSummaryFields } from "~/components/free-text/free-text-answers";
import { Pagination } from "~/components/pagination";
import { summaryProblems } from "~/forms/form-reply";
import { formFailure, formSuccess } from "~/forms/form-reply.server";
import { PAGE_NUMBER_MESSAGE } from "~/forms/pagination";
import { parseForm, parseQuery } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { runFreeTextAction } from "~/lab/free-text-actions.server";
import { freeTextCodeCounts } from "~/lab/free-text-counts.server";
import { FREE_TEXT_ARRAY_FIELDS, freeTextActionSchema } from "~/lab/free-text-forms";
import { listFreeText } from "~/lab/free-text-review.server";
import { freeTextQuerySchema } from "~/lab/quality-forms";
import qualityStylesUrl from "~/styles/quality.css?url";

export const meta: MetaFunction = () => [{ title: "Free-text answers — Negative Space lab" }];
export const links = () => [{ rel: "stylesheet", href: qualityStylesUrl }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireSurveyPermission(request, params, "read-responses");
  const query = parseQuery(request, freeTextQuerySchema);
  if (!query.ok) throw new Response(PAGE_NUMBER_MESSAGE, { status: 400 });
  const [texts, codebook] = await Promise.all([
    listFreeText(survey.id, query.value.page),
    freeTextCodeCounts(survey.id),
  ]);
  return { slug: survey.slug, texts, codebook };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData, survey } = await requireSurveyActionPermission(
    request,
    params,
    "read-responses",
  );
  const form = parseForm(formData, freeTextActionSchema, { arrays: FREE_TEXT_ARRAY_FIELDS });
  if (!form.ok) return formFailure(form.failure);
  const outcome = await runFreeTextAction(researcherId, survey, form.value);
  if (!outcome.ok)
    return formFailure({ fieldErrors: { [outcome.field]: outcome.message }, values: form.values });
  return formSuccess(outcome.notice);
}

export default function FreeTextReview() {
  const { slug, texts, codebook } = useLoaderData<typeof loader>();
  const reply = useFormReply();
  return (
    <>
      <h2>Free-text answers</h2>
      {reply.notice ? (
        <p className="notice" role="status">
          {reply.notice}
        </p>
      ) : null}
      {/* Each message is shown beside the form it belongs to; the summary leads there. */}
      <ErrorSummary problems={summaryProblems(reply, freeTextSummaryFields(reply))} />
      <p>
        Read what respondents wrote before exporting. <strong>Redact</strong> a name or any passage that could
        identify someone: it is replaced in the stored answer, and the original is not kept.{" "}
        <strong>Hide</strong> keeps a whole answer out of exports. <strong>Code</strong> answers with the
        codebook. The audit trail records each of these, never the text.{" "}
        <strong data-testid="hidden-total">{texts.hidden.toLocaleString("en")}</strong> of{" "}
        {texts.total.toLocaleString("en")} answers are hidden. <a href="#answers">Go to the answers</a>
      </p>
      <CodebookPanel slug={slug} codebook={codebook} reply={reply} />
      <h3 id="answers">Answers</h3>
      {texts.answers.length === 0 ? (
        <p>{texts.total === 0 ? "No free-text answers yet." : "There are no answers on this page."}</p>
      ) : (
        <FreeTextAnswers slug={slug} texts={texts} codes={codebook.codes} reply={reply} />
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
