import { z } from "zod";
import { languageTagSchema } from "./localized-text";

/**
 * The status of one scale's wording in one language. `validated`: the published, validated translation of the
 * scale, used word for word, with its citation (never a translation of our own); `draft`: our own translation,
 * not validated, so its scores are not comparable to the source's norms.
 */
export const scaleWordingStatusSchema = z
  .strictObject({
    status: z.enum(["validated", "draft"], { error: 'status must be "validated" or "draft"' }),
    /** The published translation the wording is taken from (required when validated). */
    citation: z.string().min(1).optional(),
  })
  .refine((entry) => entry.status !== "validated" || entry.citation !== undefined, {
    message: "a validated translation needs the citation of the published translation it is taken from",
    path: ["citation"],
  });
export type ScaleWordingStatus = z.infer<typeof scaleWordingStatusSchema>;

/** One language other than English: the status of each scale's wording, by scale id. */
export const translationSchema = z.strictObject({
  scales: z.record(z.string(), scaleWordingStatusSchema),
});

/** Per language other than English (the source language, which needs no entry). */
export const translationsSchema = z.record(languageTagSchema, translationSchema);
export type Translations = z.infer<typeof translationsSchema>;

/** What a codebook, export or methods text says about one scale's wording in one language. */
export type WordingStatus =
  { status: "source" } | { status: "validated"; citation: string } | { status: "draft" };

/**
 * The status of a scale's wording in a language: English is the source; another language as its translations
 * entry says (a missing entry, which the definition checks refuse, reads as a draft).
 */
export function wordingStatus(
  translations: Translations | undefined,
  language: string,
  scaleId: string,
): WordingStatus {
  if (language === "en") return { status: "source" };
  const entry = translations?.[language]?.scales[scaleId];
  if (entry?.status === "validated" && entry.citation)
    return { status: "validated", citation: entry.citation };
  return { status: "draft" };
}
