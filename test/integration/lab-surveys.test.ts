import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { action as importAction } from "~/routes/lab.surveys.import";
import { action as overviewAction, loader as overviewLoader } from "~/routes/lab.surveys.$slug._index";
import { action as newVersionAction } from "~/routes/lab.surveys.$slug.new-version";
import { loader as previewLoader } from "~/routes/lab.surveys.$slug.preview";
import { loader as qrLoader } from "~/routes/lab.surveys.$slug.qr[.svg]";
import { loader as responsesLoader } from "~/routes/lab.surveys.$slug.responses";
import { CSRF_FIELD_NAME } from "~/forms/csrf-field";
import defaultInput from "../../instrument/definitions/support-work-and-erosion.json" with { type: "json" };
import { miniInstrumentInput } from "../fixtures/mini-instrument";
import { bilingualInstrumentInput } from "../fixtures/bilingual-instrument";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { RespondentBrowser } from "../support/respondent-browser";

type Researcher = Awaited<ReturnType<typeof signedInResearcher>>;
let researcher: Researcher;
const definitionText = JSON.stringify(miniInstrumentInput);
const get = (path: string) => new Request(`${ORIGIN}${path}`, { headers: { Cookie: researcher.cookie } });
const post = (path: string, fields: Record<string, string>) =>
  formPost(path, fields, { cookie: researcher.cookie, csrfToken: researcher.csrfToken });

beforeEach(async () => {
  await prisma.response.deleteMany();
  await prisma.resumeDraft.deleteMany();
  await prisma.instrumentVersion.deleteMany();
  await prisma.surveyMembership.deleteMany();
  await prisma.survey.deleteMany();
  researcher = await signedInResearcher();
});

async function importMini(slug = "mini") {
  return outcomeOf(() =>
    importAction({ request: post("/lab/surveys/import", { slug, definitionText }), params: {}, context: {} }),
  );
}

describe("importing a survey definition", () => {
  it("imports a valid definition as a draft survey with version 1, audited", async () => {
    const outcome = await importMini();
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Location")).toBe("/lab/surveys/mini");
    const survey = await prisma.survey.findUniqueOrThrow({
      where: { slug: "mini" },
      include: { versions: true },
    });
    expect(survey.status).toBe("draft");
    expect(survey.versions.map((version) => version.version)).toEqual([1]);
    expect(
      await prisma.auditEvent.findFirst({ where: { action: "import", researcherId: researcher.id } }),
    ).toMatchObject({
      target: "survey:mini",
      researcherId: researcher.id,
    });
  });

  it("accepts the definition as an uploaded file", async () => {
    const body = new FormData();
    body.set("slug", "from-file");
    body.set("definitionFile", new File([definitionText], "mini.json", { type: "application/json" }));
    body.set(CSRF_FIELD_NAME, researcher.csrfToken);
    const request = new Request(`${ORIGIN}/lab/surveys/import`, {
      method: "POST",
      body,
      headers: { Cookie: researcher.cookie, Origin: ORIGIN, "Sec-Fetch-Site": "same-origin" },
    });
    const outcome = await outcomeOf(() => importAction({ request, params: {}, context: {} }));
    expect(outcome.headers.get("Location")).toBe("/lab/surveys/from-file");
  });

  it("names every problem by its path and saves nothing", async () => {
    const broken = structuredClone(miniInstrumentInput) as unknown as {
      pages: { items: { scale?: string }[] }[];
      scales: { reverse: string[] }[];
    };
    broken.pages[2]!.items[1]!.scale = "no-such-scale";
    broken.scales[0]!.reverse = ["nope"];
    const outcome = await outcomeOf(() =>
      importAction({
        request: post("/lab/surveys/import", { slug: "Bad Slug", definitionText: JSON.stringify(broken) }),
        params: {},
        context: {},
      }),
    );
    expect(outcome.status).toBe(400);
    const fields = Object.keys((outcome.data as { fieldErrors: Record<string, string> }).fieldErrors);
    expect(fields).toEqual(
      expect.arrayContaining(["slug", "definition.pages.2.items.1.scale", "definition.scales.0.reverse.0"]),
    );
    expect(await prisma.survey.count()).toBe(0);
  });

  it("refuses an analysis plan with an invalid bound or an unknown variable, naming the field, and saves nothing", async () => {
    const broken = structuredClone(defaultInput);
    broken.analysisPlan.leavers.outcomes[0]!.bound = 0;
    broken.analysisPlan.leavers.outcomes[1]!.variable = "no_such_item";
    const outcome = await outcomeOf(() =>
      importAction({
        request: post("/lab/surveys/import", { slug: "planned", definitionText: JSON.stringify(broken) }),
        params: {},
        context: {},
      }),
    );
    expect(outcome.status).toBe(400);
    expect((outcome.data as { fieldErrors: Record<string, string> }).fieldErrors).toEqual({
      "definition.analysisPlan.leavers.outcomes.0.bound":
        "Field “analysisPlan.leavers”, outcome 1, field “bound”: the equivalence bound must be greater than 0 points.",
      "definition.analysisPlan.leavers.outcomes.1.variable":
        'Field “analysisPlan.leavers”, outcome 2, field “variable”: unknown variable "no_such_item": not a scale, derived variable or scored item of this definition.',
    });
    expect(await prisma.survey.count()).toBe(0);
  });

  it("reports invalid JSON and a taken address clearly", async () => {
    const invalid = await outcomeOf(() =>
      importAction({
        request: post("/lab/surveys/import", { slug: "x", definitionText: "{ nope" }),
        params: {},
        context: {},
      }),
    );
    expect(
      (invalid.data as { fieldErrors: Record<string, string> }).fieldErrors["definition.(file)"],
    ).toMatch(/^Not valid JSON/);
    await importMini();
    const taken = await importMini();
    expect(taken.status).toBe(400);
    expect((taken.data as { fieldErrors: Record<string, string> }).fieldErrors).toEqual({
      slug: expect.stringMatching(/already uses the address/),
    });
  });
});

