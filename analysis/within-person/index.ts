// Within-person change in linked panel waves (issue 14, decision 058): pure computation on linked people.
export * from "./analyse-within-person";
export * from "./baseline-adjusted-change";
export * from "./check-people";
export * from "./cross-sectional-slope";
export * from "./long-scores";
export * from "./random-intercept-model";
export * from "./random-intercept-reml";
export * from "./types";
export * from "./wave-pairs";
export * from "./within-person-change-chart";
export * from "./within-versus-cross-sectional";
