import { z } from "zod";
import { parseFlags } from "./cli-flags";

/** How to run the analysis CLI; printed with --help and after a usage error. */
export const ANALYZE_USAGE = `Usage:
  npm run analyze -- --input <responses.csv> [--instrument <definition.json>] [options]
  npm run analyze -- --survey <slug> [--latest-version] [options]

Input (one of):
  --input <file>        responses CSV as the lab exports it (response_id, duration_seconds, excluded, one column
                        per item; multiple choice as <item>_<code> 0/1 columns)
  --instrument <file>   instrument definition JSON for --input (default: the Support Work and Erosion Survey)
  --survey <slug>       a survey in the database at DATABASE_URL: completed responses of the current series of
                        instrument versions (compatible codes and scales) with the latest version's definition
                        (--latest-version: the latest version only)

Options:
  --out <dir>           write results.json and, per chart, <chart>.vl.json, .svg, .png and .csv (table)
  --seed <n>            bootstrap seed, an integer 0–4294967295 (default 1)
  --bootstrap <B>       bootstrap resamples to start from, at least 100 (default 2000); raised, up to 64,000, until
                        each published bound's Monte Carlo error is below half a unit of its last digit
  --correction <m>      multiple-comparison correction: holm (default) or bh
  --min-cell <k>        small-cell rule: groups under k respondents are not published (default 10, at least 2)
  --help                show this text`;

const integer = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `--${name} must be a number` })
    .int(`--${name} must be a whole number`)
    .min(min, `--${name} must be at least ${min}`)
    .max(max, `--${name} must be at most ${max}`);

const argsSchema = z
  .object({
    input: z.string().min(1).optional(),
    instrument: z.string().min(1).optional(),
    survey: z.string().min(1).optional(),
    "latest-version": z.boolean().default(false),
    out: z.string().min(1).optional(),
    seed: integer("seed", 0, 0xffffffff).default(1),
    bootstrap: integer("bootstrap", 100, 1_000_000).default(2000),
    correction: z.enum(["holm", "bh"], { error: "--correction must be holm or bh" }).default("holm"),
    "min-cell": integer("min-cell", 2, 1_000_000).default(10),
    help: z.boolean().default(false),
  })
  .superRefine((args, context) => {
    if (args.help) return;
    if (!args.input === !args.survey)
      context.addIssue({ code: "custom", message: "give either --input or --survey (one of them)" });
    if (args.instrument && !args.input)
      context.addIssue({ code: "custom", message: "--instrument goes with --input" });
    if (args["latest-version"] && !args.survey)
      context.addIssue({ code: "custom", message: "--latest-version goes with --survey" });
  });

/** The parsed command line. */
export type AnalyzeArgs = z.infer<typeof argsSchema>;

/**
 * Parses the analysis CLI's arguments (node:util `parseArgs`, strict, then a zod schema for values and
 * combinations).
 *
 * @returns { ok: true, args } or { ok: false, message } with every problem on its own line
 * @example
 * parseAnalyzeArgs(["--input", "r.csv", "--seed", "7"]); // { ok: true, args: { input: "r.csv", seed: 7, … } }
 */
export function parseAnalyzeArgs(
  argv: string[],
): { ok: true; args: AnalyzeArgs } | { ok: false; message: string } {
  const text = { type: "string" } as const;
  const flag = { type: "boolean" } as const;
  const parsed = parseFlags(
    argv,
    {
      input: text,
      instrument: text,
      survey: text,
      "latest-version": flag,
      out: text,
      seed: text,
      bootstrap: text,
      correction: text,
      "min-cell": text,
      help: flag,
    },
    argsSchema,
  );
  return parsed.ok ? { ok: true, args: parsed.values } : parsed;
}
