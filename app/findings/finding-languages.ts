import type { LanguageResult, SurveyResults } from "../../analysis";
import { wordingStatusText } from "../../instrument/codebook-wording";

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
