// Walks every route module whose file name starts with "lab" — read from app/routes at test time,
// so routes added later are covered without touching this file — and checks that none hands out
// data or acts without a valid session, and that every action demands the CSRF token.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formPost, ORIGIN, outcomeOf, signedInResearcher, type Outcome } from "../support/lab-requests";

const ROUTES_DIRECTORY = path.resolve("app/routes");
type RouteModule = { loader?: (args: unknown) => unknown; action?: (args: unknown) => unknown };

/** The module file of a flat route: the file itself, or route.tsx inside a route folder. */
function moduleFile(entry: string): string | null {
  const full = path.join(ROUTES_DIRECTORY, entry);
  if (!statSync(full).isDirectory()) return /\.(tsx?|jsx?)$/.test(entry) ? full : null;
  const inside = ["route.tsx", "route.ts", "route.jsx", "route.js"].map((name) => path.join(full, name));
  return inside.find((file) => existsSync(file)) ?? null;
}

/** A URL and params that match the route, with "x" for every dynamic segment. */
function urlAndParams(entry: string): { url: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const segments = entry
    .replace(/\.(tsx?|jsx?)$/, "")
    .split(".")
    .filter((segment) => segment !== "_index" && !segment.startsWith("_"))
    .map((segment) => segment.replace(/^\((.*)\)$/, "$1").replace(/_$/, ""))
    .map((segment) => {
      if (segment === "$") return (params["*"] = "x");
      if (segment.startsWith("$")) return (params[segment.slice(1)] = "x");
      return segment;
    });
  return { url: `${ORIGIN}/${segments.join("/")}`, params };
}

const labRoutes = readdirSync(ROUTES_DIRECTORY)
  .filter((entry) => entry.startsWith("lab"))
  .flatMap((entry) => {
    const file = moduleFile(entry);
    return file ? [{ entry, file, ...urlAndParams(entry) }] : [];
  });

function expectRefusal(outcome: Outcome, what: string): void {
  const toSignIn = outcome.status === 302 && outcome.headers.get("Location")?.startsWith("/sign-in?");
  expect(
    toSignIn || outcome.status === 401 || outcome.status === 403,
    `${what} answered ${outcome.status}`,
  ).toBe(true);
}

describe("every lab route refuses visitors without a session", () => {
  it("finds the lab routes on disk (the walk cannot pass by finding nothing)", () => {
    expect(labRoutes.map((route) => route.entry)).toEqual(
      expect.arrayContaining(["lab.tsx", "lab._index.tsx", "lab.audit.tsx"]),
    );
  });

  it.each(labRoutes)("$entry: loader and action refuse without a session", async ({ file, url, params }) => {
    const module = (await import(file)) as RouteModule;
    const { loader, action } = module;
    if (loader) {
      const request = new Request(url);
      expectRefusal(await outcomeOf(() => loader({ request, params, context: {} })), "loader");
    }
    if (action) {
      const request = formPost(new URL(url).pathname, { field: "value" }, { csrfToken: "guessed" });
      expectRefusal(await outcomeOf(() => action({ request, params, context: {} })), "action");
    }
  });

  it.each(labRoutes)(
    "$entry: action refuses a signed-in post without the CSRF token",
    async ({ file, url, params }) => {
      const { action } = (await import(file)) as RouteModule;
      if (!action) return;
      const { cookie } = await signedInResearcher();
      const request = formPost(new URL(url).pathname, { field: "value" }, { cookie });
      expect((await outcomeOf(() => action({ request, params, context: {} }))).status).toBe(403);
    },
  );
});
