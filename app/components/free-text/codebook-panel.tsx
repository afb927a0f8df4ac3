import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Field } from "~/components/field";
import type { FormReplyView } from "~/forms/form-reply";
import type { FreeTextCode } from "~/lab/free-text-codebook.server";
import type { ItemCodeCounts } from "~/lab/free-text-counts.server";
import { FREE_TEXT_CODE_DESCRIPTION_MAX_LENGTH, FREE_TEXT_CODE_NAME_MAX_LENGTH } from "~/limits";
import { CodeCountsTable } from "./code-counts-table";

type Props = {
  slug: string;
  codebook: { codes: FreeTextCode[]; items: ItemCodeCounts[] };
  reply: FormReplyView;
};

/** The reply's message for a field, when it answers this form (its intent and, for one code, its id). */
export function replyError(
  reply: FormReplyView,
  intent: string,
  field: string,
  match: Record<string, string> = {},
) {
  if (reply.values.intent !== intent) return undefined;
  if (Object.entries(match).some(([name, value]) => reply.values[name] !== value)) return undefined;
  return reply.fieldErrors[field];
}

/** The fields a code's name and description: typed values come back after a refusal. */
function CodeFields(props: { idPrefix: string; name?: string; description?: string | null; error?: string }) {
  return (
    <>
      <Field id={`${props.idPrefix}-name`} label="Name" error={props.error}>
        {(control) => (
          <input
            {...control}
            name="name"
            defaultValue={props.name}
            maxLength={FREE_TEXT_CODE_NAME_MAX_LENGTH}
            required
          />
        )}
      </Field>
      <Field id={`${props.idPrefix}-description`} label="Description (optional)">
        {(control) => (
          <input
            {...control}
            name="description"
            defaultValue={props.description ?? ""}
            maxLength={FREE_TEXT_CODE_DESCRIPTION_MAX_LENGTH}
          />
        )}
      </Field>
    </>
  );
}

function CodeRow({ code, reply }: { code: FreeTextCode; reply: FormReplyView }) {
  const error =
    replyError(reply, "code-rename", "name", { codeId: code.id }) ??
    replyError(reply, "code-rename", "codeId", { codeId: code.id }) ??
    replyError(reply, "code-delete", "codeId", { codeId: code.id });
  return (
    <li className="codebook-code">
      <strong>{code.name}</strong>
      {code.description ? <span className="codebook-description"> — {code.description}</span> : null}
      <details open={error ? true : undefined}>
        <summary>
          Rename or delete<span className="visually-hidden"> the code {code.name}</span>
        </summary>
        <Form method="post" preventScrollReset className="codebook-form">
          <CsrfInput />
          <input type="hidden" name="codeId" value={code.id} />
          <CodeFields
            idPrefix={`code-${code.id}`}
            name={code.name}
            description={code.description}
            error={error}
          />
          <div className="quality-actions">
            <button type="submit" name="intent" value="code-rename" className="secondary">
              Save<span className="visually-hidden"> the code {code.name}</span>
            </button>
            <button type="submit" name="intent" value="code-delete" className="secondary" formNoValidate>
              Delete<span className="visually-hidden"> the code {code.name}</span>
            </button>
          </div>
        </Form>
      </details>
    </li>
  );
}

/** The survey's codebook: its codes (rename, delete), a form to add one, the counts and their downloads. */
export function CodebookPanel({ slug, codebook, reply }: Props) {
  const typed = reply.values.intent === "code-create" ? reply.values : {};
  return (
    <section aria-labelledby="codebook" className="codebook">
      <h3 id="codebook">Codebook</h3>
      <p>
        Qualitative codes for this survey&apos;s free-text answers. Tick them on each answer below; an answer
        can carry several. Deleting a code takes it off every answer.
      </p>
      {codebook.codes.length > 0 ? (
        <ul className="codebook-codes">
          {codebook.codes.map((code) => (
            <CodeRow key={code.id} code={code} reply={reply} />
          ))}
        </ul>
      ) : (
        <p>The codebook is empty.</p>
      )}
      <h4 id="code-new-heading">Add a code</h4>
      <Form method="post" preventScrollReset className="codebook-form" aria-labelledby="code-new-heading">
        <CsrfInput />
        <CodeFields
          idPrefix="code-new"
          name={typeof typed.name === "string" ? typed.name : ""}
          description={typeof typed.description === "string" ? typed.description : ""}
          error={replyError(reply, "code-create", "name")}
        />
        <button type="submit" name="intent" value="code-create">
          Add code
        </button>
      </Form>
      {codebook.codes.length > 0 ? <CodeCountsTable slug={slug} codebook={codebook} /> : null}
    </section>
  );
}
