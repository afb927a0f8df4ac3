// The survey analysis from the command line: npm run analyze -- --help. Loads responses (CSV or database), runs
// runSurveyAnalysis with a progress bar on stderr, prints a summary table on stdout and, with --out, writes
// results.json and the charts. Exit codes: 0 done, 1 the input cannot be analysed, 2 invalid arguments.
import { SingleBar } from "cli-progress";
import { terminalText } from "../instrument/encode/terminal-text";
import { ANALYZE_USAGE, parseAnalyzeArgs } from "./analyze-args";

const parsed = parseAnalyzeArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`${parsed.message}\n\n${ANALYZE_USAGE}`);
  process.exit(2);
}
const { args } = parsed;
if (args.help) {
  console.log(ANALYZE_USAGE);
  process.exit(0);
}

// Imported only now: the analysis, the charts and the database take seconds to load, which --help and a
// usage error need not wait for.
const { InputError, loadInput } = await import("./analyze-input");
const { writeOutputs } = await import("./analyze-outputs");
const { buildCharts, ResponsesCsvError, runSurveyAnalysis, summaryTable } =
  await import("../analysis/survey");

const expected = (error: unknown) =>
  error instanceof InputError ||
  error instanceof ResponsesCsvError ||
  (error instanceof Error &&
    (error.name === "SurveyLoadError" || error.message.startsWith("runSurveyAnalysis requires")));

const bar = new SingleBar({
  format: "analysis [{bar}] {percentage}% {step}",
  stream: process.stderr,
  hideCursor: true,
  clearOnComplete: true,
});
try {
  const input = await loadInput(args);
  console.error(terminalText(`Analysing ${input.source}`));
  bar.start(100, 0, { step: "scoring" });
  const share = args.out ? 0.85 : 1;
  const results = runSurveyAnalysis({
    definition: input.definition,
    responses: input.responses,
    options: {
      seed: args.seed,
      bootstrapB: args.bootstrap,
      correction: args.correction,
      minCellSize: args["min-cell"],
      onProgress: (step, fraction) => bar.update(Math.round(fraction * share * 100), { step }),
    },
  });
  const { charts, notes } = buildCharts(results);
  let written: string[] = [];
  if (args.out) {
    written = await writeOutputs(args.out, results, charts, (i) =>
      bar.update(Math.round((share + ((1 - share) * i) / charts.length) * 100), {
        step: `chart ${charts[i]!.id}`,
      }),
    );
  }
  bar.update(100, { step: "done" });
  bar.stop();
  // Titles, labels and CSV cells reach the terminal: none may carry an escape sequence.
  console.log(terminalText(summaryTable(results)));
  for (const note of notes) console.error(terminalText(`Chart left out: ${note}`));
  if (args.out) console.log(`\nWrote ${written.length} files to ${args.out}: ${written.join(", ")}`);
} catch (error) {
  bar.stop();
  if (!expected(error)) throw error;
  console.error(terminalText((error as Error).message));
  process.exitCode = 1;
}
