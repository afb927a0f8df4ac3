import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL } from "../../../server/data-store.js";
import { EnvironmentError, readEnvironment } from "../../../server/environment.js";

const problem = (source: Record<string, string | undefined>) => {
  try {
    readEnvironment(source);
  } catch (error) {
    if (error instanceof EnvironmentError) return error.message;
    throw error;
  }
  return null;
};

describe("the environment, checked at start", () => {
  it("has a default for everything but the session secret, and takes an empty value as unset", () => {
    const defaults = {
      NODE_ENV: "development",
      DATABASE_URL: DEFAULT_DATABASE_URL,
      PORT: 3000,
      WEB_CONCURRENCY: 1,
      ARRIVAL_ORDER_MAINTENANCE_MINUTES: 5,
      PSEUDO_LOCALES: false,
      STUDY_KEYS_DIR: undefined,
      SESSION_SECRET: undefined,
    };
    expect(readEnvironment({})).toEqual(defaults);
    expect(
      readEnvironment({
        NODE_ENV: "",
        DATABASE_URL: "",
        PORT: "",
        WEB_CONCURRENCY: "",
        ARRIVAL_ORDER_MAINTENANCE_MINUTES: "",
        PSEUDO_LOCALES: "",
        SESSION_SECRET: "",
      }),
    ).toEqual(defaults);
  });

  it("reads good values as their types", () => {
    expect(
      readEnvironment({
        NODE_ENV: "production",
        DATABASE_URL: "file:/srv/ns/db.sqlite",
        PORT: "0",
        WEB_CONCURRENCY: "2",
        ARRIVAL_ORDER_MAINTENANCE_MINUTES: "0.5",
        PSEUDO_LOCALES: "1",
        SESSION_SECRET: "s".repeat(32),
        PATH: "/usr/bin",
      }),
    ).toEqual({
      NODE_ENV: "production",
      DATABASE_URL: "file:/srv/ns/db.sqlite",
      PORT: 0,
      WEB_CONCURRENCY: 2,
      ARRIVAL_ORDER_MAINTENANCE_MINUTES: 0.5,
      PSEUDO_LOCALES: true,
      SESSION_SECRET: "s".repeat(32),
    });
  });

  it.each([
    ["NODE_ENV", "prod", 'NODE_ENV must be development, production or test; it is "prod".'],
    // Never repeats the value: a PostgreSQL URL may hold a password (server/database-url.js).
    [
      "DATABASE_URL",
      "mysql://db/ns",
      "DATABASE_URL must be a SQLite file: URL such as file:./data/negative-space.db or a PostgreSQL URL such as postgresql://user:password@host:5432/database.",
    ],
    ["DATABASE_URL", "file:", /^DATABASE_URL must be a SQLite file: URL/],
    [
      "DATABASE_URL",
      "postgresql://ns:secret@db",
      /^DATABASE_URL names no database: end it with the database name/,
    ],
    ["PORT", "eighty", 'PORT must be a port number from 0 to 65535 (0: any free port); it is "eighty".'],
    ["PORT", "65536", /^PORT must be a port number/],
    ["PORT", "80.5", /^PORT must be a port number/],
    ["WEB_CONCURRENCY", "0", 'WEB_CONCURRENCY must be a number of worker processes from 1 to 64; it is "0".'],
    ["WEB_CONCURRENCY", "two", /^WEB_CONCURRENCY must be a number of worker processes/],
    ["SESSION_SECRET", "short-secret", "SESSION_SECRET must be at least 32 characters long; it has 12."],
  ])("stops at a bad %s (%s) with one sentence naming it", (name, value, sentence) => {
    const message = problem({ [name]: value });
    expect(message?.split("\n")).toHaveLength(1);
    if (typeof sentence === "string") expect(message).toBe(sentence);
    else expect(message).toMatch(sentence);
  });

  it("takes a PostgreSQL URL with a host and a database, and then wants the shared SESSION_SECRET", () => {
    const secret = "s".repeat(32);
    for (const url of ["postgresql://ns:pw@db.internal:5432/ns", "postgres://127.0.0.1/ns?sslmode=require"]) {
      expect(readEnvironment({ DATABASE_URL: url, SESSION_SECRET: secret }).DATABASE_URL).toBe(url);
      expect(problem({ DATABASE_URL: url })).toBe(
        "SESSION_SECRET must be set when DATABASE_URL names PostgreSQL, the same on every instance.",
      );
    }
  });

  // Moved here from the maintenance's own settings test with the rule itself (issue 16).
  it("runs the arrival-order maintenance every 5 minutes unless ARRIVAL_ORDER_MAINTENANCE_MINUTES says otherwise (0.1 to 60)", () => {
    const minutes = (value: string | undefined) =>
      readEnvironment({ ARRIVAL_ORDER_MAINTENANCE_MINUTES: value }).ARRIVAL_ORDER_MAINTENANCE_MINUTES;
    expect(minutes(undefined)).toBe(5);
    expect(minutes("")).toBe(5);
    expect(minutes("1")).toBe(1);
    expect(minutes("0.5")).toBe(0.5);
    for (const bad of ["0", "-1", "61", "1440", "soon", "NaN"]) {
      expect(problem({ ARRIVAL_ORDER_MAINTENANCE_MINUTES: bad })).toBe(
        `ARRIVAL_ORDER_MAINTENANCE_MINUTES must be a number of minutes from 0.1 to 60; it is "${bad}".`,
      );
    }
  });

  it("names every bad variable, one sentence each, and never repeats the session secret", () => {
    const message = problem({ PORT: "x", WEB_CONCURRENCY: "-1", SESSION_SECRET: "hunter2" });
    expect(message?.split("\n")).toEqual([
      expect.stringMatching(/^PORT /),
      expect.stringMatching(/^WEB_CONCURRENCY /),
      expect.stringMatching(/^SESSION_SECRET /),
    ]);
    expect(message).not.toContain("hunter2");
  });
});
