export { longstring, type ItemRows } from "./longstring";
export { irv } from "./irv";
export { evenOddConsistency, type EvenOddResult, type EvenOddOptions } from "./even-odd-consistency";
export { mahalanobisDistance, type MahalanobisResult } from "./mahalanobis-distance";
export { speeders, type SpeedersResult } from "./speeders";
export { failedAttentionChecks, type AttentionCheck } from "./failed-attention-checks";
