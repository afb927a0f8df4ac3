import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireLabAction } from "~/auth/lab-action.server";
import { requireLabSession } from "~/auth/session.server";
import { PERMISSION_RULES } from "~/auth/survey-roles";
import { ErrorSummary } from "~/components/error-summary";
import { ADD_WAVE_FIELDS, AddWaveForm, KeyStatus, WavesTable } from "~/components/lab/studies/study-waves";
import { summaryProblems } from "~/forms/form-reply";
import { formFailure, formSuccess } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { findVisibleStudy } from "~/studies/studies.server";
import { studyDetail, waveCandidate, waveCandidates } from "~/studies/study-detail.server";
import { addWaveFormSchema, studyParamsSchema } from "~/studies/study-forms";
import type { StudyRefusal } from "~/studies/study-refusal";
import { addStudyWave } from "~/studies/study-waves.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.study.title ?? "Study"} — Negative Space lab` },
];

/** Who may add a survey as a wave: those who may add its versions (owners and editors, decision 060). */
const WAVE_ROLES = PERMISSION_RULES["run-survey"].roles;

const NOT_FOUND = () => new Response("Not found", { status: 404 });

function studySlug(params: unknown): string {
  const parsed = studyParamsSchema.safeParse(params);
  if (!parsed.success) throw NOT_FOUND();
  return parsed.data.slug;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { researcherId, isAdmin } = await requireLabSession(request);
  const study = await studyDetail({ researcherId, isAdmin }, studySlug(params));
  if (!study) throw NOT_FOUND();
  return {
    study,
    candidates: (await waveCandidates(researcherId, WAVE_ROLES)).map(({ slug, title }) => ({ slug, title })),
  };
}

const refusalReply = (refusal: StudyRefusal, values: Record<string, string | string[]>) =>
  formFailure(
    refusal.field
      ? { fieldErrors: { [refusal.field]: refusal.message }, values }
      : { formError: refusal.message, values },
    { status: refusal.field ? 400 : 409 },
  );

export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, isAdmin, formData } = await requireLabAction(request);
  const study = await findVisibleStudy({ researcherId, isAdmin }, studySlug(params));
  if (!study) throw NOT_FOUND();
  const form = parseForm(formData, addWaveFormSchema);
  if (!form.ok) return formFailure(form.failure);
  const survey = await waveCandidate(researcherId, WAVE_ROLES, form.value.surveySlug);
  if (!survey)
    return refusalReply(
      { ok: false, field: "surveySlug", message: "Choose one of the surveys you run as owner or editor." },
      form.values,
    );
  const outcome = await addStudyWave(researcherId, study, survey, form.value);
  if (!outcome.ok) return refusalReply(outcome, form.values);
  return formSuccess(`Added "${survey.title}" as wave ${outcome.waveNumber}.`);
}

export default function LabStudy() {
  const { study, candidates } = useLoaderData<typeof loader>();
  const reply = useFormReply();
  return (
    <>
      <p>
        <Link to="/lab/studies">All studies</Link>
      </p>
      <h1>{study.title}</h1>
      <KeyStatus keyStatus={study.key} />
      {reply.notice ? (
        <p className="notice" role="status">
          {reply.notice}
        </p>
      ) : null}
      <section aria-labelledby="waves-heading">
        <h2 id="waves-heading">Waves</h2>
        <p>
          Response counts are of real respondents; the synthetic demo panel&rsquo;s are shown apart, in
          brackets.
        </p>
        <WavesTable study={study} />
      </section>
      {study.waves.length >= 2 ? (
        <section aria-labelledby="link-heading">
          <h2 id="link-heading">Link waves</h2>
          <p>
            Connect each respondent&rsquo;s answers across two waves by their identification codes, then
            choose how strict the match must be.{" "}
            <Link to={`/lab/studies/${study.slug}/linkage`}>Link waves</Link>
          </p>
          {study.waves.length >= 3 ? (
            <p>
              Or follow the same people through all {study.waves.length} waves, each linked to the next, for
              the random-intercept model of change over time.{" "}
              <Link to={`/lab/studies/${study.slug}/within-person`}>Change across all waves</Link>
            </p>
          ) : null}
        </section>
      ) : null}
      <ErrorSummary problems={summaryProblems(reply, ADD_WAVE_FIELDS)} />
      <AddWaveForm reply={reply} candidates={candidates} />
    </>
  );
}
