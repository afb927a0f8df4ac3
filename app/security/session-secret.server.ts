import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDirectory, environment } from "~/env.server";

const SECRET_FILE_NAME = "session-secret";

/**
 * The server's signing secret — the lab's session cookies and the respondents' page-view stamps
 * (respondent/page-timing.server.ts): SESSION_SECRET when set, otherwise a random secret generated
 * once and kept in the data folder, so sessions survive restarts without anyone having to configure
 * anything.
 */
let cachedSecret: string | undefined;

export function sessionSecret(): string {
  // Signed on every survey page (page timing) and session read: read the file once per process.
  cachedSecret ??= loadSessionSecret();
  return cachedSecret;
}

function loadSessionSecret(): string {
  if (environment.SESSION_SECRET) return environment.SESSION_SECRET;
  const directory = dataDirectory();
  const file = path.join(directory, SECRET_FILE_NAME);
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(directory, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    // "wx" fails if another process created the file first; then read theirs.
    try {
      writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return readFileSync(file, "utf8").trim();
    }
  }
}
