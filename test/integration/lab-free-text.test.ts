import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import type { FreeTextPage } from "~/lab/free-text-review.server";
import { action as freeTextAction, loader as freeTextLoader } from "~/routes/lab.surveys.$slug.free-text";
import { generateSyntheticPanel } from "../../analysis/synthetic-panel";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { createSurvey } from "../support/survey-fixtures";

const SLUG = "erosion";
let researcher: Awaited<ReturnType<typeof signedInResearcher>>;
const params = { slug: SLUG };

const list = async (query = "") => {
  const request = new Request(`${ORIGIN}/lab/surveys/${SLUG}/free-text${query}`, {
    headers: { Cookie: researcher.cookie },
  });
  const outcome = await outcomeOf(() => freeTextLoader({ request, params, context: {} }));
  return { status: outcome.status, texts: (outcome.data as { texts: FreeTextPage } | null)?.texts };
};
const hide = (fields: Record<string, string>) =>
  outcomeOf(() =>
    freeTextAction({
      request: formPost(
        `/lab/surveys/${SLUG}/free-text`,
        { intent: "hide", ...fields },
        { cookie: researcher.cookie, csrfToken: researcher.csrfToken },
      ),
      params,
      context: {},
    }),
  );

beforeAll(async () => {
  const definition = loadDefaultInstrument();
  const { versionId } = await createSurvey({ slug: SLUG, definition });
  const panel = generateSyntheticPanel(definition, { n: 200, seed: 3 });
  await prisma.response.createMany({
    data: panel.map((response) => ({
      instrumentVersionId: versionId,
      answers: JSON.stringify(response.answers),
      durationSeconds: response.durationSeconds,
      submittedOn: response.submittedOn,
      completion: "complete",
      isSynthetic: true,
    })),
  });
});

beforeEach(async () => {
  await prisma.hiddenFreeText.deleteMany();
  researcher = await signedInResearcher();
});

describe("free-text review", () => {
  it("lists the text items' non-empty answers with their question, 25 to a page", async () => {
    const written = (await prisma.response.findMany({ select: { answers: true } })).filter((row) => {
      const text = (JSON.parse(row.answers) as Record<string, unknown>).protect_text;
      return typeof text === "string" && text.trim() !== "";
    }).length;
    const { status, texts } = await list();
    expect(status).toBe(200);
    expect(written).toBeGreaterThan(10); // the panel model writes free text 15 % of the time
    expect(texts?.total).toBe(written);
    expect(texts?.answers.length).toBe(Math.min(25, written));
    expect(
      texts?.answers.every(
        (answer) => answer.itemId === "protect_text" && answer.text.length > 0 && !answer.hidden,
      ),
    ).toBe(true);
    expect((await list("?page=0")).status).toBe(400);
  });

  it("hides an answer from exports, persisted and audited, and refuses what is not a free-text answer", async () => {
    const first = (await list()).texts!.answers[0]!;
    expect((await hide({ responseId: first.responseId, itemId: "protect_text" })).status).toBe(200);
    expect(
      await prisma.hiddenFreeText.findMany({
        select: { responseId: true, itemId: true, researcherId: true },
      }),
    ).toEqual([{ responseId: first.responseId, itemId: "protect_text", researcherId: researcher.id }]);
    expect(
      await prisma.auditEvent.findFirst({
        where: { action: "free-text-hidden", researcherId: researcher.id },
      }),
    ).toMatchObject({
      researcherId: researcher.id,
      target: `survey:${SLUG}`,
      detail: `response ${first.responseId}, item protect_text`,
    });
    const after = (await list()).texts!;
    expect(after.hidden).toBe(1);
    expect(after.answers.find((answer) => answer.responseId === first.responseId)?.hidden).toBe(true);

    // Hiding twice keeps one row; a choice item, an unknown response and a bad item id are refused.
    await hide({ responseId: first.responseId, itemId: "protect_text" });
    expect(await prisma.hiddenFreeText.count()).toBe(1);
    expect((await hide({ responseId: first.responseId, itemId: "role" })).status).toBe(404);
    expect((await hide({ responseId: "nope", itemId: "protect_text" })).status).toBe(404);
    expect((await hide({ responseId: first.responseId, itemId: "Protect Text!" })).status).toBe(400);
    expect(await prisma.hiddenFreeText.count()).toBe(1);
  });
});
