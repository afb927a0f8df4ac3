import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  clientAddressFrom,
  createSignInRateLimiter,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_WINDOW_MS,
  UNKNOWN_ADDRESS,
} from "~/auth/sign-in-rate-limit.server";
import { prisma } from "~/db.server";
import { otherInstanceDatabase } from "../support/other-instance-database";

// Each test uses its own accounts and addresses: the failures now live in the file's shared database.
const unique = () => randomUUID().slice(0, 8);

function limiterWithClock(options: Parameters<typeof createSignInRateLimiter>[0] = {}) {
  const clock = { now: Date.now() };
  return { clock, limiter: createSignInRateLimiter({ now: () => clock.now, ...options }) };
}

describe("sign-in rate limit", () => {
  it(`blocks an account after ${MAX_FAILURES_PER_ACCOUNT} failures, from any address, until the window passes`, async () => {
    const { clock, limiter } = limiterWithClock();
    const [ana, bo] = [`ana-${unique()}@example.org`, `bo-${unique()}@example.org`];
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1) {
      expect((await limiter.check(ana, `10.0.0.${attempt}`)).allowed).toBe(true);
      await limiter.recordFailure(ana, `10.0.0.${attempt}`);
      clock.now += 1000;
    }
    const blocked = await limiter.check(ana, "10.9.9.9");
    expect(blocked).toEqual({ allowed: false, retryAfterSeconds: SIGN_IN_WINDOW_MS / 1000 - 5 });
    expect((await limiter.check(bo, "10.9.9.9")).allowed).toBe(true);
    clock.now += SIGN_IN_WINDOW_MS - 4000; // the first failure has now left the window
    expect((await limiter.check(ana, "10.9.9.9")).allowed).toBe(true);
  });

  it(`blocks an address after ${MAX_FAILURES_PER_ADDRESS} failures across accounts`, async () => {
    const { limiter } = limiterWithClock();
    const [address, otherAddress] = [`192.0.2.${unique()}`, `192.0.2.${unique()}`];
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ADDRESS; attempt += 1) {
      await limiter.recordFailure(`user${attempt}-${unique()}@example.org`, address);
    }
    expect((await limiter.check(`new-${unique()}@example.org`, address)).allowed).toBe(false);
    expect((await limiter.check(`new-${unique()}@example.org`, otherAddress)).allowed).toBe(true);
  });

  it("a successful sign-in clears the account's failures but not the address's", async () => {
    const { limiter } = limiterWithClock();
    const [ana, address] = [`ana-${unique()}@x.org`, `a-${unique()}`];
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1)
      await limiter.recordFailure(ana, address);
    expect((await limiter.check(ana, `b-${unique()}`)).allowed).toBe(false);
    await limiter.recordSuccess(ana);
    expect((await limiter.check(ana, `b-${unique()}`)).allowed).toBe(true);
    // The address keeps its 5: another 15 failures from it reach its limit of 20.
    for (let attempt = MAX_FAILURES_PER_ACCOUNT; attempt < MAX_FAILURES_PER_ADDRESS; attempt += 1)
      await limiter.recordFailure(`other${attempt}-${unique()}@x.org`, address);
    expect((await limiter.check(`fresh-${unique()}@x.org`, address)).allowed).toBe(false);
  });

  it("requests without a known address share one bucket", () => {
    expect(clientAddressFrom({})).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom(undefined)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom({ clientAddress: "::1" })).toBe("::1");
  });
});

describe("sign-in rate limit across app instances", () => {
  it("failures counted by two instances with their own database connections add up to one limit", async () => {
    const first = createSignInRateLimiter();
    const second = createSignInRateLimiter({ db: otherInstanceDatabase() });
    const account = `split-${unique()}@example.org`;
    const onFirst = Math.ceil(MAX_FAILURES_PER_ACCOUNT / 2);
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1) {
      const instance = attempt < onFirst ? first : second;
      expect((await instance.check(account, `198.51.100.${attempt}`)).allowed).toBe(true);
      await instance.recordFailure(account, `198.51.100.${attempt}`);
    }
    // Neither instance saw 5 failures itself; both refuse the sixth attempt.
    expect((await first.check(account, "198.51.100.99")).allowed).toBe(false);
    expect((await second.check(account, "198.51.100.99")).allowed).toBe(false);
    // A right password on one instance lifts the block on the other.
    await first.recordSuccess(account);
    expect((await second.check(account, "198.51.100.99")).allowed).toBe(true);
  });

  it("an address spreading its attempts over three instances is still held to one limit", async () => {
    const instances = [
      createSignInRateLimiter(),
      createSignInRateLimiter({ db: otherInstanceDatabase() }),
      createSignInRateLimiter({ db: otherInstanceDatabase() }),
    ];
    const address = `203.0.113.${unique()}`;
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ADDRESS; attempt += 1) {
      await instances[attempt % instances.length]!.recordFailure(
        `guess${attempt}-${unique()}@x.org`,
        address,
      );
    }
    for (const instance of instances) {
      expect((await instance.check(`fresh-${unique()}@x.org`, address)).allowed).toBe(false);
    }
  });

  it("failures recorded by two instances at the same moment are all counted", async () => {
    const instances = [createSignInRateLimiter(), createSignInRateLimiter({ db: otherInstanceDatabase() })];
    const address = `198.51.100.${unique()}`;
    const half = MAX_FAILURES_PER_ADDRESS / 2;
    await Promise.all(
      instances.map(async (instance, index) => {
        for (let attempt = 0; attempt < half; attempt += 1)
          await instance.recordFailure(`race${index}-${attempt}-${unique()}@x.org`, address);
      }),
    );
    expect((await instances[0]!.check(`fresh-${unique()}@x.org`, address)).allowed).toBe(false);
  });

  it("stores neither the address nor the e-mail, only keyed digests that expire with the window", async () => {
    const secret = () => "one secret shared by every instance";
    const { clock, limiter } = limiterWithClock({ secret });
    const [account, address] = [`private-${unique()}@example.org`, `192.0.2.${unique()}`];
    await limiter.recordFailure(account, address);
    const stored = JSON.stringify(await prisma.signInFailure.findMany());
    expect(stored).not.toContain(account);
    expect(stored).not.toContain(address);
    // Another secret derives other digests: the rows cannot be matched against guessed addresses without it.
    const otherSecret = createSignInRateLimiter({ now: () => clock.now, secret: () => "another secret" });
    expect((await otherSecret.check(account, address)).allowed).toBe(true);
    const before = await prisma.signInFailure.count();
    clock.now += 2 * SIGN_IN_WINDOW_MS; // past every row the tests above wrote
    await limiter.recordFailure(`later-${unique()}@example.org`, `later-${unique()}`);
    // The next failure deleted every row older than the window, including the two above.
    expect(await prisma.signInFailure.count()).toBe(2);
    expect(before).toBeGreaterThanOrEqual(2);
    // With no further failure, the next right sign-in of anyone deletes what has left the window.
    clock.now += 2 * SIGN_IN_WINDOW_MS;
    await limiter.recordSuccess(`someone-${unique()}@example.org`);
    expect(await prisma.signInFailure.count()).toBe(0);
  });
});
