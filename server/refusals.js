// Refusals that server.js sends before the app sees a request, made so that they arrive.
//
// A refusal sent while the client is still uploading does not: closing the connection with
// unread body bytes makes the kernel answer them with a reset, and a browser (or a test client
// under load) then reports a network error instead of the page — measured in decision 015. So
// the body is read and thrown away first, up to DISCARD_LIMIT_BYTES, and only then is the
// answer sent and the connection closed. Nothing is kept: the cost is bandwidth, not memory.
//
// Remix's JavaScript forms post to `<page>.data` and expect its turbo-stream format; a plain-text
// refusal there would show "Something went wrong on our side". Those requests get the encoding
// of a thrown `data(message, { status })` instead, so the route's error boundary shows the
// status's own message (app/components/error-boundary.tsx) and this one.

/** The most a refused body is read for; beyond it the connection is closed under the client. */
export const DISCARD_LIMIT_BYTES = 8 * 1024 * 1024;

/** Calls `then` once the request body has been received and discarded (or is too large to wait for). */
function afterDiscardingBody(req, then) {
  const declared = Number(req.get("content-length") ?? 0);
  if (req.readableEnded || declared > DISCARD_LIMIT_BYTES) return then();
  let received = 0;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    then();
  };
  req.on("data", (chunk) => {
    received += chunk.length;
    if (received > DISCARD_LIMIT_BYTES) finish();
  });
  req.on("end", finish);
  req.on("close", finish); // the client gave up; sending then costs nothing
  req.resume();
}

/** A thrown ErrorResponse as Remix 2.17's single-fetch turbo-stream encodes it. */
function singleFetchError(status, message) {
  return `[{"_1":2},"error",["ErrorResponse",3,4,5],${JSON.stringify(message)},${status},""]`;
}

/**
 * Answers `status` with a short message (never a stack trace) once the body is out of the way,
 * and closes the connection, so the client can read it. The security headers are already set.
 */
export function refuse(req, res, status, message) {
  afterDiscardingBody(req, () => {
    if (res.headersSent) return;
    res.status(status).set("Connection", "close");
    if (req.path.endsWith(".data")) {
      res.set({ "Content-Type": "text/x-script; charset=utf-8", "X-Remix-Response": "yes" });
      res.send(singleFetchError(status, message));
    } else {
      res.set("Content-Type", "text/plain; charset=utf-8").send(message);
    }
  });
}
