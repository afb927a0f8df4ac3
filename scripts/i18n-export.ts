// Writes an XLIFF 2.0 file for translating a definition version and the interface: npm run i18n:export -- --help.
// Exit codes: 0 written, 1 the definition cannot be read, 2 invalid arguments.
import "./cli-environment";
import { writeFileSync } from "node:fs";
import { terminalText } from "../instrument/encode/terminal-text";
import { ExchangeFormatError, readXliff } from "../translation-exchange/read-xliff";
import { exportTranslation } from "../translation-exchange/translation-exchange";
import { InputError, readText } from "./analyze-input";
import { EXPORT_USAGE, parseExportArgs } from "./i18n-args";
import { loadCurrentDefinition } from "./i18n-definition";

const parsed = parseExportArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`${parsed.message}\n\n${EXPORT_USAGE}`);
  process.exit(2);
}
const args = parsed.values;
if (args.help) {
  console.log(EXPORT_USAGE);
  process.exit(0);
}

/** The earlier file whose translations --carry-over takes, checked to be readable and in the same language. */
function earlierFile(file: string | undefined) {
  if (file === undefined) return undefined;
  try {
    const earlier = readXliff(readText(file, "earlier translation file"));
    if (earlier.language !== args.lang)
      throw new InputError(`${file} translates into ${earlier.language}, not ${args.lang}.`);
    return earlier;
  } catch (error) {
    if (error instanceof ExchangeFormatError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
}

try {
  const earlier = earlierFile(args["carry-over"]);
  const current = await loadCurrentDefinition(args);
  const xliff = exportTranslation(current, args.lang, earlier);
  const out = args.out ?? `${current.survey ?? current.definition.id}-${args.lang}.xlf`;
  writeFileSync(out, xliff);
  const units = xliff.match(/<unit /g)?.length ?? 0;
  const translated = xliff.match(/state="translated"/g)?.length ?? 0;
  const made = current.survey
    ? `survey "${current.survey}" version ${current.version}`
    : current.definition.id;
  console.log(
    terminalText(
      `Wrote ${out}: ${units} texts of ${made} and the interface, ${translated} already translated into ${args.lang}.`,
    ),
  );
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(terminalText(error.message));
  process.exitCode = 1;
}
