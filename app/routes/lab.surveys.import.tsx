import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form } from "@remix-run/react";
import { z } from "zod";
import { requireLabAction } from "~/auth/lab-action.server";
import { requireResearcherId } from "~/auth/session.server";
import { CsrfInput } from "~/components/csrf-input";
import { DefinitionFields } from "~/components/definition-fields";
import { DefinitionProblems } from "~/components/definition-problems";
import { Field } from "~/components/field";
import { sentValue } from "~/forms/form-reply";
import { formFailure } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import {
  DEFINITION_FIELD,
  definitionFieldErrors,
  readDefinitionUpload,
} from "~/lab/definition-upload.server";
import { importSurvey } from "~/lab/survey-admin.server";

export const meta: MetaFunction = () => [{ title: "Import a survey — Negative Space lab" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireResearcherId(request);
  return null;
}

// The address is checked by importSurvey, with the definition, so that every problem is listed at once.
const importFormSchema = z.object({ slug: z.string().default("") });

export async function action({ request }: ActionFunctionArgs) {
  const { researcherId, formData } = await requireLabAction(request);
  const form = parseForm(formData, importFormSchema);
  if (!form.ok) return formFailure(form.failure);
  const upload = await readDefinitionUpload(formData);
  if ("error" in upload)
    return formFailure({ fieldErrors: { [DEFINITION_FIELD]: upload.error }, values: form.values });
  const outcome = await importSurvey(researcherId, { slug: form.value.slug, definitionText: upload.text });
  if (!outcome.ok)
    return formFailure({ fieldErrors: definitionFieldErrors(outcome.problems), values: form.values });
  throw redirect(`/lab/surveys/${outcome.slug}`);
}

export default function ImportSurvey() {
  const reply = useFormReply();
  return (
    <>
      <h1>Import a survey definition</h1>
      <p>
        The definition is checked completely before anything is saved. An imported survey starts as a draft:
        preview it, then open it for respondents.
      </p>
      <DefinitionProblems fieldErrors={reply.fieldErrors} />
      <Form method="post" encType="multipart/form-data" className="form-stack">
        <CsrfInput />
        <Field
          id="slug"
          label="Survey address"
          hint={
            <>
              Respondents will open /s/<em>address</em>. Lower-case letters, digits and hyphens.
            </>
          }
          error={reply.fieldErrors.slug}
        >
          {(control) => (
            <input
              {...control}
              name="slug"
              required
              autoComplete="off"
              defaultValue={sentValue(reply.values, "slug")}
            />
          )}
        </Field>
        <DefinitionFields pasted={sentValue(reply.values, "definitionText")} />
        <button type="submit">Check and import</button>
      </Form>
    </>
  );
}
