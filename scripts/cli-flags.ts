import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";

/** What a command line parses to: the checked values, or every problem on its own line. */
export type FlagsOutcome<T> = { ok: true; values: T } | { ok: false; message: string };

/** A whole-number flag (`--n 800`), with messages that name the flag and its range. */
export function wholeNumberFlag(flag: string, min: number, max: number) {
  return z
    .string({ error: `${flag} is required` })
    .regex(/^\d+$/, `${flag} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${flag} must be at least ${min}`).max(max, `${flag} must be at most ${max}`));
}

/**
 * Reads a script's command line: node:util's parseArgs (strict: an unknown flag or a stray argument is an
 * error), then the zod schema for values and combinations.
 */
export function parseFlags<Schema extends z.ZodType>(
  argv: string[],
  options: NonNullable<ParseArgsConfig["options"]>,
  schema: Schema,
): FlagsOutcome<z.output<Schema>> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join("\n") };
  return { ok: true, values: parsed.data };
}
