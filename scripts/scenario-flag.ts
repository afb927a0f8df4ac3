import { z } from "zod";
import { SCENARIO_NAMES } from "../analysis";

/** The --scenario flag of demo:panel and validate:analysis: a scenario name, or a message listing them all. */
export const scenarioFlag = z.enum(SCENARIO_NAMES, {
  error: (issue) =>
    issue.input === undefined
      ? "--scenario is required"
      : `--scenario must be one of ${SCENARIO_NAMES.join(", ")} (not "${String(issue.input)}")`,
});
