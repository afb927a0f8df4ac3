import { expect, type Page, test } from "@playwright/test";
import { completeDemoSurvey } from "./support/answer-survey";
import { signInAsDemoResearcher } from "./support/lab-sign-in";

// Every request the pages make goes to this site; every response carries the security headers;
// the browser reports no Content-Security-Policy violation and no other console error while a
// respondent answers the whole survey (JavaScript on), a reader browses and a researcher signs in.

const NOT_FOUND_PATH = "/this/does/not/exist";

type Seen = {
  requests: string[];
  problems: string[];
  documents: { url: string; headers: Record<string, string> }[];
  others: { url: string; headers: Record<string, string> }[];
  pending: Promise<void>[];
};

function watch(page: Page): Seen {
  const seen: Seen = { requests: [], problems: [], documents: [], others: [], pending: [] };
  page.on("request", (request) => seen.requests.push(request.url()));
  page.on("console", (message) => {
    // The one expected error: the browser reporting the 404 we ask for on purpose.
    if (message.location().url.endsWith(NOT_FOUND_PATH)) return;
    if (
      message.type() === "error" ||
      /Content Security Policy|Permissions-Policy|Refused to/i.test(message.text())
    ) {
      seen.problems.push(`${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  page.on("pageerror", (error) => seen.problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    const list = response.request().resourceType() === "document" ? seen.documents : seen.others;
    seen.pending.push(
      response.allHeaders().then((headers) => void list.push({ url: response.url(), headers })),
    );
  });
  return seen;
}

function expectSecurityHeaders(url: string, headers: Record<string, string>) {
  const policy = headers["content-security-policy"] ?? "";
  const scripts =
    policy
      .split(";")
      .map((directive) => directive.trim())
      .find((directive) => directive.startsWith("script-src")) ?? "";
  expect(scripts, url).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'$/);
  expect(policy, url).toContain("frame-ancestors 'none'");
  expect(policy, url).toContain("style-src 'self'");
  expect(policy, url).not.toContain("unsafe-inline");
  expect(headers["referrer-policy"], url).toBe("no-referrer");
  expect(headers["x-content-type-options"], url).toBe("nosniff");
  expect(headers["permissions-policy"], url).toContain("camera=()");
  expect(headers["cross-origin-opener-policy"], url).toBe("same-origin");
}

test("pages fetch only from this site, carry the security headers and break no policy", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const seen = watch(page);
  await completeDemoSurvey(page);
  for (const path of ["/", "/findings", NOT_FOUND_PATH]) await page.goto(path);
  // A published finding, if the seed has one: its charts load vega-embed under the same policy.
  await page.goto("/findings");
  const finding = page.locator('main a[href^="/findings/"]').first();
  if ((await finding.count()) > 0) {
    await finding.click();
    const chart = page.locator(".chart-canvas").first();
    if ((await chart.count()) > 0) {
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute("data-interactive", "true", { timeout: 15_000 });
    }
  }
  await signInAsDemoResearcher(page);
  await page.getByRole("navigation", { name: "Lab" }).getByRole("link", { name: "Surveys" }).click();
  await page.waitForLoadState("networkidle");
  await Promise.all(seen.pending);

  const foreign = seen.requests.filter((url) => !url.startsWith(baseURL ?? "") && !url.startsWith("data:"));
  expect(foreign).toEqual([]);
  expect(seen.problems).toEqual([]);
  expect(seen.documents.length).toBeGreaterThan(5);
  // Hydrated pages (the lab) fetch their next page as a Remix data request: those are checked too.
  expect(seen.others.filter(({ url }) => new URL(url).pathname.endsWith(".data")).length).toBeGreaterThan(0);
  for (const { url, headers } of [...seen.documents, ...seen.others]) expectSecurityHeaders(url, headers);
  // Pages with answers, resume codes or lab data are never cached.
  for (const { url, headers } of seen.documents.filter(({ url }) =>
    /\/(s|lab)\//.test(new URL(url).pathname),
  )) {
    expect(headers["cache-control"], url).toContain("no-store");
  }
  // Each document has its own nonce.
  const nonces = seen.documents.map(
    ({ headers }) => /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1],
  );
  expect(new Set(nonces).size).toBe(nonces.length);
});

/** Every <script> element of a page, and the nonce its response's policy names. */
async function scriptsOf(page: Page, path: string) {
  const response = await page.goto(path);
  const nonce = /'nonce-([^']+)'/.exec((await response?.headerValue("content-security-policy")) ?? "")?.[1];
  const html = (await response?.text()) ?? "";
  const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1] ?? "");
  return { nonce, html, scripts, inline: scripts.filter((attributes) => !/\bsrc=/.test(attributes)) };
}

test("every script carries the response's nonce, and survey pages have no inline script", async ({
  page,
}) => {
  const hydrated = await scriptsOf(page, "/findings");
  expect(hydrated.inline.length).toBeGreaterThan(0);
  for (const attributes of hydrated.scripts) expect(attributes).toContain(`nonce="${hydrated.nonce}"`);

  // Decision 043: a survey page loads one module and nothing inline.
  const survey = await scriptsOf(page, "/s/support-work-and-erosion/p/consent");
  expect(survey.inline).toEqual([]);
  expect(survey.scripts).toEqual([expect.stringMatching(/type="module"/)]);
  expect(survey.scripts[0]).toContain(`nonce="${survey.nonce}"`);
  for (const { html } of [hydrated, survey]) expect(html).not.toMatch(/\sstyle="/);
});
