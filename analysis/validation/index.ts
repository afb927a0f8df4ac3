// Validation of the survey analysis by simulation (issue 10): scenario truths, replications, their summary.
export * from "./demo-exclusions";
export * from "./format-validation-report";
export * from "./interval-calibration";
export * from "./published-estimands";
export * from "./run-replication";
export * from "./scenario-truth";
export * from "./summarise-replications";
export * from "./scenario-truths";
export * from "./linkage-accuracy";
