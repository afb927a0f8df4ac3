import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "../server/data-store.js";

/** Default embedded database, relative to the working directory (the project root). */
export { DEFAULT_DATABASE_URL };

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^file:/, "DATABASE_URL must be a SQLite file: URL, e.g. file:./data/negative-space.db")
    .default(DEFAULT_DATABASE_URL),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
});

export type Environment = z.infer<typeof environmentSchema>;

/** Reads and checks the environment once; a bad value stops the server at boot with a clear message. */
export function readEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

/** Folder holding the SQLite file; generated secrets are kept beside it. */
export function dataDirectory(environment: Environment = readEnvironment()): string {
  const filePath = environment.DATABASE_URL.slice("file:".length);
  const lastSlash = filePath.lastIndexOf("/");
  return lastSlash === -1 ? "." : filePath.slice(0, lastSlash) || "/";
}