describe("a survey's overview", () => {
  it("opens and closes the survey, each audited", async () => {
    await importMini();
    const params = { slug: "mini" };
    await outcomeOf(() =>
      overviewAction({ request: post("/lab/surveys/mini", { intent: "open" }), params, context: {} }),
    );
    expect((await prisma.survey.findUniqueOrThrow({ where: { slug: "mini" } })).status).toBe("open");
    await outcomeOf(() =>
      overviewAction({ request: post("/lab/surveys/mini", { intent: "close" }), params, context: {} }),
    );
    expect((await prisma.survey.findUniqueOrThrow({ where: { slug: "mini" } })).status).toBe("closed");
    const actions = (
      await prisma.auditEvent.findMany({ where: { researcherId: researcher.id }, orderBy: { at: "asc" } })
    ).map((event) => event.action);
    expect(actions).toEqual(["import", "open", "close"]);
  });

  it("adds a new version only when the definition changed and is confirmed, leaving answered versions as they were", async () => {
    await importMini();
    const params = { slug: "mini" };
    await outcomeOf(() =>
      overviewAction({ request: post("/lab/surveys/mini", { intent: "open" }), params, context: {} }),
    );
    const respondent = new RespondentBrowser();
    await respondent.post("/s/mini/p/start", [
      ["consent", "1"],
      ["adult", "1"],
    ]);
    await respondent.post("/s/mini/p/work", []);
    await respondent.post("/s/mini/p/strain", []);
    await respondent.post("/s/mini/review");
    const v1 = await prisma.instrumentVersion.findFirstOrThrow({ where: { version: 1 } });

    const same = await outcomeOf(() =>
      overviewAction({
        request: post("/lab/surveys/mini", { intent: "new-version", definitionText }),
        params,
        context: {},
      }),
    );
    expect((same.data as { notice: string }).notice).toMatch(/identical to version 1/);
    const changed = JSON.stringify({ ...miniInstrumentInput, title: "Mini survey, revised" });
    const staged = await outcomeOf(() =>
      overviewAction({
        request: post("/lab/surveys/mini", { intent: "new-version", definitionText: changed }),
        params,
        context: {},
      }),
    );
    expect(staged.headers.get("Location")).toBe("/lab/surveys/mini/new-version");
    expect(await prisma.instrumentVersion.count()).toBe(1);
    const pending = await prisma.pendingInstrumentVersion.findFirstOrThrow();
    const added = await outcomeOf(() =>
      newVersionAction({
        request: post("/lab/surveys/mini/new-version", {
          intent: "confirm",
          pendingId: pending.id,
          contentHash: pending.contentHash,
        }),
        params,
        context: {},
      }),
    );
    expect((added.data as { notice: string }).notice).toMatch(/^Version 2 is live/);
    expect(await prisma.instrumentVersion.findUniqueOrThrow({ where: { id: v1.id } })).toEqual(v1);
    expect((await prisma.response.findFirstOrThrow()).instrumentVersionId).toBe(v1.id);

    const overview = await outcomeOf(() =>
      overviewLoader({ request: get("/lab/surveys/mini"), params, context: {} }),
    );
    expect((overview.data as { versions: { version: number; responses: number }[] }).versions).toEqual([
      expect.objectContaining({ version: 2, responses: 0 }),
      expect.objectContaining({ version: 1, responses: 1 }),
    ]);
    const stats = await outcomeOf(() =>
      responsesLoader({ request: get("/lab/surveys/mini/responses"), params, context: {} }),
    );
    // Only the title changed: drop-off pools both versions of the series and says so (issue 15, items 1 and 9).
    expect((stats.data as { stats: object }).stats).toMatchObject({
      total: 1,
      funnel: { versions: "versions 1–2", completed: 1, otherVersions: 0 },
    });
    expect((stats.data as { rate: { alarm: boolean; recentPerMinute: number } }).rate).toMatchObject({
      alarm: false,
    });
  });

  it("serves a QR code of the survey link and a preview of every page", async () => {
    await importMini();
    const qr = await qrLoader({
      request: get("/lab/surveys/mini/qr.svg"),
      params: { slug: "mini" },
      context: {},
    });
    expect(qr.headers.get("Content-Type")).toMatch(/^image\/svg\+xml/);
    expect(await qr.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const preview = await outcomeOf(() =>
      previewLoader({
        request: get("/lab/surveys/mini/preview?page=after"),
        params: { slug: "mini" },
        context: {},
      }),
    );
    const data = preview.data as { preview: { view: { fields: { name: string }[] }; conditions: string[] } };
    expect(data.preview.view.fields.map((field) => field.name)).toEqual(["since_left", "protect"]);
    expect(data.preview.conditions[0]).toMatch(/^This page is shown only when/);
  });

  it("previews a page in each language respondents are offered, and refuses one they are not", async () => {
    const text = JSON.stringify(bilingualInstrumentInput);
    await outcomeOf(() =>
      importAction({
        request: post("/lab/surveys/import", { slug: "bilingue", definitionText: text }),
        params: {},
        context: {},
      }),
    );
    const previewIn = (query: string) =>
      outcomeOf(() =>
        previewLoader({
          request: get(`/lab/surveys/bilingue/preview?${query}`),
          params: { slug: "bilingue" },
          context: {},
        }),
      );
    type Preview = {
      language: string;
      languages: { tag: string; name: string }[];
      preview: { view: { title: string } };
      text: { optional: string };
    };
    const english = (await previewIn("page=work")).data as Preview;
    expect(english.language).toBe("en");
    expect(english.languages).toEqual([
      { tag: "en", name: "English" },
      { tag: "es", name: "Spanish" },
    ]);
    expect(english.preview.view.title).toBe("Your work");
    const spanish = (await previewIn("page=work&lang=es")).data as Preview;
    expect(spanish.preview.view.title).toBe("Su trabajo");
    expect(spanish.text.optional).not.toBe(english.text.optional);
    expect((await previewIn("page=work&lang=fr")).status).toBe(404);
  });
});
