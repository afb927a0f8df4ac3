import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { requireLabAction } from "~/auth/lab-action.server";
import { requireResearcherId } from "~/auth/session.server";
import { CsrfInput } from "~/components/csrf-input";
import { DefinitionFields } from "~/components/definition-fields";
import { DefinitionProblems } from "~/components/definition-problems";
import { readDefinitionUpload } from "~/lab/definition-upload.server";
import { importSurvey } from "~/lab/survey-admin.server";

export const meta: MetaFunction = () => [{ title: "Import a survey — Negative Space lab" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireResearcherId(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const { researcherId, formData } = await requireLabAction(request);
  const slug = formData.get("slug");
  const upload = await readDefinitionUpload(formData);
  if ("error" in upload) return data({ problems: [{ path: "definition", message: upload.error }] }, { status: 400 });
  const outcome = await importSurvey(researcherId, { slug: typeof slug === "string" ? slug : "", definitionText: upload.text });
  if (!outcome.ok) return data({ problems: outcome.problems }, { status: 400 });
  throw redirect(`/lab/surveys/${outcome.slug}`);
}

export default function ImportSurvey() {
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h1>Import a survey definition</h1>
      <p>
        The definition is checked completely before anything is saved. An imported survey starts as a draft: preview it,
        then open it for respondents.
      </p>
      <DefinitionProblems problems={actionData?.problems ?? []} />
      <Form method="post" encType="multipart/form-data" className="form-stack">
        <CsrfInput />
        <div className="field">
          <label htmlFor="slug">Survey address</label>
          <p id="slug-help" className="field-help">
            Respondents will open /s/<em>address</em>. Lower-case letters, digits and hyphens.
          </p>
          <input id="slug" name="slug" required aria-describedby="slug-help" autoComplete="off" />
        </div>
        <DefinitionFields />
        <button type="submit">Check and import</button>
      </Form>
    </>
  );
}
