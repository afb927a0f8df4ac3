import { describe, expect, it } from "vitest";
import {
  EXPORT_K_DEFAULT,
  EXPORT_K_MIN,
  EXPORT_SUPPRESSION_DEFAULT_PERCENT,
  EXPORT_SUPPRESSION_MAX_PERCENT,
} from "~/limits";
import { DEFAULT_K, DEFAULT_SUPPRESSION_LIMIT } from "../../../exports";

// app/limits.ts holds literals only (any page may import it); the export tab's defaults must still be the
// k-anonymity search's own, so that a tab opened without options checks what an export without options makes.
describe("the export tab's limits", () => {
  it("default to the k-anonymity search's k and suppression limit, within the tab's own range", () => {
    expect(EXPORT_K_DEFAULT).toBe(DEFAULT_K);
    expect(EXPORT_SUPPRESSION_DEFAULT_PERCENT).toBeCloseTo(DEFAULT_SUPPRESSION_LIMIT * 100, 12);
    expect(EXPORT_K_DEFAULT).toBeGreaterThanOrEqual(EXPORT_K_MIN);
    expect(EXPORT_SUPPRESSION_DEFAULT_PERCENT).toBeLessThanOrEqual(EXPORT_SUPPRESSION_MAX_PERCENT);
  });
});
