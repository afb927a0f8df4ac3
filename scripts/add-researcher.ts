// Creates a researcher account and prints its one-time password, once. Nothing else keeps it:
// only a scrypt hash is stored.  Usage: npm run lab:add-researcher -- --email ana@example.org [--replace-demo]
// --replace-demo also deletes the demo researcher, whose password is published in the README.
import { parseArgs } from "node:util";
import { generatePassword } from "../app/auth/password.server";
import {
  createResearcher,
  removeDemoResearcher,
  ResearcherExistsError,
  researcherEmailSchema,
} from "../app/auth/researchers.server";

const { values } = parseArgs({
  options: { email: { type: "string" }, "replace-demo": { type: "boolean" } },
  strict: true,
});
const email = researcherEmailSchema.safeParse(values.email ?? "");
if (!email.success) {
  console.error("Usage: npm run lab:add-researcher -- --email name@example.org [--replace-demo]");
  console.error(email.error.issues[0]?.message ?? "Invalid e-mail address");
  process.exit(2);
}

const { prisma } = await import("../app/db.server");
try {
  const password = generatePassword();
  const researcher = await createResearcher({ email: email.data, password });
  console.log(`Created researcher ${researcher.email}.`);
  console.log(`One-time password (shown only now; pass it on privately): ${password}`);
  if (values["replace-demo"] && (await removeDemoResearcher())) console.log("Deleted the demo researcher.");
} catch (error) {
  if (!(error instanceof ResearcherExistsError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
