import { ANALYSIS_K_DEFAULT } from "~/limits";

/** The settings every lab analysis and publication uses, so a published run can be repeated to the last digit. */
export const DEFAULT_ANALYSIS_SETTINGS = {
  minCellSize: ANALYSIS_K_DEFAULT,
  seed: 1,
  bootstrapB: 2000,
} as const;
