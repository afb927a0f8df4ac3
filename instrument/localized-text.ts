import { z } from "zod";

/** BCP 47-ish language tag: "en", "de", "pt-BR". */
export const languageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "use a language tag such as en or pt-BR");

/**
 * Text shown to people, in one or more languages; English is required because it is
 * the fallback and the codebook's language. A plain string is shorthand for English only.
 */
export const localizedTextSchema = z
  .union(
    [
      z.string().min(1),
      z.object({ en: z.string().min(1, "English text is required") }).catchall(z.string().min(1)),
    ],
    { error: 'English text is required: give a string, or an object such as { "en": "…", "de": "…" }' },
  )
  .transform((text): LocalizedText => (typeof text === "string" ? { en: text } : text));

export type LocalizedText = { en: string } & Record<string, string>;

/** The text in `language`, falling back to English. */
export function localize(text: LocalizedText, language: string): string {
  return text[language] ?? text.en;
}
