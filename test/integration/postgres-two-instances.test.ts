import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startProductionServer } from "../../bench/bench-server";
import { planJourney } from "../../bench/journey-plan";
import { smallInstrument } from "../../bench/small-instrument";
import { HONEYPOT_FIELD } from "~/security/honeypot";
import { HttpBrowser } from "../support/http-browser";
import { nginxInstalled, startNginx } from "../support/nginx-proxy";
import {
  freshMigratedDatabase,
  POSTGRES_SKIP_REASON,
  type TestDatabase,
  TEST_POSTGRES_URL,
} from "../support/postgres-database";
import { environment, run } from "../support/start-up-processes";

// Two `node server.js` processes (the production build) on one PostgreSQL database, as behind a reverse
// proxy (docs/deploy.md, "Two instances behind a reverse proxy"): whatever one instance wrote, the
// other reads — drafts, responses, sessions — and an instance killed mid-load loses nothing it
// acknowledged. Real HTTP throughout, forms sent with the hidden fields the pages carry.

const SLUG = "two";
const EMAIL = "two@example.org";
const PASSWORD = "correct horse battery staple";
const SESSION_SECRET = randomBytes(32).toString("hex"); // the same on every instance, as deploy.md says
const [startPage, strainPage] = planJourney(smallInstrument, { text: "MARKER" });
const next = (fields: [string, string][]): [string, string][] => [
  ...fields,
  [HONEYPOT_FIELD, ""],
  ["intent", "next"],
];
const withMarker = (marker: string) =>
  (strainPage?.fields ?? []).map(([name, value]): [string, string] => [
    name,
    name === "note" ? marker : value,
  ]);

/**
 * The instances run the production build. `npm test` runs vitest before Playwright builds, so on a fresh
 * checkout there is none yet: make it (Vite only; the Prisma client is generated already, and regenerating
 * it would pull it from under the other test files). An existing build is used as it is: after changing the
 * app, run `npm run build` before this test.
 */
function ensureProductionBuild() {
  if (existsSync("build/server/index.js")) return;
  execFileSync(process.execPath, ["node_modules/@remix-run/dev/dist/cli.js", "vite:build"], {
    stdio: "ignore",
  });
}

let database: TestDatabase;
let a: RunningServer;
let b: RunningServer;

async function query<Row>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

type StoredResponse = { id: string; answers: string; completion: string };
const storedResponses = () => query<StoredResponse>('SELECT "id", "answers", "completion" FROM "Response"');
const noteOf = (row: StoredResponse) => (JSON.parse(row.answers) as { note?: string }).note;

/** One respondent: the first page on `first`, the second page and "Send my answers" on `second`. */
async function respond(first: string, second: string, marker: string, beforeSending = () => {}) {
  const browser = new HttpBrowser(first);
  const started = await browser.submit(`/s/${SLUG}/p/start`, next(startPage?.fields ?? []));
  if (started.location !== `/s/${SLUG}/p/strain`) return false;
  const there = browser.at(second);
  const strained = await there.submit(`/s/${SLUG}/p/strain`, next(withMarker(marker)));
  if (strained.location !== `/s/${SLUG}/review`) return false;
  const sending = there.submit(`/s/${SLUG}/review`, [[HONEYPOT_FIELD, ""]], `/s/${SLUG}/review`);
  beforeSending(); // the submission has started: a kill now cuts it off
  return (await sending).location === `/s/${SLUG}/thanks`;
}

