import { FORM_BODY_LIMIT_BYTES } from "../../server/http-policy.js";

/**
 * Reads the public forms (survey pages, review, resume, sign-in) strictly, before any of their
 * content is used: a body size limit (also enforced by server.js, this covers the dev server),
 * a field count limit, a per-field length limit, URL-encoded text only, valid UTF-8 and no
 * control characters. Anything else is refused with a 4xx Response that says what was wrong —
 * never a 500. Field-level checks (answers, codes, ranges) come after, from the instrument.
 */
export const MAX_FORM_FIELDS = 500;
/** Above any free-text limit an instrument may set (5,000), so people get the field's own message. */
export const MAX_FIELD_CHARACTERS = 20_000;

function refuse(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

const tooLarge = () =>
  refuse(
    413,
    `This form is larger than the ${FORM_BODY_LIMIT_BYTES / 1024} KB the site accepts. Shorten your answers and try again.`,
  );

async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

// Tab, line feed and carriage return are what people type; other control characters are not.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const unreadable = () =>
  refuse(
    400,
    "The form could not be read: it contained bytes that are not valid text (UTF-8) or invisible control characters.",
  );

function decodeComponent(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    throw unreadable();
  }
}

/** The submitted fields of a URL-encoded form post, or a thrown 4xx Response explaining the refusal. */
export async function readFormBody(
  request: Request,
  { limit = FORM_BODY_LIMIT_BYTES }: { limit?: number } = {},
): Promise<URLSearchParams> {
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    throw refuse(415, "This form accepts only what a web form sends (application/x-www-form-urlencoded).");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await readLimitedBody(request, limit));
  } catch (error) {
    if (error instanceof Response) throw error;
    throw unreadable();
  }
  const form = new URLSearchParams();
  const pairs = text === "" ? [] : text.split("&");
  if (pairs.length > MAX_FORM_FIELDS)
    throw refuse(413, `This form has more than ${MAX_FORM_FIELDS} fields; the site accepts no more.`);
  for (const pair of pairs) {
    if (pair === "") continue;
    const separator = pair.indexOf("=");
    const name = decodeComponent(separator === -1 ? pair : pair.slice(0, separator));
    const value = separator === -1 ? "" : decodeComponent(pair.slice(separator + 1));
    if (CONTROL_CHARACTERS.test(name) || CONTROL_CHARACTERS.test(value)) throw unreadable();
    if (value.length > MAX_FIELD_CHARACTERS) {
      throw refuse(
        413,
        `One of the answers is longer than ${MAX_FIELD_CHARACTERS.toLocaleString("en")} characters, more than any question here accepts.`,
      );
    }
    form.append(name, value);
  }
  return form;
}
