// Brings the database to the current schema and seeds the demo when it is empty.
// Safe to run on every start: migrations already applied are skipped, and existing data is kept.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { dataDirectory, readEnvironment } from "../app/env.server";
import { seedDemoIfEmpty } from "../prisma/seed";

const environment = readEnvironment();
mkdirSync(dataDirectory(environment), { recursive: true });

execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, DATABASE_URL: environment.DATABASE_URL },
});

const { prisma } = await import("../app/db.server");
try {
  const seeded = await seedDemoIfEmpty(prisma);
  console.log(seeded ? "Seeded the demo survey." : "Database already has data; left it as it is.");
} finally {
  await prisma.$disconnect();
}
