import { z } from "zod";
import { surveySlugSchema } from "../app/surveys/survey-slug";
import type { SyntheticPanelRequest } from "../app/surveys/synthetic-panel.server";
import { DEMO_SURVEY_SLUG } from "../prisma/seed";
import { parseFlags, wholeNumberFlag as wholeNumber } from "./cli-flags";
import { scenarioFlag } from "./scenario-flag";

export const DEMO_PANEL_USAGE =
  "Usage: npm run demo:panel -- --n 800 --seed 1 [--scenario demo] [--survey support-work-and-erosion] [--replace | --append] [--mix-with-real]";
/** More would take minutes and make a demo database no one wants to page through. */
export const DEMO_PANEL_MAX_N = 50_000;

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
  const text = { type: "string" } as const;
  const flag = { type: "boolean" } as const;
  const parsed = parseFlags(
    argv,
    { n: text, seed: text, scenario: text, survey: text, replace: flag, append: flag, "mix-with-real": flag },
    argsSchema,
  );
  if (!parsed.ok) return parsed;
  const { n, seed, scenario, survey, replace, append } = parsed.values;
  const mixWithReal = parsed.values["mix-with-real"];
  return {
    ok: true,
    request: { surveySlug: survey, n, seed, replace, append, mixWithReal, ...(scenario ? { scenario } : {}) },
  };
}
