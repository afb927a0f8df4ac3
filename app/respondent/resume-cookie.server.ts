import { surveyCookie } from "./survey-cookie.server";
import { RESUME_CODE_TTL_DAYS } from "~/limits";

/**
 * The cookie a survey page sets while someone answers: it holds the resume code of the respondent's own
 * draft and nothing else, scoped to that survey's path. (After sending, answered-cookie.server.ts's
 * constant replaces it.)
 */
const resumeCookie = (slug: string) => surveyCookie("ns_resume", slug, RESUME_CODE_TTL_DAYS);

export async function readResumeCode(request: Request, slug: string): Promise<string | null> {
  const value: unknown = await resumeCookie(slug).parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

export function setResumeCode(slug: string, code: string): Promise<string> {
  return resumeCookie(slug).serialize(code);
}

export function clearResumeCode(slug: string): Promise<string> {
  return resumeCookie(slug).serialize("", { maxAge: 0 });
}
