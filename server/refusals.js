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

// Headings as the app's error boundary words them (app/components/error-boundary.tsx).
const TITLES = {
  400: "That request could not be read",
  403: "Not allowed",
  405: "Not allowed",
  411: "That request could not be read",
  413: "That was too much to send",
};

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * @typedef {{ language: string, dir: "ltr" | "rtl", title: string, body: string, back: string }} RefusalWords
 * @typedef {(req: import("express").Request, status: number) => Promise<RefusalWords | null>} RefusalWording
 */

/** @type {RefusalWording | null} */
let respondentWording = null;

/**
 * Lets the app word refusals on survey pages in the respondent's language (app/respondent/refusal-page.server.ts);
 * without it, or where it has no words (not a survey page, no such survey), the page is in English.
 * @param {RefusalWording} wording
 */
export function wordRespondentRefusalsWith(wording) {
  respondentWording = wording;
}

/** @param {number} status @param {string} message @returns {RefusalWords} */
function englishWords(status, message) {
  const back = "Nothing was saved. Use your browser’s Back button to return to the form.";
  return {
    language: "en",
    dir: "ltr",
    title: TITLES[status] ?? "Something went wrong on our side",
    body: message,
    back,
  };
}

/**
 * The refusal as a page, for a browser that navigated here by sending a form: respondent pages send plain
 * HTML forms even with JavaScript (decision 043), so this is what a respondent sees. Self-contained: the
 * built stylesheets' hashed names are not known here, and the policy allows no inline style.
 * @param {RefusalWords} words
 */
function refusalPage(words) {
  const title = escapeHtml(words.title);
  return [
    `<!doctype html><html lang="${escapeHtml(words.language)}" dir="${words.dir}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title} — Negative Space</title></head>`,
    `<body><main><h1>${title}</h1><p>${escapeHtml(words.body)}</p>`,
    `<p>${escapeHtml(words.back)}</p>`,
    '<p><a href="/">Negative Space</a></p></main></body></html>',
  ].join("");
}

/** The words for this refusal: the respondent's language on a survey page, else English; never a failure. */
async function refusalWords(req, status, message) {
  const words = respondentWording ? await respondentWording(req, status).catch(() => null) : null;
  return words ?? englishWords(status, message);
}

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
    } else if (req.accepts(["text/plain", "text/html"]) === "text/html") {
      void refusalWords(req, status, message).then((words) => {
        if (!res.headersSent) res.set("Content-Type", "text/html; charset=utf-8").send(refusalPage(words));
      });
    } else {
      res.set("Content-Type", "text/plain; charset=utf-8").send(message);
    }
  });
}
