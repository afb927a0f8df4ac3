import { cell } from "./codebook-markdown-text";
import type { Codebook } from "./codebook-types";

/**
 * The codebook section on missing data and precision in the exports: what each missing-data code means, how
 * R, SPSS and Stata read it, and to how many decimals scores are written (docs/decisions/034).
 */
export function renderMissingSection(codebook: Codebook): string[] {
  const { missingData } = codebook;
  const dontKnow = missingData.stataDontKnow.map((entry) => `${entry.code} as \`${entry.stata}\``).join(", ");
  return [
    "## Missing data and precision in the exports",
    "",
    "In responses.csv an absent answer or score is a code that says why. Answers such as “Don't know” or “Prefer not to say” keep their own codes (marked “missing for scoring” above); they are answers, but count as missing.",
    "",
    "| Code | Meaning | Written in | R (load.R) | SPSS (load.sps) | Stata (load.do) |",
    "|---|---|---|---|---|---|",
    ...missingData.codes.map(
      (entry) =>
        `| ${entry.code} | ${cell(entry.label)} | ${entry.reason === "not-computable" ? "scores" : entry.reason === "skipped" ? "answers" : "answers and scores"} | \`NA\`, reason in \`attr(x, "na_reason")\` | user-missing | \`${entry.stata}\` |`,
    ),
    "| an option's code, marked missing for scoring | the option's label | answers | `NA`, reason in `attr(x, \"na_reason\")` | user-missing | extended missing, labelled |",
    "| empty | free text not given, or a value withheld for anonymity | free text, coarsened variables | `NA` | system-missing | `.` |",
    "",
    `“Not shown” means the respondent's own answers routed them past the question (a page or item condition); “shown, not answered” means the question was on a page they saw. A score is “not shown” when none of its items was shown (or, for a difference, when a part was not shown), and otherwise “no score” when too few items were answered. In SPSS, MISSING VALUES declares the codes of each column (one range up to HI when they lie above every valid value). In Stata, mvdecode turns them into extended missing values${dontKnow ? `, and the codes missing for scoring into ${dontKnow}` : ""}. The codes lie above every option code, numeric maximum and possible score of this instrument, so they cannot be read as a value. responses-labelled.csv writes option labels instead of codes and each reason in brackets.`,
    "",
    `Scale scores and derived variables are written rounded to ${missingData.scoreDecimals} decimals (half away from zero): a hundredth of a point, well below the smallest difference one answer can make (one step on one of six five-point items moves a 0–100 mean by about 4 points), so rounding changes no conclusion; the 15 digits of binary arithmetic (45.833333333333336) would suggest a precision the data do not have. The analysis recomputes scores from the answers at full precision.`,
    "",
  ];
}
