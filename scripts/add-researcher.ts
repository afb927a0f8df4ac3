// Creates and manages lab accounts from the server's shell. A new account's one-time password is
// printed once; only a scrypt hash is stored, and the first sign-in must choose a new password.
//   npm run lab:add-researcher -- --email ana@example.org [--admin] [--replace-demo]
//   npm run lab:add-researcher -- --email ana@example.org --reset-password
//   npm run lab:add-researcher -- --email ana@example.org --deactivate | --reactivate
//   npm run lab:add-researcher -- --email ana@example.org --admin          (an existing account)
// The first account created on an empty database is a site administrator. --replace-demo also
// deactivates the demo researcher, whose password is published in the README (accounts are never
// deleted). --reset-password and --deactivate end all the account's sessions.
import "./cli-environment";
import { parseArgs } from "node:util";
import type { CliCommand } from "../app/auth/accounts-cli.server";
import { researcherEmailSchema } from "../app/auth/researchers.server";

const USAGE =
  "Usage: npm run lab:add-researcher -- --email name@example.org [--admin] [--replace-demo | --reset-password | --deactivate | --reactivate]";
const { values } = parseArgs({
  options: {
    email: { type: "string" },
    admin: { type: "boolean" },
    "replace-demo": { type: "boolean" },
    "reset-password": { type: "boolean" },
    deactivate: { type: "boolean" },
    reactivate: { type: "boolean" },
  },
  strict: true,
});

function usageError(message: string): never {
  console.error(USAGE);
  console.error(message);
  process.exit(2);
}

const email = researcherEmailSchema.safeParse(values.email ?? "");
if (!email.success) usageError(email.error.issues[0]?.message ?? "Invalid e-mail address");
const chosen = (["replace-demo", "reset-password", "deactivate", "reactivate"] as const).filter(
  (option) => values[option],
);
if (chosen.length > 1 || (values.admin && chosen.some((option) => option !== "replace-demo"))) {
  usageError("Choose one of the options.");
}

const { runAccountsCli } = await import("../app/auth/accounts-cli.server");
const { ResearcherExistsError, NoSuchResearcherError } = await import("../app/auth/researchers.server");
const { disconnectDatabase } = await import("../app/db.server");
const command: CliCommand = values["reset-password"]
  ? { kind: "reset-password", email: email.data }
  : values.deactivate
    ? { kind: "deactivate", email: email.data }
    : values.reactivate
      ? { kind: "reactivate", email: email.data }
      : {
          kind: "create",
          email: email.data,
          admin: Boolean(values.admin),
          replaceDemo: Boolean(values["replace-demo"]),
        };
try {
  for (const line of await runAccountsCli(command)) console.log(line);
  if (command.kind === "create" && command.replaceDemo) {
    const { prisma } = await import("../app/db.server");
    const { handOverDemoAccounts } = await import("../prisma/demo-members");
    await handOverDemoAccounts(prisma, command.email);
    console.log(
      "The new account took the demo researcher's place on its surveys; the demo student was deactivated.",
    );
  }
} catch (error) {
  if (error instanceof ResearcherExistsError && values.admin && chosen.length === 0) {
    for (const line of await runAccountsCli({ kind: "make-admin", email: email.data })) console.log(line);
  } else if (error instanceof ResearcherExistsError || error instanceof NoSuchResearcherError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
} finally {
  await disconnectDatabase();
}
