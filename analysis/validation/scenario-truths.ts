import truthFile from "../synthetic-respondents/scenario-truth.json";
import type { ScenarioName } from "../synthetic-panel";
import type { ScenarioTruth } from "./scenario-truth";

/**
 * The committed true estimands of every scenario (`analysis/synthetic-respondents/scenario-truth.json`, written by
 * `npm run validate:truth`; a test checks it against a fresh draw).
 */
export const SCENARIO_TRUTHS = truthFile as unknown as Readonly<Record<ScenarioName, ScenarioTruth>>;
