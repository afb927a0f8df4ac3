import { benjaminiHochberg } from "../benjamini-hochberg";
import { holm } from "../holm";
import type { AdjustedP, ComparisonFamily } from "./results-types";

/** The families of tests the survey analysis corrects together, and what each holds. */
export const TEST_FAMILIES = {
  "tenure-linear":
    "Linear association of each erosion outcome with years in support (current practitioners).",
  "tenure-nonlinearity":
    "Non-linearity in years in support: restricted cubic spline against the linear fit, one test per erosion outcome.",
  "tenure-linear-by-support":
    "Linear association with years in support within each support level and outcome.",
  "tenure-nonlinearity-by-support":
    "Non-linearity in years in support within each support level and outcome.",
  moderation: "Tenure × institutional support interaction, one test per erosion outcome.",
  "support-welch": "High versus low institutional support, Welch t-test per erosion outcome.",
  "support-mann-whitney": "High versus low institutional support, Mann–Whitney test per erosion outcome.",
  "support-items":
    "Each institutional-support item with each erosion outcome (Pearson r), Benjamini–Hochberg across all item × outcome tests.",
  "leavers-contrast":
    "Among leavers, the difference between the plan's two years since leaving, one test per leaver outcome (adjusted for years in support).",
  "leavers-equivalence":
    "Among leavers, two one-sided tests (TOST) of that difference against each outcome's bound from the analysis plan.",
} as const;

export type TestFamilyId = keyof typeof TEST_FAMILIES;

/** Families corrected by Benjamini–Hochberg whatever the analysis's correction: screens, where the false discovery
 * rate is the error that matters (decision 027). */
const FDR_FAMILIES: ReadonlySet<TestFamilyId> = new Set(["support-items"]);

/** Collects p-values as the analysis runs and fills in their adjusted values at the end. */
export interface TestFamilies {
  /**
   * Registers a test result (an object with its p) and returns the same object with `family` set and
   * `pAdjusted` to be filled in by `finish` — keep that object, not a copy.
   */
  add<T extends { p: number }>(family: TestFamilyId, id: string, result: T): T & AdjustedP;
  /** Adjusts each family (Holm or BH), writes pAdjusted into every registered object and reports the families. */
  finish(): ComparisonFamily[];
}

/**
 * Multiple-comparison control across each family of tests ({@link TEST_FAMILIES}): Holm (1979) by default, which
 * controls the family-wise error rate, or Benjamini & Hochberg (1995), which controls the false discovery rate
 * (always BH for the screening family "support-items") —
 * R's `p.adjust(p, "holm" | "BH")` ({@link holm}, {@link benjaminiHochberg}). A family's tests are those added
 * under its id; families are reported in the order first used.
 *
 * Cost: O(m log m) per family of m tests.
 *
 * @example
 * const families = createTestFamilies("holm");
 * const result = families.add("moderation", "cbi_work", { estimate: -0.04, p: 0.01 });
 * families.finish(); // result.pAdjusted is now set
 */
export function createTestFamilies(method: "holm" | "bh"): TestFamilies {
  const registered = new Map<TestFamilyId, { id: string; target: AdjustedP }[]>();
  return {
    add(family, id, result) {
      const target = Object.assign(result, { pAdjusted: Number.NaN, family });
      registered.set(family, [...(registered.get(family) ?? []), { id, target }]);
      return target;
    },
    finish() {
      return [...registered.entries()].map(([family, tests]) => {
        const p = tests.map((test) => test.target.p);
        const familyMethod = FDR_FAMILIES.has(family) ? "bh" : method;
        const adjusted = familyMethod === "holm" ? holm(p) : benjaminiHochberg(p);
        tests.forEach((test, i) => (test.target.pAdjusted = adjusted[i]!));
        return {
          id: family,
          description: TEST_FAMILIES[family],
          method: familyMethod,
          tests: tests.map((test, i) => ({ id: test.id, p: p[i]!, pAdjusted: adjusted[i]! })),
        };
      });
    },
  };
}