describe.skipIf(!TEST_POSTGRES_URL)(
  `two instances on one PostgreSQL database ${POSTGRES_SKIP_REASON}`,
  () => {
    beforeAll(async () => {
      ensureProductionBuild();
      database = await freshMigratedDatabase("two");
      const seeded = await run(
        ["--import", "tsx", "test/support/seed-two-instances.ts", SLUG, EMAIL, PASSWORD],
        environment({ DATABASE_URL: database.url, SESSION_SECRET }),
      );
      expect(seeded.stderr).toBe("");
      [a, b] = await Promise.all([
        startProductionServer(database.url, 3362, [], { SESSION_SECRET }),
        startProductionServer(database.url, 3363, [], { SESSION_SECRET }),
      ]);
    }, 240_000); // a minute at most, unless the build has to be made first

    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await database?.drop();
    });

    it("a respondent saves half a survey on A, resumes with the code on B and finishes there: one response, both halves", async () => {
      const onA = new HttpBrowser(a.origin);
      const started = await onA.submit(`/s/${SLUG}/p/start`, next(startPage?.fields ?? []));
      expect(started.location).toBe(`/s/${SLUG}/p/strain`);
      const half = await onA.get(`/s/${SLUG}/p/strain`);
      const code = /<p class="resume-code">([^<]+)<\/p>/.exec(half.html)?.[1] ?? "";
      expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
      expect(await query('SELECT 1 FROM "ResumeDraft"')).toHaveLength(1);

      // Another device, no cookies: the code alone, typed on the other instance.
      const onB = new HttpBrowser(b.origin);
      const resumed = await onB.submit(`/s/${SLUG}/resume`, [["code", code]], `/s/${SLUG}/resume`);
      expect(resumed.location).toBe(`/s/${SLUG}/p/strain`);
      const strained = await onB.submit(`/s/${SLUG}/p/strain`, next(withMarker("finished-on-b")));
      expect(strained.location).toBe(`/s/${SLUG}/review`);
      const sent = await onB.submit(`/s/${SLUG}/review`, [[HONEYPOT_FIELD, ""]], `/s/${SLUG}/review`);
      expect(sent.location).toBe(`/s/${SLUG}/thanks`);

      const stored = await storedResponses();
      expect(stored).toHaveLength(1);
      expect(stored[0]?.completion).toBe("complete");
      expect(JSON.parse(stored[0]?.answers ?? "{}")).toEqual({
        consent: 1,
        role: 1,
        s1: 1,
        s2: 1,
        s3: 1,
        note: "finished-on-b",
      });
      expect(await query('SELECT 1 FROM "ResumeDraft"')).toHaveLength(0);
      // The code is spent: typed again on A, it finds nothing.
      const again = await new HttpBrowser(a.origin).submit(
        `/s/${SLUG}/resume`,
        [["code", code]],
        `/s/${SLUG}/resume`,
      );
      expect(again.location).toBeNull();
      expect(await storedResponses()).toHaveLength(1);
    });

    it("a researcher signs in on A and works on B with the same cookie; signing out on A ends it on B", async () => {
      const onA = new HttpBrowser(a.origin);
      const signedIn = await onA.submit(
        "/sign-in",
        [
          ["email", EMAIL],
          ["password", PASSWORD],
        ],
        "/sign-in",
      );
      expect(signedIn.location).toBe("/lab");
      const onB = onA.at(b.origin);
      const responses = await onB.get(`/lab/surveys/${SLUG}/responses`);
      expect(responses.status).toBe(200);
      expect(responses.html).toContain("Two instances");

      // An audited read on B, recorded once, in the researcher's name.
      const [response] = await storedResponses();
      const opened = await onB.get(`/lab/surveys/${SLUG}/responses/${response?.id ?? ""}`);
      expect(opened.status).toBe(200);
      const events = await query<{ email: string; detail: string }>(
        'SELECT r."email", e."detail" FROM "AuditEvent" e JOIN "Researcher" r ON r."id" = e."researcherId" WHERE e."action" = $1',
        ["response-viewed"],
      );
      expect(events).toEqual([{ email: EMAIL, detail: `response ${response?.id ?? ""}` }]);

      // Signed out on A (the form with its CSRF token, as the lab page carries it): B no longer knows the cookie.
      const cookie = [...onA.cookies];
      const signedOut = await onA.submit("/lab", [], "/sign-out");
      expect(signedOut.status).toBe(302);
      const stale = new HttpBrowser(b.origin, new Map(cookie));
      expect((await stale.get("/lab")).location).toMatch(/^\/sign-in/);
    });

    it.skipIf(!nginxInstalled)(
      "through nginx with docs/deploy.md's configuration (skipped without /usr/sbin/nginx): a journey and a sign-in, no access log",
      async () => {
        const proxy = await startNginx(3367, [a.origin, b.origin]);
        try {
          expect(await respond(proxy.origin, proxy.origin, "via-nginx")).toBe(true);
          expect((await storedResponses()).map(noteOf)).toContain("via-nginx");
          const researcher = new HttpBrowser(proxy.origin);
          const signedIn = await researcher.submit(
            "/sign-in",
            [
              ["email", EMAIL],
              ["password", PASSWORD],
            ],
            "/sign-in",
          );
          expect(signedIn.location).toBe("/lab");
          // Several requests, spread over the instances by nginx: each one knows the session.
          for (let request = 0; request < 4; request++)
            expect((await researcher.get(`/lab/surveys/${SLUG}/responses`)).status).toBe(200);
          // nginx creates the http block's access log at start; the site's `access_log off` keeps it empty.
          expect(readFileSync(path.join(proxy.folder, "logs", "access.log"), "utf8")).toBe("");
        } finally {
          await proxy.stop();
        }
      },
    );

    it("kill -9 of one instance while respondents send: every acknowledged response is stored once, complete", async () => {
      const before = (await storedResponses()).length;
      const acknowledged: string[] = [];
      const unanswered: string[] = [];
      let killed = false;
      let afterKill = 0;
      let count = 0;
      // Each journey crosses instances (first page on one, the rest on the other). Once A is dead, new
      // journeys go to B only, as a proxy takes a dead upstream out.
      const respondent = async () => {
        // Bounded, so that instances that both fail end the test rather than spin.
        while (afterKill < 20 && count < 400) {
          const marker = `k${count++}`;
          const [first, second] = killed
            ? [b.origin, b.origin]
            : count % 2
              ? [a.origin, b.origin]
              : [b.origin, a.origin];
          const killAfterStart = () => {
            if (killed || second !== a.origin || acknowledged.length < 30) return;
            killed = true;
            a.process.kill("SIGKILL"); // this journey's "Send my answers" to A has started
          };
          const stored = await respond(first, second, marker, killAfterStart).catch(() => false);
          (stored ? acknowledged : unanswered).push(marker);
          if (stored && killed) afterKill++;
        }
      };
      await Promise.all(Array.from({ length: 6 }, respondent));
      await a.stop();
      expect(a.process.signalCode).toBe("SIGKILL");
      expect(unanswered.length).toBeGreaterThan(0); // the kill did cut journeys off
      expect(afterKill).toBeGreaterThanOrEqual(20); // and B went on storing without A

      const all = await storedResponses();
      const notes = all.map(noteOf);
      for (const marker of acknowledged) expect(notes.filter((note) => note === marker)).toHaveLength(1);
      for (const marker of unanswered)
        expect(notes.filter((note) => note === marker).length).toBeLessThanOrEqual(1);
      expect(all.length - before).toBeGreaterThanOrEqual(acknowledged.length);
      for (const row of all) expect(row.completion).toBe("complete");

      // A restarted A serves the same database again.
      a = await startProductionServer(database.url, 3364, [], { SESSION_SECRET });
      expect(await respond(a.origin, b.origin, "after-restart")).toBe(true);
      expect((await storedResponses()).map(noteOf)).toContain("after-restart");
    }, 60_000);
  },
);
