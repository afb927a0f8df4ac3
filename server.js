// Production server: serves the built Remix app and its static assets, and nothing else.
// Deliberately no request logger: access logs would record respondents' network addresses.
// WEB_CONCURRENCY=2 runs one worker process per core (docs/security.md, "Durability and load").
// It never creates a database: a store that is missing, read-only, locked or not migrated stops it
// before it listens, with one sentence saying which and what to do (docs/decisions/015).
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { startArrivalOrderMaintenance } from "./server/arrival-order-schedule.js";
import { databaseFileFromUrl, restrictDatabaseFiles } from "./server/data-store.js";
import { databaseProviderOf } from "./server/database-url.js";
import { serverEnvironment } from "./server/environment.js";
import { startPostgresArrivalOrderMaintenance } from "./server/postgres-arrival-order.js";
import { findPostgresProblem } from "./server/postgres-store-check.js";
import { findStoreProblem } from "./server/store-check.js";
import {
  bodyLimitFor,
  isCrossSiteWrite,
  isOpaqueSameOriginPost,
  mustNotBeStored,
  securityHeaders,
} from "./server/http-policy.js";
import { refuse, wordRespondentRefusalsWith } from "./server/refusals.js";

// Every variable is checked before anything else happens: a bad value stops the server with one
// sentence naming it (server/environment.js). Nothing below reads process.env itself.
const environment = serverEnvironment();
const port = environment.PORT;
const workers = environment.WEB_CONCURRENCY;
// What the server creates (SQLite's -wal and -shm files, the session secret) is the owner's alone.
process.umask(0o077);
/** Exit code of a worker that cannot listen: the primary then stops instead of replacing it. */
const CANNOT_LISTEN = 78;

const onPostgres = databaseProviderOf(environment.DATABASE_URL) === "postgresql";
if (cluster.isPrimary) {
  if (onPostgres) await exitUnlessPostgresIsUsable();
  else exitUnlessStoreIsUsable();
}

// One maintenance thread per database, in the primary process (docs/security.md, "Arrival order").
// On PostgreSQL the primary of every instance runs it: each run is a few statements, and two at once
// only wait for each other's locks.
if (cluster.isPrimary && onPostgres) {
  startPostgresArrivalOrderMaintenance({
    databaseUrl: environment.DATABASE_URL,
    intervalMs: environment.ARRIVAL_ORDER_MAINTENANCE_MINUTES * 60_000,
  });
} else if (cluster.isPrimary) {
  startArrivalOrderMaintenance({
    databaseUrl: environment.DATABASE_URL,
    intervalMs: environment.ARRIVAL_ORDER_MAINTENANCE_MINUTES * 60_000,
  });
}

