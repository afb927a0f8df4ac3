import { availableParallelism } from "node:os";
import { z } from "zod";
import type { ScenarioName } from "../analysis";
import { parseFlags, wholeNumberFlag as wholeNumber } from "./cli-flags";
import { scenarioFlag } from "./scenario-flag";

export const VALIDATE_ANALYSIS_USAGE =
  "Usage: npm run validate:analysis -- --reps 500 --scenario null [--n 800] [--seed 1] [--workers 2] [--bootstrap 2000] [--json summary.json]";

const argsSchema = z.object({
  reps: wholeNumber("--reps", 1, 100_000),
  scenario: scenarioFlag,
  n: wholeNumber("--n", 50, 50_000).default(800),
  seed: wholeNumber("--seed", 0, 4_294_967_295).default(1),
  workers: wholeNumber("--workers", 1, 64).optional(),
  bootstrap: wholeNumber("--bootstrap", 100, 100_000).default(2000),
  json: z.string().min(1, "--json needs a file name").optional(),
});

export interface ValidateAnalysisArgs {
  reps: number;
  scenario: ScenarioName;
  n: number;
  seed: number;
  workers: number;
  bootstrap: number;
  json?: string;
}

/** Reads the validate:analysis command line; unknown flags and bad values give a message naming the flag. */
export function parseValidateAnalysisArgs(
  argv: string[],
): { ok: true; args: ValidateAnalysisArgs } | { ok: false; message: string } {
  const flags = ["reps", "scenario", "n", "seed", "workers", "bootstrap", "json"] as const;
  const parsed = parseFlags(
    argv,
    Object.fromEntries(flags.map((flag) => [flag, { type: "string" as const }])),
    argsSchema,
  );
  if (!parsed.ok) return parsed;
  const { workers, ...rest } = parsed.values;
  return { ok: true, args: { ...rest, workers: workers ?? Math.min(2, availableParallelism()) } };
}
