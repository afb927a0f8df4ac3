import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseValidateAnalysisArgs } from "../../../scripts/validate-analysis-args";

const run = promisify(execFile);

/** Runs `npm run validate:analysis` (the script itself, without npx's start-up) and returns its exit code and output. */
async function validate(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [
      "--import",
      "tsx",
      "scripts/validate-analysis.ts",
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("the validate:analysis command line", () => {
  it("reads the flags with their defaults, and names the flag that is wrong", () => {
    expect(parseValidateAnalysisArgs(["--reps", "500", "--scenario", "null"])).toMatchObject({
      ok: true,
      args: { reps: 500, scenario: "null", n: 800, seed: 1, bootstrap: 2000 },
    });
    expect(
      parseValidateAnalysisArgs(["--reps", "5", "--scenario", "recovery", "--n", "300", "--workers", "1"]),
    ).toMatchObject({ ok: true, args: { n: 300, workers: 1 } });
    const message = (argv: string[]) => {
      const parsed = parseValidateAnalysisArgs(argv);
      return parsed.ok ? null : parsed.message;
    };
    expect(message([])).toBe("--reps is required\n--scenario is required");
    expect(message(["--reps", "5", "--scenario", "nul"])).toBe(
      '--scenario must be one of demo, null, null-support, planted, survivor, recovery, separate-latents (not "nul")',
    );
    expect(message(["--reps", "0", "--scenario", "null"])).toBe("--reps must be at least 1");
    expect(message(["--reps", "5", "--scenario", "null", "--n", "20"])).toBe("--n must be at least 50");
    expect(message(["--reps", "5", "--scenario", "null", "--bootstrap", "10"])).toBe(
      "--bootstrap must be at least 100",
    );
    expect(message(["--reps", "x", "--scenario", "null"])).toBe("--reps must be a whole number");
    expect(message(["--reps", "5", "--scenario", "null", "--fast"])).toMatch(/Unknown option '--fast'/);
  });

  it(
    "prints the same table on one thread and on two, with the time per replication; exit 2 for bad flags",
    { timeout: 120_000 },
    async () => {
      const args = [
        "--reps",
        "4",
        "--scenario",
        "recovery",
        "--n",
        "200",
        "--bootstrap",
        "100",
        "--seed",
        "5",
      ];
      const [one, two] = await Promise.all([
        validate([...args, "--workers", "1"]),
        validate([...args, "--workers", "2"]),
      ]);
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      const table = (stdout: string) => stdout.replace(/^Time: .*$/m, "");
      expect(table(two.stdout)).toBe(table(one.stdout));
      expect(one.stdout).toMatch(/^Scenario recovery: 4 replications, n = 200, panel seeds 5…8/m);
      expect(one.stdout).toMatch(/^leavers\.leavers mean:cbi_personal\s+31\.64\s/m);
      // ~33 leavers in 200: too few at 4 or more years since leaving for the plan's contrast, never extrapolated
      expect(one.stdout).toMatch(/^  cbi_personal: not estimated 100\.0 %/m);
      expect(two.stdout).toMatch(/^Time: [\d.]+ s on 2 workers, \d+ ms per replication/m);

      const bad = await validate(["--reps", "4", "--scenario", "everything"]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("--scenario must be one of demo, null, null-support, planted");
      expect(bad.stderr).toContain("Usage: npm run validate:analysis");
    },
  );
});
