/** Name of the hidden form field that carries the session's CSRF token (shared by server and forms). */
export const CSRF_FIELD_NAME = "csrf";
