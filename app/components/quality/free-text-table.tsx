import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { ResponseIdLink } from "~/components/lab/response-id-link";
import { ScrollableTable } from "~/components/scrollable-table";
import type { FreeTextPage } from "~/lab/free-text-review.server";

/** One page of free-text answers, newest first, each with "Hide from exports" until it is hidden. */
export function FreeTextTable({ texts }: { texts: FreeTextPage }) {
  const first = (texts.page - 1) * texts.pageSize + 1;
  return (
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
              <ResponseIdLink id={answer.responseId} />
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
  );
}
