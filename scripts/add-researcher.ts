// Creates a researcher account and prints its one-time password, once. Nothing else keeps it:
// only a scrypt hash is stored.
//   npm run lab:add-researcher -- --email ana@example.org [--replace-demo]
//   npm run lab:add-researcher -- --email ana@example.org --reset-password
// --replace-demo also deletes the demo researcher, whose password is published in the README.
// --reset-password gives an existing researcher a new one-time password and ends all their sessions.
import "./cli-environment";
import { parseArgs } from "node:util";
import { generatePassword } from "../app/auth/password.server";
import {
  createResearcher,
  NoSuchResearcherError,
  removeDemoResearcher,
  ResearcherExistsError,
  researcherEmailSchema,
  resetResearcherPassword,
} from "../app/auth/researchers.server";

const USAGE =
  "Usage: npm run lab:add-researcher -- --email name@example.org [--replace-demo | --reset-password]";
const { values } = parseArgs({
  options: {
    email: { type: "string" },
    "replace-demo": { type: "boolean" },
    "reset-password": { type: "boolean" },
  },
  strict: true,
});
const email = researcherEmailSchema.safeParse(values.email ?? "");
if (!email.success || (values["replace-demo"] && values["reset-password"])) {
  console.error(USAGE);
  console.error(
    email.success
      ? "Choose one of the two options."
      : (email.error.issues[0]?.message ?? "Invalid e-mail address"),
  );
  process.exit(2);
}

const { disconnectDatabase } = await import("../app/db.server");
try {
  const password = generatePassword();
  if (values["reset-password"]) {
    const { endedSessions } = await resetResearcherPassword({ email: email.data, password });
    console.log(`New password set for ${email.data}; ${endedSessions} signed-in session(s) ended.`);
  } else {
    const researcher = await createResearcher({ email: email.data, password });
    console.log(`Created researcher ${researcher.email}.`);
    if (values["replace-demo"]) {
      const { prisma } = await import("../app/db.server");
      const { handOverDemoAccounts } = await import("../prisma/demo-members");
      await handOverDemoAccounts(prisma, researcher.id);
      console.log(
        "The new account took the demo researcher's place on its surveys; the demo student was deleted.",
      );
    }
  }
  console.log(`One-time password (shown only now; pass it on privately): ${password}`);
  if (values["replace-demo"] && (await removeDemoResearcher())) console.log("Deleted the demo researcher.");
} catch (error) {
  if (!(error instanceof ResearcherExistsError || error instanceof NoSuchResearcherError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await disconnectDatabase();
}
