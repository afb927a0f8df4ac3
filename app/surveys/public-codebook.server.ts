import { z } from "zod";
import { prisma } from "~/db.server";
import { buildCodebook, type Codebook, renderCodebookMarkdown } from "../../instrument/codebook";
import { DEFAULT_INSTRUMENT_ID } from "../../instrument/default-instrument";
import { supportWorkAndErosionNotes } from "../../instrument/definitions/support-work-and-erosion.notes";
import { instrumentVersionById } from "./instrument-versions.server";
import { surveySlugSchema } from "./survey-slug";

export const codebookParamsSchema = z.object({
  slug: surveySlugSchema,
  version: z.coerce.number().int().min(1).max(100_000),
});

export type PublicCodebook = { slug: string; version: number; contentHash: string; codebook: Codebook };

/**
 * The codebook of one instrument version of a survey that has been opened to respondents:
 * the exact wording readers of a finding need to check a number. Drafts stay private.
 */
export async function loadPublicCodebook(params: unknown): Promise<PublicCodebook> {
  const parsed = codebookParamsSchema.safeParse(params);
  const row = parsed.success
    ? await prisma.instrumentVersion.findFirst({
        where: {
          version: parsed.data.version,
          survey: { slug: parsed.data.slug, status: { in: ["open", "closed"] } },
        },
        select: { id: true },
      })
    : null;
  const version = row ? await instrumentVersionById(row.id) : null;
  if (!parsed.success || !version) throw new Response("Not found", { status: 404 });
  // The default instrument's item-writing notes belong in its codebook; other instruments carry none.
  // If a later version dropped an item a note names, fall back to the codebook without notes.
  let codebook: Codebook;
  try {
    codebook = buildCodebook(
      version.definition,
      version.definition.id === DEFAULT_INSTRUMENT_ID ? supportWorkAndErosionNotes : {},
    );
  } catch {
    codebook = buildCodebook(version.definition);
  }
  return { slug: parsed.data.slug, version: version.version, contentHash: version.contentHash, codebook };
}

export function codebookMarkdown(codebook: Codebook): string {
  return renderCodebookMarkdown(codebook);
}
