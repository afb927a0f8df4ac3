import { createCookie } from "@remix-run/node";
import { environment } from "~/env.server";
import { RESUME_CODE_TTL_DAYS } from "~/limits";

/**
 * The cookie a survey page sets while someone answers: it holds the resume code of the respondent's own
 * draft and nothing else, scoped to that survey's path. (After sending, answered-cookie.server.ts's
 * constant replaces it.)
 */
function resumeCookie(slug: string) {
  return createCookie(`ns_resume_${slug.replace(/-/g, "_")}`, {
    path: `/s/${slug}`,
    httpOnly: true,
    sameSite: "lax",
    secure: environment.NODE_ENV === "production",
    maxAge: RESUME_CODE_TTL_DAYS * 24 * 60 * 60,
  });
}

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
