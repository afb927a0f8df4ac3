import { z } from "zod";
import { recordAuditEvent } from "~/audit/audit.server";
import { revokeAllLabSessions } from "./lab-sessions.server";
import { clearSessionCookie, endLabSession } from "./session.server";

/** "this-device" (the lab bar's "Sign out", the default) or "everywhere" (every session of the account). */
export const signOutScopeSchema = z
  .enum(["this-device", "everywhere"], { error: "Choose to sign out on this device or everywhere." })
  .default("this-device");
export type SignOutScope = z.infer<typeof signOutScopeSchema>;
export const signOutFormSchema = z.object({ scope: signOutScopeSchema });

/**
 * Ends the request's session, or all of the researcher's sessions, on the server, and records it in
 * the audit trail. Returns the Set-Cookie value that also clears the cookie in this browser.
 */
export async function signOut(request: Request, researcherId: string, scope: SignOutScope): Promise<string> {
  if (scope === "this-device") {
    const setCookie = await endLabSession(request);
    await recordAuditEvent({ researcherId, action: "sign-out", target: "lab" });
    return setCookie;
  }
  const ended = await revokeAllLabSessions(researcherId);
  await recordAuditEvent({
    researcherId,
    action: "sign-out-everywhere",
    target: "lab",
    detail: `${ended} session${ended === 1 ? "" : "s"} ended`,
  });
  return clearSessionCookie();
}
