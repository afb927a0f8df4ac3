// Load benchmark: respondents completing surveys against the production build.
//
//   npm run build && npm run bench:load -- [--instrument=default|small] [--connections=50] [--journeys=2000] [--finals=20000]
//                                         [--workers=1] [--port=3390] [--keep] [--profile=<folder>]
//                                         [--postgres=<server url>] [--instances=1] [--kill-one-after=<seconds>]
//
// It builds nothing itself: run `npm run build` first. It migrates a throwaway database (a file in a temporary
// folder, or with --postgres a new database on that server, e.g. the cluster of scripts/ci/postgres-cluster.sh),
// adds an open survey, starts `node server.js` on it — --instances of them on consecutive ports, sharing the
// database and the session secret, each respondent staying with one instance as behind a sticky load balancer —
// and then runs two phases with autocannon:
//  1. journeys — every connection is one respondent after another: GET each page (for its signed
//     "shown" stamp), POST its answers as a browser form would, GET the review, POST "Send my answers";
//     cookies are kept per connection, as a browser keeps them.
//  2. final page — respondents first post every page up to the review (not measured), then only the
//     final "Send my answers" posts are fired as fast as the server takes them: the completion rate.
// Afterwards it counts the stored responses: every acknowledged completion (a redirect to /thanks that
// clears the resume cookie) must be in the database, and nothing else.
// --kill-one-after=<s> (with --instances of 2 or more) sends SIGKILL to the last instance s seconds into the
// journeys and runs no phase 2: then the stored responses may exceed the acknowledged ones by those committed
// while their answer was on its way, but never fall short of them.
import Database from "better-sqlite3";
import autocannon, { type AutocannonRequest, type AutocannonResult } from "autocannon";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { loadDefaultInstrument } from "../instrument/default-instrument";
import { HONEYPOT_FIELD } from "../app/security/honeypot";
import {
  BENCH_SLUG,
  createThrowawayDatabase,
  createThrowawayPostgresDatabase,
  seedSurvey,
  startProductionServer,
  type RunningServer,
} from "./bench-server";
import { planJourney } from "./journey-plan";
import { smallInstrument } from "./small-instrument";

const { values: options } = parseArgs({
  options: {
    instrument: { type: "string", default: "default" },
    connections: { type: "string", default: "50" },
    journeys: { type: "string", default: "2000" },
    finals: { type: "string", default: "20000" },
    port: { type: "string", default: "3390" },
    workers: { type: "string", default: "1" },
    instances: { type: "string", default: "1" },
    postgres: { type: "string" },
    "kill-one-after": { type: "string" },
    keep: { type: "boolean", default: false },
    profile: { type: "string" },
  },
});
const connections = Number(options.connections);
const instances = Number(options.instances);
const killAfterSeconds =
  options["kill-one-after"] === undefined ? undefined : Number(options["kill-one-after"]);
const round = (count: number) => Math.max(connections, Math.round(count / connections) * connections);
const journeys = round(Number(options.journeys));
const finals = round(Number(options.finals));
const definition = options.instrument === "small" ? smallInstrument : loadDefaultInstrument();
const plan = planJourney(definition);

if (!existsSync("build/server/index.js")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}
if (killAfterSeconds !== undefined && !(instances >= 2 && killAfterSeconds > 0)) {
  console.error("--kill-one-after needs a number of seconds above 0 and --instances of 2 or more.");
  process.exit(2);
}
if (instances > 1 && !options.postgres) {
  console.error("Several instances share one database only on PostgreSQL: add --postgres=<server url>.");
  process.exit(2);
}

/** The throwaway database, whichever kind: its URL, how to count what it stored, and how to remove it. */
type BenchDatabase = {
  url: string;
  describe: string;
  storedResponses(versionId: string): Promise<{ count: number; integrity?: string }>;
  remove(): Promise<void>;
};

async function openBenchDatabase(): Promise<BenchDatabase> {
  if (options.postgres) {
    const database = await createThrowawayPostgresDatabase(options.postgres);
    return {
      url: database.url,
      describe: `PostgreSQL database ${new URL(database.url).pathname.slice(1)}`,
      storedResponses: async (versionId) => {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          const { rows } = await client.query<{ n: string }>(
            'SELECT count(*) AS n FROM "Response" WHERE "instrumentVersionId" = $1',
            [versionId],
          );
          return { count: Number(rows[0]?.n ?? 0) };
        } finally {
          await client.end();
        }
      },
      remove: () => database.drop(),
    };
  }
  const database = createThrowawayDatabase();
  return {
    url: database.url,
    describe: `SQLite file ${database.file}`,
    storedResponses: async (versionId) => {
      const reader = new Database(database.file, { readonly: true });
      try {
        const row = reader
          .prepare<[string], { n: number }>(
            'SELECT count(*) AS n FROM "Response" WHERE "instrumentVersionId" = ?',
          )
          .get(versionId);
        return { count: row?.n ?? 0, integrity: String(reader.pragma("integrity_check", { simple: true })) };
      } finally {
        reader.close();
      }
    },
    remove: async () => rmSync(database.directory, { recursive: true, force: true }),
  };
}

