import { DEFAULT_DATABASE_URL } from "../server/data-store.js";
import { type Environment, readEnvironment } from "../server/environment.js";

/** Default embedded database, relative to the working directory (the project root). */
export { DEFAULT_DATABASE_URL };
export type { Environment };

/**
 * The environment, checked once when the app is loaded (server/environment.js has the rules). server.js
 * and every command-line script check it before they load the app, so a bad value has stopped them with
 * one sentence already; under the dev server or a test runner, it stops the first import.
 */
export const environment: Environment = readEnvironment();

/** Folder holding the SQLite file; generated secrets are kept beside it. */
export function dataDirectory(checked: Environment = environment): string {
  const filePath = checked.DATABASE_URL.slice("file:".length);
  const lastSlash = filePath.lastIndexOf("/");
  return lastSlash === -1 ? "." : filePath.slice(0, lastSlash) || "/";
}
