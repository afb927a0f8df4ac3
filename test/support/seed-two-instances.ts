// Seeds a migrated PostgreSQL database for test/integration/postgres-two-instances.test.ts, through the
// app's own code: an open survey on bench/small-instrument.ts and a researcher who owns it. Run as
// `node --import tsx test/support/seed-two-instances.ts <slug> <email> <password>` with DATABASE_URL set
// (the test process itself is bound to its SQLite database).
import { smallInstrument } from "../../bench/small-instrument";
import { createResearcher } from "~/auth/researchers.server";
import { disconnectDatabase, prisma } from "~/db.server";
import { addInstrumentVersion } from "~/surveys/instrument-versions.server";

const [slug = "two", email = "two@example.org", password = "correct horse battery staple"] =
  process.argv.slice(2);
const researcher = await createResearcher({ email, password });
const survey = await prisma.survey.create({
  data: {
    slug,
    title: "Two instances",
    status: "open",
    memberships: { create: [{ researcherId: researcher.id, role: "owner", responseLevelAccess: true }] },
  },
});
await addInstrumentVersion(survey.id, smallInstrument);
await disconnectDatabase();
console.log("seeded");
