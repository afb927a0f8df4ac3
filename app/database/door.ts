import type { PrismaClient } from "../../generated/prisma/client";
import type { SqlWork } from "./sql";

export type DatabaseProvider = "sqlite" | "postgresql";

/**
 * The one way the app reaches its database (docs/decisions/016 and 047). Everything that differs between
 * SQLite and PostgreSQL lives behind it; domain code sees the same operations on both.
 */
export type DatabaseDoor = {
  provider: DatabaseProvider;
  /** The one Prisma client of the process, for everything the lab does. */
  prisma: PrismaClient;
  /**
   * Runs `work` in a write transaction and resolves only after COMMIT, so a caller that answers
   * afterwards never acknowledges uncommitted data. A statement that fails is thrown into `work`;
   * if `work` throws, nothing it wrote is kept.
   */
  write<T>(work: () => SqlWork<T>): Promise<T>;
  /** Runs reads that see committed data only. */
  read<T>(work: () => SqlWork<T>): Promise<T>;
  /** One cheap read that fails when the database cannot answer (for /healthz). */
  ping(): Promise<void>;
  /**
   * Removes what overwritten rows left behind in the database's own files (after a redaction);
   * false when something kept it from finishing now (the maintenance run finishes it later).
   */
  forgetOverwrittenData(): Promise<boolean>;
  disconnect(): Promise<void>;
};
