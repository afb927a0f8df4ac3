import type { AnswerValue } from "../../instrument/answers";
import type { Option } from "../../instrument/items";
import { localize } from "../../instrument/localized-text";
import { suppressSmallCells } from "../disclosure/suppress-small-cells";
import { wilsonCI } from "../wilson-ci";
import type { ProportionDescriptive } from "./results-types";

/**
 * The share of respondents choosing each option of a single- or multiple-choice item, among those who answered,
 * with Wilson 95 % CIs ({@link wilsonCI}), under the small-cell rule. Single choice: the options' counts are cells
 * of one table whose total (n answered) is published, so a small count is hidden and — so it cannot be recovered
 * by subtraction — complementary cells too ({@link suppressSmallCells}). Multiple choice: each option is a yes/no
 * table of its own, hidden when either count is small. Fewer than k answers in all hides the item's n too.
 *
 * Cost: O(n · codes per answer + options²).
 *
 * @param answers the item's stored answer per analysed respondent (a code, a list of codes, or missing)
 * @example
 * proportionCells([1, 2, 2, null], options, "single", { analysed: 4, language: "en", minCellSize: 2 });
 */
export function proportionCells(
  answers: readonly (AnswerValue | undefined)[],
  options: readonly Option[],
  type: "single" | "multiple",
  rules: { analysed: number; language: string; minCellSize: number },
): Pick<ProportionDescriptive, "n" | "missing" | "categories"> {
  const k = rules.minCellSize;
  const tally = new Map<number, number>();
  let n = 0;
  for (const a of answers) {
    if (type === "single" ? typeof a !== "number" : !Array.isArray(a)) continue;
    n++;
    if (!Array.isArray(a)) tally.set(a as number, (tally.get(a as number) ?? 0) + 1);
    else {
      a.forEach((code, i) => {
        // a code listed twice counts once
        if (typeof code === "number" && a.indexOf(code) === i) tally.set(code, (tally.get(code) ?? 0) + 1);
      });
    }
  }
  const counts = options.map((option) => tally.get(option.code) ?? 0);
  const label = (option: Option) => localize(option.label, rules.language);
  const hidden = { suppressed: true, n: null, proportion: null, ci95: null } as const;
  if (n < k) {
    return {
      n: null,
      missing: null,
      categories: options.map((o) => ({ code: o.code, label: label(o), estimate: { ...hidden, of: null } })),
    };
  }
  const shown =
    type === "single"
      ? suppressSmallCells(
          counts.map((c) => ({ n: c, margins: ["answered"] })),
          k,
        ).map((s) => s === "shown")
      : counts.map((c) => c >= k && n - c >= k);
  return {
    n,
    missing: rules.analysed - n,
    categories: options.map((option, i) => {
      const count = counts[i]!;
      if (!shown[i]) return { code: option.code, label: label(option), estimate: { ...hidden, of: n } };
      const { proportion, ci95 } = wilsonCI(count, n);
      return {
        code: option.code,
        label: label(option),
        estimate: { suppressed: false, n: count, of: n, proportion, ci95 },
      };
    }),
  };
}
