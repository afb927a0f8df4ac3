import Database from "better-sqlite3";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planJourney } from "../../bench/journey-plan";
import { smallInstrument } from "../../bench/small-instrument";
import {
  type FaultServer,
  runBackupScript,
  startFaultServer,
  stopFaultServer,
  submit,
} from "../support/fault-server-process";
import { createSurvey } from "../support/survey-fixtures";

// Answers every stored response must carry in full; only the free-text marker differs.
const expectedAnswers = Object.fromEntries(
  planJourney(smallInstrument, { text: "MARKER" }).flatMap((page) =>
    page.fields.map(([name, value]) => [name, name === "note" ? "MARKER" : Number(value)]),
  ),
);

const databaseUrl = () => process.env.DATABASE_URL ?? "";
const databaseFile = (url = databaseUrl()) => url.slice("file:".length);
const scratch = mkdtempSync(path.join(tmpdir(), "ns-durability-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type StoredResponse = {
  answers: string;
  completion: string;
  flags: string;
  pageSeconds: string;
  submittedOn: string;
};

/** Opens the file afresh, as a restarted server would, and reads what survived. */
function inspect(file: string) {
  const db = new Database(file);
  try {
    const integrity = String(db.pragma("integrity_check", { simple: true }));
    const rows = db
      .prepare('SELECT "answers", "completion", "flags", "pageSeconds", "submittedOn" FROM "Response"')
      .all() as StoredResponse[];
    const drafts = (db.prepare('SELECT count(*) AS n FROM "ResumeDraft"').get() as { n: number }).n;
    return {
      integrity,
      rows,
      drafts,
      markers: rows.map((row) => (JSON.parse(row.answers) as { note: string }).note),
    };
  } finally {
    db.close();
  }
}

/**
 * Submits from `parallel` loops until `stop()` says so; returns acknowledged and unanswered markers.
 * `sent` runs right after each submission has started, while it is certainly in flight.
 */
async function load(
  server: FaultServer,
  parallel: number,
  stop: (acknowledged: number) => boolean,
  sent: (acknowledged: number) => void = () => {},
) {
  const acknowledged: string[] = [];
  const unanswered: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (!stop(acknowledged.length)) {
        const marker = `m${next++}`;
        const submitted = submit(server, marker);
        sent(acknowledged.length);
        if (await submitted) acknowledged.push(marker);
        else unanswered.push(marker);
      }
    }),
  );
  return { acknowledged, unanswered };
}

beforeAll(async () => {
  await createSurvey({ slug: "fault", definition: smallInstrument });
});

describe("durability", () => {
  it("keeps every acknowledged response, complete, through kill -9 mid-load and a restart", async () => {
    const server = await startFaultServer(databaseUrl(), "fault");
    let killed = false;
    // Killed right after a submission starts, not when one is answered: group commit answers parallel
    // journeys together, so at an answer there may be nothing in flight.
    const loading = load(
      server,
      8,
      () => killed,
      (count) => {
        if (count < 150 || killed) return;
        killed = true;
        server.child.kill("SIGKILL"); // mid-load: at least the submission just started is in flight
      },
    );
    const { acknowledged, unanswered } = await loading;
    await stopFaultServer(server);
    expect(server.child.signalCode).toBe("SIGKILL");
    expect(unanswered.length).toBeGreaterThan(0); // the kill did cut requests off

    const survived = inspect(databaseFile());
    expect(survived.integrity).toBe("ok");
    for (const marker of acknowledged)
      expect(survived.markers.filter((stored) => stored === marker)).toHaveLength(1);
    for (const marker of unanswered)
      expect(survived.markers.filter((stored) => stored === marker).length).toBeLessThanOrEqual(1);
    for (const row of survived.rows) {
      const answers = JSON.parse(row.answers) as Record<string, unknown>;
      expect({ ...answers, note: "MARKER" }).toEqual(expectedAnswers); // nothing half-written
      expect(row.completion).toBe("complete");
      expect(row.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Object.keys(JSON.parse(row.pageSeconds) as object)).toEqual(["start", "strain"]);
      expect(JSON.parse(row.flags)).toEqual(["too-fast"]);
    }

    // A restarted server carries on with the same file.
    const restarted = await startFaultServer(databaseUrl(), "fault");
    expect(await submit(restarted, "after-restart")).toBe(true);
    await stopFaultServer(restarted);
    const after = inspect(databaseFile());
    expect(after.integrity).toBe("ok");
    expect(after.rows).toHaveLength(survived.rows.length + 1);
  }, 90_000);

  it("backs up consistently while the server is writing, and the restored copy serves and counts the same", async () => {
    const server = await startFaultServer(databaseUrl(), "fault");
    const before = inspect(databaseFile()).rows.length;
    let stopAt = Infinity;
    const loading = load(server, 6, (count) => count >= stopAt);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const duringFile = path.join(scratch, "during.db");
    const output = await runBackupScript(databaseUrl(), duringFile);
    stopAt = 0;
    const { acknowledged, unanswered } = await loading;
    expect(output).toMatch(/integrity ok/);

    // A snapshot from the middle of the load: sound, and between the counts before and after.
    const during = inspect(duringFile);
    expect(during.integrity).toBe("ok");
    expect(during.rows.length).toBeGreaterThan(before);
    expect(during.rows.length).toBeLessThanOrEqual(before + acknowledged.length + unanswered.length);
    for (const row of during.rows) expect(row.completion).toBe("complete");

    // Once writes stop, a backup holds exactly what the live database holds.
    const quietFile = path.join(scratch, "quiet.db");
    await runBackupScript(databaseUrl(), quietFile);
    const live = inspect(databaseFile());
    const quiet = inspect(quietFile);
    expect(quiet.rows.length).toBe(live.rows.length);
    expect(quiet.markers.sort()).toEqual(live.markers.sort());
    await stopFaultServer(server);

    // Restore: a server started on the copy answers and keeps counting from the same number.
    const restoredFile = path.join(scratch, "restored.db");
    copyFileSync(quietFile, restoredFile);
    const restored = await startFaultServer(`file:${restoredFile}`, "fault");
    expect(await submit(restored, "on-the-restored-copy")).toBe(true);
    await stopFaultServer(restored);
    expect(inspect(restoredFile).rows.length).toBe(live.rows.length + 1);
  }, 90_000);
});
