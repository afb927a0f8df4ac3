import { describe, expect, it } from "vitest";
import { speeders } from "../../../../analysis/careless/speeders";

describe("speeders", () => {
  it("flags durations under a third of the median", () => {
    // R: d <- c(300, 310, 90, 400, 280, NA); median(d, na.rm = TRUE) = 300; d < 300 / 3
    const result = speeders(Object.freeze([300, 310, 90, 400, 280, null]));
    expect(result).toEqual({ median: 300, cutoff: 100, flagged: [false, false, true, false, false, false] });
  });

  it("uses the mean of the middle pair for an even count, strict inequality, and other fractions", () => {
    // R: median(c(60, 100, 200, 240, 50)) = 100; median(c(60, 100, 200, 240)) = 150; 50 < 150 / 3 is FALSE
    expect(speeders([60, 100, 200, 240, 50]).median).toBe(100);
    expect(speeders([60, 100, 200, 240]).median).toBe(150);
    expect(speeders([50, 150, 150], 1 / 3).flagged).toEqual([false, false, false]);
    expect(speeders([50, 150, 150], 0.5).flagged).toEqual([true, false, false]);
  });

  it("has no cut-off without durations, and throws on bad input", () => {
    expect(speeders([null, null])).toEqual({ median: null, cutoff: null, flagged: [false, false] });
    expect(() => speeders([-1])).toThrow("speeders requires non-negative finite durations or null");
    expect(() => speeders([1], 0)).toThrow("speeders requires a fraction in (0, 1]");
  });
});
