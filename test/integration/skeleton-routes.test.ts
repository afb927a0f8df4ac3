import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { DEMO_FINDING_SLUG } from "../../prisma/demo-finding";
import { DEMO_WITHIN_PERSON_FINDING_SLUG } from "../../prisma/demo-study";
import { seedDemoIfEmpty, DEMO_SURVEY_SLUG } from "../../prisma/seed";
import { loader as healthLoader } from "~/routes/healthz";
import { loader as homeLoader } from "~/routes/_index";
import { loader as labLoader } from "~/routes/lab";
import { loader as labSplatLoader } from "~/routes/lab.$";
import { loader as splatLoader } from "~/routes/$";
import { loader as surveyLoader } from "~/routes/s.$slug._index";

const origin = "http://localhost";
const loaderArgs = (path: string, params: Record<string, string> = {}) => ({
  request: new Request(`${origin}${path}`),
  params,
  context: {},
});

async function thrownResponse(run: () => unknown): Promise<Response> {
  try {
    await run();
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected the loader to throw a Response");
}

describe("walking skeleton routes", () => {
  it("/healthz answers 200 when the database is reachable", async () => {
    const response = await healthLoader();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "reachable" });
  });

  it("the demo seed is idempotent and the home page lists the open demo survey and its synthetic finding", async () => {
    expect(await seedDemoIfEmpty(prisma)).toBe(true);
    expect(await seedDemoIfEmpty(prisma)).toBe(false);
    // the demo survey and the panel study's two waves, which are closed and so not on the home page
    expect(await prisma.survey.count()).toBe(3);
    const data = await homeLoader();
    expect(data.surveys.map((survey) => survey.slug)).toEqual([DEMO_SURVEY_SLUG]);
    expect(data.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ slug: DEMO_FINDING_SLUG, isSynthetic: true, latestVersion: 1 }),
        expect.objectContaining({
          slug: DEMO_WITHIN_PERSON_FINDING_SLUG,
          isSynthetic: true,
          latestVersion: 1,
        }),
      ]),
    );
    expect(data.findings).toHaveLength(2);
  });

  it("every /lab URL redirects to sign-in without a session, keeping the destination", async () => {
    for (const path of ["/lab", "/lab/surveys?x=1"]) {
      const response = await thrownResponse(() => labLoader(loaderArgs(path)));
      expect(response.status).toBe(302);
      expect(response.headers.get("Location")).toBe(`/sign-in?${new URLSearchParams({ redirectTo: path })}`);
    }
    const splat = await thrownResponse(() => labSplatLoader(loaderArgs("/lab/unknown", { "*": "unknown" })));
    expect(splat.status).toBe(302);
  });

  it("a forged session cookie does not open the lab", async () => {
    const request = new Request(`${origin}/lab`, {
      headers: { Cookie: "__ns_session=eyJyZXNlYXJjaGVySWQiOiJ4In0%3D.forged" },
    });
    const response = await thrownResponse(() => labLoader({ request, params: {}, context: {} }));
    expect(response.status).toBe(302);
  });

  it("unknown URLs and unknown surveys are real 404s", async () => {
    expect((await thrownResponse(() => splatLoader())).status).toBe(404);
    const unknownSurvey = await thrownResponse(() => surveyLoader(loaderArgs("/s/nope", { slug: "nope" })));
    expect(unknownSurvey.status).toBe(404);
    const badSlug = await thrownResponse(() =>
      surveyLoader(loaderArgs("/s/%3Cscript%3E", { slug: "<script>" })),
    );
    expect(badSlug.status).toBe(404);
  });
});

describe("instrument versions are frozen once answered", () => {
  // The driver adapter reports the trigger's RAISE(ABORT) as a constraint violation without
  // its message, so the assertion is on the refusal and on the stored row staying unchanged.
  it("the database refuses to change or delete a version that has responses", async () => {
    const survey = await prisma.survey.create({
      data: { slug: "frozen-check", title: "Frozen", status: "open" },
    });
    const version = await prisma.instrumentVersion.create({
      data: { surveyId: survey.id, version: 1, definition: "{}", contentHash: "h1" },
    });
    await prisma.instrumentVersion.update({ where: { id: version.id }, data: { definition: '{"a":1}' } });
    await prisma.response.create({
      data: {
        instrumentVersionId: version.id,
        answers: "{}",
        completion: "complete",
        submittedOn: "2026-11-25",
      },
    });
    await expect(
      prisma.instrumentVersion.update({ where: { id: version.id }, data: { definition: '{"a":2}' } }),
    ).rejects.toThrow();
    await expect(prisma.instrumentVersion.delete({ where: { id: version.id } })).rejects.toThrow();
    const stored = await prisma.instrumentVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(stored.definition).toBe('{"a":1}');
  });
});
