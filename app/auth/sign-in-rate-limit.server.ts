import { createHmac, hkdfSync } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import type { PrismaClient } from "../../generated/prisma/client";
import { prisma } from "~/db.server";
import { sessionSecret } from "~/security/session-secret.server";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The connecting client's address, passed by server.js; used only as a keyed hash by the sign-in limit. */
    clientAddress?: string;
  }
}

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** Requests without a known address (dev server, tests) share one bucket. */
export const UNKNOWN_ADDRESS = "unknown-address";

export function clientAddressFrom(context: AppLoadContext | undefined): string {
  return context?.clientAddress || UNKNOWN_ADDRESS;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type SignInRateLimiter = {
  check(account: string, address: string): Promise<RateLimitDecision>;
  recordFailure(account: string, address: string): Promise<void>;
  recordSuccess(account: string): Promise<void>;
};

type LimiterOptions = {
  /** The database every instance shares; tests pass a second client on the same file. */
  db?: Pick<PrismaClient, "signInFailure">;
  now?: () => number;
  /** The server's SESSION_SECRET, the same on every instance, so all of them derive the same keys. */
  secret?: () => string;
};

const HKDF_INFO = "negative-space sign-in rate limit v1";

/**
 * Counts failed sign-ins per account and per client address in a sliding window, in the database, so
 * that every app instance behind a load balancer sees the same count (docs/decisions/046). Each failure
 * is a row holding an HMAC of the key (under a key derived from SESSION_SECRET) and the failure's time:
 * no typed e-mail, no address. Rows older than the window are deleted by the next failure.
 */
export function createSignInRateLimiter({
  db = prisma,
  now = Date.now,
  secret = sessionSecret,
}: LimiterOptions = {}): SignInRateLimiter {
  let hmacKey: Buffer | undefined;
  const keyFor = (kind: "account" | "address", value: string) => {
    hmacKey ??= Buffer.from(hkdfSync("sha256", secret(), "", HKDF_INFO, 32));
    return createHmac("sha256", hmacKey).update(`${kind}:${value}`).digest("base64url");
  };
  const windowStart = () => new Date(now() - SIGN_IN_WINDOW_MS);

  function retryAfter(times: number[], limit: number): number | null {
    if (times.length < limit) return null;
    // Allowed again once enough of the failures have left the window.
    const unblocksAt = (times[times.length - limit] ?? now()) + SIGN_IN_WINDOW_MS;
    return Math.max(1, Math.ceil((unblocksAt - now()) / 1000));
  }

  return {
    async check(account, address) {
      const accountKey = keyFor("account", account);
      const addressKey = keyFor("address", address);
      const rows = await db.signInFailure.findMany({
        where: { keyDigest: { in: [accountKey, addressKey] }, failedAt: { gt: windowStart() } },
        orderBy: { failedAt: "asc" },
        select: { keyDigest: true, failedAt: true },
      });
      const timesOf = (key: string) =>
        rows.filter((row) => row.keyDigest === key).map((row) => row.failedAt.getTime());
      const waits = [
        retryAfter(timesOf(accountKey), MAX_FAILURES_PER_ACCOUNT),
        retryAfter(timesOf(addressKey), MAX_FAILURES_PER_ADDRESS),
      ].filter((wait): wait is number => wait !== null);
      return waits.length === 0
        ? { allowed: true }
        : { allowed: false, retryAfterSeconds: Math.max(...waits) };
    },
    async recordFailure(account, address) {
      const failedAt = new Date(now());
      // Single statements, no transaction (createMany would open one): no lock is held across an await,
      // which in one process with two SQLite connections would stall both (decision 046).
      await db.signInFailure.deleteMany({ where: { failedAt: { lte: windowStart() } } });
      await db.signInFailure.create({ data: { keyDigest: keyFor("account", account), failedAt } });
      await db.signInFailure.create({ data: { keyDigest: keyFor("address", address), failedAt } });
    },
    async recordSuccess(account) {
      // Also every row past the window: a quiet site then keeps none after the next sign-in.
      await db.signInFailure.deleteMany({
        where: { OR: [{ keyDigest: keyFor("account", account) }, { failedAt: { lte: windowStart() } }] },
      });
    },
  };
}

/** The limiter the sign-in actions use. */
export const signInRateLimiter = createSignInRateLimiter();
