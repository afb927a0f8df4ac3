import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireAdministrator } from "~/auth/administrator.server";
import { refuseCrossSiteRequest, requireCsrfToken } from "~/auth/csrf.server";
import { requireLabSession } from "~/auth/session.server";
import { ErrorSummary } from "~/components/error-summary";
import { CREATE_STUDY_FIELDS, CreateStudyForm, StudyList } from "~/components/lab/studies/study-list";
import { summaryProblems } from "~/forms/form-reply";
import { formFailure } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { createStudy, listStudies } from "~/studies/studies.server";
import { createStudyFormSchema } from "~/studies/study-forms";

export const meta: MetaFunction = () => [{ title: "Studies — Negative Space lab" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { researcherId, isAdmin } = await requireLabSession(request);
  return { studies: await listStudies({ researcherId, isAdmin }), isAdmin };
}

// Creating a study is a site administrator's act (decision 060): it makes a key file the site must keep.
export async function action({ request }: ActionFunctionArgs) {
  refuseCrossSiteRequest(request);
  const session = await requireAdministrator(request);
  const formData = await request.formData().catch(() => {
    throw new Response("The form could not be read.", { status: 400 });
  });
  requireCsrfToken(formData, session.csrfToken);
  const form = parseForm(formData, createStudyFormSchema);
  if (!form.ok) return formFailure(form.failure);
  const outcome = await createStudy(session.researcherId, form.value);
  if (!outcome.ok) {
    const message = outcome.field
      ? { fieldErrors: { [outcome.field]: outcome.message } }
      : { formError: outcome.message };
    return formFailure({ ...message, values: form.values }, { status: outcome.field ? 400 : 409 });
  }
  return redirect(`/lab/studies/${outcome.slug}`);
}

export default function LabStudies() {
  const { studies, isAdmin } = useLoaderData<typeof loader>();
  const reply = useFormReply();
  return (
    <>
      <h1>Studies</h1>
      <p>
        A panel study follows the same people over time: its waves are surveys that ask the same
        identification code, so answers can be linked without knowing who anyone is.
      </p>
      <StudyList studies={studies} />
      {isAdmin ? (
        <>
          <ErrorSummary problems={summaryProblems(reply, CREATE_STUDY_FIELDS)} />
          <CreateStudyForm reply={reply} />
        </>
      ) : (
        <p>Site administrators create studies; owners and editors of a survey then add it as a wave.</p>
      )}
    </>
  );
}
