import { beforeEach, describe, expect, it, vi } from "vitest";

// track_commit_timestamp changes only with a restart of the whole PostgreSQL server, so the start-up check's
// refusal of it is tested here against a stub server that answers SHOW as one with it on would.
const answers = vi.hoisted(() => ({ trackCommitTimestamp: "on", queries: [] as string[] }));
vi.mock("pg", () => {
  class Client {
    async connect() {}
    async query(sql: string) {
      answers.queries.push(sql);
      if (sql === "SHOW track_commit_timestamp")
        return { rows: [{ track_commit_timestamp: answers.trackCommitTimestamp }] };
      throw new Error(`the stub answers no ${sql}`);
    }
    async end() {}
  }
  return { default: { Client } };
});

const { findPostgresProblem } = await import("../../server/postgres-store-check.js");

beforeEach(() => {
  answers.queries.length = 0;
});

describe("the PostgreSQL start-up check and track_commit_timestamp", () => {
  it("refuses a server that records commit times, in one sentence, before looking at migrations", async () => {
    answers.trackCommitTimestamp = "on";
    const problem = await findPostgresProblem(
      "postgresql://ns:hunter2-secret@db.example:5433/negative_space",
    );
    expect(problem).toEqual({
      kind: "privacy",
      sentence:
        "The PostgreSQL server of db.example:5433/negative_space records when each transaction committed (track_commit_timestamp = on), which would keep the exact time of every answer: turn it off (docs/deploy.md).",
    });
    expect(answers.queries).toEqual(["SHOW track_commit_timestamp"]);
  });

  it("with it off, goes on to the migrations", async () => {
    answers.trackCommitTimestamp = "off";
    const problem = await findPostgresProblem("postgresql://ns@db.example/negative_space");
    expect(problem?.kind).not.toBe("privacy");
    expect(answers.queries.length).toBeGreaterThan(1);
  });
});
