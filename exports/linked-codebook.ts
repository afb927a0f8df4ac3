import { markdownCode, markdownInline } from "../instrument/encode/markdown-text";
import { LINKED_FIXED_COLUMNS, type LinkedMissingCodes } from "./linked-csv";

/** What the codebook of a linked-data file says about the linkage that made it. Text from definitions is hostile. */
export type LinkedCodebookInput = {
  csvFileName: string;
  studyTitle: string;
  waves: readonly [LinkedCodebookWave, LinkedCodebookWave];
  monthsBetween: number;
  codeElements: number;
  threshold: { used: number; suggested: number };
  falseMatchRate: { estimate: number | null; definition: string };
  linksMade: number;
  scales: readonly { id: string; label: string }[];
  missing: LinkedMissingCodes;
};

type LinkedCodebookWave = { waveNumber: number; title: string; responses: number };

const percent = (share: number | null) =>
  share === null ? "not estimable" : `${(100 * share).toFixed(1)} %`;

function linkageSection(input: LinkedCodebookInput): string[] {
  const [earlier, later] = input.waves;
  return [
    "## The links are probabilistic",
    "",
    `Wave ${earlier.waveNumber} (${markdownInline(earlier.title)}, ${earlier.responses} complete responses with a code) and wave ${later.waveNumber} (${markdownInline(later.title)}, ${later.responses}) were linked by their identification codes alone, compared as keyed hashes on ${input.codeElements} elements (Fellegi–Sunter weights estimated by EM, one-to-one assignment, then checks of region and years in support). The waves were planned ${input.monthsBetween.toFixed(1)} months apart.`,
    "",
    `- Links made: **${input.linksMade}**, so the file has ${2 * input.linksMade} rows.`,
    `- Threshold used: ${input.threshold.used.toFixed(1)} bits (suggested: ${input.threshold.suggested.toFixed(1)}).`,
    `- Estimated false-match rate: **${percent(input.falseMatchRate.estimate)}**. ${markdownInline(input.falseMatchRate.definition)}`,
    "",
    "Some pairs are therefore two different people, and some people who answered both waves were not linked. Responses that were not linked are not in the file. The lab's linkage page reports the linkage rate by subgroup and compares linked with unlinked baseline answers (linkage bias).",
    "",
  ];
}

const PRIVACY_SECTION = [
  "## Link ids, and what this file cannot be joined with",
  "",
  "- `link_id` is drawn at random for every download and means something only within this file: the same person has another id in another download of the same linkage. Rows are sorted by it, so their order says nothing about when anyone answered.",
  "- The file holds no response id, no identification code or hash of one, no free text and no date. It cannot be merged with the survey exports (`responses.csv`) or with another download of linked data, and it is not meant to be.",
  "- Its scores are the same numbers as in the survey exports, so someone holding both could try to match rows by their values: keep it with the same care as response-level files.",
  "",
];

function columnRows(input: LinkedCodebookInput): string[] {
  const { noScore, notAnswered } = input.missing;
  const [earlier] = input.waves;
  const fixed: Record<(typeof LINKED_FIXED_COLUMNS)[number], string> = {
    link_id: "Random id of the linked person, valid only within this file (text)",
    wave: "Wave number in the study",
    months_since_wave_1:
      "Months from the planned start of the study's wave 1 to that of this wave (1 decimal)",
    years_support: `Years in support, as answered in this wave; ${notAnswered} = not answered`,
    support_tertile_baseline: `Institutional support at wave ${earlier.waveNumber}, in tertiles among that wave's complete responses with a code, linked or not: 1 low, 2 middle, 3 high; the same in both rows of a person; ${noScore} = no score`,
  };
  return [
    "| column | meaning |",
    "| --- | --- |",
    ...LINKED_FIXED_COLUMNS.map((name) => `| ${markdownCode(name, true)} | ${fixed[name]} |`),
    ...input.scales.map(
      (scale) =>
        `| ${markdownCode(scale.id, true)} | ${markdownInline(scale.label, "<br>")}: scale score in this wave (2 decimals); ${noScore} = no score (too few items answered) |`,
    ),
  ];
}

/**
 * The codebook shipped with a linked-data file (Markdown, like the survey exports' `codebook.md`): how the links
 * were made and how far to trust them (threshold, estimated false-match rate, links made), that link ids hold only
 * within the file and join with nothing, the columns, the missing codes, and the long-to-wide step in R and SPSS.
 *
 * Cost: O(scales).
 */
export function linkedCodebookMarkdown(input: LinkedCodebookInput): string {
  const [earlier, later] = input.waves;
  return [
    `# Linked data: ${markdownInline(input.studyTitle)}, waves ${earlier.waveNumber} and ${later.waveNumber}`,
    "",
    `Codebook of ${markdownCode(input.csvFileName)}: one row per linked person per wave (long form), UTF-8, comma-separated, a header row of column names.`,
    "",
    ...linkageSection(input),
    ...PRIVACY_SECTION,
    "## Columns",
    "",
    ...columnRows(input),
    "",
    `Missing codes: ${input.missing.noScore} no score, ${input.missing.notAnswered} not answered. Declare them missing before analysing (R: \`d[d == ${input.missing.noScore} | d == ${input.missing.notAnswered}] <- NA\` on the numeric columns; SPSS: \`MISSING VALUES years_support TO ${input.scales.at(-1)?.id ?? "support_tertile_baseline"} (${Math.min(input.missing.noScore, input.missing.notAnswered)} THRU HI).\`).`,
    "",
    "## Long or wide",
    "",
    "Long form is what mixed models read (R `nlme::lme(cbi_client ~ wave, random = ~ 1 | link_id, data = d)`, SPSS MIXED) and takes a third wave without new columns. One row per person, for a paired t-test or SPSS repeated measures:",
    "",
    `- R: \`w <- reshape(d, idvar = "link_id", timevar = "wave", direction = "wide")\``,
    "- SPSS: `SORT CASES BY link_id wave.` then `CASESTOVARS /ID=link_id /INDEX=wave.`",
    "",
  ].join("\n");
}
