import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireLabAction } from "~/auth/lab-action.server";
import { CsrfInput } from "~/components/csrf-input";
import { ErrorSummary } from "~/components/error-summary";
import { hideFreeText, listFreeText } from "~/lab/free-text-review.server";
import { requireLabSurvey } from "~/lab/lab-surveys.server";
import { freeTextQuerySchema, hideFreeTextSchema, searchParamsOf } from "~/lab/quality-forms";
import qualityStylesUrl from "~/styles/quality.css?url";
import { ScrollableTable } from "~/components/scrollable-table";

export const meta: MetaFunction = () => [{ title: "Free-text answers — Negative Space lab" }];
export const links = () => [{ rel: "stylesheet", href: qualityStylesUrl }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireLabSurvey(request, params);
  const query = freeTextQuerySchema.safeParse(searchParamsOf(request, ["page"]));
  if (!query.success)
    throw new Response("The page number must be a whole number, 1 or more.", { status: 400 });
  return { slug: survey.slug, texts: await listFreeText(survey.id, query.data.page) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData } = await requireLabAction(request);
  const { survey } = await requireLabSurvey(request, params);
  const parsed = hideFreeTextSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return data(
      { notice: null, problem: parsed.error.issues[0]?.message ?? "The form could not be read." },
      { status: 400 },
    );
  await hideFreeText(researcherId, survey, parsed.data.responseId, parsed.data.itemId);
  return {
    notice: `The answer to ${parsed.data.itemId} in response ${parsed.data.responseId} is hidden from exports.`,
    problem: null,
  };
}

export default function FreeTextReview() {
  const { slug, texts } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const first = (texts.page - 1) * texts.pageSize + 1;
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/lab/surveys/${slug}/quality`}>Data quality</Link> / free text
      </p>
      <h2>Free-text answers</h2>
      {result?.notice ? (
        <p className="notice" role="status">
          {result.notice}
        </p>
      ) : null}
      <ErrorSummary problems={result?.problem ? [{ message: result.problem }] : []} />
      <p>
        Read what respondents wrote before exporting. An answer that could identify someone, or should not
        leave the lab, can be hidden from every export; it stays in the database and the decision is recorded
        in the audit trail. <strong data-testid="hidden-total">{texts.hidden.toLocaleString("en")}</strong> of{" "}
        {texts.total.toLocaleString("en")} answers are hidden.
      </p>
      {texts.answers.length === 0 ? (
        <p>{texts.total === 0 ? "No free-text answers yet." : "There are no answers on this page."}</p>
      ) : (
        <ScrollableTable
          id="free-text-caption"
          caption={
            <>
              Free-text answers {first}–{first + texts.answers.length - 1} of {texts.total}, newest first
            </>
          }
        >
          <thead>
            <tr>
              <th scope="col">Response</th>
              <th scope="col">Question</th>
              <th scope="col">Answer</th>
              <th scope="col">In exports</th>
            </tr>
          </thead>
          <tbody>
            {texts.answers.map((answer) => (
              <tr key={`${answer.responseId}:${answer.itemId}`}>
                <th scope="row">
                  <code>{answer.responseId}</code>
                  <div>
                    {answer.submittedOn} {answer.isSynthetic ? <span className="tag">synthetic</span> : null}
                  </div>
                </th>
                <td>{answer.question}</td>
                <td className="free-text-answer">{answer.text}</td>
                <td>
                  {answer.hidden ? (
                    "Hidden from exports"
                  ) : (
                    <Form method="post" preventScrollReset>
                      <CsrfInput />
                      <input type="hidden" name="responseId" value={answer.responseId} />
                      <input type="hidden" name="itemId" value={answer.itemId} />
                      <button type="submit" name="intent" value="hide" className="secondary">
                        Hide from exports
                        <span className="visually-hidden">
                          {" "}
                          (response {answer.responseId}, {answer.itemId})
                        </span>
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
      {texts.pageCount > 1 ? (
        <nav aria-label="Free-text pages">
          <ul className="pagination">
            {texts.page > 1 ? (
              <li>
                <Link to={`?page=${texts.page - 1}`}>Newer answers</Link>
              </li>
            ) : null}
            <li>
              Page {texts.page} of {texts.pageCount}
            </li>
            {texts.page < texts.pageCount ? (
              <li>
                <Link to={`?page=${texts.page + 1}`}>Older answers</Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
