import { Form, useSubmit } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { CsrfInput } from "~/components/csrf-input";
import type { FormReplyView } from "~/forms/form-reply";
import { EXPORT_CHOICE_KEYS, type ResolvedExportChoice } from "~/lab/export-choice";
import { ExportChoices } from "./export-choices";

/**
 * With JavaScript, the privacy check follows the form: each change of a valid form reloads the tab
 * for those options (a GET of the page, which changes nothing), so the report, the counts and the
 * `checked` field always describe what the download buttons would send.
 */
function useCheckFollowsForm(slug: string) {
  const form = useRef<HTMLFormElement>(null);
  const submit = useSubmit();
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const follow = () => {
      if (!element.checkValidity()) return; // the server's messages come with "Update the privacy check"
      const fields = new FormData(element);
      const query = new URLSearchParams();
      for (const key of EXPORT_CHOICE_KEYS) {
        const value = fields.get(key);
        if (typeof value === "string" && value !== "") query.set(key, value);
      }
      void submit(query, {
        method: "get",
        action: `/lab/surveys/${slug}/export`,
        replace: true,
        preventScrollReset: true,
      });
    };
    element.addEventListener("change", follow);
    return () => element.removeEventListener("change", follow);
  }, [slug, submit]);
  return form;
}

export type ExportFormProps = {
  slug: string;
  choice: ResolvedExportChoice;
  versions: { value: string; label: string }[];
  /** The options' messages and the values as sent, when they were not valid. */
  refused: FormReplyView;
  /** The options of the privacy check on screen (a query string); null when they are not valid. */
  checked: string | null;
  files: { file: string; title: string }[];
  /** What the download section says about the files. */
  filesNote: string;
};

/**
 * The export options and the downloads in one form posted with the lab's CSRF token, without
 * JavaScript too: "Update the privacy check" (first, so Enter presses it) shows the check for the
 * options; each file's button posts the same options to that file's address and gets the file.
 */
export function ExportForm({ slug, choice, versions, refused, checked, files, filesNote }: ExportFormProps) {
  const form = useCheckFollowsForm(slug);
  return (
    <Form ref={form} method="post" action={`/lab/surveys/${slug}/export`} reloadDocument noValidate>
      <CsrfInput />
      <section aria-labelledby="choices-heading" className="form-stack">
        <h3 id="choices-heading">What to export</h3>
        <ExportChoices choice={choice} versions={versions} refused={refused} />
        <div>
          <button type="submit">Update the privacy check</button>
        </div>
      </section>
      {checked === null ? null : (
        <Downloads slug={slug} checked={checked} files={files} filesNote={filesNote} />
      )}
    </Form>
  );
}

/** One button per file, each posting the form (with the check on screen, `checked`) to that file's address. */
function Downloads({
  slug,
  checked,
  files,
  filesNote,
}: Pick<ExportFormProps, "slug" | "files" | "filesNote"> & { checked: string }) {
  return (
    <section aria-labelledby="files-heading">
      <input type="hidden" name="checked" value={checked} />
      <h3 id="files-heading">Download</h3>
      <p>{filesNote}</p>
      <ul className="export-files">
        {files.map((file) => (
          <li key={file.file}>
            <button
              type="submit"
              className="secondary"
              formAction={`/lab/surveys/${slug}/export/${file.file}`}
            >
              {file.file}
            </button>{" "}
            — {file.title}
          </li>
        ))}
      </ul>
    </section>
  );
}
