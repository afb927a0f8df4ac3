/**
 * Signals of an automated submission stored in Response.flags (a JSON array). A flag never
 * drops a response: the lab sees it and decides whether to exclude it.
 * - "honeypot": the hidden field on the final "Send my answers" form was filled.
 * - "too-fast": at least one page was answered faster than a person plausibly can
 *   (app/security/plausible-time.ts).
 */
export const RESPONSE_FLAGS = ["honeypot", "too-fast"] as const;
export type ResponseFlag = (typeof RESPONSE_FLAGS)[number];

/** Reads a stored flags column; unknown entries are kept out rather than trusted. */
export function parseResponseFlags(stored: string): ResponseFlag[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? RESPONSE_FLAGS.filter((flag) => value.includes(flag)) : [];
  } catch {
    return [];
  }
}
