import { DEFINITION_MAX_BYTES } from "~/limits";
import type { DefinitionProblem } from "./survey-admin.server";

/**
 * The definition text from a lab form: an uploaded .json file, or text pasted into the
 * fallback text area. Returns an error message a researcher can act on.
 */
export async function readDefinitionUpload(
  formData: FormData,
): Promise<{ text: string } | { error: string }> {
  const file = formData.get("definitionFile");
  const pasted = formData.get("definitionText");
  if (file instanceof Blob && file.size > 0) {
    if (file.size > DEFINITION_MAX_BYTES)
      return {
        error: `The file is larger than ${DEFINITION_MAX_BYTES / 1_000_000} MB; a definition is usually a few dozen KB.`,
      };
    return { text: await file.text() };
  }
  if (typeof pasted === "string" && pasted.trim() !== "") {
    if (pasted.length > DEFINITION_MAX_BYTES)
      return {
        error: `The pasted text is longer than ${DEFINITION_MAX_BYTES.toLocaleString("en")} characters.`,
      };
    return { text: pasted };
  }
  return { error: "Choose a definition file (.json) or paste the definition." };
}

/** The field errors' prefix for problems inside a definition: "definition.pages.0.id". */
export const DEFINITION_FIELD = "definition";

/**
 * A definition's problems as the form's field errors: the survey address on "slug", every other
 * one under "definition." and its path in the definition (the first message per path).
 */
export function definitionFieldErrors(problems: readonly DefinitionProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { path, message } of problems)
    errors[path === "slug" ? "slug" : `${DEFINITION_FIELD}.${path}`] ??= message;
  return errors;
}
