// The lab's study pages through their loaders and actions, as a browser sends them: who may create a study,
// who may add which survey, and each refusal answered on its field (decision 060).
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  // Before the app reads its environment: this file's study keys go to a folder of their own.
  const fs = await import("node:fs");
  const os = await import("node:os");
  process.env.STUDY_KEYS_DIR = fs.mkdtempSync(`${os.tmpdir()}/study-keys-`);
});

import { prisma } from "~/db.server";
import { action as studyAction, loader as studyLoader } from "~/routes/lab.studies.$slug";
import { action as studiesAction, loader as studiesLoader } from "~/routes/lab.studies._index";
import { NO_CODE_ITEM } from "~/studies/study-waves.server";
import { STUDY_CODE } from "../fixtures/wave-instrument";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { createWaveSurvey } from "../support/wave-surveys";

type Member = Awaited<ReturnType<typeof signedInResearcher>>;
let admin: Member;
let editor: Member;

beforeAll(async () => {
  admin = await signedInResearcher("study-admin@example.org", { role: null });
  await prisma.researcher.update({ where: { id: admin.id }, data: { isAdmin: true } });
  editor = await signedInResearcher("study-editor@example.org", { role: null });
});

const post = (path: string, fields: Record<string, string>, who: Member) =>
  formPost(path, fields, { cookie: who.cookie, csrfToken: who.csrfToken });
const get = (path: string, who: Member) =>
  new Request(`${ORIGIN}${path}`, { headers: { Cookie: who.cookie } });

describe("/lab/studies", () => {
  it("lets an administrator create a study and go to its page", async () => {
    const outcome = await outcomeOf(() =>
      studiesAction({
        request: post("/lab/studies", { slug: "route-panel", title: "Route panel" }, admin),
        params: {},
        context: {},
      }),
    );
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Location")).toBe("/lab/studies/route-panel");
  });

  it("answers a malformed address on its field, keeping what was typed", async () => {
    const outcome = await outcomeOf(() =>
      studiesAction({
        request: post("/lab/studies", { slug: "Not A Slug", title: "T" }, admin),
        params: {},
        context: {},
      }),
    );
    expect(outcome.status).toBe(400);
    expect(outcome.data).toMatchObject({
      fieldErrors: { slug: expect.stringContaining("lower-case letters") },
      values: { slug: "Not A Slug", title: "T" },
    });
  });

  it("refuses a researcher who is no administrator (403), and creates nothing", async () => {
    const outcome = await outcomeOf(() =>
      studiesAction({
        request: post("/lab/studies", { slug: "not-mine", title: "Not mine" }, editor),
        params: {},
        context: {},
      }),
    );
    expect(outcome.status).toBe(403);
    expect(await prisma.study.count({ where: { slug: "not-mine" } })).toBe(0);
  });
});

describe("/lab/studies/<slug>", () => {
  it("adds a survey its editor runs as wave 1, and refuses one without a code on the survey field", async () => {
    await studiesAction({
      request: post("/lab/studies", { slug: "edited-panel", title: "Edited" }, admin),
      params: {},
      context: {},
    });
    const coded = await createWaveSurvey({
      slug: "edited-coded",
      elements: STUDY_CODE,
      ownerIds: [admin.id],
    });
    const plain = await createWaveSurvey({
      slug: "edited-plain",
      title: "Plain",
      elements: null,
      ownerIds: [admin.id],
    });
    for (const surveyId of [coded.id, plain.id])
      await prisma.surveyMembership.create({ data: { surveyId, researcherId: editor.id, role: "editor" } });
    const params = { slug: "edited-panel" };
    const addWave = (fields: Record<string, string>) =>
      outcomeOf(() =>
        studyAction({ request: post("/lab/studies/edited-panel", fields, editor), params, context: {} }),
      );

    const plainOutcome = await addWave({ surveySlug: "edited-plain", plannedOn: "2027-01-01" });
    expect(plainOutcome.status).toBe(400);
    expect(plainOutcome.data).toMatchObject({ fieldErrors: { surveySlug: NO_CODE_ITEM("Plain") } });

    const badDay = await addWave({ surveySlug: "edited-coded", plannedOn: "2027-02-30" });
    expect(badDay.data).toMatchObject({
      fieldErrors: { plannedOn: "Give the planned start as a day, YYYY-MM-DD." },
    });

    const added = await addWave({ surveySlug: "edited-coded", plannedOn: "2027-01-01" });
    expect(added).toMatchObject({ status: 200, data: { notice: 'Added "Survey edited-coded" as wave 1.' } });

    // The editor now sees the study through its wave; the page names the wave's survey and its counts.
    const page = (await studyLoader({
      request: get("/lab/studies/edited-panel", editor),
      params,
      context: {},
    })) as {
      study: { waves: { waveNumber: number; survey: { slug: string } | null }[] };
    };
    expect(page.study.waves.map((wave) => [wave.waveNumber, wave.survey?.slug])).toEqual([
      [1, "edited-coded"],
    ]);
  });

  it("refuses a survey the researcher only views, and hides a study of surveys they are not in (404)", async () => {
    const create = (slug: string) =>
      studiesAction({ request: post("/lab/studies", { slug, title: slug }, admin), params: {}, context: {} });
    await create("closed-panel");
    await create("open-panel");
    await createWaveSurvey({
      slug: "admin-only",
      elements: STUDY_CODE,
      ownerIds: [admin.id],
    });
    const viewed = await createWaveSurvey({
      slug: "only-viewed",
      elements: STUDY_CODE,
      ownerIds: [admin.id],
    });
    const viewer = await signedInResearcher("study-viewer@example.org", {
      role: "viewer",
      surveyIds: [viewed.id],
    });
    const addWave = (study: string, surveySlug: string, who: Member) =>
      outcomeOf(() =>
        studyAction({
          request: post(`/lab/studies/${study}`, { surveySlug, plannedOn: "2027-01-01" }, who),
          params: { slug: study },
          context: {},
        }),
      );
    expect((await addWave("closed-panel", "admin-only", admin)).status).toBe(200);

    const hidden = await outcomeOf(() =>
      studyLoader({
        request: get("/lab/studies/closed-panel", viewer),
        params: { slug: "closed-panel" },
        context: {},
      }),
    );
    expect(hidden.status).toBe(404);
    expect((await addWave("closed-panel", "only-viewed", viewer)).status).toBe(404);

    expect(await addWave("open-panel", "only-viewed", viewer)).toMatchObject({
      status: 400,
      data: { fieldErrors: { surveySlug: "Choose one of the surveys you run as owner or editor." } },
    });
    expect(await prisma.studyWave.count({ where: { surveyId: viewed.id } })).toBe(0);
    const list = (await studiesLoader({ request: get("/lab/studies", viewer), params: {}, context: {} })) as {
      studies: { slug: string }[];
    };
    expect(list.studies.map((study) => study.slug)).toContain("open-panel");
    expect(list.studies.map((study) => study.slug)).not.toContain("closed-panel");
  });
});
