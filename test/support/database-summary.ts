// Run as a script (npx tsx test/support/database-summary.ts) with DATABASE_URL set: what the app reads
// from that database through its door — row counts and every response's answers — as one JSON line.
// test/integration/backup-postgresql.test.ts compares a database with its restored backup this way,
// because the app opens its door once per process, on the DATABASE_URL it started with.
import { disconnectDatabase, prisma } from "../../app/db.server";

const responses = await prisma.response.findMany({
  select: { id: true, answers: true },
  orderBy: { id: "asc" },
});
const summary = {
  surveys: await prisma.survey.count(),
  responses: responses.length,
  drafts: await prisma.resumeDraft.count(),
  answers: responses.map(({ id, answers }) => ({ id, answers: JSON.parse(answers) as unknown })),
};
console.log(JSON.stringify(summary));
await disconnectDatabase();
