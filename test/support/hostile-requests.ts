// Helpers for the hostile-input suite: raw requests (any body, any header) to route actions,
// and a uniform view of what came back, whether the action returned or threw.
import { prisma } from "~/db.server";

export const ORIGIN = "http://localhost";
const SAME_ORIGIN = { Origin: ORIGIN, "Sec-Fetch-Site": "same-origin" };
const FORM = "application/x-www-form-urlencoded";

export type Body = string | Uint8Array | FormData;

/** A POST as a browser on this site would send it, unless `headers` says otherwise. */
export function rawPost(path: string, body: Body, headers: Record<string, string> = {}): Request {
  const typed: Record<string, string> = body instanceof FormData ? {} : { "Content-Type": FORM };
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    body: body as BodyInit,
    headers: { ...SAME_ORIGIN, ...typed, ...headers },
  });
}

/** Form fields, percent-encoded as browsers do. */
export const encode = (fields: [string, string][]) => new URLSearchParams(fields).toString();

export type Reply = { status: number; body: string; data: unknown; location: string | null };

type Action = (args: {
  request: Request;
  params: Record<string, string>;
  context: Record<string, unknown>;
}) => unknown;

export async function invoke(
  action: Action,
  request: Request,
  params: Record<string, string>,
): Promise<Reply> {
  let result: unknown;
  try {
    result = await action({ request, params, context: {} });
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    result = thrown;
  }
  if (result instanceof Response) {
    return {
      status: result.status,
      body: await result.text(),
      data: null,
      location: result.headers.get("Location"),
    };
  }
  if (result && typeof result === "object" && "type" in result && result.type === "DataWithResponseInit") {
    const { data, init } = result as unknown as { data: unknown; init: ResponseInit | null };
    return { status: init?.status ?? 200, body: JSON.stringify(data), data, location: null };
  }
  return { status: 200, body: JSON.stringify(result), data: result, location: null };
}

/** Traces of a stack trace or internals in a reply body. */
export const STACK_TRACE = /\bat [\w$.<>]+ \(|\.(ts|tsx|js|mjs):\d+|node_modules|Error: /;

/** Everything a bad request must leave unchanged: row counts and the respondents' drafts. */
export async function storedState(): Promise<string> {
  const [responses, drafts, surveys, versions, researchers, codes] = await Promise.all([
    prisma.response.count(),
    prisma.resumeDraft.findMany({
      orderBy: { id: "asc" },
      select: { id: true, answers: true, completedPages: true, pageSeconds: true },
    }),
    prisma.survey.count(),
    prisma.instrumentVersion.count(),
    prisma.researcher.count(),
    prisma.invitationCode.count(),
  ]);
  return JSON.stringify({ responses, drafts, surveys, versions, researchers, codes });
}

/** A JSON text nested `depth` levels deep, e.g. [[[…]]] or {"a":{"a":…}}. */
export function deeplyNested(depth: number, kind: "array" | "object"): string {
  return kind === "array"
    ? "[".repeat(depth) + "]".repeat(depth)
    : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
}
