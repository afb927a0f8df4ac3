import type { LanguageResult, SurveyResults } from "../../analysis";
import { wordingStatusText } from "../../instrument/codebook-wording";
import type { SnapshotTable } from "./finding-snapshot";

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
/** "es" → "Spanish"; an unknown tag is shown as it is. */
export const languageName = (tag: string) => languageNames.of(tag) ?? tag;

/** One language's count and the status of its scales' wording: "Spanish, n = 12 (tired: validated …)". */
function languageClause(result: LanguageResult): string {
  const n = result.n === null ? "n not shown (small-cell rule)" : `n = ${result.n}`;
  const statuses = new Set(result.wording.map((entry) => entry.status));
  const wording =
    result.wording.length === 0
      ? ""
      : statuses.size === 1 && !statuses.has("validated")
        ? `; every scale: ${wordingStatusText(result.wording[0]!)}`
        : `; ${result.wording.map((entry) => `${entry.scale}: ${wordingStatusText(entry)}`).join("; ")}`;
  return `${languageName(result.language)} (${n}${wording})`;
}

/**
 * How the questionnaire was given, with the languages pooled and the status of each one's wording when there was
 * more than one; the sentence findings always had for an English-only survey.
 */
export function modeStatement(results: SurveyResults): string {
  const base = "Self-completed online questionnaire (phone or computer)";
  const languages = results.languages;
  if (!languages || languages.length < 2) return `${base}, in English.`;
  const answered = languages.filter((result) => result.n !== 0);
  return `${base}, in ${answered.map((result) => languageName(result.language)).join(" and ")}; the languages are pooled in every analysis: ${answered.map(languageClause).join("; ")}. Cronbach's α is also reported per language, so a translation that measures differently shows.`;
}

/** The reliability per language, as a line of the tests list; nothing for an English-only survey. */
export function reliabilityByLanguage(results: SurveyResults): string[] {
  const shown = (results.languages ?? []).filter((result) => result.reliability.length > 0);
  if (shown.length === 0) return [];
  const alphas = shown.map(
    (result) =>
      `${languageName(result.language)}: ${result.reliability
        .map(
          (scale) =>
            `${scale.scale} ${scale.alpha === null ? "not computed" : `α = ${scale.alpha.toFixed(2)}`}`,
        )
        .join(", ")}`,
  );
  return [
    `Reliability per language (Cronbach's α on each language's respondents alone): ${alphas.join("; ")}.`,
  ];
}

const statusWord = {
  source: "original",
  validated: "validated translation",
  draft: "draft translation",
} as const;

/**
 * n and Cronbach's α per language and scale, with each scale's wording status; null for an English-only survey.
 * A suppressed language is one row without numbers, saying why.
 */
export function languageReliabilityTable(results: SurveyResults): SnapshotTable | null {
  const languages = results.languages;
  if (!languages || languages.length < 2) return null;
  const k = results.settings.minCellSize;
  return {
    id: "reliability-by-language",
    title: "Respondents and reliability per language (Cronbach's α, complete cases)",
    nColumn: "n",
    columns: [
      { key: "language", label: "Language" },
      { key: "scale", label: "Scale" },
      { key: "wording", label: "Wording" },
      { key: "n", label: "Complete cases" },
      { key: "alpha", label: "α" },
    ],
    rows: languages.flatMap((result): SnapshotTable["rows"] =>
      result.n === null
        ? [{ language: languageName(result.language), scale: null, wording: null, n: null, alpha: null }]
        : result.reliability.map((scale) => ({
            language: `${languageName(result.language)} (n = ${result.n})`,
            scale: scale.label,
            wording:
              statusWord[result.wording.find((entry) => entry.scale === scale.scale)?.status ?? "draft"],
            n: scale.nComplete >= k ? scale.nComplete : null,
            alpha: scale.alpha === null ? null : Number(scale.alpha.toFixed(3)),
          })),
    ),
    note: `A language with fewer than ${k} respondents is not shown (nor one whose count would reveal it). Citations of validated translations are in the methods and the codebook.`,
  };
}
