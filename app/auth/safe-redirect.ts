/** Where a researcher lands when the requested destination is missing or refused. */
export const DEFAULT_REDIRECT_PATH = "/lab";
const REDIRECT_MAX_LENGTH = 2000;
const PLACEHOLDER_ORIGIN = "http://placeholder.invalid";

// Browsers drop tabs and newlines inside URLs and read "\" as "/", so "/\evil" and "/\t/evil" reach
// another host. No path this site links to needs a backslash, whitespace, a control or an invisible
// formatting character (bidi controls, zero-width spaces): refuse them rather than guess.
const UNSAFE_CHARACTER = /[\\\s\p{Cc}\p{Cf}]/u;
// An escaped "/", "\" or "%" becomes a separator (or a new escape) once a proxy or server decodes it:
// "/%2F/evil" is "//evil" to whoever decodes first.
const ESCAPED_SEPARATOR = /%(2f|5c|25)/i;

/** A pathname that stays one path on this site after a browser, proxy or server decodes and normalises it. */
function isPlainPath(pathname: string): boolean {
  if (!pathname.startsWith("/") || pathname.startsWith("//") || ESCAPED_SEPARATOR.test(pathname))
    return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  return !UNSAFE_CHARACTER.test(decoded);
}

/**
 * Turns an untrusted destination (a `redirectTo` parameter) into a path on this site, or `fallback`.
 * The value must be a path ("/…"); it is parsed with the WHATWG URL parser (the one browsers use)
 * against a placeholder origin, must keep that origin, and is re-serialised from the parsed pathname,
 * query and fragment — so dot segments are resolved first ("/.//evil" and "/lab/..//evil" are
 * "//evil", refused) and what is returned is exactly what was checked.
 */
export function safeRedirectPath(value: unknown, fallback: string = DEFAULT_REDIRECT_PATH): string {
  if (typeof value !== "string" || value.length > REDIRECT_MAX_LENGTH) return fallback;
  if (!value.startsWith("/") || UNSAFE_CHARACTER.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN || !isPlainPath(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
