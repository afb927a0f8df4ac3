// Writes a synthetic demo panel to a survey in the database at DATABASE_URL (flagged isSynthetic, never a real
// person). Usage: npm run demo:panel -- --n 800 --seed 1 [--scenario demo] [--survey slug] [--replace | --append]
// [--mix-with-real]. The generating model is documented in analysis/synthetic-panel.ts, the scenarios in
// analysis/synthetic-respondents/panel-scenarios.ts (docs/validation.md).
import "./cli-environment";
import { DEMO_PANEL_USAGE, parseDemoPanelArgs } from "./demo-panel-args";

const args = parseDemoPanelArgs(process.argv.slice(2));
if (!args.ok) {
  console.error(args.message);
  console.error(DEMO_PANEL_USAGE);
  process.exit(2);
}

const { disconnectDatabase } = await import("../app/db.server");
const { SyntheticPanelRefusal, writeSyntheticPanel } = await import("../app/surveys/synthetic-panel.server");
try {
  const started = performance.now();
  const report = await writeSyntheticPanel(args.request);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const deleted = report.deleted > 0 ? `, after deleting ${report.deleted} earlier synthetic responses` : "";
  const scenario = args.request.scenario ? `, scenario ${args.request.scenario}` : "";
  const real = report.realResponses > 0 ? ` The survey also has ${report.realResponses} real responses.` : "";
  console.log(
    `Wrote ${report.written} synthetic responses (seed ${args.request.seed}${scenario}) to "${report.surveySlug}", instrument version ${report.version}${deleted}, in ${seconds} s.${real}`,
  );
} catch (error) {
  if (!(error instanceof SyntheticPanelRefusal)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await disconnectDatabase();
}
