import { Form, Link } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Field } from "~/components/field";
import { ScrollableTable } from "~/components/scrollable-table";
import { type FormReplyView, sentValue } from "~/forms/form-reply";
import type { StudyDetail, StudyWaveRow, WaveSurvey } from "~/studies/study-detail.server";

export const ADD_WAVE_FIELDS = [
  { name: "surveySlug", id: "wave-survey", label: "Survey" },
  { name: "plannedOn", id: "wave-planned-on", label: "Planned start" },
];

const count = (value: number) => value.toLocaleString("en");

function Counts({ survey, which }: { survey: WaveSurvey; which: "complete" | "partial" }) {
  const synthetic = survey.syntheticResponses[which];
  return (
    <>
      {count(survey.responses[which])}
      {synthetic > 0 ? ` (and ${count(synthetic)} synthetic)` : ""}
    </>
  );
}

function WaveRow({ wave }: { wave: StudyWaveRow }) {
  const { survey } = wave;
  return (
    <tr>
      <th scope="row">Wave {wave.waveNumber}</th>
      {survey ? (
        <>
          <td>
            <Link to={`/lab/surveys/${survey.slug}`}>{survey.title}</Link>
            <br />
            <code>/s/{survey.slug}</code>
          </td>
          <td>{survey.status}</td>
          <td>{survey.liveVersion ?? "none"}</td>
        </>
      ) : (
        <td colSpan={3}>A survey you are not a member of</td>
      )}
      <td>{wave.plannedOn}</td>
      <td>{survey ? <Counts survey={survey} which="complete" /> : "—"}</td>
      <td>{survey ? <Counts survey={survey} which="partial" /> : "—"}</td>
    </tr>
  );
}

export function WavesTable({ study }: { study: StudyDetail }) {
  if (study.waves.length === 0) return <p>No wave yet. Add the study&rsquo;s first survey below.</p>;
  return (
    <ScrollableTable id="waves-caption" caption={<>Waves of {study.title}</>}>
      <thead>
        <tr>
          <th scope="col">Wave</th>
          <th scope="col">Survey</th>
          <th scope="col">Status</th>
          <th scope="col">Live version</th>
          <th scope="col">Planned start</th>
          <th scope="col">Completed responses</th>
          <th scope="col">Partial responses</th>
        </tr>
      </thead>
      <tbody>
        {study.waves.map((wave) => (
          <WaveRow key={wave.waveNumber} wave={wave} />
        ))}
      </tbody>
    </ScrollableTable>
  );
}

export function KeyStatus({ keyStatus }: { keyStatus: StudyDetail["key"] }) {
  return keyStatus.present ? (
    <p>
      Linking key: <strong>present</strong>. It stays outside the database and is never exported.
    </p>
  ) : (
    <p className="notice notice--alarm">
      Linking key: <strong>missing</strong>. {keyStatus.message} No wave can be added until it is back.
    </p>
  );
}

type Candidate = { slug: string; title: string };

export function AddWaveForm({
  reply,
  candidates,
}: {
  reply: FormReplyView<unknown>;
  candidates: readonly Candidate[];
}) {
  const typed = (name: string) => (reply.failed ? (sentValue(reply.values, name) ?? "") : "");
  return (
    <section aria-labelledby="add-wave-heading">
      <h2 id="add-wave-heading">Add a wave</h2>
      <p>
        A wave is one of your surveys (you run it as owner or editor) that asks the study&rsquo;s
        identification code: the same elements, in the same order, as wave 1.
      </p>
      <Form method="post" noValidate className="form-stack">
        <CsrfInput />
        <Field id="wave-survey" label="Survey" error={reply.fieldErrors.surveySlug}>
          {(control) => (
            <select {...control} name="surveySlug" defaultValue={typed("surveySlug")}>
              <option value="">Choose a survey</option>
              {candidates.map((survey) => (
                <option key={survey.slug} value={survey.slug}>
                  {survey.title} (/s/{survey.slug})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="wave-planned-on"
          label="Planned start"
          format="A day, YYYY-MM-DD; not before the previous wave's."
          error={reply.fieldErrors.plannedOn}
        >
          {(control) => <input {...control} name="plannedOn" type="date" defaultValue={typed("plannedOn")} />}
        </Field>
        <div>
          <button type="submit">Add wave</button>
        </div>
      </Form>
    </section>
  );
}
