// Production server: serves the built Remix app and its static assets, and nothing else.
// Deliberately no request logger: access logs would record respondents' network addresses.
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";

const port = Number(process.env.PORT ?? 3000);
process.env.NODE_ENV ??= "production";

const build = await import("./build/server/index.js");
const app = express();
app.disable("x-powered-by");
app.set("trust proxy", false);
app.use(compression());
// Fingerprinted assets never change; everything else in public/ may.
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
app.use(express.static("build/client", { maxAge: "1h" }));
// The client's address reaches the app only as context.clientAddress, for the in-memory sign-in
// rate limit (app/auth/sign-in-rate-limit.server.ts); it is never stored or logged.
app.all(
  "*",
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    getLoadContext: (request) => ({ clientAddress: request.socket.remoteAddress }),
  }),
);

const server = app.listen(port, () => {
  console.log(`Negative Space is running on http://localhost:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
