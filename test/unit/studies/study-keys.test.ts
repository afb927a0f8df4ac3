import { createHmac } from "node:crypto";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readEnvironment } from "../../../server/environment.js";
import {
  createStudyKey,
  keyedElementHash,
  readStudyKey,
  studyKeysDirectory,
} from "../../../app/studies/study-keys.server";

const keysIn = (directory: string) => readEnvironment({ STUDY_KEYS_DIR: directory });

describe("a study's linking key", () => {
  it("is created once, readable only by its owner, read back equal, and never replaced", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "study-keys-"));
    const created = createStudyKey("clstudy0000001", keysIn(directory));
    expect(created.ok).toBe(true);
    const file = path.join(directory, "clstudy0000001.key");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const read = readStudyKey("clstudy0000001", keysIn(directory));
    expect(read.ok && created.ok && read.key.equals(created.key)).toBe(true);
    const again = createStudyKey("clstudy0000001", keysIn(directory));
    expect(again).toEqual({
      ok: false,
      message: "The study already has a linking key; it is never replaced.",
    });
    expect(readFileSync(file, "utf8")).toBe(created.ok ? created.key.toString("base64url") : "");
  });

  it("when missing or damaged, says so and where it was looked for", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "study-keys-"));
    const missing = readStudyKey("clstudy0000002", keysIn(directory));
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.message).toContain("The study's linking key is missing");
    expect(!missing.ok && missing.message).toContain(path.join(directory, "clstudy0000002.key"));
    writeFileSync(path.join(directory, "clstudy0000002.key"), "c2hvcnQ");
    const damaged = readStudyKey("clstudy0000002", keysIn(directory));
    expect(!damaged.ok && damaged.message).toContain("is damaged");
  });

  it("refuses an id that could name a path outside the folder", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "study-keys-"));
    expect(() => readStudyKey("../../etc/passwd", keysIn(directory))).toThrow(/Not a study id/);
  });

  it("lives beside the SQLite file by default; with PostgreSQL it needs STUDY_KEYS_DIR", () => {
    expect(studyKeysDirectory(readEnvironment({ DATABASE_URL: "file:/srv/ns/data.db" }))).toEqual({
      ok: true,
      directory: "/srv/ns/study-keys",
    });
    const postgres = readEnvironment({
      DATABASE_URL: "postgresql://ns@127.0.0.1:5432/ns",
      SESSION_SECRET: "x".repeat(32),
    });
    const refused = studyKeysDirectory(postgres);
    expect(!refused.ok && refused.message).toContain("STUDY_KEYS_DIR");
  });
});

describe("an element's stored form", () => {
  it("is HMAC-SHA-256 of the element id and answer under the key (RFC 2104 via Node's crypto, recomputed here)", () => {
    const key = Buffer.alloc(32, 7);
    const expected = createHmac("sha256", key).update("birth_month\u000003").digest("hex");
    expect(keyedElementHash(key, "birth_month", "03")).toBe(expected);
    // The id is part of the message: the same answer to another prompt hashes differently, and so does
    // the same answer under another study's key.
    expect(keyedElementHash(key, "older_siblings", "03")).not.toBe(expected);
    expect(keyedElementHash(Buffer.alloc(32, 8), "birth_month", "03")).not.toBe(expected);
  });
});
