import * as answered from "~/routes/s.$slug.answered";
import * as surveyIndex from "~/routes/s.$slug._index";
import * as language from "~/routes/s.$slug.language";
import * as surveyPage from "~/routes/s.$slug.p.$pageId";
import * as resume from "~/routes/s.$slug.resume";
import * as review from "~/routes/s.$slug.review";
import * as saved from "~/routes/s.$slug.saved";
import * as unavailable from "~/routes/s.$slug.unavailable";

type RouteModule = { loader?: (args: never) => unknown; action?: (args: never) => unknown };
type Match = { module: RouteModule; params: Record<string, string> };

const ROUTES: [RegExp, RouteModule, string[]][] = [
  [/^\/s\/([^/]+)$/, surveyIndex, ["slug"]],
  [/^\/s\/([^/]+)\/p\/([^/]+)$/, surveyPage, ["slug", "pageId"]],
  [/^\/s\/([^/]+)\/review$/, review, ["slug"]],
  [/^\/s\/([^/]+)\/resume$/, resume, ["slug"]],
  [/^\/s\/([^/]+)\/saved$/, saved, ["slug"]],
  [/^\/s\/([^/]+)\/answered$/, answered, ["slug"]],
  [/^\/s\/([^/]+)\/language$/, language, ["slug"]],
  [/^\/s\/([^/]+)\/unavailable$/, unavailable, ["slug"]],
];

function match(path: string): Match {
  for (const [pattern, module, names] of ROUTES) {
    const found = pattern.exec(path);
    if (found)
      return {
        module,
        params: Object.fromEntries(names.map((name, index) => [name, found[index + 1] ?? ""])),
      };
  }
  throw new Error(`no route for ${path}`);
}

export type Reply = { status: number; location: string | null; data: unknown };

/**
 * A minimal browser for integration tests: calls the real route loaders and actions with
 * real Requests and keeps cookies between calls, the way a respondent's browser would.
 */
export class RespondentBrowser {
  readonly cookies = new Map<string, string>();

  constructor(private readonly headers: Record<string, string> = {}) {}

  private request(path: string, init: RequestInit = {}): Request {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    return new Request(`http://localhost${path}`, {
      ...init,
      headers: { ...this.headers, ...(cookie ? { Cookie: cookie } : {}), ...(init.headers ?? {}) },
    });
  }

  private remember(response: Response) {
    for (const setCookie of response.headers.getSetCookie()) this.rememberOne(setCookie);
  }

  private rememberOne(setCookie: string) {
    const [pair = "", ...attributes] = setCookie.split(";").map((part) => part.trim());
    const [name = "", value = ""] = pair.split("=");
    const cleared = attributes.some(
      (attribute) => /^max-age=0$/i.test(attribute) || /^expires=thu, 01 jan 1970/i.test(attribute),
    );
    if (cleared || value === "") this.cookies.delete(name);
    else this.cookies.set(name, value);
  }

  private async settle(run: () => unknown): Promise<Reply> {
    let result: unknown;
    try {
      result = await run();
    } catch (thrown) {
      if (!(thrown instanceof Response)) throw thrown;
      result = thrown;
    }
    if (result instanceof Response) {
      this.remember(result);
      const body = result.status >= 300 && result.status < 400 ? null : await result.text();
      return { status: result.status, location: result.headers.get("Location"), data: body };
    }
    // Remix's data(value, { status }) helper.
    if (result && typeof result === "object" && "type" in result && result.type === "DataWithResponseInit") {
      const { data, init } = result as unknown as { data: unknown; init: ResponseInit | null };
      return { status: init?.status ?? 200, location: null, data };
    }
    return { status: 200, location: null, data: result };
  }

  get(path: string): Promise<Reply> {
    const [pathname = ""] = path.split("?");
    const { module, params } = match(pathname);
    if (!module.loader) throw new Error(`${path} has no loader`);
    const loader = module.loader as (args: unknown) => unknown;
    return this.settle(() => loader({ request: this.request(path), params, context: {} }));
  }

  post(path: string, entries: [string, string][] = []): Promise<Reply> {
    const [pathname = ""] = path.split("?");
    const { module, params } = match(pathname);
    if (!module.action) throw new Error(`${path} has no action`);
    const action = module.action as (args: unknown) => unknown;
    const body = new URLSearchParams(entries);
    return this.settle(() =>
      action({
        request: this.request(path, {
          method: "POST",
          body,
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
        }),
        params,
        context: {},
      }),
    );
  }
}
