// Which database a DATABASE_URL names, and the one sentence a malformed one gets (server/database-url.js).
import { describe, expect, it } from "vitest";
import { databaseProviderOf, databaseUrlProblem } from "../../server/database-url.js";

describe("DATABASE_URL names a SQLite file or a PostgreSQL database", () => {
  it.each([
    ["file:./data/negative-space.db", "sqlite"],
    ["file:/srv/ns/db.sqlite", "sqlite"],
    ["postgresql://ns:secret@db.example.org:5432/ns", "postgresql"],
    ["postgres://ns@127.0.0.1/ns?sslmode=require", "postgresql"],
    ["postgresql:///ns?host=/var/run/postgresql", "postgresql"],
  ])("%s is %s", (url, provider) => {
    expect(databaseUrlProblem(url)).toBeNull();
    expect(databaseProviderOf(url)).toBe(provider);
  });

  it.each([
    ["", /^DATABASE_URL is empty/],
    ["file:", /^DATABASE_URL must be a SQLite file: URL .* or a PostgreSQL URL/],
    ["mysql://ns:secret@db/ns", /^DATABASE_URL must be a SQLite file: URL .* or a PostgreSQL URL/],
    ["./data/negative-space.db", /^DATABASE_URL must be a SQLite file: URL/],
    ["postgresql://ns:secret@db.example.org:99999/ns", /^DATABASE_URL is not a well-formed PostgreSQL URL/],
    ["postgresql://ns:secret@db.example.org:5432", /^DATABASE_URL names no database/],
    ["postgresql://ns:secret@db.example.org:5432/", /^DATABASE_URL names no database/],
    ["postgres:///ns", /^DATABASE_URL names no PostgreSQL server/],
  ])("%j is refused with one sentence that does not repeat the password", (url, sentence) => {
    const problem = databaseUrlProblem(url);
    expect(problem).toMatch(sentence);
    expect(problem).not.toContain("secret");
    expect(problem?.split(". ").length).toBe(1);
    expect(() => databaseProviderOf(url)).toThrow(problem!);
  });
});
