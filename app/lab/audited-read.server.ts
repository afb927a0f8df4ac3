// An audited read (docs/decisions/033) writes its audit entry from a GET, so it must be a GET a person is
// looking at. Fetch metadata tells: a page the browser navigates to, or the lab's own script fetching data
// for it. A prefetch, an <img> or <iframe> of the address, or another site's script gets 403 before anything
// is read or recorded.

const refused = () =>
  new Response("A response opens only as a page you look at: follow its link in the lab.", {
    status: 403,
    headers: { "Cache-Control": "no-store" },
  });

/** Throws 403 unless the request shows its answer to the person who sent it. */
export function requirePersonLooking(request: Request): void {
  const headers = request.headers;
  const purpose = `${headers.get("Sec-Purpose") ?? ""} ${headers.get("Purpose") ?? ""}`.toLowerCase();
  if (purpose.includes("prefetch")) throw refused();
  const dest = headers.get("Sec-Fetch-Dest");
  const mode = headers.get("Sec-Fetch-Mode");
  const site = headers.get("Sec-Fetch-Site");
  // A page opened in the browser, from a link anywhere or the address bar.
  if (dest === "document" && (mode === null || mode === "navigate")) return;
  // The lab's own script loading the page's data (a browser without fetch metadata sends none of these).
  const ownSite = site === null || site === "same-origin" || site === "none";
  if ((dest === null || dest === "empty") && ownSite) return;
  throw refused();
}
