import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";

const messagesByStatus: Record<number, { title: string; body: string }> = {
  400: { title: "That request could not be read", body: "Something in the request was not valid." },
  401: { title: "Please sign in", body: "This page is only for signed-in researchers." },
  403: { title: "Not allowed", body: "You do not have access to this page." },
  404: {
    title: "Page not found",
    body: "There is nothing at this address. It may have moved, or the link may be mistyped.",
  },
  405: { title: "Not allowed", body: "This page does not accept that kind of request." },
  410: { title: "This has been withdrawn", body: "What was here has been withdrawn by the research team." },
  411: {
    title: "That request could not be read",
    body: "The form was sent in a way this site does not accept.",
  },
  413: {
    title: "That was too much to send",
    body: "The form was larger than this site accepts. Nothing was saved.",
  },
  415: {
    title: "That request could not be read",
    body: "This page accepts only what its own form sends. Nothing was saved.",
  },
  429: { title: "Please wait a moment", body: "There were too many attempts in a short time." },
};

const fallback = {
  title: "Something went wrong on our side",
  body: "Nothing you did caused this. Please try again in a moment; if it keeps happening, tell the research team.",
};

/**
 * The one error boundary every route shares. Expected errors (thrown Responses) get a
 * human message for their status; unexpected ones get a generic message — never a stack trace.
 */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = messagesByStatus[status] ?? fallback;
  const detail =
    isRouteErrorResponse(error) && typeof error.data === "string" && status < 500 ? error.data : null;

  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-page__status">Error {status}</p>
      <h1 id="error-title">{message.title}</h1>
      <p>{message.body}</p>
      {detail && detail !== message.title ? <p>{detail}</p> : null}
      <p>
        <Link to="/">Back to the home page</Link>
      </p>
    </section>
  );
}
