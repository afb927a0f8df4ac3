import { z } from "zod";
import { prisma } from "~/db.server";
import { codeElementsInPages } from "./wave-code-elements";

/** Just the part of a stored definition the wave checks read: its pages' items. */
const storedPagesSchema = z.object({ pages: z.array(z.object({ items: z.array(z.unknown()) })) });

export type LiveCode = { version: number; elements: readonly string[] | null };

/**
 * A survey's live version and the identification-code elements it asks (null: it has no code item), or null
 * when the survey has no version. Reads the stored definition's pages only, so a check never fails on a part of
 * the definition it does not look at.
 */
export async function liveCodeElements(surveyId: string): Promise<LiveCode | null> {
  const live = await prisma.instrumentVersion.findFirst({
    where: { surveyId },
    orderBy: { version: "desc" },
    select: { version: true, definition: true },
  });
  if (!live) return null;
  const stored = storedPagesSchema.parse(JSON.parse(live.definition));
  return { version: live.version, elements: codeElementsInPages(stored.pages) };
}
