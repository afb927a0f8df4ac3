// HTTP policy shared by server.js (every response) and the app (app/entry.server.tsx under the dev
// server, app/security/form-body.server.ts): security headers, body size limits, the cross-site
// write check. Plain JavaScript so that server.js can import it without a build step.
// Why each header is what it is: docs/security.md.

/** Largest request body most routes accept; public forms are read with this limit too. */
export const FORM_BODY_LIMIT_BYTES = 256 * 1024;

/**
 * The lab takes larger bodies: instrument definitions are uploaded there (up to 1 MB,
 * app/lab/survey-admin.server.ts, plus multipart overhead). Lab actions check the session before
 * parsing a body, so a visitor without one cannot make the server parse or hold 2 MB.
 */
export const LAB_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** @param {string} pathname */
export function bodyLimitFor(pathname) {
  const lab = pathname === "/lab" || pathname.startsWith("/lab/") || pathname.startsWith("/lab.");
  return lab ? LAB_BODY_LIMIT_BYTES : FORM_BODY_LIMIT_BYTES;
}

/**
 * The Content-Security-Policy: scripts only from this site or inline with this response's nonce
 * (Remix's hydration data and scroll restoration), styles only from this site's files, nothing
 * framed, nothing sent anywhere else. The dev server injects CSS as <style> and talks to Vite
 * over a WebSocket, so development allows those two things.
 * @param {string} nonce
 * @param {{ development?: boolean }} [options]
 */
export function contentSecurityPolicy(nonce, { development = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    development ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    development ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ].join("; ");
}

const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "usb=()",
].join(", ");

/**
 * Headers for every response.
 * @param {string} nonce
 * @param {{ development?: boolean }} [options]
 * @returns {Record<string, string>}
 */
export function securityHeaders(nonce, options = {}) {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, options),
    // No Referer ever leaves a page. (Under the dev server, which has no server.js to handle the
    // "Origin: null" this makes browsers send on form posts, same-origin: still nothing leaves.)
    "Referrer-Policy": options.development ? "same-origin" : "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Origin-Agent-Cluster": "?1",
    "X-DNS-Prefetch-Control": "off",
  };
}

/**
 * Pages that show a respondent's answers or resume code, or the lab: never kept in a browser
 * or proxy cache, so the next person on a shared computer cannot page back through them.
 * @param {string} pathname
 */
export function mustNotBeStored(pathname) {
  return (
    pathname.startsWith("/s/") ||
    pathname === "/lab" ||
    pathname.startsWith("/lab/") ||
    pathname.startsWith("/lab.") ||
    pathname.startsWith("/sign-in")
  );
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const TRUSTED_FETCH_SITES = new Set(["same-origin", "none"]);

/**
 * Under Referrer-Policy: no-referrer, browsers send "Origin: null" with their own form posts
 * (Fetch standard, "serializing a request origin"). When Sec-Fetch-Site — which no page can set —
 * says the post is same-origin, that "null" says nothing; server.js drops it so that Remix's
 * origin check (which would answer 500) and the lab's CSRF check judge by Sec-Fetch-Site.
 * @param {(name: string) => string | undefined} header
 */
export function isOpaqueSameOriginPost(header) {
  return header("origin") === "null" && TRUSTED_FETCH_SITES.has(header("sec-fetch-site") ?? "");
}

/**
 * True when a browser says a write request comes from another site: Sec-Fetch-Site other than
 * same-origin/none, or an Origin whose host is not the host addressed (X-Forwarded-Host, else
 * Host) — the same judgement as app/auth/csrf.server.ts and Remix's own check, which would
 * otherwise answer such a post with a bare 500.
 * @param {string} method
 * @param {(name: string) => string | undefined} header
 */
export function isCrossSiteWrite(method, header) {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const fetchSite = header("sec-fetch-site");
  if (fetchSite !== undefined && !TRUSTED_FETCH_SITES.has(fetchSite)) return true;
  const origin = header("origin");
  if (origin === undefined || isOpaqueSameOriginPost(header)) return false;
  const addressed = header("x-forwarded-host")?.split(",")[0]?.trim() || header("host");
  try {
    return new URL(origin).host !== addressed;
  } catch {
    return true;
  }
}
