import { parseArgs } from "node:util";
import { z } from "zod";
import { surveySlugSchema } from "../app/surveys/survey-slug";
import type { SyntheticPanelRequest } from "../app/surveys/synthetic-panel.server";
import { DEMO_SURVEY_SLUG } from "../prisma/seed";
import { scenarioFlag } from "./scenario-flag";

export const DEMO_PANEL_USAGE =
  "Usage: npm run demo:panel -- --n 800 --seed 1 [--scenario demo] [--survey support-work-and-erosion] [--replace | --append] [--mix-with-real]";
/** More would take minutes and make a demo database no one wants to page through. */
export const DEMO_PANEL_MAX_N = 50_000;

function wholeNumber(flag: string, min: number, max: number) {
  return z
    .string({ error: `${flag} is required` })
    .regex(/^\d+$/, `${flag} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${flag} must be at least ${min}`).max(max, `${flag} must be at most ${max}`));
}

const argsSchema = z
  .object({
    n: wholeNumber("--n", 1, DEMO_PANEL_MAX_N),
    seed: wholeNumber("--seed", 0, 4_294_967_295),
    scenario: scenarioFlag.optional(),
    survey: z
      .string()
      .refine(
        (slug) => surveySlugSchema.safeParse(slug).success,
        "--survey must be a survey slug (lower-case letters, digits and -, not starting or ending with -)",
      )
      .default(DEMO_SURVEY_SLUG),
    replace: z.boolean().default(false),
    append: z.boolean().default(false),
    "mix-with-real": z.boolean().default(false),
  })
  .refine((args) => !(args.replace && args.append), "--replace and --append cannot be combined");

export type DemoPanelArgs = { ok: true; request: SyntheticPanelRequest } | { ok: false; message: string };

/** Reads the demo:panel command line; unknown flags and bad values give a message naming the flag. */
export function parseDemoPanelArgs(argv: string[]): DemoPanelArgs {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        n: { type: "string" },
        seed: { type: "string" },
        scenario: { type: "string" },
        survey: { type: "string" },
        replace: { type: "boolean" },
        append: { type: "boolean" },
        "mix-with-real": { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join("\n") };
  const { n, seed, scenario, survey, replace, append } = parsed.data;
  const mixWithReal = parsed.data["mix-with-real"];
  return {
    ok: true,
    request: { surveySlug: survey, n, seed, replace, append, mixWithReal, ...(scenario ? { scenario } : {}) },
  };
}
