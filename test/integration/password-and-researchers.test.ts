import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import {
  hashPassword,
  passwordHashNeedsUpgrade,
  SCRYPT_PARAMETERS,
  verifyPassword,
} from "~/auth/password.server";
import {
  checkCredentials,
  createResearcher,
  DEMO_RESEARCHER_EMAIL,
  DEMO_RESEARCHER_PASSWORD,
  ensureDemoResearcher,
  deactivateDemoResearcher,
  ResearcherExistsError,
} from "~/auth/researchers.server";

describe("password hashes", () => {
  it("are salted scrypt hashes that carry their parameters and verify only the right password", async () => {
    const first = await hashPassword("correct horse");
    const second = await hashPassword("correct horse");
    expect(first).toMatch(new RegExp(`^scrypt\\$${SCRYPT_PARAMETERS.N}\\$8\\$1\\$[\\w-]{22}\\$[\\w-]{86}$`));
    expect(second).not.toBe(first);
    expect(await verifyPassword("correct horse", first)).toBe(true);
    expect(await verifyPassword("correct horse ", first)).toBe(false);
    expect(await verifyPassword("Correct horse", first)).toBe(false);
  });

  it("made with weaker parameters still verify, and are flagged for upgrade", async () => {
    const weak = await hashPassword("pw", { N: 1024, r: 8, p: 1 });
    expect(await verifyPassword("pw", weak)).toBe(true);
    expect(passwordHashNeedsUpgrade(weak)).toBe(true);
    expect(passwordHashNeedsUpgrade(await hashPassword("pw"))).toBe(false);
  });

  it("never match when malformed", async () => {
    for (const stored of [
      "",
      "plain",
      "scrypt$x$8$1$abc$def",
      "bcrypt$16384$8$1$abc$def",
      "scrypt$1024$8$1$abc$",
    ]) {
      expect(await verifyPassword("pw", stored)).toBe(false);
    }
  });
});

describe("researcher accounts", () => {
  it("store a lower-case e-mail and only a hash, and refuse a second account for the same e-mail", async () => {
    const researcher = await createResearcher({ email: "  Ana@Example.ORG ", password: "secret-one" });
    expect(researcher.email).toBe("ana@example.org");
    const stored = await prisma.researcher.findUniqueOrThrow({ where: { id: researcher.id } });
    expect(stored.passwordHash).not.toContain("secret-one");
    await expect(createResearcher({ email: "ANA@example.org", password: "x" })).rejects.toThrow(
      ResearcherExistsError,
    );
  });

  it("check credentials case-insensitively and tell wrong passwords from missing accounts only internally", async () => {
    const { id } = await createResearcher({ email: "bo@example.org", password: "right" });
    expect(await checkCredentials("BO@example.org", "right")).toEqual({
      outcome: "verified",
      researcherId: id,
    });
    expect(await checkCredentials("bo@example.org", "wrong")).toEqual({
      outcome: "wrong-password",
      researcherId: id,
    });
    expect(await checkCredentials("nobody@example.org", "right")).toEqual({ outcome: "no-such-account" });
  });

  it("a missing account costs scrypt work like a wrong password (no timing shortcut)", async () => {
    await createResearcher({ email: "timing@example.org", password: "right" });
    await checkCredentials("warm-up@example.org", "x"); // builds the comparison hash once
    const time = async (email: string) => {
      const start = performance.now();
      await checkCredentials(email, "wrong");
      return performance.now() - start;
    };
    const missing = await time("missing@example.org");
    const wrong = await time("timing@example.org");
    expect(missing).toBeGreaterThan(wrong * 0.4);
  });

  it("re-hashes a weak stored hash at the next successful sign-in", async () => {
    const weak = await hashPassword("pw", { N: 1024, r: 8, p: 1 });
    const { id } = await prisma.researcher.create({ data: { email: "old@example.org", passwordHash: weak } });
    expect((await checkCredentials("old@example.org", "pw")).outcome).toBe("verified");
    const { passwordHash } = await prisma.researcher.findUniqueOrThrow({ where: { id } });
    expect(passwordHashNeedsUpgrade(passwordHash)).toBe(false);
    expect(await verifyPassword("pw", passwordHash)).toBe(true);
  });

  it("the demo researcher is created once, an administrator with the documented password, and can be deactivated", async () => {
    expect(await ensureDemoResearcher(prisma)).toBe(true);
    expect(await ensureDemoResearcher(prisma)).toBe(false);
    const check = await checkCredentials(DEMO_RESEARCHER_EMAIL, DEMO_RESEARCHER_PASSWORD);
    expect(check.outcome).toBe("verified");
    const demo = await prisma.researcher.findUniqueOrThrow({ where: { email: DEMO_RESEARCHER_EMAIL } });
    expect(demo.isAdmin).toBe(true);
    expect(await deactivateDemoResearcher(prisma)).toBe(true);
    expect(await deactivateDemoResearcher(prisma)).toBe(false);
    expect((await checkCredentials(DEMO_RESEARCHER_EMAIL, DEMO_RESEARCHER_PASSWORD)).outcome).toBe(
      "deactivated",
    );
    // Never deleted: the audit trail keeps naming it.
    expect(await prisma.researcher.count({ where: { email: DEMO_RESEARCHER_EMAIL } })).toBe(1);
  });
});
