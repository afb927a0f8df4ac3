import { refuseCrossSiteRequest, requireCsrfToken } from "./csrf.server";
import { type LabSession, requireLabSession } from "./session.server";

/**
 * The one gate every lab action (and sign-out) passes before doing anything: refuses cross-site
 * requests (403), sends visitors without a session to sign in, reads the form and checks its CSRF
 * token (403). Routes then parse `formData` with zod and call one domain function.
 */
export async function requireLabAction(request: Request): Promise<LabSession & { formData: FormData }> {
  refuseCrossSiteRequest(request);
  const session = await requireLabSession(request);
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    throw new Response("The form could not be read.", { status: 400 });
  }
  requireCsrfToken(formData, session.csrfToken);
  return { ...session, formData };
}
