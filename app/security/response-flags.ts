/**
 * Signals of an automated submission stored in Response.flags (a JSON array, read and written
 * through app/surveys/stored-answers.ts). A flag never drops a response: the lab sees it and
 * decides whether to exclude it.
 * - "honeypot": the hidden field on the final "Send my answers" form was filled.
 * - "too-fast": at least one page was answered faster than a person plausibly can
 *   (app/security/plausible-time.ts).
 */
export const RESPONSE_FLAGS = ["honeypot", "too-fast"] as const;
export type ResponseFlag = (typeof RESPONSE_FLAGS)[number];
