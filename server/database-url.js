// Which database a DATABASE_URL names: a SQLite file (`file:…`, the default) or a PostgreSQL server
// (`postgresql://…` or `postgres://…`). Read by prisma.config.ts (schema, migrations and adapter), the
// migration runner and the database door; a malformed URL is refused with one sentence saying what to
// write instead. Plain JavaScript so that server.js and prisma.config.ts can import it without a build.

/** @typedef {"sqlite" | "postgresql"} DatabaseProvider */

const POSTGRESQL_SCHEMES = ["postgresql:", "postgres:"];

/**
 * The URL's problem as one sentence (the value is not repeated: it may hold a password), or null.
 * @param {unknown} url
 * @returns {string | null}
 */
export function databaseUrlProblem(url) {
  if (typeof url !== "string" || url.trim() === "")
    return "DATABASE_URL is empty: give a file: URL or a postgresql:// URL.";
  if (/^file:./.test(url)) return null;
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase();
  if (!scheme || !POSTGRESQL_SCHEMES.includes(scheme)) {
    return "DATABASE_URL must be a SQLite file: URL such as file:./data/negative-space.db or a PostgreSQL URL such as postgresql://user:password@host:5432/database.";
  }
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return "DATABASE_URL is not a well-formed PostgreSQL URL: write it as postgresql://user:password@host:5432/database (percent-encode special characters in the password).";
  }
  if (parsed.hostname === "" && !parsed.searchParams.get("host"))
    return "DATABASE_URL names no PostgreSQL server: write it as postgresql://user:password@host:5432/database.";
  if (parsed.pathname.length <= 1)
    return "DATABASE_URL names no database: end it with the database name, as in postgresql://user:password@host:5432/database.";
  return null;
}

/**
 * The provider a DATABASE_URL names; throws an Error whose message is the one-sentence problem.
 * @param {string | undefined} url
 * @returns {DatabaseProvider}
 */
export function databaseProviderOf(url) {
  const problem = databaseUrlProblem(url);
  if (problem) throw new Error(problem);
  return /** @type {string} */ (url).startsWith("file:") ? "sqlite" : "postgresql";
}
