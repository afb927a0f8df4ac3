import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databaseProviderOf } from "../../server/database-url.js";
import { dataDirectory, environment, type Environment } from "~/env.server";

/**
 * Each panel study's linking key: 32 random bytes in a file of their own, outside the database, never
 * exported (docs/decisions/059). A copied database file alone holds only keyed hashes of the
 * identification-code elements, which no one can enumerate without the key.
 */
export type StudyKeyResult = { ok: true; key: Buffer } | { ok: false; message: string };

const KEY_BYTES = 32;

/** The keys' folder, or why there is none (PostgreSQL without STUDY_KEYS_DIR). */
export function studyKeysDirectory(
  checked: Environment = environment,
): { ok: true; directory: string } | { ok: false; message: string } {
  if (checked.STUDY_KEYS_DIR) return { ok: true, directory: checked.STUDY_KEYS_DIR };
  if (databaseProviderOf(checked.DATABASE_URL) === "postgresql")
    return {
      ok: false,
      message:
        "Panel studies need STUDY_KEYS_DIR set when the database is PostgreSQL: a folder, outside the database, that every instance reads.",
    };
  return { ok: true, directory: path.join(dataDirectory(checked), "study-keys") };
}

function keyFile(directory: string, studyId: string): string {
  // Study ids are cuids; refuse anything else so that an id can never name a path outside the folder.
  if (!/^[a-z0-9]{8,40}$/.test(studyId)) throw new Error(`Not a study id: "${studyId}"`);
  return path.join(directory, `${studyId}.key`);
}

/** Writes a new study's key; refuses to replace one (a new key would unlink every earlier wave). */
export function createStudyKey(studyId: string, checked: Environment = environment): StudyKeyResult {
  const folder = studyKeysDirectory(checked);
  if (!folder.ok) return folder;
  mkdirSync(folder.directory, { recursive: true, mode: 0o700 });
  const key = randomBytes(KEY_BYTES);
  try {
    writeFileSync(keyFile(folder.directory, studyId), key.toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch {
    return { ok: false, message: `The study already has a linking key; it is never replaced.` };
  }
  return { ok: true, key };
}

/** The study's key, or a message saying where it was looked for and what its absence means. */
export function readStudyKey(studyId: string, checked: Environment = environment): StudyKeyResult {
  const folder = studyKeysDirectory(checked);
  if (!folder.ok) return folder;
  const file = keyFile(folder.directory, studyId);
  let text: string;
  try {
    text = readFileSync(file, "utf8").trim();
  } catch {
    return {
      ok: false,
      message: `The study's linking key is missing (looked for ${file}). Restore it from where you keep the study's keys; without it, codes can neither be stored nor linked.`,
    };
  }
  const key = Buffer.from(text, "base64url");
  if (key.length !== KEY_BYTES)
    return {
      ok: false,
      message: `The study's linking key in ${file} is damaged: it is not ${KEY_BYTES} bytes.`,
    };
  return { ok: true, key };
}

/**
 * The stored form of one code element: HMAC-SHA-256 under the study's key of the element id and its
 * normalised answer, hex. The id is part of the message, so equal answers to different prompts differ.
 */
export function keyedElementHash(key: Buffer, elementId: string, normalisedAnswer: string): string {
  return createHmac("sha256", key).update(`${elementId}\u0000${normalisedAnswer}`).digest("hex");
}