if (workers > 1 && cluster.isPrimary) {
  let stopping = false;
  for (let index = 0; index < workers; index++) cluster.fork();
  cluster.on("exit", (_worker, code) => {
    if (code === CANNOT_LISTEN && !stopping) {
      stopping = true;
      process.exitCode = 1;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    }
    if (!stopping) cluster.fork();
    else if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
  }
} else {
  await serve();
}

function stop(sentence) {
  console.error(sentence);
  process.exit(1);
}

async function exitUnlessPostgresIsUsable() {
  const problem = await findPostgresProblem(environment.DATABASE_URL);
  if (problem) stop(problem.sentence);
}

function exitUnlessStoreIsUsable() {
  const file = databaseFileFromUrl(environment.DATABASE_URL);
  const problem = findStoreProblem(file, {
    migrationsFolder: fileURLToPath(new URL("prisma/migrations", import.meta.url)),
    ifMissing:
      "restore it from a backup or mount its volume, or create an empty one with `npm run db:setup -- --init`",
  });
  if (problem) stop(problem.sentence);
  restrictDatabaseFiles(file);
}

// Security headers on every response (server/http-policy.js); the nonce reaches React through
// the load context (app/entry.server.tsx) so that Remix's inline scripts may run.
function setSecurityHeaders(req, res, next) {
  const nonce = randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  res.set(securityHeaders(nonce));
  if (mustNotBeStored(req.path)) res.set("Cache-Control", "no-store");
  next();
}

// Refuse before the app reads the body: cross-site writes (403, where Remix would answer a
// bare 500), `?_data` and TRACE requests (400, 405), bodies over the route's limit (413) and
// bodies of unknown length (411). Each refusal is sent once the body has been read and
// discarded, so that it arrives (server/refusals.js).
function refuseBeforeReading(req, res, next) {
  const header = (name) => req.get(name);
  if (isCrossSiteWrite(req.method, header))
    return refuse(req, res, 403, "Cross-site form submissions are refused.");
  if (isOpaqueSameOriginPost(header)) delete req.headers.origin;
  // Remix's old data protocol: this app speaks single fetch (`.data`), so only scripts send it.
  if (req.query._data !== undefined)
    return refuse(req, res, 400, "This address does not answer ?_data requests.");
  // Fetch's Request refuses to carry TRACE, which would reach our error handler as a 500.
  if (req.method === "TRACE") return refuse(req, res, 405, "This address does not answer TRACE requests.");
  const length = req.get("content-length");
  const limit = bodyLimitFor(req.path);
  if (length !== undefined && Number(length) > limit) {
    return refuse(
      req,
      res,
      413,
      `This request is larger than the ${limit / 1024} KB this address accepts. Shorten your answers and try again.`,
    );
  }
  if (length === undefined && req.get("transfer-encoding") !== undefined) {
    return refuse(req, res, 411, "Send the request with a Content-Length, as web forms do.");
  }
  next();
}

// Fingerprinted assets never change; everything else in public/ may. Only paths that exist reach
// the file system, so page requests cost no stat() call.
function serveStaticFiles(app) {
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  const publicFiles = new Set(
    readdirSync("build/client")
      .filter((name) => name !== "assets")
      .map((name) => `/${name}`),
  );
  const publicStatic = express.static("build/client", { maxAge: "1h", index: false });
  app.use((req, res, next) => (publicFiles.has(req.path) ? publicStatic(req, res, next) : next()));
}

// Whatever fails outside Remix (a malformed address, an aborted upload) gets a short message,
// never a stack trace.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- Express knows an error handler by its four parameters
function answerUnreadableRequests(error, req, res, _next) {
  const status = Number(error?.status ?? error?.statusCode);
  if (status >= 400 && status < 500) return refuse(req, res, status, "The request could not be read.");
  refuse(req, res, 500, "Something went wrong on our side. Please try again in a moment.");
}

// A port that cannot be had stops this process with a sentence saying why (and, as a worker, the primary
// with it); SIGINT and SIGTERM close the server before the process exits.
function listen(app) {
  const server = app.listen(port, () => {
    console.log(`Negative Space is running on http://localhost:${port}`);
  });
  server.on("error", (error) => {
    console.error(
      error.code === "EADDRINUSE"
        ? `Port ${port} is in use by another process: stop it, or set PORT to a free port.`
        : `The server could not listen on port ${port} (${error.message}).`,
    );
    process.exit(CANNOT_LISTEN);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => server.close(() => process.exit(0)));
  }
}

async function serve() {
  const build = await import("./build/server/index.js");
  // A survey page's refusal in the respondent's language; the app reads only the address and the headers.
  wordRespondentRefusalsWith((req, status) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === "string") headers.set(name, value);
    const request = new Request(new URL(req.originalUrl, "http://localhost"), { headers });
    return build.entry.module.respondentRefusalWords(request, status);
  });
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  app.use(setSecurityHeaders);
  app.use(refuseBeforeReading);
  app.use(compression());
  serveStaticFiles(app);
  // The client's address reaches the app only as context.clientAddress, for the sign-in
  // rate limit (app/auth/sign-in-rate-limit.server.ts), which stores only a keyed hash of it; never logged.
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: environment.NODE_ENV,
      getLoadContext: (request, response) => ({
        clientAddress: request.socket.remoteAddress,
        cspNonce: response.locals.cspNonce,
      }),
    }),
  );
  app.use(answerUnreadableRequests);
  listen(app);
}
