import { readFileSync } from "node:fs";
import { loadDefaultInstrument } from "../instrument/default-instrument";
import { type InstrumentDefinition, instrumentDefinitionSchema } from "../instrument/definition-schema";
import { versionsLabel } from "../instrument/version-series";
import { readResponsesCsv, type SurveyResponseInput } from "../analysis/survey";
import type { AnalyzeArgs } from "./analyze-args";

/** A problem with the input the person running the CLI can fix (a missing file, an invalid definition, …). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** The analysis input and a line saying where it came from. */
export interface LoadedInput {
  definition: InstrumentDefinition;
  responses: SurveyResponseInput[];
  source: string;
}

export function readText(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(
      `Cannot read the ${what} ${file}${code === "ENOENT" ? ": no such file" : `: ${String(error)}`}.`,
    );
  }
}

export function readDefinition(file: string): InstrumentDefinition {
  let json: unknown;
  try {
    json = JSON.parse(readText(file, "instrument definition"));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`The instrument definition ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = instrumentDefinitionSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `- ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new InputError(`The instrument definition ${file} is not valid:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

/**
 * Loads what the CLI analyses: a responses CSV with its instrument definition (the default instrument when none
 * is given), or a survey from the database. The database loader is imported only for --survey, so CSV runs never
 * open a database; the analysis library itself never reaches into the app.
 *
 * @throws InputError for an unreadable file or an invalid definition; ResponsesCsvError for an invalid CSV;
 *   SurveyLoadError for an unknown survey
 */
export async function loadInput(args: AnalyzeArgs): Promise<LoadedInput> {
  if (args.input) {
    const definition = args.instrument ? readDefinition(args.instrument) : loadDefaultInstrument();
    const responses = readResponsesCsv(readText(args.input, "responses CSV"), definition);
    return { definition, responses, source: `${args.input} (${responses.length} responses)` };
  }
  const { loadSurveyResponses } = await import("../app/surveys/load-survey-responses.server");
  const { prisma } = await import("../app/db.server");
  try {
    const loaded = await loadSurveyResponses(args.survey!, args["latest-version"] ? "latest" : "series");
    const synthetic = loaded.synthetic > 0 ? `, ${loaded.synthetic} of them synthetic` : "";
    return {
      definition: loaded.definition,
      responses: loaded.responses,
      source: `survey "${loaded.survey.slug}", instrument ${versionsLabel(loaded.versions)} (${loaded.responses.length} completed responses${synthetic})`,
    };
  } finally {
    await prisma.$disconnect();
  }
}
