import { createCookie } from "@remix-run/node";
import { environment } from "~/env.server";

/**
 * A cookie of one survey's pages: `<prefix>_<slug>`, HttpOnly, SameSite=Lax, Secure in production, and sent only
 * under that survey's path. Survey pages set exactly two (docs/security.md): the resume code and the "answered" mark.
 */
export function surveyCookie(prefix: string, slug: string, maxAgeDays: number) {
  return createCookie(`${prefix}_${slug.replace(/-/g, "_")}`, {
    path: `/s/${slug}`,
    httpOnly: true,
    sameSite: "lax",
    secure: environment.NODE_ENV === "production",
    maxAge: maxAgeDays * 24 * 60 * 60,
  });
}
