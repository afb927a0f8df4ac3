/**
 * A study action that was refused and changed nothing: the message, and the form field it is about (null when no
 * single field explains it, e.g. a missing linking key).
 */
export type StudyRefusal = { ok: false; field: string | null; message: string };

export const refuse = (field: string | null, message: string): StudyRefusal => ({
  ok: false,
  field,
  message,
});