// One secret for all instances, as docs/deploy.md requires: a session or stamp made by one is valid on another.
// The seeding below runs the app's code, which asks for it on PostgreSQL too.
const sharedSecret = randomBytes(32).toString("hex");
process.env.SESSION_SECRET = sharedSecret;
const database = await openBenchDatabase();
const { versionId } = await seedSurvey(database.url, definition);
const { disconnectDatabase } = await import("../app/db.server");
await disconnectDatabase();
const servers: RunningServer[] = [];
try {
  for (let index = 0; index < instances; index++) {
    // --profile=<folder> writes a V8 CPU profile of each server (open it in Chrome's DevTools).
    servers.push(
      await startProductionServer(
        database.url,
        Number(options.port) + index,
        options.profile ? ["--cpu-prof", `--cpu-prof-dir=${options.profile}`] : [],
        { WEB_CONCURRENCY: options.workers, SESSION_SECRET: sharedSecret },
      ),
    );
  }
} catch (error) {
  await Promise.all(servers.map((server) => server.stop()));
  if (!options.keep) await database.remove();
  throw error;
}
const origins = servers.map((server) => server.origin);

const base = `/s/${BENCH_SLUG}`;
const formHeaders = {
  "content-type": "application/x-www-form-urlencoded",
  // What a browser sends under this site's Referrer-Policy: no-referrer (server/http-policy.js), whichever
  // instance the respondent is on.
  origin: "null",
  "sec-fetch-site": "same-origin",
};
const counts = { acknowledged: 0, unexpected: new Map<string, number>() };
const draftsAtReview: string[] = [];

type Context = { cookie?: string; shown?: string };
const ctx = (context: Record<string, unknown>) => context as Context;
const firstHeader = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
function unexpected(step: string, status: number) {
  const key = `${step} → ${status}`;
  counts.unexpected.set(key, (counts.unexpected.get(key) ?? 0) + 1);
}
function withCookie(
  request: AutocannonRequest,
  context: Record<string, unknown>,
  extra: Record<string, string> = {},
): AutocannonRequest {
  const { cookie } = ctx(context);
  return { ...request, headers: { ...extra, ...(cookie ? { cookie } : {}) } };
}

/**
 * One respondent's requests. Full journeys view every page (GET, for its signed "shown" stamp) and
 * post it; the preparation for phase 2 only posts the pages, keeping each respondent's cookie once
 * the review is reached.
 */
function journeyRequests({ sendAnswers }: { sendAnswers: boolean }): AutocannonRequest[] {
  const requests: AutocannonRequest[] = [];
  for (const [index, { pageId, fields }] of plan.entries()) {
    const path = `${base}/p/${pageId}`;
    const last = index === plan.length - 1;
    if (sendAnswers) {
      requests.push({
        method: "GET",
        path,
        setupRequest: (request, context) => withCookie(request, context),
        onResponse: (status, body, context) => {
          if (status !== 200) return unexpected(`GET ${pageId}`, status);
          ctx(context).shown = /name="shown" value="([^"]+)"/.exec(body)?.[1];
        },
      });
    }
    requests.push({
      method: "POST",
      path,
      setupRequest: (request, context) => {
        const body = new URLSearchParams([
          ...fields,
          ["shown", ctx(context).shown ?? ""],
          [HONEYPOT_FIELD, ""],
          ["intent", "next"],
        ]);
        return { ...withCookie(request, context, formHeaders), body: body.toString() };
      },
      onResponse: (status, _body, context, headers) => {
        if (status !== 302) return unexpected(`POST ${pageId}`, status);
        const setCookie = firstHeader(headers["set-cookie"]);
        if (setCookie) ctx(context).cookie = setCookie.split(";")[0];
        if (!sendAnswers && last) draftsAtReview.push(ctx(context).cookie ?? "");
      },
    });
  }
  if (sendAnswers) {
    requests.push({
      method: "GET",
      path: `${base}/review`,
      setupRequest: (request, context) => withCookie(request, context),
      onResponse: (status) => {
        if (status !== 200) unexpected("GET review", status);
      },
    });
    requests.push(finalRequest((request, context) => withCookie(request, context, formHeaders)));
  }
  return requests;
}

