import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { readEnvironment } from "./env.server";

// One client per process: Remix's dev server re-evaluates modules on every change,
// so the instance is kept on globalThis to avoid opening a new connection each time.
const globalForPrisma = globalThis as unknown as { negativeSpacePrisma?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL } = readEnvironment();
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: DATABASE_URL }) });
}

export const prisma: PrismaClient = (globalForPrisma.negativeSpacePrisma ??= createClient());

/** True when the database answers a trivial query. */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
