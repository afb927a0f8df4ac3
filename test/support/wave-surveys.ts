import { createHash } from "node:crypto";
import { prisma } from "~/db.server";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { waveDefinition } from "../fixtures/wave-instrument";

/**
 * A survey whose one version asks `elements` as its identification code (none when null), owned by `ownerIds`.
 * Stored directly: the definition schema learns the item type on another branch (see waveDefinition).
 */
export async function createWaveSurvey(options: {
  slug: string;
  title?: string;
  elements: readonly string[] | null;
  ownerIds: readonly string[];
  /** the definition the code page is added to (default the mini instrument) */
  base?: InstrumentDefinition;
}): Promise<{ id: string; slug: string; versionId: string }> {
  const survey = await prisma.survey.create({
    data: {
      slug: options.slug,
      title: options.title ?? `Survey ${options.slug}`,
      status: "open",
      memberships: { create: options.ownerIds.map((researcherId) => ({ researcherId, role: "owner" })) },
    },
  });
  const definition = JSON.stringify(waveDefinition(options.elements, options.base));
  const version = await prisma.instrumentVersion.create({
    data: {
      surveyId: survey.id,
      version: 1,
      definition,
      contentHash: createHash("sha256").update(definition).digest("hex"),
    },
  });
  return { id: survey.id, slug: survey.slug, versionId: version.id };
}

/** `count` stored responses to a version: complete or partial, real or synthetic. */
export async function addResponses(
  versionId: string,
  count: number,
  kind: { completion: "complete" | "partial"; isSynthetic?: boolean },
): Promise<void> {
  for (let index = 0; index < count; index++)
    await prisma.response.create({
      data: {
        instrumentVersionId: versionId,
        answers: "{}",
        completion: kind.completion,
        submittedOn: "2026-12-01",
        isSynthetic: kind.isSynthetic ?? false,
      },
    });
}
