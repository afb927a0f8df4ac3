import { randomBytes } from "node:crypto";
import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { securityHeaders } from "../server/http-policy.js";
import { environment } from "./env.server";
import { NonceProvider } from "./security/nonce";

// server.js words its own refusals on survey pages with this (server/refusals.js).
export { respondentRefusalWords } from "./respondent/refusal-page.server";

const ABORT_DELAY = 5_000;

/** Remix's complaint about a `?_data` request, which only scripts send: single fetch uses `.data`. */
const LEGACY_DATA_REQUEST_WARNING = "Warning: Single fetch-enabled apps should not be making ?_data requests";

/**
 * Logs what went wrong on our side, and nothing a client can cause at will: Remix's default logs
 * a stack trace for every POST to a page without an action (405) or a `?_data` request, so 100
 * junk requests wrote 88 KB to stderr (issue 11). Refusals (4xx) and aborted requests stay quiet;
 * `test/e2e/quiet-errors.spec.ts` holds stderr under a bound while junk arrives.
 */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  if (error instanceof Error && error.message.startsWith(LEGACY_DATA_REQUEST_WARNING)) return;
  console.error(error);
};

/**
 * Remix's default Node entry, plus a Content-Security-Policy nonce: server.js makes one per
 * response and sets the security headers on every response; under the dev server (no server.js)
 * this makes the nonce and sets the headers on pages itself. The nonce goes to every inline
 * script Remix writes (hydration data, scroll restoration) through RemixServer and NonceProvider.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  let nonce = loadContext.cspNonce;
  if (!nonce) {
    nonce = randomBytes(16).toString("base64");
    const development = environment.NODE_ENV === "development";
    for (const [name, value] of Object.entries(securityHeaders(nonce, { development })))
      responseHeaders.set(name, value);
  }
  // Crawlers and SPA mode get the whole document at once; browsers get it streamed.
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode;

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const respond = () => {
      shellRendered = true;
      const body = new PassThrough();
      responseHeaders.set("Content-Type", "text/html");
      resolve(
        new Response(createReadableStreamFromReadable(body), {
          headers: responseHeaders,
          status: responseStatusCode,
        }),
      );
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        ...(waitForAll ? { onAllReady: respond } : { onShellReady: respond }),
        onShellError: reject,
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors before the shell is ready reject and are logged by Remix; later ones only here.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
