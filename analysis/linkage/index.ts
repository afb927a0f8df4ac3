// Probabilistic linkage of anonymous survey waves by self-generated identification codes (issue 14; decision 057).
export * from "./types";
export * from "./estimate-match-parameters";
export * from "./compare-waves";
export * from "./verify-link";
export * from "./assign-one-to-one";
export * from "./weight-histogram";
export * from "./in-given-order";
export * from "./subgroup-rates";
export * from "./baseline-comparison";
export * from "./link-waves";
export * from "./chain-links";
