import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";

// What server.js refuses before the app sees a request: oversized bodies (413), bodies of unknown
// length (411), cross-site writes (403, where Remix alone answers a bare 500), broken addresses.
// Each refusal is a short message with the security headers and no stack trace.
// (The app's own field-by-field refusals: test/integration/hostile-input.test.ts.)

const SURVEY_PAGE = "/s/support-work-and-erosion/p/consent";
const STACK_TRACE = /\bat [\w$.<>]+ \(|\.(ts|tsx|js|mjs):\d+|node_modules/;
const form = (size: number) => `consent=1&note=${"x".repeat(size)}`;

test.describe("refusals in front of the app", () => {
  test("bodies over the limit get 413 with a message", async ({ request, baseURL }) => {
    for (const [path, size] of [
      [SURVEY_PAGE, 1024 * 1024],
      ["/s/support-work-and-erosion/review", 300 * 1024],
      ["/s/support-work-and-erosion/resume", 1024 * 1024],
      ["/sign-in", 1024 * 1024],
      ["/lab/surveys/import", 3 * 1024 * 1024],
    ] as const) {
      const response = await request.post(path, {
        data: form(size),
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseURL ?? "" },
      });
      expect(response.status(), path).toBe(413);
      expect(await response.text(), path).toMatch(/larger than the \d+ KB this address accepts/);
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    }
  });

  test("the lab takes a definition upload larger than a survey form", async ({ request, baseURL }) => {
    const response = await request.post("/lab/surveys/import", {
      data: form(1024 * 1024),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseURL ?? "" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(302); // to sign-in: not refused for its size
  });

  test("a body of unknown length gets 411, small or large", async ({ baseURL }) => {
    const url = new URL(SURVEY_PAGE, baseURL);
    for (const chunks of [1, 48]) {
      const status = await new Promise<number>((resolve, reject) => {
        const outgoing = httpRequest(
          url,
          {
            method: "POST",
            headers: { "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" },
          },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        outgoing.on("error", reject);
        outgoing.write("consent=1");
        // 48 × 64 KB = 3 MB still being sent when server.js decides: it reads them before answering.
        for (let chunk = 1; chunk < chunks; chunk++) outgoing.write(`&note=${"x".repeat(64 * 1024)}`);
        outgoing.end();
      });
      expect(status, `${chunks} chunks`).toBe(411);
    }
  });

  test("cross-site writes get 403, never Remix's bare 500", async ({ request }) => {
    const evil: Record<string, string>[] = [
      { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
      { Origin: "https://evil.example" },
      { "Sec-Fetch-Site": "cross-site" },
      { "Sec-Fetch-Site": "same-site" },
      { Origin: "null" },
      { Origin: "not a url" },
    ];
    const paths = [
      "/lab/surveys/import",
      "/lab/surveys/import.data",
      "/lab",
      "/sign-out",
      "/sign-in",
      SURVEY_PAGE,
      "/s/support-work-and-erosion/review",
    ];
    for (const path of paths) {
      for (const headers of evil) {
        const response = await request.post(path, {
          data: "consent=1",
          headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
          maxRedirects: 0,
        });
        expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(403);
        // JavaScript's form posts (`.data`) get the refusal in Remix's own format (server/refusals.js).
        if (path.endsWith(".data"))
          expect(await response.text()).toContain('"Cross-site form submissions are refused.",403');
        else expect(await response.text()).toBe("Cross-site form submissions are refused.");
      }
    }
  });

  test("a browser's own post with Origin: null (Referrer-Policy: no-referrer) is let through", async ({
    request,
  }) => {
    const response = await request.post("/sign-in", {
      form: { email: `nobody-${randomUUID()}@example.org`, password: "wrong password" },
      headers: { Origin: "null", "Sec-Fetch-Site": "same-origin" },
    });
    // The sign-in action answered (not server.js's 403): 401, or 429 once this address has used up
    // its 20 failed sign-ins in 15 minutes (as when the spec is run with --repeat-each).
    expect([401, 429]).toContain(response.status());
  });

  test("broken addresses get a 4xx without internals", async ({ request }) => {
    for (const path of [
      "/%E0%A4%A",
      "/s/%ff/p/x",
      "/s/%00/review",
      "/assets/%2e%2e/%2e%2e/package.json",
      "/s/support-work-and-erosion/p/..%2F..%2Fetc",
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeGreaterThanOrEqual(400);
      expect(response.status(), path).toBeLessThan(500);
      expect(await response.text(), path).not.toMatch(STACK_TRACE);
    }
  });
});
