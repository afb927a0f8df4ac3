import { Form, Link } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Field, FieldGroup } from "~/components/field";
import type { FormReplyView, SummaryField } from "~/forms/form-reply";
import type { FreeTextCode } from "~/lab/free-text-codebook.server";
import type { FreeTextAnswer, FreeTextPage } from "~/lab/free-text-review.server";
import { REDACT_PASSAGE_MAX_LENGTH, REDACTION_MARKER } from "~/limits";
import { replyError } from "./codebook-panel";

type Props = { slug: string; texts: FreeTextPage; codes: FreeTextCode[]; reply: FormReplyView };

/** Ids of one answer's controls: response ids are UUIDs and item ids variable names, so both are id-safe. */
export const answerControlId = (answer: { responseId: string; itemId: string }, control: string) =>
  `${control}-${answer.responseId}-${answer.itemId}`;

function AnswerKey({ answer }: { answer: FreeTextAnswer }) {
  return (
    <>
      <CsrfInput />
      <input type="hidden" name="responseId" value={answer.responseId} />
      <input type="hidden" name="itemId" value={answer.itemId} />
    </>
  );
}

function RedactForm({ answer, reply }: { answer: FreeTextAnswer; reply: FormReplyView }) {
  const match = { responseId: answer.responseId, itemId: answer.itemId };
  const error = replyError(reply, "redact", "passage", match);
  const typed = error && typeof reply.values.passage === "string" ? reply.values.passage : "";
  const id = answerControlId(answer, "redact");
  return (
    <details className="free-text-redact" open={error ? true : undefined}>
      <summary>Redact part of this answer</summary>
      <Form method="post" preventScrollReset className="free-text-redact-form">
        <AnswerKey answer={answer} />
        <Field
          id={id}
          label="Passage to redact"
          error={error}
          hint={`Copy it exactly as it appears (capitals count). Every occurrence is replaced by ${REDACTION_MARKER}; the original is not kept, so this cannot be undone.`}
        >
          {(control) => (
            <input
              {...control}
              name="passage"
              defaultValue={typed}
              maxLength={REDACT_PASSAGE_MAX_LENGTH}
              required
            />
          )}
        </Field>
        <button type="submit" name="intent" value="redact">
          Redact<span className="visually-hidden"> in response {answer.responseId}</span>
        </button>
      </Form>
    </details>
  );
}

function CodesForm({
  answer,
  codes,
  reply,
}: {
  answer: FreeTextAnswer;
  codes: FreeTextCode[];
  reply: FormReplyView;
}) {
  const id = answerControlId(answer, "codes");
  const error = replyError(reply, "tag", "codeId", { responseId: answer.responseId, itemId: answer.itemId });
  if (codes.length === 0) return <p className="field-help">Add codes to the codebook to code this answer.</p>;
  return (
    <Form method="post" preventScrollReset className="free-text-codes">
      <AnswerKey answer={answer} />
      <FieldGroup id={`${id}-0`} legend="Codes" error={error}>
        <div className="free-text-code-options">
          {codes.map((code, index) => (
            <label key={code.id} htmlFor={`${id}-${index}`}>
              <input
                id={`${id}-${index}`}
                type="checkbox"
                name="codeIds"
                value={code.id}
                defaultChecked={answer.codeIds.includes(code.id)}
              />{" "}
              {code.name}
            </label>
          ))}
        </div>
      </FieldGroup>
      <button type="submit" name="intent" value="tag" className="secondary">
        Save codes<span className="visually-hidden"> for response {answer.responseId}</span>
      </button>
    </Form>
  );
}

function HideForm({ answer }: { answer: FreeTextAnswer }) {
  if (answer.hidden) return <p className="tag">Hidden from exports</p>;
  return (
    <Form method="post" preventScrollReset>
      <AnswerKey answer={answer} />
      <button type="submit" name="intent" value="hide" className="secondary">
        Hide from exports
        <span className="visually-hidden">
          {" "}
          (response {answer.responseId}, {answer.itemId})
        </span>
      </button>
    </Form>
  );
}

/** One page of free-text answers, newest first: each with its response, redaction, codes and hiding. */
export function FreeTextAnswers({ slug, texts, codes, reply }: Props) {
  const first = (texts.page - 1) * texts.pageSize + 1;
  return (
    <>
      <p id="free-text-range">
        Answers {first}–{first + texts.answers.length - 1} of {texts.total}, newest first.
      </p>
      <ol className="free-text-list" aria-labelledby="free-text-range">
        {texts.answers.map((answer) => (
          <li key={`${answer.responseId}:${answer.itemId}`} className="free-text-entry">
            <article aria-labelledby={answerControlId(answer, "answer")}>
              <h4 id={answerControlId(answer, "answer")} className="free-text-heading">
                <Link to={`/lab/surveys/${slug}/responses/${answer.responseId}`}>
                  Response <code>{answer.responseId}</code>
                </Link>{" "}
                <span className="free-text-meta">
                  {answer.submittedOn} · {answer.itemId}
                  {answer.isSynthetic ? <span className="tag">synthetic</span> : null}
                </span>
              </h4>
              <p className="free-text-question">{answer.question}</p>
              <blockquote className="free-text-answer">{answer.text}</blockquote>
              <RedactForm answer={answer} reply={reply} />
              <CodesForm answer={answer} codes={codes} reply={reply} />
              <HideForm answer={answer} />
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}

/** Where each of the page's field messages leads in the error summary: the control of the form that was sent. */
export function freeTextSummaryFields(reply: FormReplyView): SummaryField[] {
  const { intent, responseId, itemId, codeId } = reply.values;
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  const answer = { responseId: text(responseId), itemId: text(itemId) };
  switch (intent) {
    case "redact":
      return [{ name: "passage", id: answerControlId(answer, "redact"), label: "Passage to redact" }];
    case "tag":
      return [{ name: "codeId", id: `${answerControlId(answer, "codes")}-0`, label: "Codes" }];
    case "code-create":
      return [{ name: "name", id: "code-new-name", label: "New code's name" }];
    case "code-rename":
      return [{ name: "name", id: `code-${text(codeId)}-name`, label: "Code's name" }];
    default:
      return [];
  }
}
