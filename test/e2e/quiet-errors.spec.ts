import { expect, test } from "@playwright/test";
import { request as httpRequest } from "node:http";
import { environmentWith, freshDataFolder, runNpm, startServerProcess } from "./support/server-process";

// Junk costs its sender, not our logs: ~100 requests nobody's browser sends, to a real server.js
// process, each answered with a 4xx (never a 500) and without a stack trace on stderr. Before
// issue 11 every POST to a page without an action and every `?_data` request printed one
// (100 requests → 88 KB of stderr). app/entry.server.tsx (handleError) and server.js.

const SURVEY = "/s/support-work-and-erosion";
const FORM = { "Content-Type": "application/x-www-form-urlencoded" };
type Junk = {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  status: number | RegExp;
};

const JUNK: Junk[] = [
  // POSTs (and other writes) to pages and resources without an action
  ...[
    "/",
    "/findings",
    "/healthz",
    "/findings/support-and-erosion-demo",
    "/codebook/support-work-and-erosion/v/1",
  ].map((path) => ({ method: "POST", path, status: 405 })),
  ...[
    `${SURVEY}`,
    `${SURVEY}/thanks`,
    `${SURVEY}/saved`,
    "/_root.data",
    "/findings.data",
    "/no-such-page",
  ].map((path) => ({ method: "POST", path, status: 405 })),
  { method: "PUT", path: "/", status: 405 },
  { method: "PROPFIND", path: "/", status: 405 },
  { method: "TRACE", path: "/", status: 405 },
  { method: "FOO", path: "/", status: 400 },
  { method: "OPTIONS", path: "/", status: 405 },
  { method: "OPTIONS", path: `${SURVEY}/p/consent`, status: 405 },
  { method: "HEAD", path: "/", status: 200 },
  { method: "HEAD", path: "/findings", status: 200 },
  // Remix's old data protocol
  { method: "GET", path: "/?_data=root", status: 400 },
  { method: "GET", path: "/findings?_data=routes/findings._index", status: 400 },
  { method: "GET", path: `${SURVEY}?_data=routes/s.$slug._index`, status: 400 },
  {
    method: "POST",
    path: `${SURVEY}/p/consent?_data=routes/s.$slug.p.$pageId`,
    headers: FORM,
    body: "consent=1",
    status: 400,
  },
  // addresses that do not decode or lead nowhere
  ...["/%E0%A4%A", "/s/%ff/p/x", "/%", "/assets/%", "/favicon.svg/%", "/findings/%ZZ.data"].map((path) => ({
    method: "GET",
    path,
    status: 400,
  })),
  ...["/..%2f..%2fetc/passwd", "//evil.example/x", `/${"a".repeat(8000)}`, `${SURVEY}/p/%00`].map((path) => ({
    method: "GET",
    path,
    status: 404,
  })),
  // bodies a survey form never sends
  ...["text/plain", "application/json", "multipart/form-data; boundary=zz", "image/png"].map((type) => ({
    method: "POST",
    path: `${SURVEY}/p/consent`,
    headers: { "Content-Type": type },
    body: "--zz\r\nconsent=1",
    status: 415,
  })),
  { method: "POST", path: `${SURVEY}/p/consent`, headers: FORM, body: "%zz=%", status: 400 },
  {
    method: "POST",
    path: "/sign-in",
    headers: { "Content-Type": "multipart/form-data" },
    body: "x",
    status: 415,
  },
  { method: "DELETE", path: `${SURVEY}/p/consent`, status: /^4\d\d$/ },
];

function send(origin: string, junk: Junk): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      origin,
      { method: junk.method, path: junk.path, headers: { "Sec-Fetch-Site": "same-origin", ...junk.headers } },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on("error", reject);
    outgoing.end(junk.body);
  });
}

test("about 100 junk requests get 4xx answers and leave stderr nearly empty", async () => {
  test.slow(); // seeds its own demo database
  const file = freshDataFolder("quiet-errors");
  const env = environmentWith({ NODE_ENV: "production", DATABASE_URL: `file:${file}` });
  await runNpm(["db:seed-demo", "--", "--init"], env);
  const server = await startServerProcess(env, 61);
  const requests = Array.from({ length: 100 }, (_, index) => JUNK[index % JUNK.length] as Junk);
  try {
    for (const junk of requests) {
      const status = await send(server.origin, junk);
      const where = `${junk.method} ${junk.path.slice(0, 60)} ${junk.headers?.["Content-Type"] ?? ""}`;
      if (junk.status instanceof RegExp) expect(String(status), where).toMatch(junk.status);
      else expect(status, where).toBe(junk.status);
    }
  } finally {
    await server.stop();
  }
  expect(server.stderr().length, server.stderr()).toBeLessThan(2048);
  expect(server.stderr()).not.toMatch(/\bat [\w$.<>]+ \(|node_modules/);
});
