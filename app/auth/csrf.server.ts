import { timingSafeEqual } from "node:crypto";
import { CSRF_FIELD_NAME } from "~/forms/csrf-field";

// Browsers answer "same-origin" for our own forms; "none" means the user started the request
// themselves (typed address, bookmark), which no other site can trigger.
const TRUSTED_FETCH_SITES = new Set(["same-origin", "none"]);

function forbidden(reason: string): Response {
  return new Response(reason, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * The host the browser addressed, judged as Remix's own check does: a proxy's X-Forwarded-Host,
 * else Host. A page on another site cannot set either header on a victim's form post.
 */
function addressedHost(request: Request): string {
  const forwarded = request.headers.get("X-Forwarded-Host")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("Host") || new URL(request.url).host;
}

/**
 * Throws 403 when a browser tells us the request comes from another site. Modern browsers send
 * Sec-Fetch-Site and Origin on every form POST; a request with neither comes from a non-browser
 * client, which cannot be a forgery riding on a victim's cookies. The host (not the scheme) is
 * compared, because behind a TLS-terminating proxy the app sees http while the browser says https.
 * (Remix 2.17 already answers 500 to a POST whose Origin host differs from the host, before any
 * action runs; this check gives the intended 403, also covers Sec-Fetch-Site, and does not depend
 * on the framework keeping that behaviour.)
 */
export function refuseCrossSiteRequest(request: Request): void {
  const fetchSite = request.headers.get("Sec-Fetch-Site");
  if (fetchSite !== null && !TRUSTED_FETCH_SITES.has(fetchSite)) {
    throw forbidden("Cross-site form submissions are refused.");
  }
  const origin = request.headers.get("Origin");
  if (origin === null) return;
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" (sandboxed frames, privacy redirects) and garbage are refused below.
  }
  if (originHost !== addressedHost(request)) {
    throw forbidden("Cross-site form submissions are refused.");
  }
}

/** Throws 403 unless the form carries the session's CSRF token; compares in constant time. */
export function requireCsrfToken(formData: FormData, expected: string): void {
  const submitted = formData.get(CSRF_FIELD_NAME);
  const submittedBytes = Buffer.from(typeof submitted === "string" ? submitted : "");
  const expectedBytes = Buffer.from(expected);
  const matches =
    expectedBytes.length > 0 &&
    submittedBytes.length === expectedBytes.length &&
    timingSafeEqual(submittedBytes, expectedBytes);
  if (!matches) {
    throw forbidden(
      "This form has expired or did not come from this site. Go back, reload the page and try again.",
    );
  }
}
