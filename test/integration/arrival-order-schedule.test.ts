// The server's maintenance thread (server.js starts it once, in the primary process): it rewrites the
// file after respondents have written, and leaves an unchanged file alone.
import type { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { environment } from "~/env.server";
import {
  startArrivalOrderMaintenance,
  type MaintenanceMessage,
} from "../../server/arrival-order-schedule.js";
import { RespondentBrowser } from "../support/respondent-browser";
import { createSurvey } from "../support/survey-fixtures";

const INTERVAL_MS = 100;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let worker: Worker | undefined;
afterEach(() => worker?.terminate());

function startRecording() {
  const messages: MaintenanceMessage[] = [];
  worker = startArrivalOrderMaintenance({
    databaseUrl: environment.DATABASE_URL,
    intervalMs: INTERVAL_MS,
    onMessage: (message) => messages.push(message),
  });
  const runs = () => messages.filter((message) => message.type === "done").length;
  const waitForRuns = async (count: number) => {
    for (let waited = 0; runs() < count && waited < 15_000; waited += INTERVAL_MS) await pause(INTERVAL_MS);
    expect(messages.filter((message) => message.type === "failed")).toEqual([]);
    expect(runs()).toBe(count);
  };
  return { messages, runs, waitForRuns };
}

describe("the scheduled arrival-order maintenance", () => {
  it("runs at its first interval, then only after something was committed, and empties the WAL each time", async () => {
    await createSurvey();
    const { messages, runs, waitForRuns } = startRecording();
    await waitForRuns(1);

    await pause(5 * INTERVAL_MS);
    expect(runs()).toBe(1); // nothing committed since: the file is left alone

    await new RespondentBrowser().post("/s/mini/p/start", [
      ["consent", "1"],
      ["adult", "1"],
    ]);
    await waitForRuns(2);
    expect(messages.map((message) => message.type === "done" && message.report.walEmptied)).toEqual([
      true,
      true,
    ]);
    expect(await prisma.resumeDraft.count()).toBe(1);
  });
});
