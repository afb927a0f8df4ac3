import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { runAccountsCli } from "~/auth/accounts-cli.server";

describe("npm run lab:add-researcher", () => {
  it("makes the first account of an empty database an administrator, and deactivates the demo instead of deleting it", async () => {
    // This file's own copy of the migrated database starts without accounts (the audit trail's entries
    // could not be deleted to empty it: decision 039).
    expect(await prisma.researcher.count()).toBe(0);
    const first = await runAccountsCli({
      kind: "create",
      email: "first@example.org",
      admin: false,
      replaceDemo: false,
    });
    expect(first[0]).toBe("Created researcher first@example.org (site administrator).");
    const second = await runAccountsCli({
      kind: "create",
      email: "second@example.org",
      admin: false,
      replaceDemo: false,
    });
    expect(second[0]).toBe("Created researcher second@example.org.");
    expect(
      (await prisma.researcher.findUniqueOrThrow({ where: { email: "second@example.org" } })).isAdmin,
    ).toBe(false);
    const { ensureDemoResearcher } = await import("~/auth/researchers.server");
    await ensureDemoResearcher(prisma);
    const replaced = await runAccountsCli({
      kind: "create",
      email: "third@example.org",
      admin: true,
      replaceDemo: true,
    });
    expect(replaced).toContain("Deactivated the demo researcher.");
    const demo = await prisma.researcher.findUniqueOrThrow({
      where: { email: "demo@negative-space.example" },
    });
    expect(demo.deactivatedAt).not.toBeNull();
    expect(await runAccountsCli({ kind: "reactivate", email: "demo@negative-space.example" })).toEqual([
      "Reactivated demo@negative-space.example.",
    ]);
    expect(await runAccountsCli({ kind: "deactivate", email: "second@example.org" })).toEqual([
      "Deactivated second@example.org; 0 signed-in session(s) ended.",
    ]);
  });
});
