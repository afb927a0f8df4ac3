import { createHmac, randomBytes } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The connecting client's address, passed by server.js; used only for the in-memory sign-in limit. */
    clientAddress?: string;
  }
}

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
/** Bounds memory under a flood of distinct keys; the oldest keys are forgotten first. */
const MAX_TRACKED_KEYS = 10_000;

/** Requests without a known address (dev server, tests) share one bucket. */
export const UNKNOWN_ADDRESS = "unknown-address";

export function clientAddressFrom(context: AppLoadContext | undefined): string {
  return context?.clientAddress || UNKNOWN_ADDRESS;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type SignInRateLimiter = {
  check(account: string, address: string): RateLimitDecision;
  recordFailure(account: string, address: string): void;
  recordSuccess(account: string): void;
};

/**
 * Counts failed sign-ins per account and per client address in a sliding window, in this process's
 * memory only: nothing is persisted or logged. Keys are HMACs with a per-process random key, so even
 * a memory dump does not list addresses or typed e-mails. `now` is injectable for tests.
 */
export function createSignInRateLimiter({ now = Date.now }: { now?: () => number } = {}): SignInRateLimiter {
  const failures = new Map<string, number[]>();
  const keySecret = randomBytes(32);
  const keyFor = (kind: "account" | "address", value: string) =>
    createHmac("sha256", keySecret).update(`${kind}:${value}`).digest("base64url");

  function recentFailures(key: string): number[] {
    const cutoff = now() - SIGN_IN_WINDOW_MS;
    const recent = (failures.get(key) ?? []).filter((time) => time > cutoff);
    if (recent.length === 0) failures.delete(key);
    else failures.set(key, recent);
    return recent;
  }

  function retryAfter(times: number[], limit: number): number | null {
    if (times.length < limit) return null;
    // Allowed again once enough of the failures have left the window.
    const unblocksAt = (times[times.length - limit] ?? now()) + SIGN_IN_WINDOW_MS;
    return Math.max(1, Math.ceil((unblocksAt - now()) / 1000));
  }

  function remember(key: string): void {
    const times = recentFailures(key);
    failures.delete(key); // re-insert so Map order tracks recency
    failures.set(key, [...times, now()]);
    for (const oldestKey of failures.keys()) {
      if (failures.size <= MAX_TRACKED_KEYS) break;
      failures.delete(oldestKey);
    }
  }

  return {
    check(account, address) {
      const waits = [
        retryAfter(recentFailures(keyFor("account", account)), MAX_FAILURES_PER_ACCOUNT),
        retryAfter(recentFailures(keyFor("address", address)), MAX_FAILURES_PER_ADDRESS),
      ].filter((wait): wait is number => wait !== null);
      return waits.length === 0
        ? { allowed: true }
        : { allowed: false, retryAfterSeconds: Math.max(...waits) };
    },
    recordFailure(account, address) {
      remember(keyFor("account", account));
      remember(keyFor("address", address));
    },
    recordSuccess(account) {
      failures.delete(keyFor("account", account));
    },
  };
}

/** The process-wide limiter the sign-in action uses. */
export const signInRateLimiter = createSignInRateLimiter();
