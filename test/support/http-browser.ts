// A minimal browser over real HTTP, for tests against running servers (node server.js): it keeps
// cookies, follows nothing by itself, sends forms as Chromium does (Origin and Sec-Fetch-Site), and reads
// a form's hidden fields (stamps, CSRF tokens) out of the page, as a browser submits them.
// `at(origin)` is the same browser sending to another instance: behind a reverse proxy the two
// instances share one address, so the browser sends them the same cookies.

export type HttpReply = { status: number; location: string | null; html: string };

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', "#x27": "'", "#39": "'", lt: "<", gt: ">" };
const decode = (text: string) =>
  text.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (_, name: string) => ENTITIES[name] ?? "");

function attribute(tag: string, name: string): string | undefined {
  const found = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return found ? decode(found[1] ?? "") : undefined;
}

/** The hidden fields of the first form on the page whose action ends with `action` (any form if omitted). */
export function hiddenFields(html: string, action?: string): [string, string][] {
  for (const [form = "", opening = ""] of html.matchAll(/(<form\b[^>]*>)[\s\S]*?<\/form>/g)) {
    if (action !== undefined && !(attribute(opening, "action") ?? "").endsWith(action)) continue;
    return [...form.matchAll(/<input\b[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => attribute(tag, "type") === "hidden" && attribute(tag, "name") !== undefined)
      .map((tag) => [attribute(tag, "name") ?? "", attribute(tag, "value") ?? ""]);
  }
  throw new Error(`no form${action ? ` posting to …${action}` : ""} on the page`);
}

export class HttpBrowser {
  constructor(
    readonly origin: string,
    readonly cookies = new Map<string, string>(),
  ) {}

  /** The same browser (same cookies), sending to another instance. */
  at(origin: string): HttpBrowser {
    return new HttpBrowser(origin, this.cookies);
  }

  private remember(response: Response) {
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = setCookie.split(";").map((part) => part.trim());
      const [name = "", value = ""] = pair.split("=");
      const cleared = attributes.some(
        (part) => /^max-age=0$/i.test(part) || /^expires=thu, 01 jan 1970/i.test(part),
      );
      if (cleared || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private async send(
    path: string,
    init: RequestInit & { headers?: Record<string, string> },
  ): Promise<HttpReply> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(`${this.origin}${path}`, {
      ...init,
      redirect: "manual",
      signal: AbortSignal.timeout(10_000), // a server that hangs fails the test instead of stalling it
      headers: { ...init.headers, ...(cookie ? { Cookie: cookie } : {}) },
    });
    this.remember(response);
    return {
      status: response.status,
      location: response.headers.get("Location"),
      html: await response.text(),
    };
  }

  /** Node's fetch sends `Sec-Fetch-Mode: cors` whatever it is told, so a GET looks like the app's own script's. */
  get(path: string): Promise<HttpReply> {
    return this.send(path, { headers: { "Sec-Fetch-Site": "same-origin" } });
  }

  post(path: string, fields: [string, string][]): Promise<HttpReply> {
    return this.send(path, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: this.origin,
        "Sec-Fetch-Site": "same-origin",
      },
    });
  }

  /** Opens `path` and sends its form (the one posting to `action`, if given) with `fields` added. */
  async submit(path: string, fields: [string, string][], action?: string): Promise<HttpReply> {
    const page = await this.get(path);
    if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}`);
    return this.post(action ?? path, [...hiddenFields(page.html, action), ...fields]);
  }
}
