import { Form, Link } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Field } from "~/components/field";
import { ScrollableTable } from "~/components/scrollable-table";
import { type FormReplyView, sentValue } from "~/forms/form-reply";
import type { StudyRow } from "~/studies/studies.server";
import { STUDY_TITLE_MAX_LENGTH } from "~/studies/study-forms";

export const CREATE_STUDY_FIELDS = [
  { name: "title", id: "study-title", label: "Title" },
  { name: "slug", id: "study-slug", label: "Address" },
];

const count = (value: number) => value.toLocaleString("en");

export function StudyList({ studies }: { studies: readonly StudyRow[] }) {
  if (studies.length === 0)
    return <p>No study yet that you can see. A study is visible to members of its waves&rsquo; surveys.</p>;
  return (
    <ScrollableTable id="studies-caption" caption={<>Panel studies, newest first</>}>
      <thead>
        <tr>
          <th scope="col">Study</th>
          <th scope="col">Waves</th>
          <th scope="col">Completed responses in your surveys</th>
        </tr>
      </thead>
      <tbody>
        {studies.map((study) => (
          <tr key={study.slug}>
            <th scope="row">
              <Link to={`/lab/studies/${study.slug}`}>{study.title}</Link>
            </th>
            <td>{count(study.waves)}</td>
            <td>
              {count(study.responses)}
              {study.syntheticResponses > 0
                ? ` (and ${count(study.syntheticResponses)} synthetic demo data)`
                : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

export function CreateStudyForm({ reply }: { reply: FormReplyView<unknown> }) {
  const typed = (name: string) => (reply.failed ? (sentValue(reply.values, name) ?? "") : "");
  return (
    <section aria-labelledby="create-study-heading">
      <h2 id="create-study-heading">Create a study</h2>
      <p>
        Creating a study also creates its linking key, a file kept outside the database. Without the key no
        identification code can be stored or linked, so keep it with your backups.
      </p>
      <Form method="post" noValidate className="form-stack">
        <CsrfInput />
        <Field id="study-title" label="Title" error={reply.fieldErrors.title}>
          {(control) => (
            <input
              {...control}
              name="title"
              maxLength={STUDY_TITLE_MAX_LENGTH}
              defaultValue={typed("title")}
            />
          )}
        </Field>
        <Field
          id="study-slug"
          label="Address"
          hint="Its page will be /lab/studies/<address>: lower-case letters, digits and hyphens."
          error={reply.fieldErrors.slug}
        >
          {(control) => (
            <input
              {...control}
              name="slug"
              autoCapitalize="none"
              spellCheck={false}
              defaultValue={typed("slug")}
            />
          )}
        </Field>
        <div>
          <button type="submit">Create study</button>
        </div>
      </Form>
    </section>
  );
}
