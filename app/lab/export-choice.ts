import { z } from "zod";

/** Smallest and largest k a researcher can ask the k-anonymity check for. */
export const EXPORT_K_MIN = 2;
export const EXPORT_K_MAX = 100;

/**
 * What a researcher chooses on the export tab; the same query string drives the report and every
 * download link, so the files always describe the same rows and the same coarsening.
 */
export const exportChoiceSchema = z.object({
  /** Instrument version to export; the latest when absent. */
  version: z.coerce.number().int().min(1).optional(),
  /** Excluded responses stay in (flagged in the excluded column) unless left out. */
  excluded: z.enum(["include", "leave-out"]).default("include"),
  /** Synthetic demo responses: included by default only when the version has no real responses. */
  synthetic: z.enum(["include", "leave-out"]).optional(),
  coarsen: z.enum(["no", "yes"]).default("no"),
  k: z.coerce.number().int().min(EXPORT_K_MIN).max(EXPORT_K_MAX).default(5),
});
export type ExportChoice = z.infer<typeof exportChoiceSchema>;

/** Reads the choice from a URL's query string, or throws 400 naming what is wrong. */
export function parseExportChoice(url: URL): ExportChoice {
  const raw = Object.fromEntries(
    ["version", "excluded", "synthetic", "coarsen", "k"].flatMap((key) => {
      const value = url.searchParams.get(key);
      return value === null || value === "" ? [] : [[key, value]];
    }),
  );
  const parsed = exportChoiceSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = Object.keys(z.flattenError(parsed.error).fieldErrors).join(", ");
    throw new Response(`These export options are not valid: ${fields}.`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return parsed.data;
}

/** A choice with every default filled in from the data. */
export type ResolvedExportChoice = Required<Omit<ExportChoice, "version">> & { version: number };

/** The query string of a resolved choice, for download links. */
export function exportQuery(choice: ResolvedExportChoice): string {
  return new URLSearchParams({
    version: String(choice.version),
    excluded: choice.excluded,
    synthetic: choice.synthetic,
    coarsen: choice.coarsen,
    k: String(choice.k),
  }).toString();
}
