import { describe, expect, it } from "vitest";
import {
  clientAddressFrom,
  createSignInRateLimiter,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_WINDOW_MS,
  UNKNOWN_ADDRESS,
} from "~/auth/sign-in-rate-limit.server";

function limiterWithClock() {
  const clock = { now: 1_000_000 };
  return { clock, limiter: createSignInRateLimiter({ now: () => clock.now }) };
}

describe("sign-in rate limit", () => {
  it(`blocks an account after ${MAX_FAILURES_PER_ACCOUNT} failures, from any address, until the window passes`, () => {
    const { clock, limiter } = limiterWithClock();
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1) {
      expect(limiter.check("ana@example.org", `10.0.0.${attempt}`).allowed).toBe(true);
      limiter.recordFailure("ana@example.org", `10.0.0.${attempt}`);
      clock.now += 1000;
    }
    const blocked = limiter.check("ana@example.org", "10.9.9.9");
    expect(blocked).toEqual({ allowed: false, retryAfterSeconds: SIGN_IN_WINDOW_MS / 1000 - 5 });
    expect(limiter.check("bo@example.org", "10.9.9.9").allowed).toBe(true);
    clock.now += SIGN_IN_WINDOW_MS - 4000; // the first failure has now left the window
    expect(limiter.check("ana@example.org", "10.9.9.9").allowed).toBe(true);
  });

  it(`blocks an address after ${MAX_FAILURES_PER_ADDRESS} failures across accounts`, () => {
    const { limiter } = limiterWithClock();
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ADDRESS; attempt += 1) {
      limiter.recordFailure(`user${attempt}@example.org`, "192.0.2.7");
    }
    expect(limiter.check("new@example.org", "192.0.2.7").allowed).toBe(false);
    expect(limiter.check("new@example.org", "192.0.2.8").allowed).toBe(true);
  });

  it("a successful sign-in clears the account's failures but not the address's", () => {
    const { limiter } = limiterWithClock();
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1)
      limiter.recordFailure("ana@x.org", "a");
    limiter.recordSuccess("ana@x.org");
    expect(limiter.check("ana@x.org", "b").allowed).toBe(true);
  });

  it("requests without a known address share one bucket", () => {
    expect(clientAddressFrom({})).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom(undefined)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom({ clientAddress: "::1" })).toBe("::1");
  });
});
