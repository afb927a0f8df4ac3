import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SurveyResults } from "../../../analysis/survey/results-types";
import { writeResponsesCsv } from "../../../analysis/survey/write-responses-csv";
import { loadDefaultInstrument } from "../../../instrument/default-instrument";
import { panelResponses } from "../analysis/survey/panel-responses";

let dir: string;
let csv: string;

/**
 * Runs `npm run analyze` (the script itself: node --import tsx scripts/analyze.ts …, without npx's or npm's
 * second of start-up per call) and returns its exit code and output.
 */
function analyze(args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, ["--import", "tsx", "scripts/analyze.ts", ...args], {
      encoding: "utf8",
      stdio: "pipe",
    });
    return { status: 0, stdout, stderr: "" };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "analyze-cli-"));
  csv = path.join(dir, "responses.csv");
  const responses = panelResponses(300, 41);
  responses[0]!.excluded = [{ reason: "speeder" }];
  writeFileSync(csv, writeResponsesCsv(loadDefaultInstrument(), responses));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run analyze", () => {
  it(
    "analyses a CSV export and writes results.json and every chart as spec, SVG, PNG and CSV",
    { timeout: 120_000 },
    () => {
      const out = path.join(dir, "out");
      const run = analyze(["--input", csv, "--out", out, "--seed", "7", "--bootstrap", "500"]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("Responses: 300 received, 1 excluded (speeder 1), 299 analysed");
      expect(run.stdout).toMatch(/CBI work-related burnout\s+\d+/);
      const files = readdirSync(out).sort();
      const charts = [
        "capacity-then-now",
        "erosion-by-support",
        "harm-trajectory",
        "leavers-versus-stayers",
        "leavers-versus-stayers-left-drain-now",
      ];
      expect(files).toEqual(
        [
          "results.json",
          ...charts.flatMap((c) => [`${c}.csv`, `${c}.png`, `${c}.svg`, `${c}.vl.json`]),
        ].sort(),
      );
      const results = JSON.parse(readFileSync(path.join(out, "results.json"), "utf8")) as SurveyResults;
      expect(results).toMatchObject({
        schemaVersion: 3,
        settings: { bootstrap: { B: 500, maxB: 64_000, seed: 7 } },
      });
      expect(results.sample).toMatchObject({ received: 300, analysed: 299 });
      expect(readFileSync(path.join(out, "harm-trajectory.png")).subarray(1, 4).toString()).toBe("PNG");
      expect(readFileSync(path.join(out, "harm-trajectory.svg"), "utf8")).toMatch(
        /^<svg[^>]* role="img" aria-label="/,
      );
      expect(JSON.parse(readFileSync(path.join(out, "erosion-by-support.vl.json"), "utf8")).$schema).toMatch(
        /vega-lite/,
      );
      expect(readFileSync(path.join(out, "capacity-then-now.csv"), "utf8").split("\n")[0]).toMatch(/n/);
    },
  );

  it("prints the usage with --help", { timeout: 60_000 }, () => {
    const run = analyze(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("npm run analyze -- --input <responses.csv>");
  });

  it("refuses invalid arguments with exit code 2, the problem and the usage", { timeout: 60_000 }, () => {
    for (const [args, message] of [
      [[], "give either --input or --survey (one of them)"],
      [["--input", csv, "--survey", "x"], "give either --input or --survey (one of them)"],
      [["--input", csv, "--seed=-1"], "--seed must be at least 0"],
      [
        ["--input", csv, "--seed", "-1"],
        "To specify an option argument starting with a dash use '--seed=-XYZ'",
      ],
      [["--input", csv, "--bootstrap", "many"], "--bootstrap must be a number"],
      [["--input", csv, "--correction", "bonferroni"], "--correction must be holm or bh"],
      [["--survey", "demo", "--instrument", "d.json"], "--instrument goes with --input"],
      [["--input", csv, "--frob"], "Unknown option '--frob'"],
    ] as const) {
      const run = analyze([...args]);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain("Usage:");
    }
  });

  it("explains input it cannot analyse with exit code 1", { timeout: 60_000 }, () => {
    const missing = analyze(["--input", path.join(dir, "nope.csv")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(
      `Cannot read the responses CSV ${path.join(dir, "nope.csv")}: no such file.`,
    );

    const broken = path.join(dir, "broken.csv");
    const lines = readFileSync(csv, "utf8").split("\n");
    writeFileSync(broken, [lines[0], lines[1]!.replace(/^r1,/, "")].join("\n"));
    const badCsv = analyze(["--input", broken]);
    expect(badCsv.status).toBe(1);
    expect(badCsv.stderr).toMatch(/row 2: \d+ cells, but the header has \d+/);

    const escape = path.join(dir, "escape.csv");
    writeFileSync(
      escape,
      [lines[0], lines[1]!.replace(/^r1,[^,]*/, "r1,\u001b]0;owned\u0007\u009b2J")].join("\n"),
    );
    const escaped = analyze(["--input", escape]);
    expect(escaped.status).toBe(1);
    expect(escaped.stderr).toContain(
      'duration_seconds: "[U+001B]]0;owned[U+0007][U+009B]2J" is not a number',
    );
    expect(escaped.stderr).not.toMatch(/\u001b\]|\u0007|\u009b/);

    const definition = path.join(dir, "definition.json");
    writeFileSync(definition, JSON.stringify({ schemaVersion: 1, id: "x" }));
    const badDefinition = analyze(["--input", csv, "--instrument", definition]);
    expect(badDefinition.status).toBe(1);
    expect(badDefinition.stderr).toContain(`The instrument definition ${definition} is not valid:`);
  });
});
