import { recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { jsonNestingDepth, MAX_JSON_DEPTH } from "~/security/json-depth";
import { addInstrumentVersion } from "~/surveys/instrument-versions.server";
import { surveySlugSchema } from "~/surveys/survey-slug";
import { problemInWords } from "./definition-problem-words";
import { instrumentDefinitionSchema, type InstrumentDefinition } from "../../instrument/definition-schema";

const MAX_LISTED_PROBLEMS = 50;

export type DefinitionProblem = { path: string; message: string };
export type DefinitionCheck =
  { ok: true; definition: InstrumentDefinition } | { ok: false; problems: DefinitionProblem[] };

/** Parses uploaded JSON and validates it as an instrument definition, naming each problem by its path. */
export function checkDefinitionText(text: string): DefinitionCheck {
  // Checked before parsing: the schema's recursive conditions would overflow the stack (a 500).
  if (jsonNestingDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    return {
      ok: false,
      problems: [
        {
          path: "(file)",
          message: `The definition nests deeper than ${MAX_JSON_DEPTH} levels; no real definition does.`,
        },
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: "(file)", message: `Not valid JSON: ${(error as Error).message}` }],
    };
  }
  const parsed = instrumentDefinitionSchema.safeParse(json);
  if (parsed.success) return { ok: true, definition: parsed.data };
  const problems = parsed.error.issues
    .slice(0, MAX_LISTED_PROBLEMS)
    .map((issue) => problemInWords(json, issue));
  return { ok: false, problems };
}

export type ImportOutcome = { ok: true; slug: string } | { ok: false; problems: DefinitionProblem[] };

/** Creates a draft survey from a definition. Nothing is saved when anything is wrong. */
export async function importSurvey(
  researcherId: string,
  input: { slug: string; definitionText: string },
): Promise<ImportOutcome> {
  const slug = surveySlugSchema.safeParse(input.slug.trim());
  const check = checkDefinitionText(input.definitionText);
  const problems = [
    ...(slug.success ? [] : [{ path: "slug", message: slug.error.issues[0]?.message ?? "Invalid address." }]),
    ...(check.ok ? [] : check.problems),
  ];
  if (!slug.success || !check.ok) return { ok: false, problems };
  if (await prisma.survey.findUnique({ where: { slug: slug.data }, select: { id: true } })) {
    return {
      ok: false,
      problems: [
        {
          path: "slug",
          message: `A survey already uses the address /s/${slug.data}. Choose another, or add a new version to that survey.`,
        },
      ],
    };
  }
  // The importer owns the survey from its first moment: created in the same write, no path forgets it.
  const survey = await prisma.survey.create({
    data: {
      slug: slug.data,
      title: check.definition.title.en,
      status: "draft",
      memberships: { create: { researcherId, role: "owner" } },
    },
  });
  const version = await addInstrumentVersion(survey.id, check.definition);
  await recordAuditEvent({
    researcherId,
    action: "import",
    target: `survey:${slug.data}`,
    surveyId: survey.id,
    detail: `version ${version.version}, ${version.contentHash.slice(0, 12)}`,
  });
  return { ok: true, slug: slug.data };
}

/** Opens or closes a survey for respondents; audited. */
export async function setSurveyStatus(
  researcherId: string,
  surveyId: string,
  slug: string,
  status: "open" | "closed",
): Promise<void> {
  await prisma.survey.update({ where: { id: surveyId }, data: { status } });
  await recordAuditEvent({
    researcherId,
    action: status === "open" ? "open" : "close",
    target: `survey:${slug}`,
    surveyId,
  });
}

export type VersionRow = { version: number; contentHash: string; createdAt: Date; responses: number };

export async function listSurveyVersions(surveyId: string): Promise<VersionRow[]> {
  const rows = await prisma.instrumentVersion.findMany({
    where: { surveyId },
    orderBy: { version: "desc" },
    select: { version: true, contentHash: true, createdAt: true, _count: { select: { responses: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, responses: _count.responses }));
}
