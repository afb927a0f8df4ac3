import { describe, expect, it } from "vitest";
import { tostCoefficient } from "../../../analysis/tost-coefficient";
import { expectRelativelyClose } from "./close-to";

describe("tostCoefficient", () => {
  it("matches the two one-sided t-tests computed in R", () => {
    // R 4.2.2: b <- -0.3; se <- 0.5; df <- 40; bound <- 1.5
    // pt((b + bound)/se, df, lower = FALSE) → 0.010570389983884; pt((b - bound)/se, df) → 0.000433940828058
    // b + c(-1, 1) * qt(0.95, df) * se → -1.1419255067, 0.5419255067
    const inside = tostCoefficient({ estimate: -0.3, se: 0.5, df: 40 }, 1.5);
    expectRelativelyClose(inside.pLower, 0.010570389983884, 1e-4, "pLower");
    expectRelativelyClose(inside.pUpper, 0.000433940828058, 1e-4, "pUpper");
    expectRelativelyClose(inside.p, 0.010570389983884, 1e-4, "p");
    expect(inside.equivalent).toBe(true);
    expectRelativelyClose(inside.ci90[0], -1.1419255067, 1e-6, "ci90 lower");
    expectRelativelyClose(inside.ci90[1], 0.5419255067, 1e-6, "ci90 upper");

    // R: b <- 2; se <- 0.8; df <- 12; bound <- 1 → 0.0013854847717, 0.8824360598159; CI 0.5741699554805, 3.4258300445195
    const outside = tostCoefficient({ estimate: 2, se: 0.8, df: 12 }, 1);
    expectRelativelyClose(outside.pLower, 0.0013854847717, 1e-4, "pLower");
    expectRelativelyClose(outside.pUpper, 0.8824360598159, 1e-4, "pUpper");
    expect(outside.equivalent).toBe(false);
    expectRelativelyClose(outside.ci90[0], 0.5741699554805, 1e-6, "ci90 lower");
    expectRelativelyClose(outside.ci90[1], 3.4258300445195, 1e-6, "ci90 upper");
  });

  it("keeps far-tail p-values accurate", () => {
    // R: pt((60 + 5)/1, 100, lower = FALSE) → 6.38995409024e-84
    expectRelativelyClose(
      tostCoefficient({ estimate: 60, se: 1, df: 100 }, 5).pLower,
      6.38995409024e-84,
      1e-4,
    );
  });

  it("throws on invalid input", () => {
    const message = "tostCoefficient requires a finite estimate, positive se and df, and a positive bound";
    expect(() => tostCoefficient({ estimate: Number.NaN, se: 1, df: 10 }, 1)).toThrow(message);
    expect(() => tostCoefficient({ estimate: 0, se: 0, df: 10 }, 1)).toThrow(message);
    expect(() => tostCoefficient({ estimate: 0, se: 1, df: 0 }, 1)).toThrow(message);
    expect(() => tostCoefficient({ estimate: 0, se: 1, df: 10 }, -1)).toThrow(message);
  });
});
