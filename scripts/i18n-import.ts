// Reads translated XLIFF files back: npm run i18n:import -- --help. All or nothing: a problem in any file is
// listed and nothing is written. Exit codes: 0 written, 1 refused (the problems on stderr), 2 invalid arguments.
import "./cli-environment";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { terminalText } from "../instrument/encode/terminal-text";
import { importTranslations } from "../translation-exchange/translation-exchange";
import { ExchangeFormatError, readXliff } from "../translation-exchange/read-xliff";
import { InputError, readText } from "./analyze-input";
import { IMPORT_USAGE, parseImportArgs } from "./i18n-args";
import { loadCurrentDefinition } from "./i18n-definition";

const argv = process.argv.slice(2);
if (argv.includes("--help")) {
  console.log(IMPORT_USAGE);
  process.exit(0);
}
const parsed = parseImportArgs(argv);
if (!parsed.ok) {
  console.error(`${parsed.message}\n\n${IMPORT_USAGE}`);
  process.exit(2);
}
const args = parsed.values;

/** The survey the files were made for, when neither --survey nor --definition says what to import into. */
function surveyOfFiles(files: { name: string; text: string }[]): string {
  const surveys = new Set<string>();
  for (const file of files) {
    try {
      const survey = readXliff(file.text).origin.survey;
      if (survey === undefined)
        throw new InputError(
          `${file.name} was made from a definition file, not a survey: give --survey <slug> or --definition <file>.`,
        );
      surveys.add(survey);
    } catch (error) {
      if (error instanceof ExchangeFormatError) throw new InputError(`${file.name}: ${error.message}`);
      throw error;
    }
  }
  if (surveys.size > 1)
    throw new InputError(`The files were made for different surveys: ${[...surveys].join(", ")}.`);
  return [...surveys][0]!;
}

try {
  const files = args.files.map((name) => ({ name, text: readText(name, "translation file") }));
  const survey = args.definition ? undefined : (args.survey ?? surveyOfFiles(files));
  const current = await loadCurrentDefinition({ survey, definition: args.definition });
  const outcome = importTranslations(current, files);
  if (!outcome.ok) {
    console.error(
      terminalText(
        `Nothing was written. ${outcome.problems.length} problem(s):\n- ${outcome.problems.join("\n- ")}`,
      ),
    );
    process.exitCode = 1;
  } else {
    const out = args.out ?? `${current.survey ?? current.definition.id}.translated.json`;
    writeFileSync(out, `${JSON.stringify(outcome.definition, null, 2)}\n`);
    mkdirSync(args.catalogDir, { recursive: true });
    const catalogs = outcome.catalogs.map((catalog) => {
      const file = path.join(args.catalogDir, `${catalog.language}.json`);
      writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
      return file;
    });
    console.log(
      terminalText(
        `Wrote ${out} (languages: ${outcome.definition.languages.join(", ")}): upload it in the lab as a new version of the survey.`,
      ),
    );
    console.log(
      terminalText(
        `Wrote the interface translations: ${catalogs.join(", ")}. A new language's file must also be listed in app/i18n/catalogs.ts.`,
      ),
    );
  }
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(terminalText(error.message));
  process.exitCode = 1;
}
