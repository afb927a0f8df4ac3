export { longstring, type ItemRows } from "./longstring";
export { irv } from "./irv";
export { evenOddConsistency, type EvenOddResult, type EvenOddOptions } from "./even-odd-consistency";
export { mahalanobisDistance, type MahalanobisResult } from "./mahalanobis-distance";
export { speeders, type SpeedersResult } from "./speeders";
export { failedAttentionChecks, type AttentionCheck } from "./failed-attention-checks";
export { CARELESS_INDEX_IDS, type CarelessIndexId, type CarelessThresholds } from "./careless-thresholds";
export { evenOddColumns, ratingCode, type EvenOddColumns } from "./rating-columns";
export { matrixLongstrings, overallLongstring, type MatrixLongstring } from "./response-longstrings";
export { askedItemsMahalanobis, type AskedItemsMahalanobis } from "./asked-items-mahalanobis";
export {
  versionQuality,
  type QualityInput,
  type ResponseQuality,
  type VersionQuality,
} from "./version-quality";
