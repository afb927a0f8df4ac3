/**
 * Name of the hidden form field that carries the session's CSRF token: every lab form has it
 * (components/csrf-input.tsx), parseForm leaves it out of a form's values, and the lab's gate checks it
 * (auth/csrf.server.ts).
 */
export const CSRF_FIELD_NAME = "csrf";
