// The environment variables and their rules, checked once at start: by server.js before anything else,
// by every command-line script first of all (scripts/cli-environment.ts), and by the app when it is
// loaded (app/env.server.ts). A bad value stops the process with one sentence naming the variable.
// Plain JavaScript so that server.js can use it without a build step.
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./data-store.js";
import { databaseProviderOf, databaseUrlProblem } from "./database-url.js";

export const DEFAULT_PORT = 3000;
export const MAX_WEB_CONCURRENCY = 64;
/** How often (at most) the arrival-order maintenance rewrites the file (docs/decisions/012). */
export const DEFAULT_MAINTENANCE_MINUTES = 5;
export const MAX_MAINTENANCE_MINUTES = 60;
const NODE_ENVIRONMENTS = ["development", "production", "test"];

/**
 * A variable that is unset or empty takes `fallback`; any other value must pass `check`, or the
 * sentence "<NAME> must be <rule>; it is "<value>"." is the problem.
 * @template T
 * @param {string} name
 * @param {string} rule
 * @param {T} fallback
 * @param {(raw: string) => T | undefined} check the value, or undefined when it breaks the rule
 */
function variable(name, rule, fallback, check) {
  return z
    .string()
    .optional()
    .transform((raw, context) => {
      if (raw === undefined || raw === "") return fallback;
      const value = check(raw);
      if (value !== undefined) return value;
      context.addIssue({ code: "custom", message: `${name} must be ${rule}; it is "${raw}".` });
      return z.NEVER;
    });
}

/**
 * @param {string} name
 * @param {string} rule
 * @param {{ min: number; max: number; integer?: boolean; fallback: number }} bounds
 */
function numberVariable(name, rule, { min, max, integer = false, fallback }) {
  return variable(name, rule, fallback, (raw) => {
    const value = Number(raw);
    const fits = raw.trim() !== "" && value >= min && value <= max && (!integer || Number.isInteger(value));
    return fits ? value : undefined;
  });
}

export const environmentSchema = z
  .object({
    NODE_ENV: variable("NODE_ENV", "development, production or test", "development", (raw) =>
      NODE_ENVIRONMENTS.includes(raw) ? raw : undefined,
    ),
    // Its own sentences (server/database-url.js): the value may hold a password, so it is never repeated.
    DATABASE_URL: z
      .string()
      .optional()
      .transform((raw, context) => {
        if (raw === undefined || raw === "") return DEFAULT_DATABASE_URL;
        const problem = databaseUrlProblem(raw);
        if (!problem) return raw;
        context.addIssue({ code: "custom", message: problem });
        return z.NEVER;
      }),
    PORT: numberVariable("PORT", "a port number from 0 to 65535 (0: any free port)", {
      min: 0,
      max: 65535,
      integer: true,
      fallback: DEFAULT_PORT,
    }),
    WEB_CONCURRENCY: numberVariable(
      "WEB_CONCURRENCY",
      `a number of worker processes from 1 to ${MAX_WEB_CONCURRENCY}`,
      {
        min: 1,
        max: MAX_WEB_CONCURRENCY,
        integer: true,
        fallback: 1,
      },
    ),
    ARRIVAL_ORDER_MAINTENANCE_MINUTES: numberVariable(
      "ARRIVAL_ORDER_MAINTENANCE_MINUTES",
      `a number of minutes from 0.1 to ${MAX_MAINTENANCE_MINUTES}`,
      { min: 0.1, max: MAX_MAINTENANCE_MINUTES, fallback: DEFAULT_MAINTENANCE_MINUTES },
    ),
    // Test pseudo-locales (app/i18n/pseudo-bidi.ts) for layout checks; never set where people answer.
    PSEUDO_LOCALES: variable("PSEUDO_LOCALES", "1 or unset", false, (raw) =>
      raw === "1" ? true : undefined,
    ),
    // Folder of the panel studies' linking keys (app/studies/study-keys.server.ts). Unset: beside the SQLite
    // file; with PostgreSQL there is no such folder, so studies need it set (the same folder on every instance).
    STUDY_KEYS_DIR: variable("STUDY_KEYS_DIR", "an absolute folder path", undefined, (raw) =>
      raw.startsWith("/") ? raw : undefined,
    ),
    // The value itself is never repeated: it is a secret.
    SESSION_SECRET: z
      .string()
      .optional()
      .transform((raw, context) => {
        if (raw === undefined || raw === "") return undefined;
        if (raw.length >= 32) return raw;
        context.addIssue({
          code: "custom",
          message: `SESSION_SECRET must be at least 32 characters long; it has ${raw.length}.`,
        });
        return z.NEVER;
      }),
  })
  .superRefine((checked, context) => {
    // Several instances share one PostgreSQL database; each must sign sessions and stamps alike, and
    // none has a data folder of its own to keep a generated secret in.
    if (databaseProviderOf(checked.DATABASE_URL) === "postgresql" && !checked.SESSION_SECRET)
      context.addIssue({
        code: "custom",
        message: "SESSION_SECRET must be set when DATABASE_URL names PostgreSQL, the same on every instance.",
      });
  });

/** @typedef {z.infer<typeof environmentSchema>} Environment */

/** The environment's problems, one sentence per variable. */
export class EnvironmentError extends Error {
  /** @param {string[]} sentences */
  constructor(sentences) {
    super(sentences.join("\n"));
    this.name = "EnvironmentError";
  }
}

/**
 * The checked environment, or an EnvironmentError.
 * @param {Record<string, string | undefined>} [source]
 * @returns {Environment}
 */
export function readEnvironment(source = process.env) {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) throw new EnvironmentError(parsed.error.issues.map((issue) => issue.message));
  return parsed.data;
}

/**
 * The checked environment; when a value is bad, its sentence on stderr and exit code 1.
 * @param {Record<string, string | undefined>} [source]
 * @returns {Environment}
 */
export function environmentOrExit(source = process.env) {
  try {
    return readEnvironment(source);
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * For server.js: as everywhere, except that NODE_ENV defaults to production, in process.env too
 * (React and Remix read it there themselves).
 * @returns {Environment}
 */
export function serverEnvironment() {
  if (!process.env.NODE_ENV) process.env.NODE_ENV = "production";
  return environmentOrExit();
}