function finalRequest(setup: NonNullable<AutocannonRequest["setupRequest"]>): AutocannonRequest {
  return {
    method: "POST",
    path: `${base}/review`,
    setupRequest: (request, context) => ({ ...setup(request, context), body: `${HONEYPOT_FIELD}=` }),
    onResponse: (status, _body, _context, headers) => {
      const cleared = /max-age=0|expires=thu, 01 jan 1970/i.test(firstHeader(headers["set-cookie"]) ?? "");
      if (status === 302 && firstHeader(headers.location) === `${base}/thanks` && cleared)
        counts.acknowledged++;
      else unexpected("POST review", status);
    },
  };
}

/** CPU time a process and its live children (cluster workers) have used so far, in ms (Linux /proc). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  const own = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in 1/100 s (getconf CLK_TCK)
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return own + children.reduce((sum, child) => sum + processCpuMs(Number(child)), 0);
}

/** CPU time of the instances still running (a killed one's time is lost with it). */
const serverCpuMs = () =>
  servers
    .filter((server) => server.process.exitCode === null && server.process.signalCode === null)
    .reduce((sum, server) => sum + processCpuMs(server.process.pid ?? 0), 0);

// Connection i goes to origins[i % origins.length] and keeps it: a sticky load balancer.
const run = (requests: AutocannonRequest[], total: number) =>
  autocannon({ url: origins, connections, amount: total * requests.length, timeout: 30, requests });

function describe(title: string, result: AutocannonResult, completions: number, cpuMs: number) {
  const seconds = result.duration;
  console.log(`\n${title}`);
  console.log(
    `  ${completions} completed surveys in ${seconds.toFixed(1)} s = ${(completions / seconds).toFixed(0)} completions/s`,
  );
  console.log(
    `  ${result.requests.total} requests, ${(result.requests.total / seconds).toFixed(0)} requests/s`,
  );
  console.log(
    `  latency per request: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  console.log(`  connection errors ${result.errors}, timeouts ${result.timeouts}`);
  const perCompletion = cpuMs / completions;
  console.log(
    `  server CPU: ${(cpuMs / result.requests.total).toFixed(2)} ms per request, ${perCompletion.toFixed(2)} ms per completed survey` +
      ` (one fully used core would complete ${(1000 / perCompletion).toFixed(0)} surveys/s)`,
  );
}

console.log(
  `Instrument "${definition.id}": ${plan.length} pages, ${plan.length * 2 + 2} requests per respondent; ${connections} connections; ` +
    `${instances} instance(s) of ${options.workers} server process(es) each, on ${database.describe}`,
);
console.log(
  `Load average before: ${loadavg()
    .map((value) => value.toFixed(2))
    .join(", ")} (other work on this machine slows every figure below except server CPU)`,
);
let killed: RunningServer | undefined;
try {
  let cpuBefore = serverCpuMs();
  const killTimer =
    killAfterSeconds === undefined
      ? undefined
      : setTimeout(() => {
          killed = servers.at(-1);
          killed?.process.kill("SIGKILL");
          console.log(`\nSIGKILL to the instance on ${killed?.origin} after ${killAfterSeconds} s`);
        }, killAfterSeconds * 1000);
  const full = await run(journeyRequests({ sendAnswers: true }), journeys);
  clearTimeout(killTimer);
  describe(
    `Phase 1 — ${journeys} full journeys (every page, then "Send my answers")`,
    full,
    counts.acknowledged,
    serverCpuMs() - cpuBefore,
  );

  if (killAfterSeconds === undefined) {
    const acknowledgedBefore = counts.acknowledged;
    await run(journeyRequests({ sendAnswers: false }), finals);
    cpuBefore = serverCpuMs();
    const final = await run(
      [
        finalRequest((request) => ({
          ...request,
          headers: { ...formHeaders, cookie: draftsAtReview.pop() ?? "" },
        })),
      ],
      finals,
    );
    describe(
      `Phase 2 — ${finals} final-page submissions ("Send my answers" only)`,
      final,
      counts.acknowledged - acknowledgedBefore,
      serverCpuMs() - cpuBefore,
    );
  }
} finally {
  await Promise.all(servers.map((server) => server.stop()));
}

const stored = await database.storedResponses(versionId);
const verdict =
  stored.count === counts.acknowledged
    ? "equal, 0 lost"
    : killed && stored.count > counts.acknowledged
      ? `0 lost; ${stored.count - counts.acknowledged} stored whose acknowledgement died with the killed instance`
      : "MISMATCH";
console.log(`\nAcknowledged ${counts.acknowledged}, stored ${stored.count}: ${verdict}`);
if (stored.integrity !== undefined) console.log(`PRAGMA integrity_check: ${stored.integrity}`);
if (counts.unexpected.size > 0) console.log("Unexpected answers:", Object.fromEntries(counts.unexpected));
if (!options.keep) await database.remove();
else console.log(`Database kept: ${database.describe}`);
const refusals = killed ? 0 : counts.unexpected.size;
process.exitCode = !verdict.startsWith("MISMATCH") && refusals === 0 ? 0 : 1;
