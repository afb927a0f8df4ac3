// A stored row whose JSON is not what the app writes (changed outside the app, a bad restore) is an
// error naming the row and the column — never a guess that skews a number (docs/decisions/017).
import { beforeAll, describe, expect, it } from "vitest";
import { loadSurveyResponses, SurveyLoadError } from "~/surveys/load-survey-responses.server";
import { prisma } from "~/db.server";
import { analysisPreview } from "~/findings/analysis-preview.server";
import { readExportChoice } from "~/lab/export-choice";
import { loadExportData } from "~/lab/exports.server";
import { listFreeText } from "~/lab/free-text-review.server";
import { surveyQuality } from "~/lab/survey-quality.server";
import { findSurveyBySlug } from "~/surveys/surveys.server";
import { writeSyntheticPanel } from "~/surveys/synthetic-panel.server";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import { RespondentBrowser } from "../support/respondent-browser";
import { createSurvey } from "../support/survey-fixtures";

const SLUG = "erosion";
const CORRUPTIONS = [
  ["not JSON at all", "{ answers", /answers: not valid JSON/],
  [
    "an object where an answer goes",
    '{"work_years": {"value": 4}}',
    /answers\.work_years: expected an answer \(a number, a list of numbers, a text or null\)\./,
  ],
  ["a list where the answers go", "[1, 2]", /answers: expected an object whose values are each an answer/],
] as const;

let surveyId = "";
let corruptId = "";
const setAnswers = (id: string, answers: string) =>
  prisma.$executeRaw`UPDATE "Response" SET "answers" = ${answers} WHERE "id" = ${id}`;

const labReads = async () => {
  const survey = await findSurveyBySlug(SLUG);
  const choice = readExportChoice(new URLSearchParams());
  if (!survey || !choice.ok) throw new Error("fixture survey or default export choice missing");
  return {
    analysis: () => loadSurveyResponses(SLUG),
    quality: () => surveyQuality(surveyId),
    freeText: () => listFreeText(surveyId, 1),
    exportRows: () => loadExportData(survey, choice.choice),
  };
};

beforeAll(async () => {
  ({ surveyId } = await createSurvey({ slug: SLUG, definition: loadDefaultInstrument() }));
  await writeSyntheticPanel({ surveySlug: SLUG, n: 30, seed: 5 });
  const first = await prisma.response.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
  corruptId = first.id;
});

describe("a response whose stored answers cannot be read", () => {
  it("reads normally while every row is sound (so the refusals below mean something)", async () => {
    const reads = await labReads();
    expect((await reads.analysis()).responses).toHaveLength(30);
    expect((await reads.quality()).responses).toHaveLength(30);
    expect((await reads.freeText()).total).toBeGreaterThan(0);
    expect((await reads.exportRows())?.responses).toHaveLength(30);
  });

  it.each(CORRUPTIONS)(
    "stops the analysis, quality, free text and export: %s",
    async (_case, stored, problem) => {
      const original = await prisma.response.findUniqueOrThrow({
        where: { id: corruptId },
        select: { answers: true },
      });
      await setAnswers(corruptId, stored);
      try {
        const reads = await labReads();
        const naming = new RegExp(`Response ${corruptId} cannot be read: ${problem.source}`);
        // The analysis refuses as an expected refusal: the CLI prints it, the lab's analysis tab shows it.
        const analysis = reads.analysis();
        await expect(analysis).rejects.toBeInstanceOf(SurveyLoadError);
        await expect(analysis).rejects.toThrow(naming);
        const view = await analysisPreview(SLUG, 10);
        expect(view).toEqual({ ready: false, reason: expect.stringMatching(naming) });
        // The lab's other readers stop with the same sentence (a 500 whose log line names the row).
        await expect(reads.quality()).rejects.toThrow(naming);
        await expect(reads.freeText()).rejects.toThrow(naming);
        await expect(reads.exportRows()).rejects.toThrow(naming);
        // The stored text itself is not repeated: it may be someone's answer.
        await expect(reads.quality()).rejects.not.toThrow(stored);
      } finally {
        await setAnswers(corruptId, original.answers);
      }
    },
  );
});

describe("a draft whose stored answers cannot be read", () => {
  it("answers its respondent with an error naming the draft, not with a page built on a guess", async () => {
    await createSurvey({ slug: "mini" });
    const respondent = new RespondentBrowser();
    const started = await respondent.post("/s/mini/p/start", [
      ["consent", "1"],
      ["adult", "1"],
    ]);
    expect(started.location).toBe("/s/mini/p/work");
    expect((await respondent.get("/s/mini/p/work")).status).toBe(200);
    const draft = await prisma.resumeDraft.findFirstOrThrow({ select: { id: true } });
    await prisma.$executeRaw`UPDATE "ResumeDraft" SET "countedViews" = '{"work": -1}' WHERE "id" = ${draft.id}`;
    await expect(respondent.get("/s/mini/p/work")).rejects.toThrow(
      new RegExp(`^ResumeDraft ${draft.id} cannot be read: countedViews\\.work: `),
    );
  });
});
